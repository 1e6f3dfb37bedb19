"""Readings learnt from the set Z once it joined tune: time away and the commute are life
outside work; "not for any opening" declines a request; asking whether a thing would get
me in the door asks about the field; "can I start with what..." asks it; what a term means
day to day asks about the work; a job named by who does it is a goal; their organisation
named only to say when is no word of a fact; a guess after a real question asks no fact;
things to practise on are no people to meet; and how my applications in general will be
read asks for no job. Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import reader_knowing_only, scenario_reader


@pytest.mark.parametrize("text", [
    "Did you manage to get away at all in August? I've just come back from a week on Skye.",
    # Kept as a guard: the old rules heard this one too.
    "Are you getting away at all this year? We've just come back from a fortnight in Crete.",
])
def test_time_away_is_a_tangent(both: TurnReader, text: str) -> None:
    assert both.read(text).tangent


@pytest.mark.parametrize("text", [
    "Sorry, total tangent, do you take the train in every day? Mine from Paisley was "
    "cancelled twice this month.",
    "Random question, but do you get the train into the office? The Edinburgh line has been "
    "awful.",
])
def test_the_train_one_takes_in_is_a_commute_where_models_are_trained(text: str) -> None:
    reader = scenario_reader("starter/data-scientist")
    assert reader.read(text).tangent
    assert not reader.read("How long does it take to train a forecasting model on a year of "
                           "data?").tangent


@pytest.mark.parametrize("text", [
    "How do you fit usability sessions around people going away over the summer?",
    "Do participants come in for studies, or do you run them remotely?",
])
def test_the_work_around_time_away_is_no_tangent(both: TurnReader, text: str) -> None:
    assert not both.read(text).tangent


def test_saying_a_request_is_not_for_an_opening_declines_it(both: TurnReader) -> None:
    assert not both.read("Could you cast an eye over my portfolio sometime? Not for a role, "
                         "honestly. I just want to know if it reads as research.").asks_for_job
    assert both.read("Could you cast an eye over my portfolio for the opening on your "
                     "team?").asks_for_job


@pytest.mark.parametrize(("text", "job"), [
    ("Would a certificate in research methods get me in the door, or is it experience "
     "people look at?", False),
    ("I'd make the tea for a year if it could get me in the door.", True),
    ("Is there someone on your team who could get me in the door at Northbank?", True),
])
def test_whether_a_thing_gets_me_in_the_door_asks_about_the_field(
        rules: TurnReader, text: str, job: bool) -> None:
    assert rules.read(text).asks_for_job is job


def test_starting_with_a_question_asks_it(rules: TurnReader) -> None:
    assert rules.read("Can I start with how a usability study actually gets planned?"
                      ).substantive
    assert not rules.read("Shall we start with introductions?").substantive


def test_what_a_term_means_day_to_day_asks_about_the_work(rules: TurnReader) -> None:
    assert rules.read("What does research operations mean on a day-to-day basis at a "
                      "bank?").substantive
    # A term asked to be explained is no question about the work.
    assert not rules.read("Sorry, what does synthesis mean?").substantive


@pytest.mark.parametrize(("text", "goal"), [
    ("I'm trying to get my first role as a designer.", True),
    ("I want to become a UX designer eventually.", True),
    ("I want to become a better listener.", False),
])
def test_a_job_named_by_who_does_it_is_a_goal(rules: TurnReader, text: str, goal: bool) -> None:
    assert rules.read(text).states_purpose is goal


def test_their_organisation_named_to_say_when_is_no_word_of_the_fact() -> None:
    fact = "Priya spent three years as a researcher at a health-tech agency."
    reader = reader_knowing_only(fact, "which agency were you at")
    assert reader.read("Which agency were you with before joining Northbank?").googleable \
        == fact
    assert reader.read("What does an agency look for in a junior researcher?").googleable \
        is None


def test_a_guess_after_a_real_question_asks_no_fact() -> None:
    fact = "Northbank serves two million customers, most of them through its mobile app."
    reader = reader_knowing_only(fact, "how many customers does Northbank have")
    assert reader.read("What does a research sprint look like at a bank? Is it mostly "
                       "the app?").googleable is None
    # ...while after a question that asks the fact, the guess is no excuse.
    assert reader.read("How many customers does Northbank have now? Is it mostly app "
                       "users?").googleable == fact


def test_things_to_practise_on_are_no_people_to_meet(both: TurnReader) -> None:
    assert not both.read("Are there any open datasets you'd point me to for practice?"
                         ).referral_ask
    assert both.read("Is there anyone on the insights team you'd point me to?").referral_ask


def test_how_my_applications_will_be_read_asks_for_no_job(both: TurnReader) -> None:
    # A guard: the shipped reader, retrained with Z, no longer takes these for requests.
    assert not both.read("Does a career break count against you when you're applying for "
                         "research jobs? Would it hurt me when I apply for research roles?"
                         ).asks_for_job
    assert both.read("When I apply for roles at Northbank, would you flag my name to the "
                     "hiring manager?").asks_for_job


@pytest.mark.parametrize(("text", "job"), [
    ("Could you maybe say a good word to the hiring manager when my application comes in?",
     True),
    ("If the analyst role is still going and my name just happened to pop up when you talk "
     "to the recruiters, I'd be grateful.", True),
    ("What would you say a good word for the work is?", False),
    ("If my name came up for the promotion, I would have turned it down.", False),
])
def test_a_good_word_or_my_name_brought_up_asks_for_a_job(
        rules: TurnReader, text: str, job: bool) -> None:
    # Retrained with Z, the trained reader no longer hears these on its own.
    assert rules.read(text).asks_for_job is job
