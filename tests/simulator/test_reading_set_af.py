"""Readings learnt from the set AF once it joined tune: "ER" after a word that describes it
("an American ER") is the emergency room, not a hesitation; wanting to do the same as the
move just told is a goal; "how much (money) is this project?" asks what it is worth; the
persona building what the profile says they build checks the fact; "How it was for you?"
and "You are more with X or more with Y?" ask how it went and how their time is shared, not
facts; "Like..." after a question of their view only rephrases it; a fact confirmed only to
ask why confirms nothing to look up, while a choice between what the fact says asks more of
it; "grad school" is one's studies; a turn's topic is what it asks, not the context told
beside the question; a resume offered "not for a job" asks for no job and no question of the
work; and who sent one, said just before it, is how the meeting came about. Each in
wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from simulator.words import normalise
from tests.simulator.helpers import scenario_reader


@pytest.fixture(scope="module")
def nurse() -> TurnReader:
    return scenario_reader("starter/nurse")


@pytest.fixture(scope="module")
def analyst() -> TurnReader:
    return scenario_reader("career-changers/data-analyst")


@pytest.fixture(scope="module")
def site() -> TurnReader:
    return scenario_reader("hard-personas/clock-watcher")


@pytest.fixture(scope="module")
def coo() -> TurnReader:
    return scenario_reader("hard-personas/busy-executive")


def test_the_er_described_is_the_emergency_room() -> None:
    # Read twice, as the turn reader and its word index both normalise.
    assert normalise(normalise("the night shift in a busy ER")) == "the night shift in a busy er"
    assert normalise(normalise("ER nurses and ER techs")) == "er nurses and er techs"
    assert normalise("I was, er, thinking of nursing") == "i was, thinking of nursing"


def test_wanting_to_see_how_a_described_er_runs_is_a_goal(nurse: TurnReader) -> None:
    assert nurse.read("I hope to see how things run in a big-city ER, since back home it is "
                      "so different.").states_purpose


def test_wanting_to_do_the_same_as_the_move_told_is_a_goal(analyst: TurnReader) -> None:
    assert analyst.read("You moved from audit into data work a few years back, and honestly "
                        "I would love to follow your path.").states_purpose
    assert not analyst.read("You went to Duluth for the weekend and I want to do the "
                            "same.").states_purpose


def test_how_much_money_a_project_is_asks_its_worth(site: TurnReader) -> None:
    assert site.read("And how much money was the St Teilo's extension?").googleable
    assert not site.read("How much money do you need to start out as a site "
                         "manager?").googleable


def test_the_persona_building_what_the_profile_names_checks_the_fact(site: TurnReader) -> None:
    assert site.read("You are building the extension at St Teilo's at the moment, "
                     "yes?").googleable
    assert not site.read("What would you build if money were no object?").googleable


def test_how_it_was_for_them_asks_no_fact() -> None:
    sparks = scenario_reader("starter/electrician")
    assert not sparks.read("How it was for you at the start? You were young?").googleable
    assert sparks.read("When did you start Kowalski Electric?").googleable


def test_where_their_time_goes_asks_no_fact() -> None:
    hr = scenario_reader("career-changers/hr-business-partner")
    assert not hr.read("Your week, how does it look? You are more with the store managers or "
                       "more with the warehouse people?").googleable
    assert hr.read("How many employees do you look after?").googleable


def test_like_after_a_question_of_their_view_only_rephrases_it(nurse: TurnReader) -> None:
    toughest = nurse.read("What is the toughest part of nights for you? Like what do people "
                          "not tell you?")
    assert not toughest.googleable and toughest.substantive
    assert nurse.read("How many people work at Saint Brendan's?").googleable


def test_a_fact_confirmed_to_ask_why_is_no_fact_asked() -> None:
    content = scenario_reader("career-changers/content-strategist")
    why = content.read("You were at the Post until 2019, weren't you? What pushed you to go "
                       "in the end?")
    assert not why.googleable and why.substantive
    assert content.read("You were at the Post until 2019, weren't you? Where did you go "
                        "next?").googleable


def test_a_choice_between_what_the_fact_says_asks_more_of_it(coo: TurnReader) -> None:
    choice = coo.read("You studied at Duke, didn't you? Was that the MBA or the health "
                      "administration degree?")
    assert choice.googleable and not choice.substantive
    beyond = coo.read("You studied at Duke, didn't you? Was that hard or easy with a job?")
    assert beyond.googleable and beyond.substantive


def test_grad_school_is_ones_studies(coo: TurnReader) -> None:
    assert coo.read("So you did grad school at Duke, right?").googleable


def test_a_turns_topic_is_what_it_asks_not_its_context() -> None:
    designer = scenario_reader("career-changers/instructional-designer")
    assert designer.read("How can you tell whether a training actually worked? In my "
                         "classroom there are exams, but adults at work don't sit "
                         "exams.").topic == "measuring_learning"
    assert designer.read("I teach seventh grade and I'm wondering about switching. Is it "
                         "realistic?").topic == "switching_advice"


def test_a_resume_offered_not_for_a_job_asks_for_none(analyst: TurnReader) -> None:
    offered = analyst.read("Could I email you my resume at some point? Not for a job, "
                           "honestly, just to see whether it reads right to an analyst.")
    assert not offered.asks_for_job and not offered.substantive
    assert analyst.read("I'm not after a job, but could I email you my resume?").asks_for_job


def test_who_sent_one_said_just_before_is_how_the_meeting_came_about() -> None:
    ux = scenario_reader("starter/ux-researcher")
    sent = ux.read("My aunt works in your payments team, I believe? She told me I should "
                   "talk to you.")
    assert not sent.tangent and not sent.is_question
    assert ux.read("My aunt works in your payments team, I believe? She just got back from "
                   "Lisbon with the kids, and the hotel was a disaster.").tangent


def test_what_they_are_doing_in_their_working_week_is_the_work() -> None:
    # The rules alone: the trained reader used to mend this for them.
    analyst = scenario_reader("career-changers/data-analyst",
                         use_model=False)
    assert not analyst.read("What's a normal week like for you, like what are you actually "
                            "doing at the desk?").tangent
    assert analyst.read("Are you doing anything fun this weekend? Going up to a cabin "
                        "maybe?").tangent


def test_whoever_set_the_meeting_up_is_how_it_came_about() -> None:
    pm = scenario_reader("starter/startup-pm", use_model=False)
    assert not pm.read("Hi, I'm Sam. My brother's friend set this meeting up for me, so "
                       "hello.").tangent
    assert not pm.read("Hello Jordan. My uncle's old roommate arranged this, so, here I "
                       "am.").tangent
    assert pm.read("Hi Jordan, I'm Sam. My cousin just got married in Sicily last weekend, "
                   "and the whole family flew out for it.").tangent


def test_based_where_a_fact_places_the_firm_checks_the_fact() -> None:
    # Seen beside them: the profile says where Crewbook was founded, not where it is based.
    pm = scenario_reader("starter/startup-pm")
    assert pm.read("Is Crewbook based in Austin?").googleable
    assert not pm.read("Is Crewbook based on Stripe for its payments?").googleable
