"""Small helpers for families of spoken phrasings, matched on normalised text."""

from __future__ import annotations

import re
from collections.abc import Iterator


def rx(*parts: str) -> re.Pattern[str]:
    """One pattern that matches any of `parts`."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


class Rule:
    """A family of phrasings, tried only when one of its trigger words is in the turn: a set
    intersection costs far less than a dozen regexes over a long monologue. Every phrasing
    must contain at least one trigger word."""

    def __init__(self, triggers: str, *parts: str) -> None:
        self.triggers = frozenset(triggers.split())
        self.pattern = rx(*parts)

    def search(self, t: str, words: frozenset[str]) -> re.Match[str] | None:
        return None if self.triggers.isdisjoint(words) else self.pattern.search(t)

    def finditer(self, t: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
        return iter(()) if self.triggers.isdisjoint(words) else self.pattern.finditer(t)


WORDS = re.compile(r"[a-z]+")
# Where one sentence ends and the next begins: whisper and typists both punctuate.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def word_set(t: str) -> frozenset[str]:
    """The plain words of normalised text, for Rule.search."""
    return frozenset(WORDS.findall(t))


# Words that end like someone who does a job ("a newer nurse", "another analyst") but are
# not people: comparatives and things ("a better way", "a chapter"), nor whoever hires.
NOT_A_PERSON = (r"(?!(?:better|other|rather|further|either|neither|easier|bigger|smaller|later|"
                r"earlier|sooner|number|order|paper|letter|chapter|center|centre|water|computer|"
                r"career|matter|summer|winter|year|hour|door|floor|factor|sector|error|color|"
                r"colour|behavior|behaviour|restaurant|important|hiring|recruit\w*|degree|fee|"
                r"coffee|committee|guarantee|agree|three|tree|free|knee|masters?|"
                # Function words and verbs that end the same way: "some resources for...".
                r"for|nor|her|per|ever|over|under|after|never|however|whether|together|"
                r"whatever|whoever|whenever|wherever|consider|remember|offer|prefer|refer|"
                r"answer|wonder|discover|"
                # Things to read or take, asked for as often as people: "any newsletters?"
                r"newsletter|primer|starter|refresher|salary|library|summary|glossary|dictionary|"
                r"diary)"
                r"s?\b)")
# Someone named by what they do: "carpenter", "analyst", "designer", "note-taker".
ROLE_NOUN = rf"{NOT_A_PERSON}(?:[a-z]+-)*[a-z]+(?:er|or|ist|yst|ian|ant|ee|ect)s?"
