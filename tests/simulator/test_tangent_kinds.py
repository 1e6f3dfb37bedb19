"""Kinds of drift the tangent reading must tell apart, each in wordings of its own: the
explorer's own background in words the scenario does not know (no tangent), news from home
and gossip (tangents even when a word of the work slips in), asking what they follow in
words the work does not use, and a story tied back to leaving one's own craft."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


# Introducing oneself (job, studies, years in, when one leaves) is one's career, however
# little the scenario knows of it.
OWN_BACKGROUND = [
    "I'm a pastry chef at a hotel in Leeds, nine years in.",
    "I've been a paralegal at a small immigration firm for six years, mostly drafting visa "
    "appeals.",
    "Good morning, Ms. Okafor. I'm Tomasz, I'm in the final year of a chemistry degree at "
    "Warwick.",
    "Morning, Dr. Reyes. Sergeant Ana Ruiz, or just Ana now. I retire from the army in October.",
    "I run the night desk at a regional paper and I lead a team of four subeditors.",
    "Hi Priya! I'm Leon, Dr. Abara's student. She says hi, and I already thanked her for "
    "connecting us.",
]

# ...but leisure said alongside it still drifts.
BACKGROUND_THEN_LEISURE = [
    "I'm a nurse, and honestly all I think about lately is the playoffs, the Bruins game last "
    "night was unreal.",
]

# News of one's own people, carried on by "he" or "we", even with a word of the work in it
# ("the bank"); gossip about others' private lives, even colleagues'.
NEWS_FROM_HOME_AND_GOSSIP = [
    "My son just passed his driving test on the third go. My husband is already hiding the car "
    "keys.",
    "My son passed his driving test last week. He drove us to the bank on Saturday and my "
    "husband was white as a sheet.",
    "My brother got engaged in Lisbon over Easter. He proposed on a tram, and we all cried.",
    "Between you and me, two of the managers at my library are secretly seeing each other, and "
    "everyone pretends not to notice.",
    "You won't believe it, but two of the researchers on my old team were secretly dating the "
    "whole time we ran that study.",
]

# Someone of one's life bringing in the work, and a word of romance used for the work.
SAME_WORDS_ABOUT_WORK = [
    "My sister is a researcher at an insurer and she says usability testing changed her whole "
    "team.",
    "I did usability research on a dating app for two years.",
    "Have you been to the research ops meetup in Leeds? I go every month.",
]

# Asking what they follow, in words the work does not use (a count like "Six" is no work).
PASTIME_QUESTIONS = [
    "Are you following the Tour de France this summer? My whole team has a sweepstake going.",
    "Did you catch the Six Nations on Saturday? Half my office was in the pub for it.",
    "Are you doing the Three Peaks this summer?",
]

# A life story tied back to leaving one's own craft, named in one's own words, is the career
# question; leaving a place is not.
TIED_TO_LEAVING_ONES_CRAFT = [
    "My grandad set type for a newspaper for forty years, which is probably why giving up print "
    "feels like a betrayal.",
]
TIED_TO_LEAVING_A_PLACE = [
    "My parents had a farm in Kerry, which is why leaving the countryside would hurt.",
]


@pytest.mark.parametrize("text", OWN_BACKGROUND + SAME_WORDS_ABOUT_WORK
                         + TIED_TO_LEAVING_ONES_CRAFT)
def test_not_a_tangent(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


@pytest.mark.parametrize("text", BACKGROUND_THEN_LEISURE + NEWS_FROM_HOME_AND_GOSSIP
                         + PASTIME_QUESTIONS + TIED_TO_LEAVING_A_PLACE)
def test_a_tangent(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.tangent and not r.substantive
