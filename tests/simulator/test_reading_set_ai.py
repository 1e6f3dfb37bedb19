"""Readings learnt from the set AI (over-formal academics and officials, and nervous
speakers full of self-repairs) once it joined tune: a question word an aside interrupts still
opens a question; a question broken off and taken back, asking leave after the fact, a remark
on their room, what one came for said rising and an answer left to them ask nothing; not
knowing what one is after is no goal; counting on their support for an application asks for
the job; a digression announced is off the subject; a colon lead-in, holding a role, "I
understand" and "in which discipline" name nothing, a doctorate is a degree and the
institution where one took it; "that" asks of what its own sentence said; "as a principal?"
says in what role the question before is asked; people named with no number are no
headcount; a guess's alternative and an example of the question are the question again.
Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import shared_reader as reader


def test_a_question_word_an_aside_interrupts_still_asks() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("What, in your experience, makes a charge nurse good at "
                      "nights?").substantive
    assert not nurse.read("What? Sorry, I missed that.").substantive


def test_a_question_broken_off_and_taken_back_asks_nothing() -> None:
    nurse = reader("starter/nurse")
    assert not nurse.read("So do you, do you ever- sorry. Never mind, it's gone.").substantive
    assert nurse.read("Do you ever work weekends? Never mind the overtime, just "
                      "weekends.").substantive


def test_leave_asked_after_the_fact_and_their_room_ask_nothing() -> None:
    pm = reader("starter/startup-pm")
    assert not pm.read("I just wanted to hear about the work, I guess? Is that "
                       "alright?").substantive
    assert not pm.read("Sorry, is that, is that your dog? Behind you?").substantive
    assert not pm.read("Is it- sorry, is that a silly question?").substantive
    assert pm.read("Is that a common path into product? Like from support?").substantive


def test_what_one_came_for_said_rising_asks_nothing() -> None:
    ux = reader("starter/ux-researcher")
    assert not ux.read("I guess I mostly came to, you know, meet a researcher?").substantive
    assert not ux.read("Um, just, whatever you think matters most?").substantive
    assert ux.read("I came in wondering how you got your first research job?").substantive


def test_not_knowing_what_one_is_after_is_no_goal() -> None:
    ux = reader("starter/ux-researcher")
    assert not ux.read("I'm not really sure what I'm after, to be honest.").states_purpose
    assert ux.read("I'm after a move into user research.").states_purpose


def test_counting_on_their_support_for_an_application_asks_for_the_job() -> None:
    coo = reader("hard-personas/busy-executive")
    assert coo.read("If I applied for the fellowship, could I count on your "
                    "backing?").asks_for_job
    assert coo.read("Would you support my application?").asks_for_job
    assert not coo.read("Could I count on your support in finding other people to talk "
                        "to?").asks_for_job


def test_a_digression_announced_is_off_the_subject() -> None:
    data = reader("starter/data-scientist")
    assert data.read("Forgive a digression. The forecasting conference in Glasgow last autumn "
                     "left me rather in love with the city. Do you live in the West End "
                     "yourself?").tangent
    assert data.read("Forgive me a small digression: I have a standing ambition to walk the "
                     "whole of the Clyde path one day. Do you walk much yourself?").tangent
    assert not data.read("A brief digression, if I may: how much of your forecasting work "
                         "ever reaches the drivers themselves?").tangent


def test_a_colon_lead_in_and_a_degrees_discipline_name_nothing() -> None:
    data = reader("starter/data-scientist")
    assert data.read("If I may start with your background: at which institution did you take "
                     "your doctorate, and in which discipline?").googleable
    assert data.read("Which institution would you recommend for a doctorate in "
                     "statistics?").googleable is None


def test_holding_a_role_and_hearsay_name_nothing() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("For how many years have you held the charge role?").googleable
    assert nurse.read("How long should someone hold a staff role before going for "
                      "charge?").googleable is None
    pm = reader("starter/startup-pm")
    assert pm.read("Let me start with your path. Before Crewbook, I gather you were an "
                   "engineer; which company was that?").googleable
    assert pm.read("I gather engineers make good product managers; is that so?").googleable \
        is None


def test_as_a_principal_says_in_what_role_the_question_is_asked() -> None:
    engineer = reader("hard-personas/blunt-engineer")
    assert engineer.read("Do you still review much code? As a principal?").googleable is None
    assert engineer.read("You're a principal engineer now, right?").googleable


def test_people_named_with_no_number_are_no_headcount() -> None:
    counsel = reader("career-changers/product-counsel")
    assert counsel.read("What do people not tell you about the job?").googleable is None
    assert counsel.read("How many people work at Tessellate these days?").googleable


def test_a_guesss_alternative_and_an_example_are_the_question_again() -> None:
    electrician = reader("starter/electrician")
    local = electrician.read("You trained with Local 3, right? Or, or was it another local?")
    assert local.googleable and not local.substantive
    assert electrician.read("You trained with Local 3, right? How did that shape the way you "
                            "run your shop?").substantive
    hr = reader("career-changers/hr-business-partner")
    assert not hr.read("You managed stores for a while, how long was it? Like, how many "
                       "years?").substantive


# From the voice sample of tune drawn once AI joined it: whisper heard a tag as a sentence
# of its own, and a turn's last sentence as a turn of its own.


def test_a_belief_checked_with_a_tag_asks_the_fact() -> None:
    clock = reader("hard-personas/clock-watcher")
    assert clock.read("I thought you studied civil engineering. True.").googleable
    assert clock.read("I thought you'd be busier, true?").googleable is None


def test_names_welcomed_ask_whom_else_to_talk_to() -> None:
    policy = reader("starter/public-policy")
    for said in ("I'd be glad of any names.", "I'd be grateful for a few names."):
        reading = policy.read(said)
        assert reading.referral_ask and not reading.asks_for_job, said
    assert not policy.read("I'd be glad of any advice on writing samples.").referral_ask
