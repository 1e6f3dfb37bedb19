"""Spoken turns as the recognizer writes them: a question tag split off as a sentence of its
own, years in digits. The reading is the same as for the typed words."""

from __future__ import annotations

import pytest

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
