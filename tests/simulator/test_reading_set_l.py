"""Readings learnt from the set L once it joined tune (thanks in learner's English, keeping
in touch, who sent one, goals weighed or named bare, judging questions, open-source work,
work sent for comments, hobbies by the setting, and stories something of theirs reminded
one of), each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.fact_words import concept
from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.mark.parametrize("text", ["Thank you to see me so early.",
                                  "Thank you to make this time for me, Priya."])
def test_thanks_followed_by_what_for_is_thanks(reader: TurnReader, text: str) -> None:
    assert reader.read(text).thanks


def test_thanks_to_someone_else_is_still_no_thanks(reader: TurnReader) -> None:
    assert not reader.read("Thanks to my old tutor, I found out research was a job.").thanks


@pytest.mark.parametrize("text", [
    "What's the easiest way to reach you afterwards, text or email?",
    "Could I stay in touch with you on LinkedIn?",
])
def test_keeping_in_touch_is_no_question_about_the_work(reader: TurnReader, text: str) -> None:
    reading = reader.read(text)
    assert reading.is_question and not reading.substantive


def test_the_best_way_into_the_work_is_still_a_question(reader: TurnReader) -> None:
    assert reader.read("What's the best way to break into research from teaching?").substantive


@pytest.mark.parametrize("text", ["My aunt Carol said to stop by.",
                                  "Hi Priya, my neighbour told me to look you up."])
def test_who_sent_one_is_no_tangent(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


@pytest.mark.parametrize("text", [
    "I'm figuring out whether I could move into UX research.",
    "I've spent a year reading about UX research. Now I'm deciding whether to take the plunge.",
    "I'm stuck between research and product design.",
])
def test_goals_weighed_or_named_bare(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


@pytest.mark.parametrize("text", [
    "I'm figuring out the car park here.",
    "I'm deciding whether to take the plunge.",  # into what, nobody said
    "I've been stuck on this crossword since Monday, the last clue is awful.",
])
def test_no_goal_without_a_field(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


def test_a_route_that_makes_sense_for_me_is_no_public_fact(reader: TurnReader) -> None:
    reading = reader.read("Is there a master's route that makes sense for someone like me, "
                          "or do people come in from other jobs?")
    assert reading.googleable is None and reading.substantive


def test_where_open_source_work_lives_names_it() -> None:
    assert concept("github") == concept("source") == concept("repositories")


def test_sending_work_for_comments_is_no_job_request(reader: TurnReader) -> None:
    assert not reader.read("Could I email you one of my case studies later, just for your "
                           "thoughts on it?").asks_for_job


def test_sending_a_cv_onward_is_still_one(reader: TurnReader) -> None:
    assert reader.read("Could I email you my CV so you can pass it to your hiring "
                       "manager?").asks_for_job


def test_a_hobby_by_the_setting_is_a_tangent(reader: TurnReader) -> None:
    assert reader.read("This meeting room at your head office looks over the climbing gym. I "
                       "climb there on weekends, mostly bouldering. Do you climb?").tangent


def test_the_setting_itself_is_no_tangent(reader: TurnReader) -> None:
    assert not reader.read("Is this meeting room at your head office where you run the "
                           "usability sessions?").tangent


def test_a_story_something_of_theirs_reminded_one_of_is_a_tangent(reader: TurnReader) -> None:
    assert reader.read("Your survey work reminds me, we drove the whole Amalfi coast in June "
                       "with my cousins and got lost every single day, and the lemons were "
                       "as big as grapefruits.").tangent


def test_being_reminded_of_how_work_was_done_is_no_tangent(reader: TurnReader) -> None:
    assert not reader.read("Your survey work reminds me of how we ran feedback forms at the "
                           "library. Is that close to what research does?").tangent


def test_adverbs_of_degree_name_no_other_fact() -> None:
    fellow = "Priya is a chartered fellow of the Design Research Society."
    reader = reader_knowing_only(fellow, "are you a fellow")
    assert reader.read("Sorry, and are you fully chartered now, like a fellow?").googleable \
        == fellow
