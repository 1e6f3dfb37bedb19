"""Readings learnt from the set W once it joined tune: a place for me in a field, named
bare, asks about the field, not for a job; sport's words said as figures of speech about
work ("ballpark", "a marathon, not a sprint") are no tangent; a budget asks an amount; a
think tank is no opinion asked, being employed somewhere is working there, and a fact that
names the organisation says with "after" what came before it; a clause of a noun's
alternatives ("support or ops") asks nothing alone; and someone giving me a figure is not
someone giving me their time. Each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import reader_knowing_only

REDESIGN = ("Priya leads research for Northbank's £3 million app redesign, which launches in "
            "2026.")
BEFORE = "Priya joined Northbank in 2019, after five years at the Harbour Institute think tank."
COUNCIL = "Priya joined Northbank in 2020, after six years in the City of Leeds council's digital team."
FOUNDED = "Northbank was founded in 1998 and has about 2,000 staff."


@pytest.mark.parametrize("text", [
    "Is there room for someone like me in fintech research, and how would I even start?",
    "I'm mostly trying to work out whether there's a place for somebody like me in "
    "accessibility research.",
])
def test_a_place_for_me_in_a_field_asks_about_the_field(rules: TurnReader, text: str) -> None:
    assert not rules.read(text).asks_for_job


@pytest.mark.parametrize("text", [
    "Is there a place for someone like me on your research team?",
    "Would there be room for me in Northbank's design group?",
    "Is there a place for me in fintech research here?",
    "Any room for someone like me at Northbank?",
])
def test_a_place_for_me_with_them_still_asks_for_a_job(rules: TurnReader, text: str) -> None:
    assert rules.read(text).asks_for_job


@pytest.mark.parametrize("text", [
    "What's the budget on the new building, ballpark?",
    "Any idea of the headcount, in the right ballpark?",
    "Is it a marathon, not a sprint?",
    "Could you give me a ballpark figure for what a study like that costs?",
])
def test_sport_said_as_a_figure_of_speech_is_no_tangent(both: TurnReader, text: str) -> None:
    assert not both.read(text).tangent


def test_the_ballpark_itself_is_still_sport(both: TurnReader) -> None:
    assert both.read("Were you at the ballpark on Sunday? That ninth inning was unreal, the "
                     "whole stadium was on its feet.").tangent


@pytest.mark.parametrize("text", [
    "What's the budget for the app redesign, roughly?",
    "What was the budget on the redesign, ballpark?",
])
def test_a_budget_asks_an_amount(text: str) -> None:
    reader = reader_knowing_only(REDESIGN, "how much is the app redesign worth")
    assert reader.read(text).googleable == REDESIGN


@pytest.mark.parametrize("text", [
    "How do you keep a research project on budget?",
    "What's the budget process like for a new study?",
])
def test_managing_a_budget_asks_no_amount(text: str) -> None:
    reader = reader_knowing_only(REDESIGN, "how much is the app redesign worth")
    assert reader.read(text).googleable is None


@pytest.mark.parametrize(("fact", "text"), [
    (BEFORE, "Before Northbank, were you employed at a think tank?"),
    (COUNCIL, "Were you in city government before you came to Northbank?"),
])
def test_what_came_before_them_is_asked_of_the_fact_that_says_after(fact: str,
                                                                     text: str) -> None:
    reader = reader_knowing_only(fact, "where did you work before Northbank")
    assert reader.read(text).googleable == fact


def test_a_think_tank_asks_no_opinion() -> None:
    reader = reader_knowing_only(BEFORE, "where did you work before Northbank")
    assert reader.read("What do you think a think tank teaches you about research?"
                       ).googleable is None


def test_one_of_a_nouns_alternatives_asks_nothing_alone() -> None:
    reader = reader_knowing_only(FOUNDED, "when was Northbank founded")
    assert reader.read("Is starting in support or QA and moving into research a common route, "
                       "or more of a myth?").googleable is None
    assert reader.read("Was Northbank founded in 1998, or was it later?").googleable == FOUNDED
    assert reader.read("Is Northbank a big bank, or still quite small?").googleable == FOUNDED


def test_a_figure_given_me_reaches_no_one(rules: TurnReader) -> None:
    assert not rules.read("Could your lead give me a rough figure for what juniors earn?"
                          ).referral_ask
    assert rules.read("Is there anyone on your team who could give me twenty minutes?"
                      ).referral_ask


def test_a_clause_of_a_question_about_them_still_asks_its_fact() -> None:
    degree = "Priya has a master's in statistics from the University of Leeds."
    reader = reader_knowing_only(degree, "what is your master's in")
    assert reader.read("Your master's, was that in statistics or in economics? I forget."
                       ).googleable == degree


def test_asking_for_advice_politely_asks_for_no_job(both: TurnReader) -> None:
    # Retrained with W, the trained reader took a grateful request for advice for a job.
    assert not both.read("I'd be grateful for any advice on building a portfolio."
                         ).asks_for_job
    assert both.read("I'd be really grateful if you'd keep me in mind for a research "
                     "assistant role.").asks_for_job


@pytest.mark.parametrize("text", [
    "Were you in city government before Northbank, I think I read that?",
    # Spoken: the recognizer's commas for the question mark, and a doubt after it.
    "Before Northbank, were you in city government, I believe I saw that somewhere, but I "
    "wasn't certain.",
])
def test_a_remark_of_mine_after_a_fact_question_judges_nothing(text: str) -> None:
    reader = reader_knowing_only(COUNCIL, "where did you work before Northbank")
    assert reader.read(text).googleable == COUNCIL


@pytest.mark.parametrize("text", [
    # Spoken by a learner of English, the marks lost: a view asked at the end, and a choice
    # asked with its auxiliary dropped.
    "The night shifts are harder than the lab work, you think.",
    "Bootcamp or a degree, which one you think is better for somebody my age.",
    "Research suits introverts more than people like me, would you say."
])
def test_a_question_asked_without_its_mark_or_auxiliary_still_asks(rules: TurnReader,
                                                                    text: str) -> None:
    reading = rules.read(text)
    assert reading.is_question and reading.substantive


@pytest.mark.parametrize("text", [
    "The night shifts are harder than the lab work, I think.",
    "I moved to Leeds, which one of my cousins had done before me.",
    "I did two years in a call centre, which was fine.",
])
def test_a_remark_with_a_view_or_a_relative_clause_asks_nothing(rules: TurnReader,
                                                                 text: str) -> None:
    assert not rules.read(text).is_question


def test_a_night_at_the_pub_quiz_is_a_tangent(both: TurnReader) -> None:
    assert both.read("I heard you lot do karaoke at the pub on Fridays. What do you sing?"
                     ).tangent
    assert not both.read("Do you run quizzes or surveys with customers, or mostly "
                         "interviews?").tangent
