"""Readings learnt from the set AC once it joined tune: a question read out after a lead-in
and a colon ("Question four, the one I care most about: ...", "just to tick one thing off my
list: ...") is about what it asks; whether something "counts for anything" asks a view;
typed thanks ("ty", "tysm"); what someone at home will make of the meeting is the meeting's
business; work on one's home, and the noise of it "in the background", is home life; a
remark said to be off the subject is a tangent when the trained reader hears one, whatever
field words it happens to use. Each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.intents import TurnReader
from simulator.scenario import load_scenario
from tests.simulator.helpers import reader_knowing_only, scenario_reader

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def test_a_question_after_a_lead_in_is_about_what_it_asks() -> None:
    # The persona answers switching advice by asking for the explorer's story, so the long
    # answer that follows is invited, not rambling.
    scenario = load_scenario(SCENARIOS / "starter" / "ux-researcher.yaml")
    reading = TurnReader(scenario).read(
        "Last one on my sheet, and it's the one I really came for: what would you do if you "
        "were making the switch now, coming out of nursing?")
    assert reading.topic == "switching_advice"
    assert next(t for t in scenario.topics if t.id == reading.topic).invites_story


def test_a_fact_asked_after_a_lead_in_is_asked() -> None:
    fact = "Northbank has about 40 branches across the north of England."
    reader = reader_knowing_only(fact, "how many branches does Northbank have")
    assert reader.read("One bit of housekeeping so I can cross it off my list: how many "
                       "branches does Northbank have these days?").googleable == fact
    assert reader.read("One thing I keep wondering about: how do you pick which branch to "
                       "study first?").googleable is None


def test_whether_something_counts_for_anything_asks_a_view() -> None:
    fact = "Northbank is a retail bank serving about two million customers."
    reader = reader_knowing_only(fact, "is Northbank a retail bank")
    assert reader.read("Does serving customers in retail count for much?").googleable is None
    assert reader.read("Northbank is a retail bank, isn't it?").googleable == fact


@pytest.mark.parametrize(("text", "thanks"), [
    ("ty, that cleared up a lot", True),
    ("Okay, tysm!! This was so useful.", True),
    ("Hi Ty, good to meet you.", False),
    ("Ty Cobb played for Detroit, right?", False),
])
def test_typed_thanks(rules: TurnReader, text: str, thanks: bool) -> None:
    assert rules.read(text).thanks is thanks


def test_what_home_will_make_of_the_meeting_is_no_tangent(both: TurnReader) -> None:
    assert not both.read("Thanks so much. My mum will be so proud I actually went through "
                         "with it.").tangent
    # (as whisper punctuates it)
    assert not both.read("Thanks so much. My gran will be chuffed, I finally came, ha.").tangent
    assert both.read("Thanks so much. My mum is so proud, she just ran her first marathon "
                     "in Boston.").tangent


def test_work_on_ones_home_is_home_life(both: TurnReader) -> None:
    assert both.read("Sorry about the racket in the background, we're getting the loft "
                     "converted and the plasterers are here all week, then it's new "
                     "skylights. Have you had much work done on your house?").tangent
    assert not both.read("Sorry about the noise in the background. How do you run remote "
                         "interviews when there's noise on the line?").tangent


def test_said_off_the_subject_and_heard_as_a_tangent(both: TurnReader) -> None:
    assert both.read("Random, but my dance team has a big show on Saturday and I'm so "
                     "stressed, we still haven't nailed the routine.").tangent
    assert not both.read("Random, but how does your team deal with stress before a big "
                         "launch?").tangent


def test_an_alternative_said_as_its_own_sentence_is_one_question_with_the_first() -> None:
    # Whisper ends a question at its "or": "Do I need a master's? Or can you start...?"
    reader = scenario_reader("starter/public-policy")
    assert reader.read("Do I need a master's for this? Or can you start right out of "
                       "university?").googleable is None
    assert reader.read("Was your master's in city planning? Or was it economics?").googleable


def test_called_away_and_back_is_the_moments_housekeeping() -> None:
    reader = scenario_reader("starter/data-scientist")
    assert not reader.read("Hold on. Sorry, that's the delivery man. I have to sign for "
                           "something. Give me 10 seconds. Okay, I'm back. Sorry about that."
                           ).tangent
    assert reader.read("Sorry, that's the doorbell. Okay, I'm back. My dog went berserk at "
                       "the postman, he hates anyone in a uniform, the whole street hears it."
                       ).tangent
