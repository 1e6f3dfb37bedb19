"""Readings learnt from the set AG (nervous hedgers and blunt, transactional senior people)
once it joined tune: asking leave to ask, or trailing off unasked, is no question; the usual
way in is no fact of theirs, and a choice of degree finished with "at my age" is the
asker's own; whether a move was a big jump, or where a role goes, asks a view; the letters
after one's name are credentials, a job's ticket is its value, the CIOB is the Chartered
Institute of Building, punching out is leaving the forces, time "in the seat" is time in
the role, and the headcount "over there" is the organisation's; appreciating that someone
is busy thanks no one. Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_asking_leave_to_ask_or_trailing_off_asks_nothing() -> None:
    counsel = reader("career-changers/product-counsel")
    assert not counsel.read("What am I after... gosh. I should have a better answer ready. "
                            "Can I just ask you things instead?").substantive
    assert not counsel.read("Could I ask you a couple of questions?").substantive
    assert counsel.read("Could I ask you how much of the job is reading contracts?").substantive


def test_the_usual_way_in_is_no_fact_of_theirs() -> None:
    coo = reader("hard-personas/busy-executive")
    assert coo.read("Is the fellowship the standard way into hospital "
                    "administration?").googleable is None
    assert coo.read("Was the fellowship your way in?").googleable is not None


def test_a_choice_of_degree_finished_with_oneself_is_the_askers() -> None:
    coo = reader("hard-personas/busy-executive")
    assert coo.read("MBA or MHA? Or neither, for someone my age?").googleable is None
    assert coo.read("You did the MBA or the MHA? Or both?").googleable is not None


def test_how_a_move_felt_or_where_a_role_goes_asks_a_view() -> None:
    hr = reader("career-changers/hr-business-partner")
    assert hr.read("Going from the stores into HR, was that a huge step?").googleable is None
    assert hr.read("What's after business partner? I'm curious where that "
                   "leads.").googleable is None


def test_the_letters_after_a_name_are_credentials() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("So what letters have you got after your name now?").googleable
    assert actuary.read("Which letters should I aim for after my name?").googleable is None


def test_a_jobs_ticket_is_what_it_is_worth() -> None:
    site = reader("hard-personas/clock-watcher")
    assert site.read("What was the price tag on St Teilo's?").googleable
    assert site.read("The hospital job. What's the ticket on that project, fifty "
                     "million?").googleable
    assert site.read("What's the ticket on a typical hospital job?").googleable is None


def test_the_ciob_is_the_chartered_institute_of_building() -> None:
    site = reader("hard-personas/clock-watcher")
    assert site.read("Are you a member of the CIOB?").googleable
    assert site.read("Should I join the CIOB?").googleable is None


def test_punching_out_is_leaving_the_forces() -> None:
    logistics = reader("career-changers/supply-chain-manager")
    assert logistics.read("What rank were you when you punched out?").googleable


def test_time_in_the_seat_and_the_headcount_over_there() -> None:
    ux = reader("starter/ux-researcher")
    assert ux.read("How long have you been in the chair at Brightpath?").googleable
    assert ux.read("Roughly what's the headcount over there?").googleable


def test_appreciating_that_they_are_busy_thanks_no_one() -> None:
    counsel = reader("career-changers/product-counsel")
    assert not counsel.read("I appreciate you're slammed this week, so how slow is legal "
                            "review?").thanks
    assert counsel.read("I appreciate you making the time. How slow is legal review?").thanks


def test_a_name_rank_and_thanks_for_the_minutes_is_a_greeting() -> None:
    logistics = reader("career-changers/supply-chain-manager")
    # The time granted and the "sir" it is thanked with are courtesies, not a remark on
    # anything: left in, they made a greeting by name and rank a long remark off the work.
    rules = scenario_reader("career-changers/supply-chain-manager", use_model=False)
    greeting = "Mr. Whitaker, Sergeant Dale Pruitt, retired. Thank you for the fifteen minutes, sir."
    assert not rules.read(greeting).tangent
    assert not logistics.read(greeting).tangent
    assert logistics.read("Thank you for the twenty minutes, sir. My kid has a hockey "
                          "tournament in Toledo this weekend and I'm driving up.").tangent


def test_a_blunt_lead_in_names_nothing_asked() -> None:
    ux = reader("starter/ux-researcher")
    actuary = reader("hard-personas/brief-responder")
    # As the recognizer writes them, with commas where the writer had full stops.
    assert ux.read("Before we dig in, fill me in, how long have you been at "
                   "Brightpath?").googleable
    assert ux.read("What's the head count at Brightpath these days?").googleable
    assert actuary.read("First, qualifications, which letters do you have after your "
                        "name?").googleable
    assert ux.read("Before we dig in, what drew you to research?").googleable is None
