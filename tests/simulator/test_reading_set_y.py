"""Readings learnt from the set Y once it joined tune: a number of years is a duration, no
count; taking or passing on what they offer ("I'll pass on the coffee, I've had my one cup")
is a courtesy; "what takes my time is the people" says, not asks; "I'm the person they ask"
reaches no one; and "is it too late at my age?" asks about my own move, which a person
answers by asking for my story. Each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from simulator.my_move import asks_about_my_move
from simulator.words import normalise
from tests.simulator.helpers import reader_knowing_only

BEFORE = "Before Northbank, Priya spent three years as a researcher at a health-tech agency."


def test_a_number_of_years_is_no_count() -> None:
    reader = reader_knowing_only(BEFORE, "what did you do before Northbank")
    assert reader.read("How many researchers are there at Northbank, roughly?").googleable is None
    assert reader.read("How many years were you at the agency?").googleable == BEFORE


def test_what_they_offer_taken_or_passed_on_is_a_courtesy(both: TurnReader) -> None:
    assert not both.read("Hi Priya, I'm Sam. I'll pass on the tea, I've had my one cup for "
                         "the day.").tangent
    assert both.read("Did you watch the World Cup final? I had my tea at five in the morning "
                     "just to see it.").tangent


@pytest.mark.parametrize("text", [
    "What matters most to me is the people side.",
    "The tools are the easy part. What takes my time is the stakeholders.",
])
def test_what_a_thing_does_said_as_a_subject_asks_nothing(rules: TurnReader, text: str) -> None:
    assert not rules.read(text).is_question


@pytest.mark.parametrize("text", [
    "What takes most of your time in a normal week",
    "What does your team think is the hardest part of the job",
])
def test_what_takes_the_time_still_asks(rules: TurnReader, text: str) -> None:
    assert rules.read(text).is_question


def test_someone_reaching_me_is_no_referral_ask(rules: TurnReader) -> None:
    assert not rules.read("When the designers get stuck on a flow, I'm the person they ask, "
                          "every time.").referral_ask
    assert rules.read("Is there a researcher on your team I could ask about synthesis?"
                      ).referral_ask


@pytest.mark.parametrize(("text", "mine"), [
    ("Is it too late to start in research at my age, honestly?", True),
    ("Am I too old to retrain at fifty?", True),
    ("Was it too late for you to switch at thirty?", False),
])
def test_too_late_at_my_age_asks_about_my_move(text: str, mine: bool) -> None:
    t = normalise(text)
    assert asks_about_my_move(t, frozenset(t.split())) is mine


@pytest.mark.parametrize("text", [
    "Who else should I hit up, do you reckon?",
    "Anyone on the design side I should have a yarn with?",
    # Spoken: whisper wrote "what" for "who".
    "What do you put me in touch with, do you think?",
])
def test_whom_else_to_reach_as_people_say_it(rules: TurnReader, text: str) -> None:
    assert rules.read(text).referral_ask


def test_a_word_had_with_my_manager_asks_no_one(rules: TurnReader) -> None:
    assert not rules.read("I had a word with my manager about the move last week.").referral_ask


def test_a_clause_saying_when_before_a_statement_asks_nothing(rules: TurnReader) -> None:
    assert not rules.read("When the engineers come over to ask why a flow tests badly, I'm "
                          "the one they ask, and I love it.").is_question
    assert rules.read("When you hire juniors, do you look at portfolios first").is_question


def test_a_number_in_a_name_counts_nothing() -> None:
    fact = "Priya spent six years in audit at a regional firm before joining Northbank."
    reader = reader_knowing_only(fact, "what did you do before Northbank")
    assert reader.read("Were you at one of the Big Four before Northbank, or somewhere "
                       "smaller?").googleable == fact


def test_asking_for_something_to_read_asks_for_no_job(both: TurnReader) -> None:
    # Retrained with Y, the trained reader took this for a request to be hired.
    assert not both.read("Could you send me the article on pricing you mentioned?"
                         ).asks_for_job
