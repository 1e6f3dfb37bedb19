"""Readings learnt from the set U once it joined tune: a study with an article is a piece of
research, "the one" counts nothing, "what I'm asking is" frames my own question and asks no
one to reach, and a remark said to be random is a tangent when hardly any of its words are
the work's; and, once U's batch moved the job-request model's threshold, my CV weighed for
a role of theirs is a job request by rule; from U spoken, "what I'm asking is whether..."
asks, whatever its mark, and a question after a comma may turn round on what came before
("..., was that study the one you led?"). Each in wordings unlike the sessions' own, beside
hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario, reader_knowing_only

REPORT = ("Priya led Northbank's 2022 report \"Left on Read\" on why older customers abandon "
          "the savings app.")


@pytest.fixture(scope="module")
def rules() -> TurnReader:
    return TurnReader(make_scenario(), None, use_model=False)


@pytest.fixture(scope="module")
def report_reader() -> TurnReader:
    return reader_knowing_only(REPORT, "what was your latest report")


@pytest.mark.parametrize("text", [
    # The profile calls it a report; the asker a study, and points back at it with "the one".
    "A friend forwarded me a piece on older people giving up on banking apps. Was that "
    "study the one you led?",
    "Did you lead the study on older customers abandoning the savings app?",
])
def test_a_study_of_theirs_is_the_research_the_profile_names(report_reader: TurnReader,
                                                             text: str) -> None:
    assert report_reader.read(text).googleable == REPORT


def test_a_question_turning_round_after_a_comma_asks_on_its_own(report_reader: TurnReader
                                                                ) -> None:
    # Spoken, the full stop before it came back as a comma: the question's own words name
    # the report, the clause before it only where it was read about.
    assert report_reader.read("My aunt sent me a clipping about banking apps losing older "
                              "users, was that study the one you led?").googleable == REPORT
    assert report_reader.read("My aunt sent me a clipping about banking apps losing older "
                              "users, was that a surprise to you?").googleable is None


def test_what_they_studied_is_still_their_education() -> None:
    fact = "Priya has a master's in human factors from Loughborough."
    reader = reader_knowing_only(fact, "where did you go to school")
    assert reader.read("What did you study at university?").googleable == fact
    # ...and a study of one's own is no research of theirs.
    assert reader.read("Would a study like mine be any use here?").googleable is None


def test_weighing_what_counted_is_a_view_not_a_fact() -> None:
    fact = "Priya has a BSc in psychology and a master's in human factors."
    reader = reader_knowing_only(fact, "what did you study")
    assert reader.read("Between the psychology degree and the master's, which one did the "
                       "most for you?").googleable is None
    assert reader.read("Which one was your master's in, human factors?").googleable == fact


@pytest.mark.parametrize("text", [
    "I suppose what I'm really asking is whether a career changer could start on the "
    "research side, or whether I should expect to do support work first?",
    "What I'm asking, really, is can someone my age still get taken on as a junior?",
])
def test_framing_my_own_question_asks_for_no_one_to_reach(rules: TurnReader,
                                                          text: str) -> None:
    reading = rules.read(text)
    assert reading.is_question and not reading.referral_ask


def test_someone_to_ask_is_still_a_referral_ask(rules: TurnReader) -> None:
    assert rules.read("Is there a newer researcher on your team I could ask about that?"
                      ).referral_ask


@pytest.mark.parametrize("text", [
    "Random, but is that a real jukebox by the stairs? Do people actually put songs on it "
    "during the research sessions?",
    "Okay, random, but is that a nitro cold brew tap? We've been begging our owner for one "
    "forever. Where do you even get the kegs from?",
])
def test_a_long_remark_said_to_be_random_in_hardly_any_work_words_is_a_tangent(
        rules: TurnReader, text: str) -> None:
    assert rules.read(text).tangent


@pytest.mark.parametrize("text", [
    "Random question, but do your researchers sit with the designers when they test?",
    "Slightly off topic, but how do you recruit participants for usability tests?",
    "Random, but do you ever get to pick which app you test next?",
])
def test_a_random_question_about_the_work_is_no_tangent(rules: TurnReader, text: str) -> None:
    assert not rules.read(text).tangent


@pytest.mark.parametrize("text", [
    "Do you think your manager would look at my portfolio for the open role?",
    "Would your lead consider my application for that research opening?",
])
def test_my_cv_weighed_for_a_role_of_theirs_is_a_job_request(rules: TurnReader,
                                                             text: str) -> None:
    assert rules.read(text).asks_for_job


@pytest.mark.parametrize("text", [
    "Would you look at my portfolio and tell me what a junior role needs?",
    "What should my portfolio look like for the role you described?",
])
def test_what_a_role_needs_of_my_portfolio_is_advice(rules: TurnReader, text: str) -> None:
    assert not rules.read(text).asks_for_job


@pytest.mark.parametrize("text", [
    "So what I'm really asking is whether a designer can move into research without a "
    "psychology degree.",
    "I think what I'm getting at is how you decide when a study is big enough.",
])
def test_a_question_framed_as_what_i_am_asking_asks(rules: TurnReader, text: str) -> None:
    reading = rules.read(text)
    assert reading.is_question and reading.substantive


def test_what_i_am_asking_of_them_is_no_question(rules: TurnReader) -> None:
    assert not rules.read("I know what I'm asking is a lot of your time.").is_question
