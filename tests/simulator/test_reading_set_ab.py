"""Readings learnt from the set AB once it joined tune: a goal framed as a research question
("my question for today is whether..."); "youse" are their organisation, and a count "put
through" names no more than one processed; how I treat my own people reaches no one;
their organisation named with nothing of life is their work; words of one's own life are
life whatever the field calls them; "slight aside" announces a drift, and a novel is
leisure; a check recognised as its own sentence ("Have I got that right?") or with more
said after the tag ("isn't it, funded by...?") asks the fact. Each in wordings unlike the
sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import reader_knowing_only, scenario_reader


@pytest.mark.parametrize(("text", "goal"), [
    ("I'm a chemistry postdoc, and my question for today is whether research work would "
     "suit someone who has only ever worked in a lab.", True),
    ("My question, to put it plainly, is whether a PhD counts for anything in UX research.",
     True),
    ("My question is whether you liked the conference.", False),
])
def test_a_goal_framed_as_a_research_question(rules: TurnReader, text: str,
                                              goal: bool) -> None:
    assert rules.read(text).states_purpose is goal


def test_youse_are_their_organisation() -> None:
    fact = "Northbank handles about three million card payments a day."
    reader = reader_knowing_only(fact, "how many payments does Northbank handle")
    assert reader.read("How many payments do youse put through in a day?").googleable == fact
    assert reader.read("How many payments do you approve yourself?").googleable is None


def test_how_i_treat_my_own_people_reaches_no_one(rules: TurnReader) -> None:
    assert not rules.read("When you lose good people, what do you do about it? In my unit, if "
                          "an analyst is struggling, I'm knocking on her door that day."
                          ).referral_ask
    assert rules.read("Is there a researcher here who came from marketing? I could grab "
                      "a coffee with them.").referral_ask


def test_their_organisation_named_with_nothing_of_life_is_their_work() -> None:
    reader = scenario_reader("starter/startup-pm")
    assert not reader.read("So, funny thing, we use Crewbook on all six of our vans. The crew "
                           "likes the quote screen, but the invoices, Lord, they curse at them "
                           "every Friday.").tangent
    assert reader.read("Funny story, my brother-in-law swears by his barbecue, he smoked a "
                       "brisket for fourteen hours on Sunday.").tangent


def test_words_of_ones_own_life_are_life_whatever_the_field_calls_them() -> None:
    reader = scenario_reader("career-changers/hr-business-partner")
    assert reader.read("Sorry, total aside, but where's this coffee from? We moved here in "
                       "the spring and my partner and I still can't find a decent cafe."
                       ).tangent
    assert not reader.read("How does a business partner move into an HR director role?"
                           ).tangent


def test_a_slight_aside_about_a_novel_is_a_tangent(both: TurnReader) -> None:
    reader = scenario_reader("hard-personas/clock-watcher")
    assert reader.read("Slight aside, but do you read much fiction? I've just finished a "
                     "novel set in a lighthouse and I can't stop thinking about it.").tangent
    assert not both.read("Slight aside, but do you read the research repository notes "
                         "before each study?").tangent


@pytest.mark.parametrize("text", [
    "Northbank was founded in 2018. Have I got that right?",
    "Northbank has been around since 2018, hasn't it, founded the same year as its app?",
    # (not only a tag at the end: "..., isn't it, with the app launched the same year?")
    "It's a digital bank founded in 2018, isn't it, with the app launched the same year?",
])
def test_a_check_asks_the_fact_however_it_is_tagged(text: str) -> None:
    fact = "Northbank was founded in 2018 and launched its app the same year."
    reader = reader_knowing_only(fact, "when was Northbank founded")
    assert reader.read(text).googleable == fact


def test_spoken_what_will_you_do_asks_no_fact() -> None:
    # Learnt from the voice sample: whisper heard "would" as "will".
    reader = scenario_reader("career-changers/hr-business-partner")
    assert reader.read("So what will you study first, for the certification?"
                       ).googleable is None
    assert reader.read("What did you study at college?").googleable is not None


def test_spoken_whom_heard_as_what_is_a_referral_ask(rules: TurnReader) -> None:
    # Learnt from the voice sample: "Who else would you recommend I reach out to?"
    assert rules.read("What do you recommend I reach out to?").referral_ask
    assert not rules.read("What do you recommend I read first?").referral_ask
