"""Readings learnt from the set AD once it joined tune: trying to "discover" whether is a
goal's question; "find out if that's true" asks about what the sentence said before it;
being told to "come and see" someone is how the meeting came about, and home's view of the
move ("my wife says I should try") is its business; someone of one's own life who works in
the field is one's background, not news from home; "which one...?" after an either-or
question is the same question; a question beside a referral ask still counts; asking them
to look over one's CV and say what to change asks advice. Each in wordings unlike the
sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from simulator.question_count import questions_in, thoughtful_questions
from tests.simulator.helpers import scenario_reader


@pytest.fixture(scope="module")
def designer() -> TurnReader:
    return scenario_reader("career-changers/instructional-designer")


@pytest.fixture(scope="module")
def hr() -> TurnReader:
    return scenario_reader("career-changers/hr-business-partner")


@pytest.fixture(scope="module")
def nurse() -> TurnReader:
    return scenario_reader("starter/nurse")


def test_trying_to_discover_whether_is_a_goal(designer: TurnReader) -> None:
    assert designer.read("I coached swimmers for a decade. I'm trying to discover if my "
                         "years of coaching have any value for corporate learning teams."
                         ).states_purpose
    assert not designer.read("I coached swimmers for a decade. I'm trying to discover "
                             "whether the cafe downstairs does oat milk.").states_purpose


def test_finding_out_if_that_is_true_asks_about_what_was_said_before(hr: TurnReader) -> None:
    assert hr.read("Half my congregation says I'd make a great HR person, and I want to "
                   "find out whether that's really true.").states_purpose
    assert not hr.read("My cousin says the parking round here is a nightmare, and I want to "
                       "find out if that's true.").states_purpose


def test_told_to_come_and_see_them_is_how_the_meeting_came_about(hr: TurnReader) -> None:
    assert not hr.read("My brother-in-law said I should come and see you. He knows you from "
                       "some committee, I can't remember which one.").tangent
    assert hr.read("My old landlord said the pipes froze again. He's hopeless, the whole "
                   "building was freezing all weekend.").tangent


def test_what_home_says_of_the_move_is_the_meetings_business() -> None:
    brief = scenario_reader("hard-personas/brief-responder")
    assert not brief.read("Right. My husband keeps telling me I should just go for it.").tangent
    assert not brief.read("Okay. My sister also thinks I should give it a shot.").tangent
    assert brief.read("Right. My husband keeps telling me we should redo the garden and get "
                   "chickens this spring.").tangent


def test_someone_of_ones_own_life_in_the_field_is_background(nurse: TurnReader) -> None:
    assert not nurse.read("My mum is a midwife in Leeds, at the big teaching hospital, so I "
                          "grew up hearing birth stories over dinner.").tangent
    assert nurse.read("My aunt is a nurse, and she just got back from a cruise to Alaska "
                      "with my uncle, they loved the glaciers.").tangent
    assert nurse.read("My aunt just got back from a cruise to Alaska with my uncle, they "
                      "loved the glaciers and ate far too much.").tangent


def test_which_one_after_an_either_or_question_is_the_same_question(designer: TurnReader) -> None:
    assert questions_in("Should I do a certificate or a master's? Which one would hiring "
                        "managers take more seriously?", designer) == 1
    assert questions_in("Should I do a certificate or a master's? And which authoring tools "
                        "should I learn first?", designer) == 2


def test_a_question_beside_a_referral_ask_counts(designer: TurnReader) -> None:
    both = "Last thing: what's the hardest part of the job these days? And is there anyone " \
           "else you think I should talk to?"
    reading = designer.read(both)
    assert reading.referral_ask and reading.substantive
    assert thoughtful_questions([(both, reading)], designer) == 1
    only_whom = designer.read("Is there anyone else you think I should talk to? Thanks again.")
    assert only_whom.referral_ask and not only_whom.substantive
    # saying whom is part of the ask
    assert not designer.read("Is there anyone else I should talk to? Maybe someone who moved "
                             "over from teaching too?").substantive


def test_asking_them_to_look_over_a_cv_for_changes_asks_advice(designer: TurnReader) -> None:
    assert not designer.read("Could you take a look at my resume sometime and tell me what "
                             "you'd fix? Not to pass along, just for me.").asks_for_job
    assert designer.read("Could you look over my CV and pass it to whoever hires for your "
                         "team?").asks_for_job
    assert designer.read("Could you look at my resume and see if there's anything for me on "
                         "your team?").asks_for_job


def test_years_at_home_with_the_children_are_a_career_break() -> None:
    analyst = scenario_reader("career-changers/data-analyst", use_model=False)
    assert not analyst.read(
        "I was a bookkeeper at a credit union in Brandon for six years, and we moved down "
        "here, and I've been home with our kids for five. The youngest started first grade in "
        "September. I've been doing an online Excel course at the dining room table, and I'd "
        "like to understand whether data analysis is a realistic way back in for me.").tangent
    assert analyst.read(
        "I was a bookkeeper at a credit union for six years. I'd like to understand whether "
        "data analysis could be my way back in. My three boys went to the lake with their dad "
        "this weekend and caught a pike.").tangent


def test_a_question_said_not_to_be_about_work_is_a_tangent() -> None:
    ux = scenario_reader("starter/ux-researcher")
    assert ux.read("Sorry, one small question not about work. Do you know a good tailor in "
                   "Chicago? I have tried two and none is like the one back in Lyon.").tangent
    assert not ux.read("A question not about the research itself but about the hours: do "
                       "researchers end up working weekends?").tangent


def test_a_cv_sent_to_see_if_it_makes_sense_to_an_outsider_asks_advice() -> None:
    supply = scenario_reader("career-changers/supply-chain-manager")
    assert not supply.read("Could I send you my CV, just to see if my army jargon makes sense "
                           "to an outside reader?").asks_for_job
    assert supply.read("Could I send you my CV to see if it makes sense for your team?"
                       ).asks_for_job
