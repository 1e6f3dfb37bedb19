"""Readings learnt from the set V once it joined tune: a dream or ambition that is a place in
work is a goal; "different thing", said as a sentence of its own, announces a change of
subject; one's life given as the reason for a question about the work is the question's
context, not a tangent; "place" names whatever the words around it name ("a big place"); and
an alternative that only hedges a guess at a fact ("..., or is that a different company?")
leaves the guess asked. Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario, reader_knowing_only

BANK = "Northbank is a retail bank with about 2,000 employees."


@pytest.fixture(scope="module")
def rules() -> TurnReader:
    return TurnReader(make_scenario(), None, use_model=False)


@pytest.fixture(scope="module")
def bank_reader() -> TurnReader:
    return reader_knowing_only(BANK, "how big is Northbank")


@pytest.mark.parametrize("text", [
    "My dream job is UX research, ideally on a banking app.",
    "Honestly, the ambition is a research role on a product team.",
    "My dream is to work as a user researcher.",
])
def test_a_dream_that_is_a_place_in_work_is_a_goal(rules: TurnReader, text: str) -> None:
    assert rules.read(text).states_purpose


@pytest.mark.parametrize("text", [
    "My dream is a bigger flat with a garden.",
    "It's a dream to finally be in this building.",
    "The reason is the trains were cancelled.",
])
def test_a_dream_of_life_outside_work_is_no_goal(rules: TurnReader, text: str) -> None:
    assert not rules.read(text).states_purpose


@pytest.mark.parametrize("text", [
    "Okay. Different topic. The bakery on the ground floor, is the cake there any good? I "
    "always walk past it.",
    "Sorry, totally different thing, but is that a sourdough starter on your desk? Do you "
    "bake at home?",
])
def test_a_different_thing_announced_is_a_change_of_subject(rules: TurnReader,
                                                            text: str) -> None:
    assert rules.read(text).tangent


@pytest.mark.parametrize("text", [
    "Different topic, but how do you recruit participants for your studies?",
    "A different thing I wanted to ask: how do you share findings with engineers?",
])
def test_a_different_question_about_the_work_is_no_tangent(rules: TurnReader,
                                                           text: str) -> None:
    assert not rules.read(text).tangent


def test_life_given_as_the_reason_for_a_work_question_is_its_context(rules: TurnReader
                                                                     ) -> None:
    reading = rules.read(
        "The reason I ask about travel is, my partner and I have a toddler, my mum only helps "
        "at weekends and we don't drive, so how often do your researchers travel for field "
        "studies?")
    assert not reading.tangent and reading.substantive


def test_a_pastime_given_as_the_reason_is_still_a_tangent(rules: TurnReader) -> None:
    assert rules.read("The reason I ask is, I'm a huge Arsenal fan. Do you follow football "
                      "at all?").tangent


@pytest.mark.parametrize("text", [
    "Is Northbank a big place?",
    "Is Northbank a retail bank, or is that a different company?",
    "Is Northbank one of the big retail places, or am I mixing it up with another bank?",
])
def test_a_guess_at_a_fact_hedged_or_named_a_place_still_asks_it(bank_reader: TurnReader,
                                                                 text: str) -> None:
    assert bank_reader.read(text).googleable == BANK


@pytest.mark.parametrize("text", [
    "Is Northbank a good place to start out?",
    "Is research here mostly remote, or is it a different story on the product side?",
])
def test_a_real_alternative_or_a_view_of_the_place_is_no_fact(bank_reader: TurnReader,
                                                              text: str) -> None:
    assert bank_reader.read(text).googleable is None


def test_a_course_i_will_start_is_my_career_beside_a_holiday() -> None:
    # Once V joined tune the trained reader heard the holiday louder than the plan; a course
    # one is going to take is one's own career, as one already taken is.
    both = TurnReader(make_scenario())
    assert not both.read("I'm away at my brother's over Easter, but I'm going to start a UX "
                         "bootcamp in May.").tangent
    assert both.read("I'm away at my brother's over Easter, we do a massive egg hunt and the "
                     "kids go wild.").tangent


def test_asking_when_the_work_is_done_is_about_the_work() -> None:
    both = TurnReader(make_scenario())
    assert not both.read("Do researchers here ever have to work weekends, like over Easter? "
                         "We do a big family thing every year.").tangent
    assert both.read("Do you play golf at weekends? My dad and I try to get out most "
                     "Saturdays.").tangent


def test_a_second_alternative_asks_though_its_mark_was_lost(rules: TurnReader) -> None:
    # Spoken, whisper wrote a full stop and misheard the opener ("Okay, Mac on track, ...").
    reading = rules.read("Right, back to it, do hiring managers look at certificates, or do "
                         "they only care about a portfolio.")
    assert reading.is_question and reading.substantive
    assert not rules.read("I might stay in support, or I could go back to school.").is_question
