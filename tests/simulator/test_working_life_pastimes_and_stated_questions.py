"""More kinds the tangent and question readings must tell apart, each in wordings of its own.

No tangent: reacting to an answer by weighing it against what one expected, a question framed
by one's own prospects, one's own working life (judging one's skills, someone one worked
with, a service record in few words), how the meeting came about, and a promise to keep it
short. Tangents: a remark one says oneself is off the subject, following up a pastime of
theirs just named, and asking whether they have tried or are into something outside work.
Questions: one named before it is asked ("my main question is..."), a goal said as what one
would like to understand, and someone named between commas after "a ... of mine".
"""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from simulator.matching import normalise
from simulator.phrases import word_set
from simulator.questions import asks_question
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


NOT_TANGENTS = [
    # Weighing the answer against what one thought ("matches" is no sports match).
    "Understood. That matches what I'd read.",
    # A question framed by one's own prospects.
    "At my age, how bad are the twelve-hour nights on the body, honestly?",
    # Judging one's own skills after a story from one's old job.
    "At the call centre I once talked a caller out of cancelling after two hours on hold. "
    "That's the part I'm good at.",
    # Someone of one's working life, and a service record in few words.
    "My old supervisor, Marguerite Olsen, went part-time first and swears it saved her.",
    "Nine years Air Force, avionics technician. Out since August.",
    "I retired in the spring as a chief petty officer after twenty-two years aboard destroyers.",
    # How the meeting came about, with what the go-between said.
    "Bogdan, who laid the tiles in my old flat in Gdansk, put us in touch. He swore you never "
    "waste words, always straight talking.",
    # A promise to keep it short, however it is dressed.
    "Morning Sam, Oskar Brandt. I'll keep this shorter than my wedding speech.",
]


@pytest.mark.parametrize("text", NOT_TANGENTS)
def test_not_a_tangent(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


TANGENTS = [
    # Said oneself to be off the subject.
    "Random thought, but my son's hockey team won their cup final and the whole research team "
    "watched it.",
    # Following up a pastime of theirs just named, in words the work may share.
    "Priya mentioned you're a cyclist. How did the sportive go on Sunday?",
    # Tried or into something outside work, judged by what it is.
    "You into darts at all? The final in Dublin was something else.",
    "Have you tried the dumplings at the noodle bar across the road?",
]


@pytest.mark.parametrize("text", TANGENTS)
def test_a_tangent(reader: TurnReader, text: str) -> None:
    assert reader.read(text).tangent


# Trying a way of working, or a question whose verb is all that a pastime question shares.
@pytest.mark.parametrize("text", [
    "Have you tried running unmoderated usability studies?",
    "When you review a junior researcher's findings, what mistakes do you see most?",
])
def test_asking_about_the_work_with_a_pastime_verb_is_no_tangent(reader: TurnReader,
                                                                 text: str) -> None:
    assert not reader.read(text).tangent


@pytest.mark.parametrize("text", [
    "What I'd most like to know is how you decide which studies get funded.",
    "My main question is whether a statistics course would help.",
])
def test_a_question_named_then_asked_is_substantive(reader: TurnReader, text: str) -> None:
    assert reader.read(text).substantive


def test_a_goal_said_as_what_one_would_like_to_understand_is_not_a_question(
        reader: TurnReader) -> None:
    r = reader.read("Well, I've taught chemistry for years, and I'd like to understand what "
                    "it takes to move into research.")
    assert not r.substantive


def test_someone_named_after_a_of_mine_is_a_statement() -> None:
    t = normalise("A former colleague of mine, Dara Quinn, is a researcher at an insurer now.")
    assert not asks_question(t, word_set(t))
