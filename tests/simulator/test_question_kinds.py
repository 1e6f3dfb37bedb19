"""Kinds of question the count of thoughtful questions must tell apart, each in wordings of
its own: an apology before a real question, greetings and one-word echoes, relative clauses
and named asides that only look like questions, checks on a summary of their answer, and a
goal for the meeting said as what one wants to know."""

from __future__ import annotations

import pytest

from simulator.filler_questions import earnest_questions
from simulator.intents import TurnReader
from simulator.matching import normalise
from simulator.phrases import word_set
from simulator.questions import asks_question
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


def _asks(text: str) -> bool:
    t = normalise(text)
    return asks_question(t, word_set(t))


# An apology is a courtesy: the question after it is still about the work.
APOLOGY_THEN_QUESTION = [
    "Sorry, I rambled there. How did you learn to run interviews well?",
    "Oh sorry, I lost my thread. Which research methods do you use most?",
]


@pytest.mark.parametrize("text", APOLOGY_THEN_QUESTION)
def test_a_question_after_an_apology_is_substantive(reader: TurnReader, text: str) -> None:
    assert reader.read(text).substantive


# Greetings asked as questions, and one-word echoes, reactions or names.
FOLLOWING_ALONG = [
    "Alright Sam, how's it going.",
    "Hi, how are things?",
    "Hi! Priya? Great to finally meet you.",
    "Nights? Wow.",
]


@pytest.mark.parametrize("text", FOLLOWING_ALONG)
def test_greetings_and_echoes_are_not_earnest(text: str) -> None:
    assert earnest_questions(normalise(text)) == []


def test_a_one_word_why_still_asks() -> None:
    assert earnest_questions(normalise("Why?")) == ["why?"]


# A clause after a comma that does not turn its verb round is part of a statement.
STATEMENTS_SHAPED_LIKE_QUESTIONS = [
    "I spent a year in retail banking, which honestly says a lot about my patience.",
    "I met Dev at a meetup, who suggested I talk to you.",
    "My manager, a former designer herself, is the one who suggested this.",
    "Right, right.",
]
QUESTIONS_AFTER_A_COMMA = [
    "For someone like me, which course would you take first",
    "For a career changer, is a portfolio essential",
    "And the interviews you run, when do you write them up",
]


@pytest.mark.parametrize("text", STATEMENTS_SHAPED_LIKE_QUESTIONS)
def test_statements_do_not_ask(text: str) -> None:
    assert not _asks(text)


@pytest.mark.parametrize("text", QUESTIONS_AFTER_A_COMMA)
def test_questions_after_a_comma_ask(text: str) -> None:
    assert _asks(text)


# Restating their answer to check it is following; a view of one's own, or a question after
# "so basically", still asks.
SUMMARY_CHECKS = [
    "Okay. So basically research is half listening and half writing. Is that fair?",
    "So in other words, the title matters less than the portfolio, right?",
]
VIEWS_AND_QUESTIONS = [
    "So basically, how do you choose which method to use first?",
    "So portfolios matter more than certificates for researchers, right?",
]


@pytest.mark.parametrize("text", SUMMARY_CHECKS)
def test_checking_a_summary_is_not_substantive(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).substantive


@pytest.mark.parametrize("text", VIEWS_AND_QUESTIONS)
def test_a_view_or_question_after_a_summary_word_is_substantive(reader: TurnReader,
                                                                text: str) -> None:
    assert reader.read(text).substantive


# The second half of a purpose statement is the goal, not one of the questions; the same
# wish said on its own, or politely, asks.
def test_a_goal_said_as_what_one_wants_to_know_is_not_a_question(reader: TurnReader) -> None:
    r = reader.read("I'm a physiotherapist and I want to know what it takes to move into "
                    "research.")
    assert not r.substantive


@pytest.mark.parametrize("text", [
    "I'd really like to know what it takes to move into research.",
    "Mostly I want to understand how you plan a study.",
])
def test_asking_what_one_wants_to_know_on_its_own_is_substantive(reader: TurnReader,
                                                                 text: str) -> None:
    assert reader.read(text).substantive
