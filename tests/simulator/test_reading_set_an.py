"""Readings learnt from the set AN (career returners and people just laid off; high-school
students and people near retirement) once it joined tune: a guess after a question about
the field asks no fact of them; checking whom one greets, or saying one is "just here",
asks nothing; a number left in case one of theirs quits asks for the job; telling of a
goodbye ends no meeting; an owner's own shingle is the firm, a subject "read" at a school
was studied there, who "keeps the lights on" funds it, a fact checked "if LinkedIn's right"
or against "one of the others" is still asked, and "the night side of the house" is nights;
a likeness asked of their reports, and whom one means after asking whom else to talk to,
ask no fact; asking leave to ask, refresher programmes and what the go-between said reach
no one; arriving breathless is no tangent, nor is the tutoring one does. Each in wordings
unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_a_guess_after_a_question_about_the_field_asks_no_fact() -> None:
    content = reader("career-changers/content-strategist")
    assert content.read("What does a content strategist really do all week? Is it editing, "
                        "or something else altogether?").googleable is None
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("What did you study? Was it mathematics?").googleable


def test_checking_whom_one_greets_or_being_just_here_asks_nothing() -> None:
    nurse = reader("starter/nurse")
    assert not nurse.read("Hello. Sorry, are you Lorraine? I'm Dev.").is_question
    assert not nurse.read("I'm not sure, honestly. I guess I'm just here? Sorry.").substantive
    assert nurse.read("Are you the one who runs nights?").is_question


def test_a_number_left_in_case_one_of_theirs_quits_asks_for_the_job() -> None:
    electrician = scenario_reader("starter/electrician", use_model=False)
    assert electrician.read("Could I leave my number with you, in case one of your "
                            "electricians retires?").asks_for_job
    assert not electrician.read("What happens on a job when one of your electricians "
                                "quits?").asks_for_job


def test_telling_of_a_goodbye_ends_no_meeting() -> None:
    pm = reader("starter/startup-pm")
    assert not pm.read("They walked us out before I could say goodbye to anyone on my "
                       "team.").closing
    assert pm.read("Okay, goodbye, and good luck with the launch.").closing


def test_an_owners_own_shingle_is_the_firm() -> None:
    electrician = reader("starter/electrician")
    assert electrician.read("What year did you hang out your own shingle?").googleable
    assert electrician.read("Should I hang out my own shingle someday?").googleable is None


def test_a_subject_read_at_a_school_was_studied_there() -> None:
    counsel = reader("career-changers/product-counsel")
    assert counsel.read("You read law at Columbia, didn't you?").googleable
    assert counsel.read("Did you read my note at the weekend?").googleable is None


def test_who_keeps_the_lights_on_asks_who_funds_it() -> None:
    policy = reader("starter/public-policy")
    assert policy.read("And who keeps the lights on at Keystone these days?").googleable


def test_a_fact_checked_against_linkedin_or_the_others_is_still_asked() -> None:
    data = reader("starter/data-scientist")
    assert data.read("Physics, if LinkedIn is right?").googleable
    assert data.read("Was your PhD from Strathclyde, or one of the others?").googleable


def test_the_night_side_of_the_house_is_nights() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("Are you still on the night side of the house?").googleable


def test_a_likeness_asked_of_their_reports_asks_no_fact() -> None:
    policy = reader("starter/public-policy")
    assert policy.read("At my old job nobody read the memos. Is it like that with your "
                       "reports?").googleable is None


def test_whom_one_means_after_asking_whom_else_asks_no_fact() -> None:
    electrician = reader("starter/electrician")
    assert electrician.read("Who else should I talk to? Maybe one of your apprentices, since "
                            "they started not long ago?").googleable is None
    assert electrician.read("How many apprentices do you have right now?").googleable


def test_asking_leave_to_ask_or_for_refreshers_reaches_no_one() -> None:
    policy = scenario_reader("starter/public-policy", use_model=False)
    assert not policy.read("Who pays for the research, if I may ask?").referral_ask
    assert policy.read("Who else should I talk to, if I may ask?").referral_ask
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert not nurse.read("Any refresher courses you'd point me to?").referral_ask


def test_what_the_go_between_said_reaches_no_one() -> None:
    designer = reader("career-changers/instructional-designer")
    assert not designer.read("No idea, really. My uncle said it would be good for me to talk "
                             "to someone with a proper job.").referral_ask


def test_arriving_breathless_and_ones_own_tutoring_are_no_tangent() -> None:
    pm = reader("starter/startup-pm")
    assert not pm.read("Hi Jordan, I'm Niamh Walsh. Sorry, I'm a bit breathless, I ran "
                       "from the car park.").tangent
    designer = reader("career-changers/instructional-designer")
    assert not designer.read("I tutor kids at the church hall on Sundays, mostly spelling. "
                             "It's sweet when they finally get it.").tangent
    assert designer.read("My kids and I go to the community pool on Sundays, and then we "
                         "get pancakes at the diner.").tangent


def test_years_spent_at_the_work_and_where_they_lunch() -> None:
    # Retrained with AN, the trained reader no longer mended these two readings of the
    # rules: years spent at one's work are one's background, and asking where they go for
    # lunch is leisure (where "the lunch rush" is not).
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert not nurse.read("I'm fifty, and I've spent three decades with my hands in engines, "
                          "so grease and noise don't bother me.").tangent
    policy = scenario_reader("starter/public-policy", use_model=False)
    assert policy.read("Where do you go for lunch around here? I keep getting sent for "
                       "cheesesteak.").tangent
    assert not policy.read("Sorry, it's noisy in here with the lunch rush. Can you hear "
                           "me?").tangent
