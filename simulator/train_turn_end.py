"""Trains the turn-end model (simulator/turn_end.py) on the corpus's tune split.

    python -m simulator.train_turn_end            # writes simulator/data/turn_end_model.npz
    python -m simulator.train_turn_end --check    # exit 1 if the shipped model is stale
    python -m simulator.train_turn_end --held-out # its figures on the holdout, as numbers

Each finished sentence of a scripted turn is one example: the turn so far up to it, and
whether the turn ends there. Its thresholds are set on predictions for writers left out
of training (folds grouped by writer batch). A statement is taken to end the turn at
STATEMENT_PRECISION: a wrong "it ends here" lets the persona talk into the user's next
sentence, a missed one costs a quarter second; to likely end it at LIKELY_PRECISION (then it
waits past the speaker's own pause between sentences, so a wrong call costs only where they
paused longer than usual). A question is taken to lead on at
QUESTION_PRECISION: a wrong "more follows" costs 0.6 s, a missed one cuts the user off.
Needs scikit-learn (the dev extra); the app reads the result with numpy alone.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from simulator.evaluate import DEFAULT_CORPUS, Session, choose, load_corpus
from simulator.phrases import SENTENCE_BREAK
from simulator.train_turn_model import FOLDS, _sklearn, batch_of, same, save
from simulator.turn_end import (
    ENDING_MODEL_PATH,
    ENDS_TURN,
    EndingModel,
    ending_features,
    load_ending_model,
)
from simulator.turn_model import TurnModel, masked

MIN_DF = 2
"""A feature must occur in this many training sentences."""
C = 4.0
"""Of 1 and 4, writer-grouped folds found more turn ends at the same precision with 4."""
STATEMENT_PRECISION = 0.94
LIKELY_PRECISION = 0.9
QUESTION_PRECISION = 0.7
STATEMENT_THRESHOLDS = np.round(np.linspace(0.5, 0.98, 49), 3)
QUESTION_THRESHOLDS = np.round(np.linspace(0.5, 0.01, 50), 3)
"""Highest first: the most questions taken to lead on at the precision."""


@dataclass
class Ending:
    text: str
    """The turn so far, masked, ending on a finished sentence."""
    ends: bool
    batch: str

    @property
    def question(self) -> bool:
        return self.text.endswith("?")


def endings(sessions: Sequence[Session]) -> list[Ending]:
    from simulator.run import setup_for

    personas: dict[str, Any] = {}
    out = []
    for session in sessions:
        name = session.spec.scenario
        if name not in personas:
            personas[name] = setup_for(name, "script", seed=0).scenario.persona
        persona = personas[name]
        for turn in session.spec.script.turns:
            if not turn.say or not turn.say.strip():
                continue  # `audio:` turns have no script words
            sentences = [s for s in SENTENCE_BREAK.split(turn.say.strip()) if s]
            for k, sentence in enumerate(sentences):
                if sentence[-1] in ".!?":
                    so_far = " ".join(sentences[: k + 1])
                    out.append(Ending(masked(so_far, persona.name, persona.organisation),
                                      k == len(sentences) - 1, batch_of(session.name)))
    return out


_FULL_STOP_BREAK = re.compile(r"(?<=\.)\s+(?=[^.!?]*[.!?]$)")
"""The break before the last sentence, where the sentence before it is a statement."""


def comma_variant(masked_text: str) -> str | None:
    """The turn so far as the recognizer may write it, with its last two sentences joined
    by a comma ("good afternoon, helen, thank you so much for making the time."), or None
    where the last sentence follows no statement. Whisper writes either, and trained on
    full stops alone, the model found 31 % of the turn ends written with such a comma
    against 63 % of the same written with a full stop (writers left out of training, 1,144
    sessions); with the variants, 47 % against 61 %."""
    parts = _FULL_STOP_BREAK.split(masked_text.strip())
    if len(parts) < 2:
        return None
    return " ".join([*parts[:-2], f"{parts[-2][:-1]}, {parts[-1]}"])


def _fit(rows: Sequence[Ending]) -> tuple[Any, Any, Any]:
    """Fits on `rows` and on their comma variants (thresholds are set on `rows` alone). The
    features are those of `rows`: the variants' own word pairs doubled the model (26,085 to
    55,808 features, 8 MB in memory) and found no more turn ends."""
    text, linear_model, _ = _sklearn()
    counts = text.CountVectorizer(analyzer=ending_features, min_df=MIN_DF)
    counts.fit([r.text for r in rows])
    rows = list(rows) + [Ending(v, r.ends, r.batch) for r in rows
                         if (v := comma_variant(r.text)) is not None]
    tfidf = text.TfidfTransformer(sublinear_tf=True)
    x = tfidf.fit_transform(counts.transform([r.text for r in rows]))
    model = linear_model.LogisticRegression(C=C, max_iter=5000)
    return counts, tfidf, model.fit(x, [r.ends for r in rows])


def _probabilities(fit: tuple[Any, Any, Any], rows: Sequence[Ending]) -> np.ndarray:
    counts, tfidf, model = fit
    return model.predict_proba(tfidf.transform(counts.transform([r.text for r in rows])))[:, 1]


@dataclass(frozen=True)
class Calls:
    """How one kind of call ("ends here" for statements, "goes on" for questions) fares."""

    right: int
    of: int
    """Sentences where the call is true."""
    wrong: int
    others: int

    @property
    def precision(self) -> float:
        said = self.right + self.wrong
        return self.right / said if said else 1.0

    def line(self, what: str) -> str:
        return (f"{what}: {self.right}/{self.of} found ({self.right / max(1, self.of):.2f}), "
                f"wrongly {self.wrong}/{self.others} ({self.wrong / max(1, self.others):.3f}), "
                f"precision {self.precision:.3f}")


def _calls(kind: np.ndarray, truth: np.ndarray, said: np.ndarray) -> Calls:
    """Among sentences of `kind`: the call `said` against where it is `truth`."""
    truth, said = truth & kind, said & kind
    return Calls(int((said & truth).sum()), int(truth.sum()), int((said & ~truth).sum()),
                 int((kind & ~truth).sum()))


def statement_calls(rows: Sequence[Ending], probs: np.ndarray, threshold: float) -> Calls:
    ends = np.array([r.ends for r in rows])
    return _calls(~np.array([r.question for r in rows]), ends, probs >= threshold)


def question_calls(rows: Sequence[Ending], probs: np.ndarray, threshold: float) -> Calls:
    ends = np.array([r.ends for r in rows])
    return _calls(np.array([r.question for r in rows]), ~ends, probs < threshold)


def out_of_fold(rows: Sequence[Ending]) -> np.ndarray:
    _, _, model_selection = _sklearn()
    probs = np.zeros(len(rows))
    groups = [r.batch for r in rows]
    for train, test in model_selection.GroupKFold(FOLDS).split(rows, groups=groups):
        probs[test] = _probabilities(_fit([rows[i] for i in train]), [rows[i] for i in test])
    return probs


def choose_thresholds(rows: Sequence[Ending], probs: np.ndarray) -> tuple[float, float, float]:
    """The loosest thresholds that still reach each precision (0 = never "goes on"):
    statements ending the turn, likely ending it, questions leading on."""
    statement, likely = (next((float(t) for t in STATEMENT_THRESHOLDS
                               if statement_calls(rows, probs, float(t)).precision >= precision),
                              1.0) for precision in (STATEMENT_PRECISION, LIKELY_PRECISION))
    question = next((float(t) for t in QUESTION_THRESHOLDS
                     if question_calls(rows, probs, float(t)).precision >= QUESTION_PRECISION),
                    0.0)
    return statement, likely, question


def train(rows: Sequence[Ending]) -> EndingModel:
    statement, likely, question = choose_thresholds(rows, out_of_fold(rows))
    counts, tfidf, model = _fit(rows)
    turn_model = TurnModel(
        {f: i for i, f in enumerate(counts.get_feature_names_out().tolist())},
        tfidf.idf_.astype(np.float64), model.coef_.astype(np.float64),
        model.intercept_.astype(np.float64), np.array([statement]), (ENDS_TURN,),
        ending_features)
    return EndingModel(turn_model, statement, likely, question)


def figures(rows: Sequence[Ending], probs: np.ndarray, ending: EndingModel) -> list[str]:
    return ["  " + statement_calls(rows, probs, ending.statement_ends).line(
                "statements taken to end the turn"),
            "  " + statement_calls(rows, probs, ending.statement_likely).line(
                "statements taken to likely end it"),
            "  " + question_calls(rows, probs, ending.question_goes_on).line(
                "questions taken to lead on")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simulator.train_turn_end",
                                     description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped model differs from one trained now")
    action.add_argument("--held-out", action="store_true",
                        help="its figures on tune writers left out, and on the holdout")
    args = parser.parse_args(argv)
    sessions = load_corpus(DEFAULT_CORPUS)
    rows = endings(choose(sessions, "tune"))
    ending = train(rows)
    if args.held_out:
        print("tune, each writer batch left out of training:")
        print("\n".join(figures(rows, out_of_fold(rows), ending)))
        held = endings(choose(sessions, "holdout"))
        if not held:
            print("holdout: no sessions")
            return 0
        print("holdout:")
        print("\n".join(figures(held, np.array([ending.probability(r.text) for r in held]),
                                ending)))
        return 0
    if args.check:
        shipped = load_ending_model() if ENDING_MODEL_PATH.is_file() else None
        if shipped is not None and same(ending.model, shipped.model) \
                and ending.question_goes_on == shipped.question_goes_on \
                and ending.statement_likely == shipped.statement_likely:
            print(f"{ENDING_MODEL_PATH.name} is current")
            return 0
        print(f"{ENDING_MODEL_PATH} is stale: run python -m simulator.train_turn_end")
        return 1
    save(ending.model, ENDING_MODEL_PATH, question_goes_on=np.array(ending.question_goes_on),
         statement_likely=np.array(ending.statement_likely))
    print(f"wrote {ENDING_MODEL_PATH} ({len(ending.model.vocabulary)} features; a statement "
          f"ends the turn from {ending.statement_ends:.2f}, likely from "
          f"{ending.statement_likely:.2f}, a question leads on below "
          f"{ending.question_goes_on:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
