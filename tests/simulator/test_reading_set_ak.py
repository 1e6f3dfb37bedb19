"""Readings learnt from the set AK (run-on talkers and indirect askers; senior people
stepping across, and students in slang) once it joined tune: a question asked as one's
curiosity ("I've been curious which university...") asks what the question would; what it
is set against ("as opposed to...") and the move they made after it ("before you ended up
in...") name nothing of the fact; a library one "looks after" is one maintained, "you
behind" a report is who led it, another team offered is a hedge, a licence "carried" is one
held, coming up "through" a union and hanging out a shingle are how one started; a fact
confirmed and then built on ("What from that tour...?") shows the homework done; "So did
the banks." asks nothing; a spot opening and one being there first thing asks for it, as
expecting their call does; shadowing just to see whether the work suits asks for no job;
reports to read name no people; and wondering what made them move asks them, it states no
goal; and from the voice sample of tune, "waiting a move" is weighing one. Each in wordings
unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_a_question_asked_as_ones_curiosity_asks_the_fact() -> None:
    data = reader("starter/data-scientist")
    assert data.read("I've been curious which university you did your PhD at.").googleable
    assert data.read("I've been curious which university you'd recommend for a "
                     "PhD.").googleable is None
    assert data.read("I suppose I've been wondering how many people Haulwise has, as opposed "
                     "to contractors and so on.").googleable


def test_the_move_they_made_after_it_names_nothing_of_the_fact() -> None:
    data = reader("starter/data-scientist")
    assert data.read("I'd love to hear what your doctorate was in, before you ended up in "
                     "data science.").googleable
    assert data.read("I'd love to hear what the open-source library you look after "
                     "does.").googleable
    assert data.read("Should I look after an open-source library myself?").googleable is None


def test_who_was_behind_a_report_or_another_team_asks_who_led_it() -> None:
    policy = reader("starter/public-policy")
    assert policy.read("Was it you behind Priced Out on the Block?").googleable
    assert policy.read("I was wondering whether you led Priced Out on the Block, or another "
                       "team did.").googleable


def test_a_licence_carried_and_a_union_come_up_through_are_the_facts() -> None:
    electrician = reader("starter/electrician")
    assert electrician.read("How long have you carried your master's licence?").googleable
    assert electrician.read("Does much of the HVAC knowledge carry over into "
                            "electrical?").googleable is None
    assert electrician.read("Before you hung out your own shingle, you came up through the "
                            "IBEW, right?").googleable


def test_a_fact_confirmed_and_built_on_shows_the_homework() -> None:
    supply = reader("career-changers/supply-chain-manager")
    assert supply.read("You served in Kuwait, I gather. What from that tour still helps you "
                       "on the dock?").googleable is None
    assert supply.read("You served in Kuwait, I gather. Was that with the Army?").googleable


def test_so_did_someone_else_asks_nothing() -> None:
    policy = reader("starter/public-policy")
    assert not policy.read("The city got it wrong. So did the developers.").is_question
    assert policy.read("So did you stay at the city long?").is_question


def test_a_spot_opening_and_being_there_first_thing_asks_for_it() -> None:
    # The rules alone: the trained reader hears some such requests already.
    electrician = scenario_reader("starter/electrician", use_model=False)
    assert electrician.read("If an apprentice slot opens up, I'd be there first thing, just "
                            "so you know.").asks_for_job
    assert not electrician.read("If an apprentice slot opens up, how do people usually hear "
                                "about it?").asks_for_job
    content = reader("career-changers/content-strategist")
    assert content.read("When something comes up in content, I'd expect a call from "
                        "you.").asks_for_job


def test_shadowing_just_to_see_whether_the_work_suits_asks_for_no_job() -> None:
    nurse = reader("starter/nurse")
    assert not nurse.read("Is there any way I could shadow one of your nurses? Even just a few "
                          "hours, to see if I can hack it?").asks_for_job
    assert nurse.read("Could I shadow you for a month? It'd be a foot in the door for a tech "
                      "job here.").asks_for_job


def test_reports_to_read_name_no_people() -> None:
    policy = reader("starter/public-policy")
    assert not policy.read("Are there any papers, other than yours, you'd recommend I "
                           "read?").referral_ask
    assert policy.read("Is there anyone who wrote those papers I could talk to?").referral_ask


def test_wondering_what_made_them_move_states_no_goal() -> None:
    analyst = reader("career-changers/data-analyst")
    assert not analyst.read("I'd love to hear what made you leave audit for "
                            "analytics.").states_purpose
    assert not analyst.read("I was wondering whether your audit background ever gets in the "
                            "way of the analysis.").states_purpose
    assert analyst.read("I'm wondering whether analytics could be a move for "
                        "me.").states_purpose


def test_weighing_a_move_heard_as_waiting_still_states_a_goal() -> None:
    # From the voice sample of tune drawn once AK joined it: whisper heard "I am weighing a
    # move into hospital operations" as "I am waiting a move...".
    pm = reader("starter/startup-pm")
    assert pm.read("Twelve years in logistics, and I'm waiting a switch into product "
                   "management.").states_purpose
    assert not pm.read("I'm waiting for the switch to the new office.").states_purpose


def test_the_decision_taken_home_is_no_tangent() -> None:
    # The trained reader retrained with AK in tune heard a tangent in "I will discuss it with
    # my wife tonight"; the rules now know the decision taken home.
    nurse = reader("starter/nurse")
    assert not nurse.read("Okay. That is very clear. I will talk it over with my husband "
                          "tonight.").tangent
    assert nurse.read("My husband and I are going to the lake this weekend with the "
                      "kids.").tangent
