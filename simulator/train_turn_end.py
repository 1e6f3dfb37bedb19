"""Trains the turn-end model (simulator/turn_end.py) on the corpus's tune split.

    python -m simulator.train_turn_end            # writes simulator/data/turn_end_model.npz
    python -m simulator.train_turn_end --check    # exit 1 if the shipped model is stale
    python -m simulator.train_turn_end --held-out # its figures on the holdout, as numbers

Each statement sentence of a scripted turn is one example: the turn so far up to it, and
whether the turn ends there. The threshold is the lowest whose precision on writers left out
of training (folds grouped by writer batch) reaches PRECISION_GOAL: a wrong "it ends here"
makes the persona talk into the user's next sentence, a missed one costs a quarter second.
Needs scikit-learn (the dev extra); the app reads the result with numpy alone.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from simulator.evaluate import DEFAULT_CORPUS, Session, choose, load_corpus
from simulator.phrases import SENTENCE_BREAK
from simulator.train_turn_model import FOLDS, _sklearn, batch_of, same, save
from simulator.turn_end import ENDING_MODEL_PATH, ENDS_TURN, ending_features
from simulator.turn_model import TurnModel, masked

C = 4.0
"""Of 1 and 4, writer-grouped folds found more turn ends at the same precision with 4."""
PRECISION_GOAL = 0.94
THRESHOLDS = np.round(np.linspace(0.5, 0.98, 49), 3)


@dataclass
class Ending:
    text: str
    """The turn so far, masked, ending on a statement."""
    ends: bool
    batch: str


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
                if sentence[-1] in ".!":
                    so_far = " ".join(sentences[: k + 1])
                    out.append(Ending(masked(so_far, persona.name, persona.organisation),
                                      k == len(sentences) - 1, batch_of(session.name)))
    return out


def _fit(rows: Sequence[Ending]) -> tuple[Any, Any, Any]:
    text, linear_model, _ = _sklearn()
    counts = text.CountVectorizer(analyzer=ending_features, min_df=2)
    tfidf = text.TfidfTransformer(sublinear_tf=True)
    x = tfidf.fit_transform(counts.fit_transform([r.text for r in rows]))
    model = linear_model.LogisticRegression(C=C, max_iter=5000)
    return counts, tfidf, model.fit(x, [r.ends for r in rows])


def _probabilities(fit: tuple[Any, Any, Any], rows: Sequence[Ending]) -> np.ndarray:
    counts, tfidf, model = fit
    return model.predict_proba(tfidf.transform(counts.transform([r.text for r in rows])))[:, 1]


@dataclass(frozen=True)
class Cuts:
    ends_found: int
    ends: int
    wrong: int
    """Sentences another followed, taken for the turn's end."""
    continued: int

    @property
    def precision(self) -> float:
        said = self.ends_found + self.wrong
        return self.ends_found / said if said else 1.0

    def line(self) -> str:
        return (f"turn ends found {self.ends_found}/{self.ends} "
                f"({self.ends_found / max(1, self.ends):.2f}), sentences taken for an end "
                f"though more followed {self.wrong}/{self.continued} "
                f"({self.wrong / max(1, self.continued):.3f}), precision {self.precision:.3f}")


def cuts(rows: Sequence[Ending], probs: np.ndarray, threshold: float) -> Cuts:
    truth = np.array([r.ends for r in rows])
    said = probs >= threshold
    return Cuts(int((said & truth).sum()), int(truth.sum()), int((said & ~truth).sum()),
                int((~truth).sum()))


def out_of_fold(rows: Sequence[Ending]) -> np.ndarray:
    _, _, model_selection = _sklearn()
    probs = np.zeros(len(rows))
    groups = [r.batch for r in rows]
    for train, test in model_selection.GroupKFold(FOLDS).split(rows, groups=groups):
        probs[test] = _probabilities(_fit([rows[i] for i in train]), [rows[i] for i in test])
    return probs


def choose_threshold(rows: Sequence[Ending], probs: np.ndarray) -> float:
    for threshold in THRESHOLDS:
        if cuts(rows, probs, float(threshold)).precision >= PRECISION_GOAL:
            return float(threshold)
    return float(THRESHOLDS[-1])


def train(rows: Sequence[Ending]) -> TurnModel:
    threshold = choose_threshold(rows, out_of_fold(rows))
    counts, tfidf, model = _fit(rows)
    return TurnModel({f: i for i, f in enumerate(counts.get_feature_names_out().tolist())},
                     tfidf.idf_.astype(np.float64), model.coef_.astype(np.float64),
                     model.intercept_.astype(np.float64), np.array([threshold]), (ENDS_TURN,),
                     ending_features)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simulator.train_turn_end",
                                     description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped model differs from one trained now")
    action.add_argument("--held-out", action="store_true",
                        help="train on tune, print its figures on the holdout")
    args = parser.parse_args(argv)
    sessions = load_corpus(DEFAULT_CORPUS)
    rows = endings(choose(sessions, "tune"))
    model = train(rows)
    if args.held_out:
        probs = out_of_fold(rows)
        print(f"tune, writers left out: {cuts(rows, probs, model.thresholds[0]).line()}")
        held = endings(choose(sessions, "holdout"))
        probs = np.array([model.probabilities(r.text)[ENDS_TURN] for r in held])
        print(f"holdout: {cuts(held, probs, model.thresholds[0]).line()}")
        return 0
    if args.check:
        if ENDING_MODEL_PATH.is_file() and same(
                model, TurnModel.load(ENDING_MODEL_PATH, analyzer=ending_features)):
            print(f"{ENDING_MODEL_PATH.name} is current")
            return 0
        print(f"{ENDING_MODEL_PATH} is stale: run python -m simulator.train_turn_end")
        return 1
    save(model, ENDING_MODEL_PATH)
    print(f"wrote {ENDING_MODEL_PATH} ({len(model.vocabulary)} features; threshold "
          f"{model.thresholds[0]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
