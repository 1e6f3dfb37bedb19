"""A second reader of the explorer's turns, trained on the labelled corpus.

The rules (job_requests, referrals, public_facts...) read meaning through phrase patterns;
each new writer's wording slips past some of them. This reader is a logistic regression
per signal over words and word pairs, with the persona's and the organisation's names
masked, so it keys on how a request is put rather than on whom. On fresh blind sessions
it found the job requests the rules missed (10 of 11 against 4) and referral asks they did
not hear (README, "How accurate is the coach?"). Where the rules know better, they win:
intents.py never lets it overrule a request declined in its own words.

The weights ship in `simulator/data/turn_model.npz`, made by
`python -m simulator.train_turn_model` from the tune split only. Reading needs numpy alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from simulator.small_talk import FIGURES_OF_SPEECH, LIFE_DOMAIN
from simulator.words import tokens

MODEL_PATH = Path(__file__).resolve().parent / "data" / "turn_model.npz"
SIGNALS = ("asks_for_job", "referral_ask", "tangent")
"""What the model says of a turn: the Reading fields it can add to. Not googleable
questions: whether a question is public depends on this persona's profile, which words
alone cannot see (trained on words, it called "how did you get your first job?" public)."""
PERSON, ORGANISATION = "personname", "orgname"
_WORD = re.compile(r"\w+|\?")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")


def masked(text: str, person: str, organisation: str) -> str:
    """`text` lowercased, with the persona's and the organisation's name words replaced:
    "Would Crewbook take me on, Dana?" reads like the same request to anyone."""
    out = text.lower()
    for name, token in ((person, PERSON), (organisation, ORGANISATION)):
        for word in sorted(set(_NAME_WORD.findall(name.lower())), key=len, reverse=True):
            out = re.sub(rf"\b{re.escape(word)}(?:'s)?\b", f" {token} ", out)
    return out


def features(text: str) -> list[str]:
    """The features of already masked text: its words and word pairs ("?" counts as a word).
    Character pieces inside words were tried too: no better on writers left out of
    training, and forty thousand more weights."""
    words = _WORD.findall(text)
    return [f"w:{w}" for w in words] + [f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def turn_features(text: str) -> list[str]:
    """The turn model's features: words and word pairs, and the everyday domain of each
    word the tangent rules know ("life:sport" for "derby" or "rugby"), so a tangent learnt
    in some words of a domain is heard in its others."""
    life = FIGURES_OF_SPEECH.sub(" ", text.lower())
    return features(text) + [f"life:{d}" for d in map(LIFE_DOMAIN.get, tokens(life)) if d]


@dataclass(frozen=True)
class TurnModel:
    vocabulary: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    """One row per signal, one column per feature."""
    intercepts: np.ndarray
    thresholds: np.ndarray
    signals: tuple[str, ...]
    analyzer: Callable[[str], list[str]] = field(default=turn_features, compare=False)
    """Masked text -> its features; the one the model was trained with."""
    floors: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """Per signal, the probability below which the model overrules the rules' reading
    (0: never). Left out, a model that overrules nothing."""

    def __post_init__(self) -> None:
        if not self.floors.size:
            object.__setattr__(self, "floors", np.zeros(len(self.signals)))

    @classmethod
    def load(cls, path: Path = MODEL_PATH,
             analyzer: Callable[[str], list[str]] = turn_features) -> TurnModel:
        with np.load(path, allow_pickle=False) as data:
            return cls({f: i for i, f in enumerate(data["features"].tolist())},
                       data["idf"], data["weights"], data["intercepts"], data["thresholds"],
                       tuple(data["signals"].tolist()), analyzer,
                       data["floors"] if "floors" in data.files else np.zeros(0))

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse tf-idf of masked text (indices, values), l2-normalised over known features:
        the same transform as training's sublinear TfidfTransformer."""
        counts = Counter(i for i in map(self.vocabulary.get, self.analyzer(text))
                         if i is not None)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        index = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = np.array([1.0 + math.log(c) for c in counts.values()]) * self.idf[index]
        return index, values / np.linalg.norm(values)

    def probabilities(self, text: str) -> dict[str, float]:
        index, values = self.vector(text)
        scores = self.weights[:, index] @ values + self.intercepts
        return {s: 1.0 / (1.0 + math.exp(-z)) for s, z in zip(self.signals, scores, strict=True)}

    def says(self, text: str) -> frozenset[str]:
        """The signals whose probability reaches the threshold chosen in training, and is
        the turn's likeliest: asking to be put in touch with people reads a little like
        asking for a job too, but more like a referral ask."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """(what the model says of the turn, the signals whose rules' reading it doubts:
        those below their floor)."""
        probs = self.probabilities(text)
        top = max(probs.values())
        says = frozenset(s for s, t in zip(self.signals, self.thresholds, strict=True)
                         if probs[s] >= t and probs[s] == top)
        doubts = frozenset(s for s, f in zip(self.signals, self.floors, strict=True)
                           if probs[s] < f)
        return says, doubts


@cache
def shipped_model() -> TurnModel | None:
    """The model that ships with the package; None if it is missing (a source checkout
    before training): the rules then read alone."""
    return TurnModel.load() if MODEL_PATH.is_file() else None


