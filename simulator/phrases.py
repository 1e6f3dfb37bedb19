"""Small helpers for families of spoken phrasings, matched on normalised text."""

from __future__ import annotations

import re


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


WORDS = re.compile(r"[a-z]+")


def word_set(t: str) -> frozenset[str]:
    """The plain words of normalised text, for Rule.search."""
    return frozenset(WORDS.findall(t))
