"""Readings learnt from the set T once it joined tune: the operating room's initials are no
conjunction ("in the next year or two" is not "the OR"), someone else's thanks are none of
mine ("nobody ever thanks you for it"), and an owner's team or crew is the whole firm, so
its size is the firm's public headcount; and from T spoken, a "when" clause that sets the
scene for a question asks no year. Each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import ORG, make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def rules() -> TurnReader:
    return TurnReader(make_scenario(), None, use_model=False)


def test_a_year_or_two_is_no_operating_room(rules: TurnReader) -> None:
    assert not rules.read("I want to find out whether I could make design my real work in "
                          "the next month or so.").asks_for_job
    assert rules.read("I could help out in your OR at weekends for free.").asks_for_job
    assert rules.read("I'd be glad to volunteer at the ED on Saturdays.").asks_for_job


@pytest.mark.parametrize("text", [
    "In retail no one thanks you for a clean stockroom. Is research any different?",
    "My manager never thanks anybody. Do researchers get more credit?",
    "People thank you when the app works, I suppose?",
])
def test_someone_elses_thanks_are_no_thanks(rules: TurnReader, text: str) -> None:
    assert not rules.read(text).thanks


@pytest.mark.parametrize("text", [
    "Thanks ever so much for this, Priya.",
    "Right, thank you. They were lucky to have you.",
])
def test_my_own_thanks_still_count(rules: TurnReader, text: str) -> None:
    assert rules.read(text).thanks


def _headcount_reader(role: str) -> tuple[TurnReader, str]:
    fact = f"Priya started {ORG} in 2012; it has eleven people: eight fitters and three drivers."
    scenario = make_scenario(
        persona={"name": "Priya Raman", "role": role, "organisation": ORG},
        public_profile=[{"fact": fact, "asks": ["how many people work for you"]}])
    return TurnReader(scenario), fact


def test_an_owners_team_is_the_whole_firm() -> None:
    reader, fact = _headcount_reader("Founder and Lead Fitter")
    assert reader.read("How big is your team at the moment, a dozen?").googleable == fact
    assert reader.read("How many are on your crew now?").googleable == fact
    # A crew for one job is no headcount.
    assert reader.read("How big a crew does a kitchen refit take?").googleable is None


def test_an_employees_team_is_not_the_firm() -> None:
    reader, _ = _headcount_reader("Senior Fitter")
    assert reader.read("How big is your team at the moment, a dozen?").googleable is None


def test_a_when_clause_that_sets_the_scene_asks_no_year() -> None:
    # Heard by voice with a comma before "and": the clause before the question was read as
    # one of the two joined questions, "when ...?", and matched the year of a fact.
    fact = "Priya has led usability testing for Northbank's savings app since 2019."
    reader = reader_knowing_only(fact, "when did you start on the savings app")
    assert reader.read("When you're testing the savings app, how much is instinct, and how "
                       "much comes from the numbers?").googleable is None
    assert reader.read("When did you start on the savings app, and how did the testing "
                       "change?").googleable == fact


def test_a_course_you_did_take_is_one_you_did() -> None:
    # Spoken, the year asked after it was cut off: "Which analytics certificate did you take?"
    # alone must still ask the profile.
    fact = "Priya completed a human factors certificate at Loughborough in 2017."
    reader = reader_knowing_only(fact, "what certificate did you do")
    assert reader.read("Which certificate did you take?").googleable == fact
    assert reader.read("Did you take a pay cut when you moved?").googleable is None
