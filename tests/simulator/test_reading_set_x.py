"""Readings learnt from the set X once it joined tune: a piece of my work sent for their
comments asks no job, whatever it is called; "before starting his own shop" names the
organisation he runs; a guess at the answer just asked for ("Was it statistics too?") asks
nothing more; a count for each one of something (a workload) is no profile figure; "is that
research work?" asks about what I just said; and, spoken, whisper's "wearing a move" is
weighing one, "an aside" announces a change of subject, and "(I'd be) grateful to hear about
it" after an opening asks for it. Each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import reader_knowing_only, scenario_reader

DEGREE = "Priya has a master's in statistics from the University of Leeds."
TEAM = "Northbank's research team has 12 researchers and supports 40 product teams."
ROLE = "Priya is a senior UX researcher at Northbank and joined in 2019."


@pytest.mark.parametrize("text", [
    "Would it be okay if I emailed you a two-page research memo I wrote? Just so you could "
    "tell me whether it reads like real research.",
    "Could I send over a short case study sometime, for your honest feedback?",
])
def test_my_work_sent_for_comments_asks_no_job(both: TurnReader, text: str) -> None:
    assert not both.read(text).asks_for_job


def test_my_work_sent_with_a_wish_to_join_still_asks(both: TurnReader) -> None:
    assert both.read("Could I send you a short case study? I'd love to work on your team."
                     ).asks_for_job


def test_his_own_shop_is_the_organisation_he_runs() -> None:
    # The electrician's profile: "...before starting his own shop" (which the fact words read
    # as a store, while the question's "the shop" is the organisation).
    reader = scenario_reader("starter/electrician")
    assert reader.read("Did you come up through the union before you started the shop?"
                       ).googleable is not None


def test_a_guess_at_the_answer_asks_nothing_more() -> None:
    reader = reader_knowing_only(DEGREE, "what is your master's in")
    guess = reader.read("What did you study at university? Was it economics too?")
    assert guess.googleable == DEGREE and not guess.substantive
    view = reader.read("What did you study at university? Is that common in research?")
    assert view.googleable == DEGREE and view.substantive


@pytest.mark.parametrize("text", [
    "How many product teams would one researcher support, roughly?",
    "How many product teams per researcher, roughly?",
])
def test_a_workload_is_no_profile_figure(text: str) -> None:
    reader = reader_knowing_only(TEAM, "how big is the research team")
    assert reader.read(text).googleable is None


def test_a_head_count_still_is() -> None:
    reader = reader_knowing_only(TEAM, "how big is the research team")
    assert reader.read("How many researchers are on the team each year?").googleable == TEAM


def test_is_that_research_asks_about_what_i_said() -> None:
    reader = reader_knowing_only(ROLE, "what is your job title")
    reading = reader.read("I run our customer surveys and write them up for marketing. "
                          "Honestly, my question is, is that research work?")
    assert reading.googleable is None and reading.substantive
    assert reader.read("Is that your title, senior UX researcher?").googleable == ROLE


def test_whispers_wearing_a_move_is_weighing_one(rules: TurnReader) -> None:
    assert rules.read("I run onboarding for a call centre, and I'm wearing a move into UX "
                      "research, which is why I wrote to you.").states_purpose
    assert not rules.read("I'm wearing my good suit, since I came straight from work."
                          ).states_purpose


def test_an_aside_announces_a_change_of_subject(rules: TurnReader) -> None:
    assert rules.read("Quick aside, is it still pouring down where you are? My brother says "
                      "it hasn't stopped raining all week.").tangent
    assert not rules.read("As an aside, how do you check a finding before you share it?"
                          ).tangent


def test_grateful_to_hear_of_an_opening_asks_for_it(rules: TurnReader) -> None:
    # Spoken, "I'd be grateful" came back as "I've been grateful".
    assert rules.read("Should anything open up on the research team, I've been grateful to "
                      "hear about it.").asks_for_job
    assert not rules.read("I'd be grateful to hear about it when your report comes out."
                          ).asks_for_job
