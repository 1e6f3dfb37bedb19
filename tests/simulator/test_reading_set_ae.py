"""Readings learnt from the set AE once it joined tune: what they look for when they hire is
no request to be hired; anyone "whose perspective I should seek" is a referral ask; the
formal "I should like to understand whether..." is a goal, and so is a wondering with an
aside before what it wonders; "what I should like to know is..." asks, "may I say how much I
admire..." does not; a follow-up that only says where the fact just asked about was, guesses
at what people generally do, or gives an example of the story asked for adds no question
and no public fact; a goal said without a question mark asks no fact; "nothing to do with
construction" said as a clause of its own announces a tangent, whatever names the remark
shares with their firm; new things their firm has taken on are their work; "Hi, Lorraine?"
only checks whom one greets; "is it mostly talking to people?" asks how the work is shared,
not a fact, and "may I say how much I admire...?" asks nothing, question mark or not. Each
in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from simulator.question_count import thoughtful_questions
from tests.simulator.helpers import scenario_reader


@pytest.fixture(scope="module")
def supply() -> TurnReader:
    return scenario_reader("career-changers/supply-chain-manager")


@pytest.fixture(scope="module")
def ux() -> TurnReader:
    return scenario_reader("starter/ux-researcher")


@pytest.fixture(scope="module")
def nurse() -> TurnReader:
    return scenario_reader("starter/nurse")


def test_what_they_look_for_when_hiring_is_no_job_request(supply: TurnReader) -> None:
    assert not supply.read("When you bring people into planning, what are you looking for "
                           "that someone off the warehouse floor usually lacks?").asks_for_job
    assert supply.read("So are you looking for anyone in planning at the moment?").asks_for_job


def test_anyone_whose_perspective_i_should_seek_is_a_referral_ask(supply: TurnReader) -> None:
    asked = supply.read("That has been most useful, so thank you, sincerely; and might there "
                        "be colleagues whose counsel you would suggest I seek?")
    assert asked.referral_ask and asked.thanks
    assert not supply.read("Whose advice shaped you most when you left the Army?").referral_ask


def test_i_should_like_to_understand_whether_is_a_goal(supply: TurnReader) -> None:
    assert supply.read("I left the Navy in May after twenty years, and I should like to "
                       "understand whether logistics planning is a sensible next step, and "
                       "how one gets a start in it at fifty.").states_purpose
    assert not supply.read("My sister is abroad, and I should like to understand whether "
                           "her wedding is still on for June.").states_purpose


def test_an_aside_before_what_is_wondered_leaves_the_goal(nurse: TurnReader) -> None:
    goal = nurse.read("I've worked in a bank for nine years, and I have been wondering, "
                      "quietly and for some time, whether nursing might be open to me.")
    assert goal.states_purpose
    assert not nurse.read("I parked on the top level, and I have been wondering, quietly "
                          "and for some time, whether the lift is ever fixed."
                          ).states_purpose


def test_what_i_should_like_to_know_is_asks(ux: TurnReader) -> None:
    asked = ux.read("I want to frame this properly, because a support desk is not a "
                    "research lab. So what I should like to know is how you choose which "
                    "studies to run each quarter.")
    assert asked.is_question and asked.substantive


def test_leave_to_say_how_much_one_admires_them_asks_nothing(ux: TurnReader) -> None:
    assert not ux.read("First, may I say how much I enjoyed the talk you gave on banking "
                       "apps. It was a real pleasure to watch.").is_question
    assert ux.read("First, may I ask how you plan a study from scratch?").is_question


def test_where_the_fact_was_adds_no_question(nurse: TurnReader) -> None:
    where = nurse.read("And which school did you do your nursing degree at? Was it somewhere "
                       "local?")
    assert where.googleable and not where.substantive
    beyond = nurse.read("And which school did you do your nursing degree at? Was it hard "
                        "to get into?")
    assert beyond.googleable and beyond.substantive


def test_a_guess_at_what_people_generally_do_asks_no_fact(supply: TurnReader) -> None:
    assert not supply.read("How do outsiders normally break into planning at a place like "
                           "this? Is it supervisor first?").googleable
    assert supply.read("What did you start as when you joined? Was it supervisor?").googleable


def test_an_example_of_the_story_asked_for_asks_no_fact(ux: TurnReader) -> None:
    story = ux.read("Wow. So why did you go into research in the first place? Like, what "
                    "were you doing before?")
    assert not story.googleable and story.substantive
    assert ux.read("What were you doing before you came to Brightpath?").googleable


def test_a_goal_said_without_a_question_mark_asks_no_fact() -> None:
    pm = scenario_reader("starter/startup-pm")
    goal = pm.read("I run payroll for a restaurant group here in Austin, and I am trying "
                   "to work out whether product management is a realistic move for me, and "
                   "how one would go about it.")
    assert goal.states_purpose and goal.googleable is None
    assert pm.read("Where is Crewbook based these days?").googleable


def test_nothing_to_do_with_the_field_announces_a_tangent() -> None:
    site = scenario_reader("hard-personas/clock-watcher")
    aside = site.read("Pardon me, a moment of idle curiosity, and nothing to do with "
                      "building at all. I believe the town of Caerleon takes its name from a "
                      "Roman fortress, and its amphitheatre is remarkably well kept. Have you "
                      "ever been?")
    assert aside.tangent and not aside.asks_for_job and not aside.substantive
    assert not site.read("My degree has nothing to do with construction, so how would "
                         "someone like me get a first site role?").tangent


def test_new_things_their_firm_has_taken_on_are_their_work(supply: TurnReader) -> None:
    assert not supply.read("I was reading last week about the new electric yard tractors "
                           "you have brought in. They sound very clever.").tangent
    assert supply.read("I was reading last week about my cousin's wedding in Tuscany. It "
                       "sounds very glamorous.").tangent


def test_a_late_wondering_goal_is_no_question_of_the_count(nurse: TurnReader) -> None:
    turns = ["Good evening. Thank you for seeing me.",
             "My first question: what does a charge nurse do on a quiet night?",
             "I see. I have been a librarian for ten years, and I have been wondering, in a "
             "general sort of way, whether nursing might ever be possible for me.",
             "My second question: should I take an accelerated course at my age?",
             "Thank you so much."]
    said = [(t, nurse.read(t)) for t in turns]
    assert thoughtful_questions(said, nurse) == 2


def test_checking_whom_one_greets_is_no_question(nurse: TurnReader) -> None:
    assert not nurse.read("Ms. Castillo? Hi, I'm Dev. Thanks for making time before your "
                          "shift.").is_question
    assert nurse.read("Lorraine? Sorry, is your shift always twelve hours?").is_question


def test_how_much_of_the_work_is_one_thing_asks_no_fact(ux: TurnReader) -> None:
    # Heard as a turn of its own, as whisper may split "What do you do all day? Is it
    # mostly talking to people?"
    assert not ux.read("Is it mostly talking to people?").googleable
    assert ux.read("What was your conference talk about?").googleable


def test_leave_to_say_asks_nothing_even_with_a_question_mark(supply: TurnReader) -> None:
    assert not supply.read("Before we start, may I say how much I admire what Halvorsen "
                           "has built?").is_question
