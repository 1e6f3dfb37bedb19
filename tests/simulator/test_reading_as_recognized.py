"""Spoken turns as the recognizer writes them: a question tag split off as a sentence of its
own, years in digits, questions without their question marks. The reading is the same as
for the typed words."""

from __future__ import annotations

import pytest

from simulator.phrases import word_set
from simulator.questions import asks_question
from simulator.words import normalise
from tests.simulator.helpers import reader_knowing_only

APP_ONLY = "Northbank is a bank run entirely through its mobile app, with no branches."
FOUNDED = "Northbank was founded in 1908 and is headquartered in Leeds."


@pytest.mark.parametrize("text", [
    "I had a look at the app last night. It's all in there. No branches at all. Right.",
    "So it's only the app. No branches. Is that right.",
])
def test_a_tag_written_as_its_own_sentence_still_asks_to_confirm(text: str) -> None:
    reader = reader_knowing_only(APP_ONLY, "does Northbank have branches")
    assert reader.read(text).googleable == APP_ONLY


def test_a_closing_right_after_no_fact_confirms_nothing() -> None:
    reader = reader_knowing_only(APP_ONLY, "does Northbank have branches")
    assert reader.read("That makes sense. Right.").googleable is None


@pytest.mark.parametrize("text", [
    "And Northbank goes back to the early 1900s, I believe?",
    "Northbank has been in Leeds since nearly 19 hundreds, I think.",
])
def test_a_year_written_in_digits_is_a_year(text: str) -> None:
    reader = reader_knowing_only(FOUNDED, "when was Northbank founded")
    assert reader.read(text).googleable == FOUNDED


# The recognizer drops question marks: with every "?" of the tune corpus made a full stop,
# 92 sessions were told they asked too few questions, 53 once a sentence opening on its
# auxiliary counts as asked.
@pytest.mark.parametrize("text", [
    "Does Northbank still hire researchers from retail.",
    "Is user testing most of the job, or is it mostly interviews.",
    "So do junior researchers at Northbank sit with the designers.",
])
def test_a_sentence_opening_on_its_auxiliary_asks_without_its_question_mark(text: str) -> None:
    assert _asks(text)


@pytest.mark.parametrize("text", [
    "Could be worse, honestly.",
    "Would love to hear more about that later.",
    "Was great meeting your team last spring.",
    "Will do.",
    "Do come in whenever you like.",
])
def test_a_statement_with_its_subject_dropped_asks_nothing(text: str) -> None:
    assert not _asks(text)


def _asks(text: str) -> bool:
    said = normalise(text)
    return asks_question(said, word_set(said))


def test_a_question_whose_mark_became_a_comma_ends_there() -> None:
    fact = "Priya worked at Halden Insurance for six years before joining Northbank in 2019."
    reader = reader_knowing_only(fact, "where did you work before Northbank")
    assert reader.read("Which company were you with before Northbank, I heard it was an "
                       "insurer.").googleable == fact
    # A remark that asks a view is still one.
    assert reader.read("Was Halden a good place to start, I wonder what you thought of it."
                       ).googleable is None
