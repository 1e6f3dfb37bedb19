"""Reading user turns: the paraphrases career guides warn about, and their hard negatives.

Recognised speech has unreliable punctuation, so several phrasings come without a
question mark or in lower case on purpose.
"""

from __future__ import annotations

import dataclasses

import pytest

from simulator.intents import Reading, TurnReader
from simulator.scenario import Prep
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


JOB_REQUESTS = [
    # direct
    "Are you hiring right now?",
    "Are there any openings on your team?",
    "Is Northbank hiring junior researchers at the moment?",
    "do you guys have any internships",
    "Could you pass my resume on to the hiring manager?",
    # indirect
    "Would you keep me in mind for any roles that open up?",
    "Could you put in a good word for me?",
    "I was wondering if you could refer me for the research associate position.",
    "Do you know of any open roles at the bank?",
    "Can I send you my CV so you can forward it?",
    "Could you introduce me to your recruiter?",
    "is there a position for someone like me on your team",
    "how can I get a job at Northbank",
    "I was wondering whether your team is hiring",
    # indirect: an opening described in one word, a junior capacity, an offer of help
    "If anything junior comes up on the research team, I'd be grateful if you thought of me.",
    "Should something entry-level open up at Northbank, I'd love to hear about it.",
    "Does Northbank ever take on career changers as contractors?",
    "If you're ever short-handed, I'd be glad to help out.",
    "Is there a recruiter you could introduce me to?",
]

CAREER_QUESTIONS = [
    "How did you get your first job?",
    "What do hiring managers look for in a portfolio?",
    "What does a good portfolio look like?",
    "How do people usually get hired into UX research?",
    "When you're hiring researchers, what stands out in a candidate?",
    "What kinds of roles are there on your team?",
    "How did you land your current position?",
    "Did you do any internships before your first role?",
    "Is the job market for researchers tough right now?",
    "Were there many openings when you started?",
    "Are there opportunities to grow on your team?",
    "Did Northbank bring you on as a contractor first?",
    "How common is it for career changers to be taken on as contractors?",
]


