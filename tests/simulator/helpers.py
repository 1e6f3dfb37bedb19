"""Builders for a test scenario and meeting records: a UX researcher at a bank.

`make_scenario(**overrides)` gives a complete, valid Scenario; `make_record(turns, ...)`
wraps turns into a MeetingRecord. `Timeline().user(...).persona(...)` builds turns on a
running clock so a test reads like the meeting it describes; `clean_meeting()` is a
well-run meeting that should draw no findings at all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from simulator.intents import TurnReader
from simulator.record import MeetingRecord, Turn
from simulator.scenario import Scenario, load_scenario

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"

ORG = "Northbank"
STORY_TOPIC = "my_background"
"""The test scenario's topic whose answer asks for the explorer's story."""

_TOPICS: list[dict[str, Any]] = [
    {
        "id": "day_to_day",
        "examples": [
            "What does a typical day look like for you?",
            "How do you spend most of your week?",
            "What is your day-to-day work like as a researcher?",
        ],
        "answers": [
            "Most days mix planning studies, running interviews with customers and turning "
            "what we hear into findings the product teams can act on. Mornings are usually "
            "sessions; afternoons are synthesis and meetings with designers.",
        ],
        "keywords": ["typical day", "schedule", "routine"],
    },
    {
        "id": "career_path",
        "examples": [
            "How did you get into UX research?",
            "How did you end up in this career?",
            "What was your path to becoming a researcher?",
            "How did you get your first job in research?",
        ],
        "answers": [
            "I started in market research at an insurer, ran a few usability tests on the side, "
            "and moved into a junior UX research role when the digital team grew.",
        ],
        "keywords": ["career path", "first job", "get into", "got into"],
    },
    {
        "id": "skills",
        "examples": [
            "What skills matter most in your role?",
            "Which tools do you use every day?",
            "What should I learn to be a good researcher?",
        ],
        "answers": [
            "Interviewing well, synthesis, and writing clearly matter more than any tool. "
            "Day to day we use a survey platform, a repository for notes and plenty of "
            "spreadsheets.",
        ],
        "keywords": ["skills", "tools", "synthesis"],
    },
    {
        "id": "breaking_in",
        "examples": [
            "What advice would you give someone moving into UX research?",
            "What do hiring managers look for in a research portfolio?",
            "How do people usually break into this field?",
            "Is a bootcamp or a master's degree worth it?",
        ],
        "answers": [
            "Show how you think: two or three case studies that explain the question, the "
            "method and what changed because of the research. A bootcamp helps with "
            "vocabulary; real projects matter more.",
        ],
        "keywords": ["portfolio", "bootcamp", "break into", "case study"],
    },
    {
        "id": "research_methods",
        "examples": [
            "What research methods do you use most?",
            "How do you decide between interviews and surveys?",
            "How do you run usability tests?",
        ],
        "answers": [
            "Mostly interviews and usability tests, with surveys when we need numbers. The "
            "question decides the method, not the other way round.",
        ],
        "keywords": ["usability", "methods", "surveys", "interviews"],
    },
    {
        "id": "banking_challenges",
        "examples": [
            "What is hard about doing research at a bank?",
            "How do regulations affect your research?",
            "How do you get stakeholders to act on findings?",
        ],
        "answers": [
            "Compliance reviews slow recruiting of customers, and some stakeholders want "
            "certainty the research cannot give. Short, visual readouts help a lot.",
        ],
        "keywords": ["regulation", "compliance", "stakeholders"],
    },
    {
        "id": "my_background",
        "examples": [
            "Do you think my background would transfer to UX research?",
            "How would my experience as a teacher translate to research?",
            "Would my background be a good fit for this work?",
        ],
        "answers": [
            "It might well. Tell me about what you have done so far: which projects, and "
            "what you liked about them?",
        ],
        "keywords": ["my background", "my experience"],
        "invites_story": True,
    },
]

_PROFILE: list[dict[str, Any]] = [
    {"fact": "Priya has worked at Northbank for six years.",
     "asks": ["How long have you been at Northbank?", "How many years have you worked there?",
              "When did you join Northbank?"]},
    {"fact": "Priya has a master's degree in human-computer interaction.",
     "asks": ["What did you study?", "What is your degree in?", "Where did you go to school?"]},
    {"fact": "Northbank was founded in 1921.",
     "asks": ["When was Northbank founded?", "How old is Northbank?"]},
    {"fact": "Northbank has about 12,000 employees.",
     "asks": ["How many people work at Northbank?", "How big is Northbank?"]},
    {"fact": "Priya's title is Senior UX Researcher.",
     "asks": ["What is your job title?", "What is your title?"]},
]

_LINES: dict[str, list[str]] = {
    "greeting": ["Hi, I'm Priya. Nice to meet you."],
    "early_arrival": ["Oh, you're {minutes} minutes early! Give me a moment."],
    "late_arrival": ["No worries, you're {minutes} minutes late; let's get going."],
    "purpose_prompt": ["So, what would you like to get out of today?"],
    "purpose_ack": ["Great, that helps me focus."],
    "time_cue": ["Just so you know, we have about {minutes_left} minutes left."],
    "wrap_up": ["We're at time, so let's wrap up."],
    "over_time": ["I really do have to go soon."],
    "cut_in": ["Sorry to jump in, can I ask what you'd like to know?"],
    "job_request": ["I'm not the right person for that; the careers page lists openings."],
    "googleable": ["That's on my profile, actually."],
    "tangent": ["Ha, maybe another time."],
    "unknown": ["I'm not sure I can answer that one."],
    "referral": ["You should talk to Sam on the design systems team."],
    "thanks_reply": ["You're welcome."],
    "leaving": ["I'm sorry, I have to run to my next meeting."],
    "farewell": ["Good luck, and keep in touch."],
    "underdressed": ["Casual Friday, I see."],
}


def scenario_data(**overrides: Any) -> dict[str, Any]:
    """The raw scenario mapping, for tests that want to change nested parts."""
    data: dict[str, Any] = {
        "id": "ux-researcher",
        "title": "Coffee with a UX researcher at a bank",
        "minutes": 20,
        "dress_code": "business_casual",
        "setting": "A meeting room at Northbank's head office.",
        "persona": {"name": "Priya Raman", "role": "Senior UX Researcher", "organisation": ORG},
        "public_profile": _PROFILE,
        "topics": _TOPICS,
        "lines": _LINES,
        "vocabulary": ["Northbank", "usability", "synthesis"],
    }
    data.update(overrides)
    return data


def make_scenario(**overrides: Any) -> Scenario:
    """A valid Scenario; keyword arguments replace top-level keys (raw data or models)."""
    return Scenario.model_validate(scenario_data(**overrides))


def reader_knowing_only(fact: str, ask: str) -> TurnReader:
    """A reader for the test scenario whose public profile holds just `fact`, with one of
    the profile's own phrasings of a question it answers."""
    return TurnReader(make_scenario(public_profile=[{"fact": fact, "asks": [ask]}]))


