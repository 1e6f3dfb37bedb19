"""Coaching accuracy: run a labelled corpus of scripted sessions and score the findings.

Each corpus file is one session: a scenario, a split (`tune` sessions may guide detector
changes; `holdout` sessions never do), a Script, and the finding codes it `must` and
`must_not` produce. For every session and every code in must ∪ must_not: a must code found
is a true positive, missing a false negative; a must_not code found is a false positive,
absent a true negative. Codes in neither list are not scored.

The text path runs the script on the simulated clock; the voice path synthesises every turn
in a second espeak voice, plays it through the audio loop on files and reads it back with
the real recognizer, so the findings are judged on what was actually heard.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import model_validator

from simulator.errors import NotFound, ScenarioError
from simulator.scenario import FindingCode, Script, Strict, parse

Split = Literal["tune", "holdout"]
Route = Literal["text", "voice"]
SPLITS: tuple[Split, ...] = ("tune", "holdout")
GOALS: dict[Route, float] = {"text": 0.95, "voice": 0.90}
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
_TEXT_CHARS = 90


class SessionFile(Strict):
    """One corpus file."""

    scenario: str
    split: Split
    note: str = ""
    script: Script
    must: list[FindingCode] = []
    must_not: list[FindingCode] = []

    @model_validator(mode="after")
    def _disjoint(self) -> SessionFile:
        both = sorted(set(self.must) & set(self.must_not))
        if both:
            raise ValueError(f"codes in both must and must_not: {', '.join(both)}")
        if not self.must and not self.must_not:
            raise ValueError("a session scores nothing without must or must_not codes")
        return self


@dataclass(frozen=True)
class Session:
    name: str
    path: Path
    spec: SessionFile


def load_corpus(folder: Path) -> list[Session]:
    """Every *.yaml in `folder`, sorted by name; all problems reported at once."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"no corpus folder at {folder}")
    sessions, problems = [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            spec, _ = parse(SessionFile, path)
        except ScenarioError as exc:
            problems += exc.problems
            continue
        sessions.append(Session(path.stem, path, spec))
    if problems:
        raise ScenarioError(problems)
    if not sessions:
        raise NotFound(f"no sessions (*.yaml) in {folder}")
    return sessions


def choose(sessions: Sequence[Session], split: str = "all",
           limit: int | None = None) -> list[Session]:
    """The sessions of one split (or all); `limit` picks that many spread evenly over the
    sorted list, so a small sample still crosses scenarios and both splits."""
    picked = [s for s in sessions if split == "all" or s.spec.split == split]
    if limit is not None and 0 < limit < len(picked):
        step = len(picked) / limit
        picked = [picked[int(i * step)] for i in range(limit)]
    return picked


# --- running ------------------------------------------------------------------------------


@dataclass
class Run:
    """One session on one path: which codes were found, and what the user was heard saying."""

    session: Session
    path: Route
    found: set[str] = field(default_factory=set)
    finding_turns: dict[str, list[int]] = field(default_factory=dict)
    turns: list[tuple[str, str]] = field(default_factory=list)
    """(speaker, text) for every turn, as the meeting recorded it."""
    metrics: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def _collect(run: Run, outcome: Any) -> Run:
    for f in outcome.findings:
        run.found.add(f.code)
        if f.turn is not None:
            run.finding_turns.setdefault(f.code, []).append(f.turn)
    run.turns = [(t.speaker, t.text) for t in outcome.record.turns]
    run.metrics = dict(outcome.metrics)
    return run


def run_text(session: Session) -> Run:
    from simulator.run import run_script, setup_for

    setup = setup_for(session.spec.scenario, "script", seed=0)
    outcome = run_script(setup, session.spec.script, session.path, None, write=False)
    return _collect(Run(session, "text"), outcome)


@contextmanager
def private_home() -> Iterator[Path]:
    """A throwaway INTERVIEW_SIM_HOME, so voice sessions (and voice caches) do not pile up."""
    before = os.environ.get("INTERVIEW_SIM_HOME")
    with tempfile.TemporaryDirectory(prefix="interview-sim-eval-") as home:
        os.environ["INTERVIEW_SIM_HOME"] = home
        try:
            yield Path(home)
        finally:
            if before is None:
                os.environ.pop("INTERVIEW_SIM_HOME", None)
            else:
                os.environ["INTERVIEW_SIM_HOME"] = before


def run_voice_session(session: Session, home: Path) -> Run:
    """Turns synthesised, played through the loop on files, recognised for real."""
    from simulator.run import apply_script, setup_for
    from simulator.voice_run import VoiceError, VoiceOptions, run_voice

    setup = apply_script(setup_for(session.spec.scenario, "voice", seed=0), session.spec.script)
    try:
        outcome = run_voice(setup, VoiceOptions(), home / "sessions" / session.name, files=True,
                            script=session.spec.script, script_path=session.path)
    except VoiceError as exc:
        return Run(session, "voice", error=str(exc))
    return _collect(Run(session, "voice"), outcome)


def run_all(sessions: Sequence[Session], voice: bool = False,
            progress: Callable[[Run], None] | None = None) -> list[Run]:
    runs = []
    for session in sessions:
        runs.append(run_text(session))
        if progress:
            progress(runs[-1])
    if voice:
        with private_home() as home:
            for session in sessions:
                runs.append(run_voice_session(session, home))
                if progress:
                    progress(runs[-1])
    return runs


# --- scoring ------------------------------------------------------------------------------


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def meets(self, goal: float) -> bool:
        return all(v is None or v >= goal for v in (self.precision, self.recall))

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": _round(self.precision), "recall": _round(self.recall)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@dataclass(frozen=True)
class Confusion:
    session: str
    path: Route
    split: Split
    code: str
    expected: bool
    got: bool
    texts: tuple[str, ...]
    """The turn(s) the finding points at; for a miss, what the user said."""

    def to_dict(self) -> dict[str, Any]:
        return {"session": self.session, "path": self.path, "split": self.split,
                "code": self.code, "expected": "found" if self.expected else "absent",
                "got": "found" if self.got else "absent", "texts": list(self.texts)}


Table = dict[str, Tally]
"""Finding code -> counts."""


@dataclass
class Scores:
    tables: dict[tuple[Route, Split], Table] = field(default_factory=dict)
    confusions: list[Confusion] = field(default_factory=list)
    errors: list[tuple[str, Route, str]] = field(default_factory=list)
    sessions: dict[tuple[Route, Split], int] = field(default_factory=dict)

    def table(self, path: Route, split: Split) -> Table:
        return self.tables.setdefault((path, split), {})

    def failing(self) -> list[tuple[Route, Split, str]]:
        """(path, split, code) for every code below its path's goal."""
        return [(p, s, code) for (p, s), table in self.tables.items()
                for code, tally in table.items() if not tally.meets(GOALS[p])]


def score(runs: Sequence[Run]) -> Scores:
    out = Scores()
    for run in runs:
        spec = run.session.spec
        key = (run.path, spec.split)
        out.sessions[key] = out.sessions.get(key, 0) + 1
        if run.error is not None:
            out.errors.append((run.session.name, run.path, run.error))
            continue
        table = out.table(*key)
        for code, expected in [*((c, True) for c in spec.must),
                               *((c, False) for c in spec.must_not)]:
            got = code in run.found
            tally = table.setdefault(code, Tally())
            if expected and got:
                tally.tp += 1
            elif expected:
                tally.fn += 1
            elif got:
                tally.fp += 1
            else:
                tally.tn += 1
            if expected != got:
                out.confusions.append(Confusion(run.session.name, run.path, spec.split, code,
                                                expected, got, _evidence(run, code)))
    return out


def _evidence(run: Run, code: str) -> tuple[str, ...]:
    """The turns a wrong finding points at; else every user turn (a miss has no turn)."""
    turns = run.finding_turns.get(code)
    if turns:
        return tuple(run.turns[i][1] for i in turns)
    return tuple(text for speaker, text in run.turns if speaker == "user")


# --- the report ---------------------------------------------------------------------------


def _pct(v: float | None) -> str:
    return "   —" if v is None else f"{v:4.2f}"


def report_lines(scores: Scores) -> list[str]:
    lines: list[str] = []
    for path in ("text", "voice"):
        goal = GOALS[path]
        for split in SPLITS:
            table = scores.tables.get((path, split))
            if table is None:
                continue
            n = scores.sessions.get((path, split), 0)
            lines.append(f"{path} path, {split} split ({n} sessions), goal {goal:.2f} per code")
            lines.append(f"  {'code':<22}{'prec':>6}{'recall':>8}  {'tp':>3} {'fp':>3} "
                         f"{'fn':>3} {'tn':>3}  goal")
            for code in sorted(table):
                t = table[code]
                verdict = "ok" if t.meets(goal) else "BELOW"
                lines.append(f"  {code:<22}{_pct(t.precision):>6}{_pct(t.recall):>8}  "
                             f"{t.tp:>3} {t.fp:>3} {t.fn:>3} {t.tn:>3}  {goal:.2f} {verdict}")
            lines.append("")
    for name, path, error in scores.errors:
        lines.append(f"error: {name} ({path}): {error}")
    if scores.confusions:
        lines.append(f"confusions ({len(scores.confusions)}):")
        for c in scores.confusions:
            lines.append(f"  {c.session} [{c.path}, {c.split}] {c.code}: expected "
                         f"{'found' if c.expected else 'absent'}, got "
                         f"{'found' if c.got else 'absent'}")
            for text in c.texts:
                short = text if len(text) <= _TEXT_CHARS else text[:_TEXT_CHARS - 3] + "..."
                lines.append(f"      \"{short}\"")
    else:
        lines.append("confusions: none")
    return lines


def report_json(scores: Scores, runs: Sequence[Run]) -> dict[str, Any]:
    return {
        "goals": GOALS,
        "tables": {f"{p}/{s}": {code: t.to_dict() for code, t in sorted(table.items())}
                   for (p, s), table in scores.tables.items()},
        "sessions": {f"{p}/{s}": n for (p, s), n in scores.sessions.items()},
        "confusions": [c.to_dict() for c in scores.confusions],
        "errors": [{"session": n, "path": p, "error": e} for n, p, e in scores.errors],
        "speech": {r.session.name: r.metrics.get("speech") for r in runs
                   if r.path == "voice" and r.metrics.get("speech")},
        "failing": [f"{p}/{s}/{c}" for p, s, c in scores.failing()],
    }
