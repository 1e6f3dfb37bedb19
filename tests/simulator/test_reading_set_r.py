"""Readings learnt from the set R once it joined tune (finding the way in is no tangent, a
latte blog is one, "looking hard at" weighs a move, "could someone from X make that jump"
asks about the explorer's move, "remind me" and "at this point" name no fact, "when did that
happen?" asks more of a fact just checked, a pastime asked after as their recommendations
is a tangent), and from the set S (a course "taken" is done; a fact that is the premise of
an indirect question is not asked), each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import STORY_TOPIC, make_scenario, reader_knowing_only


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.fixture(scope="module")
def rules() -> TurnReader:
    """The rules alone: where the trained reader happens to agree already, the rules must
    still know."""
    return TurnReader(make_scenario(), None, use_model=False)


@pytest.mark.parametrize("text", [
    "Made it! Took me ages to find the entrance, the guard walked me round past the loading "
    "bay and the bins.",
    "Priya, hello. Found you at last, the lift was out so I came up the back stairs.",
])
def test_finding_the_way_in_is_no_tangent(reader: TurnReader, rules: TurnReader,
                                          text: str) -> None:
    assert not rules.read(text).tangent and not reader.read(text).tangent


def test_what_follows_the_way_in_can_still_be_a_tangent(reader: TurnReader) -> None:
    assert reader.read("Found the office fine. My sister got married in Vermont on Saturday, "
                       "the band was amazing and we danced until two.").tangent


@pytest.mark.parametrize("text", [
    "Oh, while I think of it, is the flat white here any good? I keep a little blog where I "
    "score every latte in town, I'm past sixty cafés now.",
    "Quick thing first, are the cappuccinos here decent? I run an Instagram page rating "
    "espresso bars and I've never been to this one.",
])
def test_a_coffee_review_hobby_is_a_tangent(reader: TurnReader, text: str) -> None:
    assert reader.read(text).tangent


def test_a_question_about_an_app_people_use_is_still_the_work(reader: TurnReader) -> None:
    reading = reader.read("Do you ever run studies on how people use Instagram?")
    assert reading.substantive and not reading.tangent


def test_looking_hard_at_a_field_weighs_a_move(reader: TurnReader) -> None:
    assert reader.read("Eight years in retail banking, looking seriously at UX "
                       "research.").states_purpose
    assert not reader.read("I was looking hard at your portfolio site last "
                           "night.").states_purpose


def test_whether_someone_from_my_field_could_make_the_jump_asks_about_my_move(
        reader: TurnReader) -> None:
    assert reader.read("Do you think a person coming from a call centre could make this jump, "
                       "or is that a stretch?").topic == STORY_TOPIC
    assert reader.read("How did you make that jump yourself?").topic != STORY_TOPIC


def test_remind_me_and_at_this_stage_name_no_fact() -> None:
    fact = "Priya has been at Northbank since 2019 and leads its research team."
    reader = reader_knowing_only(fact, "how long have you been at Northbank")
    assert reader.read("Sorry, remind me, how long have you been with Northbank at this "
                       "stage?").googleable == fact
    assert reader.read("Remind me what you said about recruiting participants?").googleable \
        is None


def test_asking_when_a_checked_fact_happened_asks_nothing_new() -> None:
    fact = "Northbank went public in 2021 and has about 900 employees."
    reader = reader_knowing_only(fact, "when did Northbank go public")
    checked = reader.read("You're a public company now, aren't you? How long ago did that "
                          "happen?")
    assert checked.googleable == fact and not checked.substantive
    # Built on, the check shows the homework done, as the finding's own advice asks ("I saw
    # that..., how has that shaped...?"); since AK it is no profile question.
    built_on = reader.read("You're a public company now, aren't you? How did that change "
                           "your research work?")
    assert built_on.googleable is None and built_on.substantive


def test_a_pastime_asked_after_as_their_recommendations_is_a_tangent(reader: TurnReader) -> None:
    assert reader.read("Speaking of commuting, I'm obsessed with a murder-mystery podcast and "
                       "binge it on the bus. Do you have any series you'd suggest?").tangent


@pytest.mark.parametrize("text", [
    "Do you have any tools you'd recommend for recruiting participants?",
    # Life named beside the work is still how they work.
    "Do you get many parents bringing their kids and grandparents to your research sessions?",
])
def test_how_they_work_with_a_word_of_life_in_it_is_no_tangent(reader: TurnReader,
                                                              text: str) -> None:
    reading = reader.read(text)
    assert reading.substantive and not reading.tangent


# --- from the set S, once it joined tune -------------------------------------------------

def test_a_course_taken_is_a_course_done() -> None:
    fact = "Priya completed a human factors certificate at Loughborough in 2017."
    reader = reader_knowing_only(fact, "what certificate did you do")
    assert reader.read("The certificate you took at Loughborough, which year was "
                       "that?").googleable == fact
    assert reader.read("Which courses should I take first?").googleable is None


def test_a_fact_said_as_the_premise_of_a_real_question_is_not_asked() -> None:
    fact = "Priya moved from retail banking into UX research at Northbank in 2019."
    reader = reader_knowing_only(fact, "did you work in retail banking")
    assert reader.read("You made that same move from banking, so I wanted to hear how it "
                       "went for you.").googleable is None
    assert reader.read("You moved over from retail banking yourself, right?").googleable \
        == fact


def test_what_it_is_like_asked_inside_a_statement_asks_no_fact() -> None:
    fact = "Northbank was founded in 2016 as a startup and has about 300 employees."
    reader = reader_knowing_only(fact, "when was Northbank founded")
    assert reader.read("So I wanted to hear what it's really like at a startup.").googleable \
        is None
    assert reader.read("When was Northbank founded, roughly?").googleable == fact
