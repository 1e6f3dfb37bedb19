"""Readings learnt from the set AL (storytellers and list-readers; regional speakers and
people in a hurry) once it joined tune: a state university goes by its short name (UConn),
a fact checked "if my notes are right", or against "something else", is still asked; "it"
opening a question about them is theirs; a share of their week asks no fact, and a detail
of a fact just checked asked as a cleft is the same question; "I've come to learn" and
"I'm fixing to figure out" state a goal; one's list of questions reaches no one; who sent
one and what they said of the person is how the meeting came about; one's name passed to
whoever hires asks for the job; and why one must leave, said with the goodbye, is no
tangent. Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_a_state_university_by_its_short_name_is_the_fact() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("Was it UConn you went to?").googleable
    assert actuary.read("Maths at UConn, if my notes are correct?").googleable
    assert actuary.read("Should I do maths at UConn first?").googleable is None


def test_a_fact_checked_against_something_else_is_still_asked() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("Mathematics at UConn, or something else?").googleable
    assert actuary.read("What should I study, maths or something else?").googleable is None


def test_it_opening_a_question_about_them_is_theirs() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("Your credentials. Is it FSA these days, or are you still sitting "
                        "exams?").googleable
    assert actuary.read("Is it hard these days, or have you got used to it?").googleable is None


def test_a_share_of_their_week_asks_no_fact() -> None:
    hr = reader("career-changers/hr-business-partner")
    assert hr.read("How much of your job is stuff like that?").googleable is None
    assert hr.read("How many years were you a store manager?").googleable


def test_a_detail_of_the_fact_just_checked_asked_as_a_cleft_is_the_same_question() -> None:
    engineer = reader("hard-personas/blunt-engineer")
    checked = engineer.read("Oslo before Dublin, I believe. Was it a bank that you worked "
                            "at there?")
    assert checked.googleable and not checked.substantive
    built_on = engineer.read("Oslo before Dublin, I believe. Was it hard to move countries?")
    assert built_on.googleable and built_on.substantive


def test_come_to_learn_and_fixing_to_figure_out_state_a_goal() -> None:
    content = reader("career-changers/content-strategist")
    assert content.read("I've come to find out whether content design suits a "
                        "journalist.").states_purpose
    assert not content.read("I've come to realise the newsroom is shrinking.").states_purpose
    supply = reader("career-changers/supply-chain-manager")
    assert supply.read("I'm fixing to work out if logistics is the right lane for "
                       "me.").states_purpose
    assert not supply.read("I'm fixing to head home after this.").states_purpose


def test_ones_list_of_questions_reaches_no_one() -> None:
    analyst = reader("career-changers/data-analyst")
    assert not analyst.read("Item two on my list: what do analysts do on a "
                            "Monday?").referral_ask
    assert analyst.read("Anyone else who ought to be on my list?").referral_ask


def test_what_the_go_between_said_of_them_is_how_the_meeting_came_about() -> None:
    supply = reader("career-changers/supply-chain-manager")
    assert not supply.read("Oh, no reason really. My uncle Dev drives for you guys, and he "
                           "said you were a good one to know.").tangent
    assert not supply.read("My sister-in-law is a nurse at the VA, and she said you'd be a "
                           "good person to talk to.").tangent
    assert supply.read("My uncle Dev drives for you guys, and he spends every weekend on the "
                       "lake with his bass boat and his grandkids.").tangent


def test_ones_name_passed_to_whoever_hires_asks_for_the_job() -> None:
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert nurse.read("If a tech post comes up, could my name be mentioned to whoever is "
                      "doing the hiring?").asks_for_job
    assert not nurse.read("My name was passed along to the recruiter by my tutor, which is how "
                          "I heard about you.").asks_for_job


def test_why_one_must_leave_said_with_the_goodbye_is_no_tangent() -> None:
    data = reader("starter/data-scientist")
    assert not data.read("Sorry, the dog's barking at the door. I'll have to run. Bye!").tangent
    assert data.read("Sorry, I'll have to go, my flight to Lisbon leaves at six and we still "
                     "need to pack the kids' beach things and the surfboards. Bye!").tangent
