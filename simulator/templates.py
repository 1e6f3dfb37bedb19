"""What `interview-sim new PACK/SCENARIO` writes: a complete, commented scenario that
validates and passes `pack test` as it stands, so an author starts from something working
and changes it one key at a time."""

from __future__ import annotations

PACK_TEMPLATE = """\
# A pack: a folder holding this file and one YAML file per scenario.
# Run it with `interview-sim pack run {pack_dir}` and check it with
# `interview-sim pack test {pack_dir}`.
title: "{pack_title}"                 # shown by `interview-sim pack list`
description: >-
  What this pack practises, in a sentence or two.
scenarios:                           # the order `pack run` follows; other files come after,
  - {scenario_id}                    # sorted by name
"""

SCENARIO_TEMPLATE = """\
# A scenario: one informational interview. The file name ({scenario_id}.yaml) is its id.
# Every key is explained once here; `interview-sim schema` lists them all for editors.
# Check your edits with:  interview-sim validate {pack_dir}
#                         interview-sim pack test {pack_dir}
# Watch the clean candidate: interview-sim demo {pack_id}/{scenario_id} --text

title: "Coffee with a software engineer"   # one line, shown in lists and reports
minutes: 20                          # the agreed length of the meeting (1-180)
dress_code: smart_casual             # casual | smart_casual | business_casual | business | formal
setting: "a cafe near the engineer's office, mid-afternoon"   # for your own reference

persona:                             # the professional the program plays
  name: "Jordan Lee"
  role: "Senior Software Engineer"
  organisation: "Riverbend Software"
  temperament: patient               # patient | busy | blunt: how much slack they give
  brief: false                       # true: short answers, waits for the user to lead
  voice:                             # espeak-ng settings (`espeak-ng --voices` lists voices)
    voice: "en-us"
    rate_wpm: 170                    # words per minute, 80-400
    pitch: 50                        # 0-99

public_profile:                      # facts anyone could look up; asking them is a pitfall
  - fact: "Riverbend Software makes scheduling software for small clinics."
    asks:                            # two or three ways someone might ask for this fact
      - "what does Riverbend Software make"
      - "what does your company do"
      - "what kind of software does Riverbend build"
  - fact: "Jordan has worked at Riverbend for seven years."
    asks:
      - "how long have you worked at Riverbend"
      - "how long have you been there"

topics:                              # what the persona can talk about
  - id: day_to_day                   # a short id: lowercase letters, digits, - and _
    examples:                        # questions that mean this topic, in different words
      - "what does a typical day look like for you"
      - "how do you spend most of your week"
      - "walk me through a normal workday"
    answers:                         # several phrasings; one is picked (--seed repeats it)
      - >-
        Mornings are for focused work, usually one feature or one bug I can finish by
        lunch. Afternoons fill up with code reviews, a planning call and questions from
        the two junior engineers I mentor. Maybe half my week is writing code; the rest
        is reading other people's code and talking about what to build next.
      - >-
        It changes with the release cycle. Early on it's design discussions and
        prototypes; near a release it's testing, fixing and reviewing. Every day has
        some code review in it, and I try to protect two hours of quiet time for my
        own work.
    keywords: ["typical day", "week", "schedule", "routine"]
  - id: getting_started
    examples:
      - "how did you get into software engineering"
      - "how did you get started in this field"
      - "what was your path into this job"
    answers:
      - >-
        I studied biology and taught myself to program to analyse lab data. A small
        startup hired me as a junior developer because I understood their customers,
        and I learned the rest on the job. A lot of good engineers came in sideways.
    keywords: ["get into", "started", "path", "background"]
  - id: skills
    examples:
      - "what skills matter most in your job"
      - "what should I learn first"
      - "what separates good engineers from great ones"
    answers:
      - >-
        Reading code matters more than writing it, and explaining your thinking
        matters more than either. Learn one language well, learn to use version
        control and to write tests, and practise asking clear questions when you're
        stuck. Those habits carry over to any stack.
    keywords: ["skills", "learn", "good engineer", "language"]
  - id: advice
    invites_story: true              # the answer asks for their story: a long reply is fine
    examples:
      - "what advice would you give someone switching careers"
      - "what would you do in my position"
      - "how should I test whether this career suits me"
    answers:
      - >-
        Build one small project that solves a real problem you have, and show it to
        people. That tells you more than any course. But tell me about you: where are
        you now, and what draws you to software?
    keywords: ["advice", "switching", "career change", "in my position"]

lines:                               # in-character lines; give two to four phrasings each
  greeting: ["Hi, you must be here for our coffee. Have a seat. What can I do for you?"]
  early_arrival: ["Oh, you're early! Give me a minute to finish this email."]  # {{minutes}} early
  late_arrival: ["There you are. We've lost a few minutes, let's get going."]  # {{minutes}} late
  purpose_prompt: ["So, what are you hoping to get out of today?"]   # the user gave no goal
  purpose_ack: ["That makes sense. What would you like to ask?"]
  time_cue: ["Just so you know, I have about {{minutes_left}} minutes left."]
  wrap_up: ["I'm afraid I need to wrap up and get back to the office."]
  over_time: ["I really do need to go now."]    # a new question after the wrap-up
  cut_in: ["Sorry to jump in. What's your question for me?"]   # stopping a monologue
  job_request: ["I can't help with openings, but I'm happy to talk about the work itself."]
  googleable: ["That's on our website, to be honest. Ask me what it doesn't say."]
  tangent: ["Let's get back to what you wanted to learn."]
  unknown: ["I'm not sure I can answer that one."]   # a question with no prepared answer
  referral: ["Talk to Priya Shah on our testing team; she switched careers too."]
  thanks_reply: ["You're welcome, it was a pleasure."]
  leaving: ["I'm sorry, I have to run now. Good luck!"]   # they end it after a long overrun
  farewell: ["Nice meeting you. Good luck with everything."]
  underdressed: ["Dressed for the weekend, I see. No problem."]   # optional
  acknowledge: ["Mm-hm.", "Okay."]   # optional: a reply to a remark that isn't a question

thresholds:                          # optional; any default from the README may change
  time_cue_minutes: [5]              # minutes left at which the persona mentions the time
  # rambling_s: 45                   # one turn longer than this is rambling
  # min_questions: 3                 # fewer substantive questions is a pitfall

vocabulary: ["Jordan", "Riverbend", "Priya Shah"]   # names and jargon for the recognizer

candidates:                          # example users: `demo` plays them, `pack test` checks them
  - id: clean                        # a well-run meeting: no pitfalls at all
    description: "On time, states a goal, asks good questions, asks for a referral, thanks them."
    script:
      arrive_minutes_early: 5        # negative means late
      attire: "smart casual: chinos and a collared shirt"
      turns:
        - say: "Hi Jordan, thank you so much for making time for me today."
        - say: >-
            I'm a lab technician exploring a move into software engineering, and my goal
            is to understand what the work is really like.
        - say: "What does a typical day look like for you?"
        - say: "How did you get started in this field?"
        - say: "What skills matter most in your job?"
        - say: "Is there anyone else you'd recommend I speak with?"
        - say: "Thank you so much, this was really helpful."
    expect:
      no_pitfalls: true              # the self-test fails if any pitfall is found
      must_not: [no_referral_ask]

  - id: flawed                       # a meeting with known mistakes: each must be found
    description: "Asks what the website says, asks for a job and never says thank you."
    script:
      arrive_minutes_early: 5
      attire: "smart casual"
      turns:
        - say: >-
            Hi Jordan. I'm exploring a move into software engineering and hoped to learn
            how people get started.
        - say: "What does your company do?"
        - say: "Are you hiring? Could you pass my resume to your manager?"
        - say: "Okay, bye."
    expect:
      must: [googleable_question, asked_for_job, no_thanks]
"""


def scenario_text(pack_id: str, scenario_id: str, pack_dir: str) -> str:
    return SCENARIO_TEMPLATE.format(pack_id=pack_id, scenario_id=scenario_id, pack_dir=pack_dir)


def pack_text(pack_id: str, scenario_id: str, pack_dir: str) -> str:
    title = pack_id.replace("-", " ").replace("_", " ").capitalize()
    return PACK_TEMPLATE.format(pack_title=title, scenario_id=scenario_id, pack_dir=pack_dir)
