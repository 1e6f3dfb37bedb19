"""Readings learnt from the set Q once it joined tune (a greeting that checks the name asks
nothing, going in-house is joining, "poking around to see if..." weighs a move, a CV sent for
a read of its wording asks no job), each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.mark.parametrize("text", ["Hello, Priya Raman? Great, thanks for having me.",
                                  "Hey, Priya? Lovely to meet you at last."])
def test_a_greeting_that_checks_the_name_asks_nothing(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).substantive


def test_a_greeting_before_a_real_question_still_asks_it(reader: TurnReader) -> None:
    assert reader.read("Hi, Priya, what does a typical day look like for you?").substantive


def test_going_in_house_is_joining() -> None:
    fact = "Priya spent five years at a market research agency before joining Northbank."
    reader = reader_knowing_only(fact, "where did you work before Northbank")
    assert reader.read("Quick one: which agency were you at before you moved "
                       "in-house?").googleable == fact
    assert reader.read("What surprised you most about being in-house?").googleable is None


def test_poking_around_to_see_about_a_move_is_a_goal(reader: TurnReader) -> None:
    assert reader.read("I teach chemistry, and I've been nosing around to see if I could make "
                       "the jump into research.").states_purpose
    assert not reader.read("I was poking around your app on the train.").states_purpose


def test_a_cv_sent_for_a_read_of_its_wording_asks_no_job(reader: TurnReader) -> None:
    assert not reader.read("Could I send you my CV at some point, just to tell me whether "
                           "the wording works? I want a second pair of eyes on it, "
                           "nothing more.").asks_for_job
    assert reader.read("Could I send you my CV so it reaches the hiring "
                       "manager?").asks_for_job


def test_someone_else_who_made_the_move_is_asked_for(reader: TurnReader) -> None:
    """Spoken, "..., maybe somewhere smaller, | you'd say is worth a call?" may be cut at the
    comma's pause; asking for someone else who made the move still asks for people."""
    assert reader.read("Is there anybody else who has moved over from teaching, maybe "
                       "somewhere smaller?").referral_ask
    assert not reader.read("Is there anyone else who works on the payments app?").referral_ask
