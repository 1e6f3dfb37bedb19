"""What the persona says: a phrasing for each moment, varied between runs but
reproducible with a seed, never the same phrasing twice in a row."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from simulator.phrases import SENTENCE_BREAK
from simulator.scenario import Scenario

# Said when a scenario has no line of its own for a plain remark; kept neutral.
_DEFAULT_ACKNOWLEDGE = ["Mm-hm.", "Right.", "Okay."]


@dataclass(frozen=True)
class Say:
    """One thing the persona says."""

    text: str
    kind: str
    topic: str | None = None


class Persona:
    def __init__(self, scenario: Scenario, seed: int | None = None) -> None:
        self.scenario = scenario
        self._rng = random.Random(seed)
        self._bags: dict[str, list[str]] = {}
        self._last: dict[str, str] = {}
        self._topics = {t.id: t for t in scenario.topics}
        self.answered: dict[str, int] = {}
        """How often each topic has been answered."""

    @property
    def name(self) -> str:
        return self.scenario.persona.name

    def _pick(self, key: str, options: list[str]) -> str:
        # A shuffled bag per kind: every phrasing is used before any repeats.
        bag = self._bags.get(key)
        if not bag:
            bag = list(options)
            self._rng.shuffle(bag)
            if len(bag) > 1 and bag[-1] == self._last.get(key):
                bag[0], bag[-1] = bag[-1], bag[0]
            self._bags[key] = bag
        choice = bag.pop()
        self._last[key] = choice
        return choice

    def line(self, kind: str, **fields: object) -> Say:
        options: list[str] = getattr(self.scenario.lines, kind, None) or []
        if not options and kind == "acknowledge":
            options = _DEFAULT_ACKNOWLEDGE
        if not options:
            raise KeyError(f"scenario has no '{kind}' lines")
        text = self._pick(kind, options)
        return Say(_fill(text, fields), kind)

    def answer(self, topic_id: str, brief: bool = False) -> Say:
        topic = self._topics[topic_id]
        text = self._pick(f"topic:{topic_id}", topic.answers)
        self.answered[topic_id] = self.answered.get(topic_id, 0) + 1
        if brief or self.scenario.persona.brief:
            text = first_sentences(text, 2)
        return Say(text, "answer", topic_id)


# The order lines are first needed in a meeting, so a pre-render that runs while the
# meeting starts has the early ones ready first.
_KINDS_IN_ORDER = ["greeting", "purpose_prompt", "purpose_ack", "acknowledge", "thanks_reply",
                   "unknown", "googleable", "job_request", "tangent", "referral", "cut_in",
                   "time_cue", "wrap_up", "over_time", "farewell", "leaving", "underdressed"]


def known_lines(scenario: Scenario) -> list[str]:
    """Every line the persona may say whose words are known before the meeting: what a
    voice can render ahead, so a reply starts at once. Lines that name how early or late
    the user came, and an answer cut short after a wrap-up, are left to render live."""
    lines = scenario.lines
    texts: list[str] = []
    for kind in _KINDS_IN_ORDER:
        options: list[str] = getattr(lines, kind, None) or []
        if kind == "acknowledge" and not options:
            options = _DEFAULT_ACKNOWLEDGE
        if kind == "time_cue":  # at the cue's minute, or fewer when a long turn delays it
            cues = [round(m) for m in scenario.thresholds.time_cue_minutes]
            options = [_fill(o, {"minutes_left": n}) for m in cues for n in range(m, 0, -1)
                       for o in options]
        texts.extend(options)
        if kind == "purpose_ack":
            for topic in scenario.topics:
                for answer in topic.answers:
                    texts.append(first_sentences(answer, 2) if scenario.persona.brief
                                 else answer)
    return list(dict.fromkeys(t for t in texts if "{" not in t))


def _fill(text: str, fields: dict[str, object]) -> str:
    # Only known placeholders are replaced; stray braces in a line are left alone.
    for key, value in fields.items():
        text = text.replace("{" + key + "}", str(value))
    # "about {minutes_left} minutes" must not say "1 minutes".
    return re.sub(r"\b1 minutes\b", "1 minute", text)


def first_sentences(text: str, n: int) -> str:
    return " ".join(SENTENCE_BREAK.split(text.strip())[:n])
