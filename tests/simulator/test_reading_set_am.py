"""Readings learnt from the set AM (literal translators and shy speakers; flatterers and
skeptics) once it joined tune: what one wants, said rising ("I think I want to do data
science?"), asks nothing; a thing of theirs brought up rising and then remarked on ("your
post...? I printed it.") asks nothing either; a view asked in fragments ("Union, or the
other kind? Open shop?") asks no fact; a fact checked and built on by naming it again
("What from the store helps you now?") shows the homework; and from its spoken sessions, a
question the recognizer wrote twice is one, and "somebody else I can talk to" with its
question mark lost still asks whom else to talk to; and, once the trained reader was
retrained with AM, what they look for in someone names no one to talk to. Each in wordings
unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from simulator.question_count import questions_in
from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_what_one_wants_said_rising_asks_nothing() -> None:
    data = reader("starter/data-scientist")
    rising = data.read("I'm Jo, a chemistry student. I think I want to go into data science? "
                       "I wanted to ask what it takes.")
    assert rising.states_purpose and not rising.substantive
    assert data.read("I think I want to go into data science. What does it take?").substantive


def test_a_thing_of_theirs_raised_and_remarked_on_asks_nothing() -> None:
    analyst = reader("career-changers/data-analyst")
    assert not analyst.read("Oh, and your post on the yogurt promotion? I shared it with my "
                            "whole team.").substantive
    assert analyst.read("Your post on the yogurt promotion? How long did that take "
                        "you?").substantive


def test_a_view_asked_in_fragments_asks_no_fact() -> None:
    electrician = reader("starter/electrician")
    assert electrician.read("Union, or the other kind? Open shop? Which would you "
                            "pick?").googleable is None
    assert electrician.read("Own shop. Since when?").googleable


def test_a_fact_built_on_by_naming_it_again_shows_the_homework() -> None:
    hr = reader("career-changers/hr-business-partner")
    assert hr.read("You ran stores before, I think. What from the store floor do you still "
                   "use?").googleable is None
    assert hr.read("You ran stores before, I think. How many stores was that?").googleable


def test_a_question_written_twice_is_one() -> None:
    site = reader("hard-personas/clock-watcher")
    assert questions_in("Sorry, what does a normal week look like? What does a normal week "
                        "look like?", site) == 1
    assert questions_in("What does a normal week look like? What goes wrong most often on a "
                        "hospital build?", site) == 2


def test_somebody_else_to_talk_to_asks_without_its_question_mark() -> None:
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert nurse.read("And someone else I could talk to, maybe a nurse educator.").referral_ask
    assert not nurse.read("I have someone else I can talk to, my aunt.").referral_ask


def test_what_they_look_for_in_someone_names_no_one_to_talk_to() -> None:
    # Retrained with AM, the trained reader heard whom else to talk to in this; what they
    # look for in someone is what they hire on.
    site = reader("hard-personas/clock-watcher")
    assert not site.read("Tell me what you'd look for in someone who came from estates rather "
                         "than from a site.").referral_ask
    assert site.read("Who would you look for on your team that I could talk to?").referral_ask
