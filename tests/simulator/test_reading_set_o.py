"""Readings learnt from the set O once it joined tune (a question about the explorer's own
move is answered with the persona's invitation to tell their story, an aside about the
meeting before a fact question, an offer of oneself as one more pair of hands), each in
wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.intents import TurnReader
from simulator.run import run_script, setup_for
from simulator.scenario import Script
from tests.simulator.helpers import STORY_TOPIC, make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.mark.parametrize("text", [
    "Honestly, given where I'm starting from, would my nine years on the wards count for "
    "much here?",
    "What would you do in my position, with two kids and a mortgage?",
    "If you were a nurse walking away from the ward today, what would you do first?",
    "So do you reckon my time running a kitchen is at all relevant?",
    "Be honest: is it realistic for somebody coming from retail, with no degree, to get in?",
])
def test_a_question_about_my_own_move_gets_the_story_invitation(reader: TurnReader,
                                                                text: str) -> None:
    assert reader.read(text).topic == STORY_TOPIC


@pytest.mark.parametrize("text", [
    "Did your time at the insurer count for much when you applied here?",
    "Would my manager be a useful person to ask?",
    "Is it realistic to run a whole study in two weeks?",
    "If you were starting over, which tools would you learn first?",
    "Which skills matter most in your role?",
])
def test_questions_about_them_or_the_work_keep_their_topic(reader: TurnReader,
                                                           text: str) -> None:
    assert reader.read(text).topic != STORY_TOPIC


def test_a_long_story_after_such_a_question_is_not_rambling(tmp_path: Path) -> None:
    """The persona's reply ends by asking for the story, so the story is no monologue."""
    story = ("Sure. I drove a bus across the north of the city for eleven years, and the part "
             "I liked was the people who rang in about late buses and missed connections. I "
             "started writing down which stops they complained about, then counting, and a "
             "planner at the transit agency took my notes seriously and moved two timetables "
             "because of them. That was when I first thought the analysis side might be for "
             "me. Since then I've done a statistics course at night, I read every report the "
             "city puts out on housing near the new stations, and I volunteer with a tenants' "
             "group on Saturdays, helping people read their leases and count what they owe. I "
             "have no degree in any of it, which is what worries me, and I'm forty-four.")
    assert len(story.split()) > 112  # past the 45 s default at 150 words a minute
    turns = [{"say": "Good morning, Helen, thanks for making the time."},
             {"say": "I'm a bus driver hoping to move into housing policy, and I'd like to "
                     "understand whether that's realistic."},
             {"say": "What does a normal week look like for you?"},
             {"say": "Would my years behind the wheel count for anything in this work?"},
             {"say": story},
             {"say": "Who else would you suggest I speak with?"},
             {"say": "Thank you, this was really useful."}]
    setup = setup_for("starter/public-policy", "script", seed=0)
    outcome = run_script(setup, Script(turns=turns), tmp_path / "script.yaml", None, write=False)
    asked = next(t for t in outcome.record.turns if t.text.startswith("Would my years"))
    reply = outcome.record.turns[outcome.record.turns.index(asked) + 1]
    assert reply.topic == "switching_advice", reply.text
    assert "rambling" not in {f.code for f in outcome.findings}


def test_an_aside_about_the_meeting_before_a_fact_question_names_nothing() -> None:
    fact = "Priya is a chartered member of the Market Research Society."
    reader = reader_knowing_only(fact, "are you chartered")
    assert reader.read("Before we get going, you're chartered yourself, aren't "
                       "you?").googleable == fact
    assert reader.read("Before I start, are you chartered?").googleable == fact


def test_before_a_time_in_a_career_is_not_an_aside() -> None:
    fact = "Priya worked at an insurer for four years before joining Northbank."
    reader = reader_knowing_only(fact, "where did you work before Northbank")
    assert reader.read("Before you came to Northbank, what were you doing?").googleable == fact


@pytest.mark.parametrize("text", [
    "I can lift, I can drive, I learn quick. If you need one more guy on the van, I start "
    "Monday.",
    "If you ever need one more body on a busy week, just ring me.",
])
def test_one_more_pair_of_hands_offered_is_a_job_request(reader: TurnReader, text: str) -> None:
    assert reader.read(text).asks_for_job


@pytest.mark.parametrize("text", ["Do you need more women in the field, would you say?",
                                  "How many people does a study like that usually need?"])
def test_who_the_field_needs_is_no_job_request(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).asks_for_job


@pytest.mark.parametrize("text", ["Who else sits on the research team with you?",
                                  "Who else do you have on the team?",
                                  "Who'd be on the receiving end of your findings, the "
                                  "product people?"])
def test_asking_who_is_there_puts_me_in_touch_with_nobody(reader: TurnReader,
                                                          text: str) -> None:
    assert not reader.read(text).referral_ask


def test_whom_else_to_ring_is_a_referral_ask(reader: TurnReader) -> None:
    assert reader.read("Anyone else you'd have me ring, maybe on the product side?").referral_ask