def make_record(turns: list[Turn], **overrides: Any) -> MeetingRecord:
    """A MeetingRecord of `turns`; duration defaults to the end of the last turn."""
    fields: dict[str, Any] = {
        "scenario": "test/ux-researcher", "mode": "script", "agreed_s": 20 * 60.0,
        "arrive_minutes_early": 5.0, "attire": "chinos and a blazer",
    }
    fields.update(overrides)
    record = MeetingRecord(turns=list(turns), **fields)
    if "duration_s" not in overrides:
        record.duration_s = max((t.end_s for t in turns), default=0.0)
    return record


class Timeline:
    """Builds alternating turns with times that follow each other, like a real meeting."""

    def __init__(self, start_s: float = 0.0, gap_s: float = 1.0) -> None:
        self.now = start_s
        self.gap_s = gap_s
        self.turns: list[Turn] = []

    def user(self, text: str, seconds: float = 8.0, **fields: Any) -> Timeline:
        return self._add(Turn("user", self.now, self.now + seconds, text, **fields))

    def persona(self, text: str, kind: str = "answer", topic: str | None = None,
                seconds: float = 15.0) -> Timeline:
        return self._add(Turn("persona", self.now, self.now + seconds, text, kind=kind,
                              topic=topic))

    def wait(self, seconds: float) -> Timeline:
        self.now += seconds
        return self

    def at(self, seconds: float) -> Timeline:
        self.now = seconds
        return self

    def _add(self, turn: Turn) -> Timeline:
        self.turns.append(turn)
        self.now = turn.end_s + self.gap_s
        return self


def clean_meeting() -> Timeline:
    """A well-run 20-minute meeting: a goal, thoughtful questions, thanks, a referral ask,
    a close on time."""
    t = Timeline()
    t.persona("Hi, I'm Priya. Nice to meet you.", kind="greeting", seconds=3)
    t.user("Hi Priya, thank you so much for making time for me today.", seconds=4)
    t.persona("Of course.", kind="thanks_reply", seconds=2)
    t.user("I'm a secondary school teacher exploring a move into UX research, and I hoped "
           "to learn what the work really involves.", seconds=9)
    t.persona("Great, that helps me focus.", kind="purpose_ack", seconds=3)
    t.user("What does a typical day look like for you?", seconds=4)
    t.persona("Most days mix planning studies...", topic="day_to_day", seconds=60)
    t.user("How did you get into UX research yourself?", seconds=4)
    t.persona("I started in market research...", topic="career_path", seconds=70)
    t.user("Do you think my background as a teacher would transfer to research?", seconds=5)
    t.persona("It might well. Tell me about what you have done so far.", topic="my_background",
              seconds=10)
    t.user("I've run a pilot study with students, " + "and I interviewed parents " * 6,
           seconds=70)
    t.persona("That's a good start.", kind="acknowledge", seconds=20)
    t.user("What do hiring managers look for in a research portfolio?", seconds=5)
    t.persona("Show how you think...", topic="breaking_in", seconds=80)
    t.at(14 * 60)
    t.persona("Just so you know, we have about 5 minutes left.", kind="time_cue", seconds=4)
    t.user("How do you get stakeholders to act on your findings?", seconds=5)
    t.persona("Short, visual readouts help a lot.", topic="banking_challenges", seconds=60)
    t.user("Is there anyone else you'd recommend I speak with?", seconds=4)
    t.persona("You should talk to Sam on the design systems team.", kind="referral", seconds=6)
    t.user("That's all my questions. Thanks again, I really appreciate your time.", seconds=5)
    t.persona("Good luck, and keep in touch.", kind="farewell", seconds=3)
    return t


def scenario_reader(name: str, use_model: bool = True) -> TurnReader:
    """A turn reader for one of the shipped scenarios ("starter/nurse"); `use_model=False`
    reads with the rules alone."""
    return TurnReader(load_scenario(SCENARIOS / f"{name}.yaml"), use_model=use_model)


shared_reader = cache(scenario_reader)
"""One reader per shipped scenario for the whole run, as the reading-set tests use them:
reading a turn changes nothing in a reader, and building one takes a moment."""
