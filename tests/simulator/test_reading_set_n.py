"""Readings learnt from the set N (goals said in many ways, and questions a profile
answers), each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.mark.parametrize("text", [
    # the question one came with, named as such
    "My question for today's chat is simple: is UX research a sensible move for me or not?",
    "So my question is, could a librarian realistically move into research in a year?",
    # wanting the work, said short
    "Library assistant, twelve years. Want the research job. Need to know how people get in.",
    # help wanted with a choice, and the choice's field
    "I've got two offers. I'm hoping you can help me think through which one sets me up "
    "better for research work.",
    # the option named before, pointed at after
    "A colleague said my catalogue testing sounds like UX research. I guess what I want to "
    "know is whether this is a real option for someone like me.",
])
def test_goals_said_in_other_ways(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


@pytest.mark.parametrize("text", [
    "I want a coffee before we start.",
    "My question is whether the lift is fixed yet.",
    "I guess what I want to know is whether this is a real option for lunch.",
])
def test_wants_and_questions_that_are_no_goal(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


def test_leaving_later_is_no_goodbye(reader: TurnReader) -> None:
    assert not reader.read("You've got a workshop after this, so just say when I need to "
                           "go.").closing
    assert reader.read("Right, I need to go.").closing


def test_putting_things_straight_is_no_tangent(reader: TurnReader) -> None:
    assert not reader.read("Hold on, let me shift my mug off the notebook. Okay.").tangent


def test_employers_in_general_taking_one_on_is_no_job_request(reader: TurnReader) -> None:
    assert not reader.read("Do I need a certificate before anyone will take me on, or is a "
                           "portfolio enough?").asks_for_job
    assert reader.read("Could you take me on for the summer?").asks_for_job


def test_that_points_back_to_the_fact_said_before() -> None:
    degree = "Priya has held a master's in human-computer interaction since 2014."
    reader = reader_knowing_only(degree, "what did you study")
    reading = reader.read("So you did a master's in human-computer interaction. Which year "
                          "did you finish it?")
    assert reading.googleable == degree


def test_a_side_of_the_work_names_nothing_more() -> None:
    team = "Priya works on the mortgage product team at Northbank."
    reader = reader_knowing_only(team, "which team are you on")
    assert reader.read("And you're on the mortgage product side, is that correct?"
                       ).googleable == team


@pytest.mark.parametrize("text", ["So, where do you want to start?",
                                  "Hey, Priya, right? Thanks for making time for a research chat."])
def test_starting_the_meeting_asks_nothing_of_the_work(reader: TurnReader, text: str) -> None:
    reading = reader.read(text)
    assert reading.googleable is None and not reading.substantive
