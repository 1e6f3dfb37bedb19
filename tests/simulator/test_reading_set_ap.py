"""Readings learnt from the set AP (disfluent and bureaucratic speakers; gig workers and
people whose credentials are not recognised here) once it joined tune: a word begun again
or said twice, and the comma a hesitation leaves, are read through; a goal said as the
question one seeks to resolve, or one's object in meeting, is a goal; how to address them
and leave to take notes ask nothing; any need there, with oneself available, asks for the
job; declining what they offer is no tangent; passing a qualification's exams is holding
it, getting out as a rank is leaving as it, and a school's stage is its grades. Each in
wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from simulator.words import normalise
from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_restarts_repeats_and_hesitations_are_read_through() -> None:
    assert normalise("I, um, I w- want to be a, a sparky") == "i want to be a sparky"
    assert normalise("very, very tired, uh, honestly") == "very tired honestly"
    electrician = reader("starter/electrician")
    assert electrician.read("I'm, I'm thinking about, uh, the trade. I w- wanted to see if, if "
                            "it's realistic for me.").states_purpose
    assert not electrician.read("I'm thinking about, um, lunch.").states_purpose


def test_the_question_one_seeks_to_resolve_and_ones_object_are_goals() -> None:
    engineer = reader("hard-personas/blunt-engineer")
    assert engineer.read("The question I am hoping to settle is whether payments engineering "
                         "is open to someone without a degree.").states_purpose
    assert engineer.read("My object today is to determine whether engineering suits "
                         "me.").states_purpose
    assert not engineer.read("The question you asked is whether nursing is hard.").states_purpose


def test_how_to_address_them_and_leave_to_take_notes_ask_nothing() -> None:
    ux = reader("starter/ux-researcher")
    assert not ux.read("Would you prefer that I call you Dr. Okafor?").substantive
    assert not ux.read("Is it acceptable for me to take some notes?").substantive
    assert ux.read("How should I address a gap in my CV?").substantive


def test_any_need_there_with_oneself_available_asks_for_the_job() -> None:
    builder = scenario_reader("hard-personas/clock-watcher", use_model=False)
    assert builder.read("If there is ever a need for a site engineer on your projects, I am "
                        "available.").asks_for_job
    assert not builder.read("If there is a need for more engineers, where do they usually "
                            "advertise?").asks_for_job


def test_declining_what_they_offer_is_no_tangent() -> None:
    hr = scenario_reader("career-changers/hr-business-partner", use_model=False)
    assert not hr.read("No donuts for me, I'm fasting this month.").tangent


def test_passing_the_exams_is_holding_the_qualification() -> None:
    analyst = reader("career-changers/data-analyst")
    assert analyst.read("So you passed the CPA exams at some point?").googleable
    assert analyst.read("How hard was it to pass the CPA exams?").googleable is None


def test_getting_out_as_a_rank_is_leaving_as_it() -> None:
    supply = reader("career-changers/supply-chain-manager")
    assert supply.read("What did you get out as in the end?").googleable
    assert supply.read("Did most of your soldiers get out as sergeants?").googleable is None


def test_a_school_stage_is_its_grades() -> None:
    designer = reader("career-changers/instructional-designer")
    assert designer.read("Were you a middle-school teacher?").googleable
    assert designer.read("Is there much middle management at Lumenfield?").googleable is None


def test_a_partners_worry_about_what_was_just_asked_is_no_tangent() -> None:
    # Found when retraining with AP in tune: the trained reader took this for a tangent.
    electrician = reader("starter/electrician")
    assert not electrician.read("And the first year, is it dangerous? My wife worries a lot "
                                "about this.").tangent
    assert electrician.read("My wife worries a lot about this. We went to Cancun and she hated "
                            "the flight and the food and the beach.").tangent


def test_asking_whether_the_table_suits_asks_nothing() -> None:
    # From the pinned voice sample: "Is this table okay, or do you want somewhere quieter?"
    # was heard as two turns, and the first counted as a question about the work.
    pm = reader("starter/startup-pm")
    assert not pm.read("Hey, Jordan. Thanks for grabbing coffee with me. Is this table "
                       "okay?").substantive
    assert pm.read("Is this table of features the roadmap, or something else?").substantive
