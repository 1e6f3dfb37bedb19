"""Readings learnt from the set P once it joined tune (advice asked for someone making the
explorer's move, goals said as "wanting to" or as a move to "the X side", a field that
"might be a way in", "found" as in find, staff a fact lists by role), each in wordings
unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import STORY_TOPIC, make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.mark.parametrize("text", [
    "Say a friend like me wanted to make the leap from teaching, what would you tell them?",
    "For somebody coming in from hospitality, what tips would you give?",
])
def test_advice_for_someone_making_my_move_gets_the_story_invitation(reader: TurnReader,
                                                                     text: str) -> None:
    assert reader.read(text).topic == STORY_TOPIC


@pytest.mark.parametrize("text", [
    "What did you do first when you made the switch yourself?",
    # The turn that states the goal has just told the story.
    "I'm a nurse hoping to move into research, and I'd love your advice on how to get there.",
])
def test_their_own_move_or_a_stated_goal_keeps_its_reading(reader: TurnReader,
                                                           text: str) -> None:
    assert reader.read(text).topic != STORY_TOPIC


@pytest.mark.parametrize("text", [
    "I'm wanting to find out whether UX research is a proper option for somebody like me.",
    "I run a hotel front desk, and I want to see if switching to the insights side at fifty "
    "is a real option or a daydream.",
])
def test_goals_said_as_wanting_or_as_a_side_of_the_work(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


@pytest.mark.parametrize("text", ["I'm wanting to get a flat on the other side of the river.",
                                  "I want to see if the sunny side of the street is warmer."])
def test_a_side_of_town_is_no_goal(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


def test_a_field_that_might_be_a_way_in_is_no_job_request(reader: TurnReader) -> None:
    assert not reader.read("Honestly, I think service design might be a way in for me.") \
        .asks_for_job
    assert reader.read("Is there any way in for me at Northbank, do you think?").asks_for_job


def test_what_they_found_is_not_when_they_started() -> None:
    fact = "Priya has worked with the onboarding and payments product teams since 2019."
    reader = reader_knowing_only(fact, "when did you start working with the payments team")
    assert reader.read("And when the product team pushes back on what you found, then "
                       "what?").googleable is None
    assert reader.read("When did you start with the product teams?").googleable == fact


def test_staff_a_fact_lists_are_named_by_their_role() -> None:
    fact = "Priya's team has five researchers and an office manager."
    reader = reader_knowing_only(fact, "how big is your team")
    assert reader.read("Are you mostly in the office these days, or out with "
                       "customers?").googleable is None
    assert reader.read("How big is your team?").googleable == fact


@pytest.mark.parametrize("text", [
    "Who do you know that moved from teaching into research?",
    "Would you happen to know anyone who switched over from nursing?",
])
def test_people_they_know_who_made_my_move_are_asked_for(reader: TurnReader, text: str) -> None:
    """Spoken, the reaching after it ("..., that I might reach out to?") may be cut off at a
    comma's pause; what is left still asks for people."""
    assert reader.read(text).referral_ask


def test_knowing_who_decided_is_no_referral_ask(reader: TurnReader) -> None:
    assert not reader.read("Do you know who made the call on the redesign?").referral_ask
