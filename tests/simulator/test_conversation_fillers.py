"""Turns that look like one thing and do another: questions that keep the conversation going
rather than ask about the work, facts said back as statements, goals told as a situation,
referral asks and life asides in unusual words, each with hard negatives."""

from __future__ import annotations

import pytest

from simulator.filler_questions import earnest_questions
from simulator.intents import TurnReader
from simulator.words import normalise
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


NOT_SUBSTANTIVE = [
    "Does that make sense?",
    "Am I making sense?",
    "Sorry, what do you mean by synthesis?",
    "Wait, what does usability mean exactly?",
    "Sorry, could you say that again?",
    "How's your week going?",
    "How was your weekend, by the way?",
    "Did you find the place okay?",
    "Who doesn't want a job where you help people, right?",
    "Crazy how expensive everything is now, isn't it?",
    "You probably get asked this a lot, right?",
    "Litigation is just relentless, you know what I mean?",
    "Wait, so you mean like the product teams?",
    "How old are your kids?",
    "How long is your commute these days?",
    "I did a degree in biology, which was fine, why not, and then I moved to Chicago",
]

SUBSTANTIVE = [
    "How did you move into research, does that make sense?",
    "What do you mean when you say synthesis, how do you run it?",
    "What does success mean for you in this role?",
    "How is your week structured?",
    "Typical day for you?",
    "What tools you are using every day?",
    "So usability testing matters more than surveys, right?",
]


@pytest.mark.parametrize("text", NOT_SUBSTANTIVE)
def test_fillers_are_no_substantive_question(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).substantive


@pytest.mark.parametrize("text", SUBSTANTIVE)
def test_real_questions_stay_substantive(reader: TurnReader, text: str) -> None:
    assert reader.read(text).substantive


def test_a_check_in_is_set_aside_from_the_question_it_follows() -> None:
    assert earnest_questions(normalise("How did you start, if that makes sense?")) == [
        "how did you start"]


@pytest.mark.parametrize("text", [
    "And you have been at Northbank for six years",
    "So you have a master's in human-computer interaction.",
    "I read that Northbank was founded in 1921, is that so?",
    "Northbank goes back to 1921, if I remember right?",
])
def test_facts_said_back_to_be_confirmed_are_googleable(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable


@pytest.mark.parametrize("text", [
    "You were so kind to meet me.",
    "So you have a master's in human-computer interaction. How did it shape your research?",
])
def test_statements_that_build_on_a_fact_are_not_googleable(reader: TurnReader,
                                                            text: str) -> None:
    assert reader.read(text).googleable is None


@pytest.mark.parametrize(("text", "goal"), [
    ("I'm a librarian and I keep going back and forth between UX research and data work.", True),
    ("I'm leaving teaching next year and looking at UX research roles.", True),
    ("Basically I'm a designer, and research seems like the obvious next step.", True),
    ("When my mum was ill, the hospital app was awful, and that got me thinking about "
     "usability research.", True),
    ("That seems like the obvious next step for Northbank.", False),
    ("My sister keeps going back and forth between nursing and teaching.", False),
])
def test_goals_told_as_a_situation_or_dilemma(reader: TurnReader, text: str,
                                              goal: bool) -> None:
    assert reader.read(text).states_purpose is goal


@pytest.mark.parametrize(("text", "asks"), [
    ("Who else should be on my list to talk to?", True),
    ("Anybody on your team who'd be worth me chatting to?", True),
    ("Who did you talk to when you started?", False),
])
def test_referral_asks_in_unusual_words(reader: TurnReader, text: str, asks: bool) -> None:
    assert reader.read(text).referral_ask is asks


@pytest.mark.parametrize(("text", "tangent"), [
    ("We just adopted a ferret, she steals all our socks.", True),
    ("Have you ever been to Lisbon? The tiles there are gorgeous.", True),
    ("My sourdough starter is called Doughy, I feed it every morning.", True),
    ("I used to tutor kids on weekends, which is partly why I care about usability.", False),
    ("My uncle was a designer, he's the one who got me curious about research.", False),
])
def test_life_asides_in_unfamiliar_words(reader: TurnReader, text: str, tangent: bool) -> None:
    assert reader.read(text).tangent is tangent


def test_an_earlier_employer_said_back_without_a_tag() -> None:
    scenario = make_scenario(public_profile=[
        {"fact": "Before Northbank, Priya spent three years as a researcher at an agency.",
         "asks": ["Where did you work before Northbank?"]}])
    said = TurnReader(scenario).read("and before Northbank you were a researcher at an agency")
    assert said.googleable
