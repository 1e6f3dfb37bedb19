"""Readings learnt from the set M once it joined tune (goals said as a field thought of, a
role in learner's English or a field that keeps coming up; who suggested the meeting; a
fresh graduate's background; finishing a qualification; an aside before a fact question),
each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.mark.parametrize("text", [
    "I run the reference desk at a college library, and I'm thinking about UX research once "
    "my contract ends.",
    "I work like library assistant eight years. I want to be researcher, a real one.",
    "Nine years shelving and cataloguing. UX research keeps comin' up. Figured I'd ask "
    "someone who does it.",
])
def test_goals_said_as_a_field_or_a_role(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


@pytest.mark.parametrize("text", ["I'm thinking about the UX research meetup tonight.",
                                  "I want to be sure I'm not late for the bus."])
def test_thoughts_and_wants_that_are_no_goal(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


def test_who_thought_the_meeting_a_good_idea_is_no_tangent(reader: TurnReader) -> None:
    assert not reader.read("My neighbour works in payments here, and she thought it would be "
                           "a good idea to meet you.").tangent


def test_a_fresh_graduate_s_background_is_no_tangent(reader: TurnReader) -> None:
    assert not reader.read("I just graduated from Leeds in biology, and, um, honestly I'm "
                           "still figuring things out at the moment.").tangent


def test_finishing_a_qualification_asks_about_having_it() -> None:
    fellow = "Priya is a chartered fellow of the Design Research Society, qualified in 2016."
    reader = reader_knowing_only(fellow, "are you chartered")
    assert reader.read("So you're a fellow already. What year did you finish "
                       "that?").googleable == fellow


def test_an_aside_before_a_fact_question_names_nothing(reader: TurnReader) -> None:
    reading = reader.read("First, and just so I've got it straight in my notes, how long "
                          "have you been at Northbank now?")
    assert reading.googleable is not None and "six years" in reading.googleable


def test_a_clause_saying_when_is_part_of_the_question(reader: TurnReader) -> None:
    assert reader.read("When you plan a study, what tools do you actually use?"
                       ).googleable is None


def test_the_trained_reader_overrules_no_tangent_said_to_be_one_nor_gossip() -> None:
    """Its doubts are for the explorer's own background read as drift; a tangent announced as
    one, or gossip about others' private lives, stands whatever it says."""

    class Doubts:
        def read(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
            return frozenset(), frozenset({"tangent"})

    reader = TurnReader(make_scenario())
    reader._model = Doubts()  # type: ignore[assignment]
    assert reader.read("Between us, two of the team leads at my branch are secretly dating, "
                       "and everybody acts like they have no idea.").tangent
    assert reader.read("Totally random, but my brother's wedding is next month and my mum "
                       "has already bought three hats for it.").tangent
    assert not reader.read("My daughter's just started at uni. The wife's been in bits all "
                           "week, she keeps ringing her.").tangent
