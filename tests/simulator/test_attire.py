"""Reading an outfit description onto the dress scale, and when it is underdressed."""

from __future__ import annotations

import pytest

from simulator.attire import DRESS_LEVEL, attire_level, underdressed

CASUAL, SMART_CASUAL, BUSINESS_CASUAL, BUSINESS, FORMAL = range(5)


def test_the_scale_follows_the_dress_code_names() -> None:
    assert DRESS_LEVEL == {"casual": 0, "smart_casual": 1, "business_casual": 2, "business": 3,
                           "formal": 4}


@pytest.mark.parametrize(("outfit", "level"), [
    ("a hoodie and jeans", CASUAL),
    ("T-shirt and shorts", CASUAL),
    ("sweatpants and flip-flops", CASUAL),
    ("my gym clothes", CASUAL),
    ("jeans and a nice sweater", SMART_CASUAL),
    ("dark jeans and a polo", SMART_CASUAL),
    ("chinos and a blazer", BUSINESS_CASUAL),
    ("slacks, a blouse and dress shoes", BUSINESS_CASUAL),
    ("a button-down shirt with khakis", BUSINESS_CASUAL),
    ("Navy suit and tie", BUSINESS),
    ("a pantsuit", BUSINESS),
    ("tuxedo", FORMAL),
    ("black tie", FORMAL),
    ("an evening gown", FORMAL),
    ("business casual", BUSINESS_CASUAL),
    ("smart casual", SMART_CASUAL),
])
def test_outfits_read_onto_the_scale(outfit: str, level: int) -> None:
    assert attire_level(outfit) == level


@pytest.mark.parametrize(("outfit", "level"), [
    ("a suit with flip-flops", CASUAL),        # a clearly casual item pulls the outfit down
    ("shorts and a button-down", CASUAL),
    ("a blazer over a t-shirt", SMART_CASUAL),  # a blazer lifts a t-shirt only so far
    ("jeans and a blazer", BUSINESS_CASUAL),
    ("suit and sneakers", BUSINESS_CASUAL),
])
def test_the_most_formal_item_counts_unless_something_caps_it(outfit: str, level: int) -> None:
    assert attire_level(outfit) == level


def test_items_said_not_to_be_worn_do_not_count() -> None:
    assert attire_level("a suit, no tie") == BUSINESS
    assert attire_level("chinos and a blazer, no sneakers") == BUSINESS_CASUAL


@pytest.mark.parametrize("outfit", [None, "", "   ", "my favourite outfit"])
def test_unknown_outfits_have_no_level(outfit: str | None) -> None:
    assert attire_level(outfit) is None


@pytest.mark.parametrize(("outfit", "code", "expected"), [
    ("a hoodie and jeans", "business_casual", True),
    ("jeans and a nice sweater", "business_casual", False),  # borderline: accepted
    ("chinos and a blazer", "business_casual", False),
    ("chinos and a blazer", "business", True),  # one step below business shows
    ("a suit and tie", "business", False),
    ("a suit and tie", "formal", True),
    ("shorts and flip-flops", "smart_casual", True),
    ("a polo and chinos", "smart_casual", False),
    ("shorts and flip-flops", "casual", False),
    ("a tuxedo", "casual", False),  # overdressed is not underdressed
])
def test_underdressed(outfit: str, code: str, expected: bool) -> None:
    assert underdressed(outfit, code) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize("outfit", [None, "", "something comfortable"])
def test_an_unknown_outfit_is_never_underdressed(outfit: str | None) -> None:
    assert not underdressed(outfit, "formal")