@pytest.mark.parametrize("text", JOB_REQUESTS)
def test_job_requests_direct_and_indirect_are_recognised(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.asks_for_job
    assert not r.substantive
    assert not r.referral_ask


@pytest.mark.parametrize("text", CAREER_QUESTIONS)
def test_career_questions_are_not_job_requests(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert not r.asks_for_job
    assert r.is_question and r.substantive


GOOGLEABLE = [
    ("How long have you worked at Northbank?", "six years"),
    ("So what year did you start at the bank?", "six years"),
    ("how many years have you been at northbank", "six years"),
    ("What did you get your degree in?", "master's degree"),
    ("Where did you go to university?", "master's degree"),
    ("What's your official title?", "Senior UX Researcher"),
    ("When was the bank founded?", "1921"),
    ("Roughly how many employees does Northbank have?", "Northbank"),
    ("What does Northbank actually do?", "what Northbank does"),
    ("Where is the bank headquartered?", "where Northbank is based"),
    ("where are you guys based", "where Northbank is based"),
    ("Where did you do your master's?", "master's degree"),
    ("Which university is your master's from?", "master's degree"),
]

NOT_GOOGLEABLE = [
    "I read you've been at Northbank six years, how has research changed in that time?",
    "How did your degree in HCI prepare you for research work?",
    "What does your team do when findings conflict with business goals?",
    "How did you start at Northbank?",
    "How long did it take you to feel comfortable at Northbank?",
    "How many people are on your research team?",
    "How has Northbank's size affected how research gets done?",
    "Would you do the master's again if you were starting now?",
    "What does a usability test look like at Northbank?",
]


@pytest.mark.parametrize(("text", "label_part"), GOOGLEABLE)
def test_questions_the_public_profile_answers(reader: TurnReader, text: str,
                                              label_part: str) -> None:
    r = reader.read(text)
    assert r.googleable is not None and label_part in r.googleable
    assert not r.substantive


@pytest.mark.parametrize("text", NOT_GOOGLEABLE)
def test_questions_that_build_on_public_facts_are_not_googleable(reader: TurnReader,
                                                                 text: str) -> None:
    r = reader.read(text)
    assert r.googleable is None
    assert r.substantive


def test_a_public_fact_said_as_a_statement_is_not_a_googleable_question(
        reader: TurnReader) -> None:
    assert reader.read("I read that Northbank was founded in 1921.").googleable is None


THANKS = [
    "Thanks, and what does a typical day look like for you?",
    "thank you so much",
    "I appreciate your time today.",
    "I'm really grateful you made the time.",
    "I'm grateful to you for this.",
    "Many thanks for this.",
    "cheers, that's super helpful",
    "That's very kind of you, much appreciated.",
    "okay I should let you go, thanks again",
]
NOT_THANKS = [
    "No thanks, I'm fine.",
    "Thanks to the new policy the team grew a lot.",
    "I would appreciate your thoughts on bootcamps.",
    "Thank goodness the project worked out.",
    # gratitude to someone else
    "I'm grateful our hospital has paid for the course.",
    "I'm really grateful to my old manager for pushing me.",
]


@pytest.mark.parametrize("text", THANKS)
def test_thanks_in_any_form_even_inside_a_question(reader: TurnReader, text: str) -> None:
    assert reader.read(text).thanks


@pytest.mark.parametrize("text", NOT_THANKS)
def test_words_of_thanks_that_do_not_thank(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).thanks


def test_thanks_inside_a_question_is_still_the_question(reader: TurnReader) -> None:
    r = reader.read("Thanks, and what does a typical day look like for you?")
    assert r.is_question and r.substantive and r.topic == "day_to_day"


REFERRAL_ASKS = [
    "Is there anyone else you'd recommend I speak with?",
    "Who else should I talk to?",
    "Could you introduce me to someone on the design team?",
    "Do you know anyone else who might be willing to chat with me?",
    "Who would you suggest I reach out to next?",
    "Are there other people you think I should talk to?",
    "Is there anyone else, here or at other banks, you'd suggest I have a chat with?",
    "Is there a newer researcher you think I could speak with?",
    "Could you point me to a couple of people who made the same switch?",
]


@pytest.mark.parametrize("text", REFERRAL_ASKS)
def test_asking_whom_else_to_talk_to(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.referral_ask and not r.asks_for_job


@pytest.mark.parametrize("text", ["Could you introduce me to the hiring manager?",
                                  "Could you refer me to your recruiter?"])
def test_an_introduction_to_a_hiring_manager_is_a_job_request_not_a_referral_ask(
        reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.asks_for_job and not r.referral_ask


@pytest.mark.parametrize("text", ["Who else is on your team?",
                                  "Could you point me towards a good book on research methods?"])
def test_asking_who_is_on_the_team_is_not_a_referral_ask(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).referral_ask


PURPOSES = [
    "I'm exploring a move into UX research and hoped to learn what the work involves.",
    "My goal today is to understand how research teams at banks are structured.",
    "I wanted to understand how you decide what to study.",
    "I'm trying to decide whether to do a master's or a bootcamp.",
    "The reason I reached out is that I'm thinking about switching from teaching to research.",
    "I'm a teacher hoping to transition into UX research.",
    "so im considering a career change into user research",
    # the user's situation, with a direction in it
    "I teach fifth grade and I'm seriously thinking about moving into UX research.",
    "I'm a second-year psychology student trying to choose between research and clinical work.",
    "I want to work on research for banking apps after I graduate.",
    "I'm hoping to work out whether research is the right next step for me.",
]
VAGUE = [
    "I just wanted to chat.",
    "I wanted to pick your brain.",
    "I just wanted to learn more about you.",
    "No real agenda, just curious.",
    "I wanted to connect and say hello.",
    "I'll let you get to your shift.",
    "I've been thinking a lot about things lately, so I just wanted to chat.",
]


@pytest.mark.parametrize("text", PURPOSES)
def test_a_clear_goal_is_a_stated_purpose(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


@pytest.mark.parametrize("text", VAGUE)
def test_a_vague_reason_is_not_a_stated_purpose(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


def test_the_prepared_goal_in_other_words_is_a_stated_purpose() -> None:
    prep = Prep(goal="Find out whether bank research suits someone from teaching")
    plain = TurnReader(make_scenario())
    prepared = TurnReader(make_scenario(), prep)
    text = "My thinking is about whether bank research suits someone from teaching"
    assert not plain.read(text).states_purpose
    assert prepared.read(text).states_purpose


CLOSINGS = [
    "I know we're at time, so I'll let you go.",
    "I don't want to keep you.",
    "That's all my questions.",
    "Bye!",
    "Have a great day.",
    "I'll let you get to your shift. Thank you so much.",
    "I know we're close to time.",
    "I want to respect your time, so I'll stop there.",
    "Alright. Gotta run.",
]


@pytest.mark.parametrize("text", CLOSINGS)
def test_wrapping_up(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.closing and not r.is_question


@pytest.mark.parametrize("text", ["What's a good way to wrap up a research project?",
                                  "How do you know when you have enough data?"])
def test_questions_about_endings_are_not_closing(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert not r.closing and r.substantive


@pytest.mark.parametrize("text", [
    "I see you've been at Northbank six years, how has that changed your view?",
    "My roommate thinks I should go to law school instead.",
    "I take care of the parent survey at my school.",
])
def test_leaving_words_in_other_senses_are_not_closing(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).closing


TANGENTS = [
    "Did you watch the game last night? The Lakers were amazing.",
    "I went camping with my family last weekend and the weather was perfect.",
    "My cat knocked my coffee all over my laptop this morning, it was hilarious.",
    "Have you tried the new ramen place downtown?",
    "Did you hear about the celebrity divorce?",
    "My weekend plans are to go hiking up north with my brother and his kids.",
    "Hey, did you see the Browns won on Sunday? That final drive was unbelievable.",
    "Enjoy the long weekend! Did you catch the game on Sunday? What a comeback.",
]
ON_TOPIC = [
    "I've been reading a lot about usability testing lately.",
    "I ran a survey for my school last year and loved analysing the results.",
    "I interviewed parents about how they use the school app.",
    "I've been a teacher for eight years and I coordinate the parent survey every spring.",
    "Northbank has been around a hundred years, how does that history shape its culture?",
    "That makes a lot of sense.",
    "Could you send me the report you mentioned?",
]
NEVER_TANGENTS = [
    "Hi Priya, nice to meet you.",
    "Thank you so much for meeting me on a Friday afternoon before the long weekend.",
    "I know we're at time, so have a lovely weekend with your family.",
    "My goal today is to understand whether my teaching skills transfer.",
    "Lovely weather today.",
    "Hi, sorry, my wifi was being weird.",
    # wishing them well on the way out
    "Okay, perfect. Good luck with the launch tonight.",
    "Have a lovely Thanksgiving with your family.",
    "Hope the rest of your week goes smoothly.",
]


@pytest.mark.parametrize("text", TANGENTS)
def test_tangents(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.tangent and not r.substantive


@pytest.mark.parametrize("text", ON_TOPIC + NEVER_TANGENTS)
def test_not_tangents(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


UNPUNCTUATED_QUESTIONS = [
    ("I was wondering what your day looks like", "day_to_day"),
    ("can you tell me about your research methods", "research_methods"),
    ("I'd love to hear how you got into UX research", "career_path"),
    ("tell me more about the stakeholders you work with", "banking_challenges"),
    ("I'm curious how you handle compliance", "banking_challenges"),
    ("great what does a typical day look like for you", "day_to_day"),
    ("okay so which tools do you use every day", "skills"),
]
STATEMENTS = [
    "What a great answer.",
    "I know what you mean.",
    "How interesting.",
    "That's how I got started too.",
    "Have a great day.",
]


@pytest.mark.parametrize(("text", "topic"), UNPUNCTUATED_QUESTIONS)
def test_questions_without_a_question_mark(reader: TurnReader, text: str, topic: str) -> None:
    r = reader.read(text)
    assert r.is_question and r.substantive
    assert r.topic == topic


@pytest.mark.parametrize("text", STATEMENTS)
def test_statements_that_start_like_questions(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).is_question


def test_a_prepared_question_asked_as_a_statement_is_a_question() -> None:
    text = "my question is about bootcamps versus a master's for career changers"
    prep = Prep(questions=["Bootcamp or master's: which is better for career changers?"])
    assert not TurnReader(make_scenario()).read(text).is_question
    assert TurnReader(make_scenario(), prep).read(text).is_question


@pytest.mark.parametrize("text", ["Hi Priya, nice to meet you.", "How are you today?",
                                  "How was your weekend?", "Lovely weather today."])
def test_small_talk_is_neither_substantive_nor_a_tangent(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.small_talk and not r.substantive and not r.tangent


@pytest.mark.parametrize("text", ["Can you hear me okay?", "How long do we have today?",
                                  "Do you mind if I take notes?"])
def test_logistics_are_questions_but_not_substantive(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.is_question and not r.substantive


def test_a_greeting_then_a_real_question_is_substantive(reader: TurnReader) -> None:
    r = reader.read("Hi, nice to meet you. What does a typical day look like for you?")
    assert r.substantive and not r.small_talk and r.topic == "day_to_day"


def test_reading_counts_words_and_is_immutable(reader: TurnReader) -> None:
    r = reader.read("What does a typical day look like for you?")
    assert r.words == 9
    assert 0.0 < r.topic_score <= 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.words = 3  # type: ignore[misc]
    assert isinstance(r, Reading)


def test_empty_and_filler_turns(reader: TurnReader) -> None:
    for text in ["", "   ", "um, uh"]:
        r = reader.read(text)
        assert not (r.is_question or r.substantive or r.tangent or r.thanks)
        assert r.topic is None
