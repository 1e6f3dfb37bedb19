"""Packs as a unit: finding one, loading it (a broken scenario is set aside, not fatal),
choosing the order, remembering progress across runs, summing up, and self-testing.

The progress file (private, in the data dir):

    <data dir>/packs-progress/<pack-id>.json
      {"schema": 1, "pack": "starter", "pack_dir": "...", "seed": null,
       "scenarios": [{"id": "nurse", "scenario": "starter/nurse", "status": "done",
                      "session": "<folder>", "findings": ["tangent"], "pitfalls": []}, ...]}
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from simulator.catalog import PACK_FILE, ScenarioRef, find_packs, pack_order, scenario_files
from simulator.errors import NotFound, Problem, ScenarioError, SimError
from simulator.paths import data_dir
from simulator.record import Finding, Mode
from simulator.scenario import Candidate, Expect, Scenario, load_pack_file, load_scenario

Status = Literal["unfinished", "done"]


class ProgressError(SimError):
    """A progress file that cannot be used; the message says what to do."""


# --- finding and loading a pack -----------------------------------------------------------


def find_pack(spec: str) -> Path:
    """A pack id (a folder under a scenario root) or a pack folder anywhere."""
    path = Path(spec).expanduser()
    looks_like_path = "/" in spec or os.sep in spec or spec.startswith((".", "~"))
    if not looks_like_path:
        for pack_dir in find_packs():
            if pack_dir.name == spec:
                return pack_dir
    if path.is_dir():
        return path.resolve()
    if looks_like_path:
        raise NotFound(f"{spec}: no such folder")
    known = ", ".join(p.name for p in find_packs()) or "none"
    raise NotFound(f"{spec}: no such pack (known: {known}; or give a pack folder's path)")


@dataclass
class Entry:
    """One scenario of a pack: loaded, or set aside with the problems that broke it."""

    ref: ScenarioRef
    scenario: Scenario | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.ref.path.stem

    @property
    def name(self) -> str:
        return self.ref.qualified


@dataclass
class LoadedPack:
    dir: Path
    title: str
    entries: list[Entry]
    problems: list[Problem]
    """Problems with pack.yaml itself; the scenarios then run in file-name order."""

    @property
    def id(self) -> str:
        return self.dir.name

    def select(self, only: list[str]) -> list[Entry]:
        """The entries named by `only` (ids or pack/id), in pack order; all when empty."""
        if not only:
            return list(self.entries)
        wanted = {o.rpartition("/")[2] for o in only}
        unknown = sorted(wanted - {e.id for e in self.entries})
        if unknown:
            known = ", ".join(e.id for e in self.entries)
            raise NotFound(f"{self.id}: no scenario {', '.join(unknown)} (has: {known})")
        return [e for e in self.entries if e.id in wanted]


def _inside(root: Path, target: Path) -> bool:
    return target.resolve().is_relative_to(root.resolve())


def load_pack(pack_dir: Path) -> LoadedPack:
    """Every scenario of the pack, in the pack's order; none of its files may lead outside it."""
    pack_dir = pack_dir.resolve()
    pack_file = pack_dir / PACK_FILE
    problems: list[Problem] = []
    title = pack_dir.name
    if pack_file.exists() and not _inside(pack_dir, pack_file):
        problems.append(Problem(pack_file, None, "", "path leaves the pack folder"))
        refs = [ScenarioRef(p, pack_dir) for p in scenario_files(pack_dir)]
    else:
        try:
            pack, refs = pack_order(pack_dir)
            title = pack.title
        except ScenarioError as exc:
            problems += exc.problems
            refs = [ScenarioRef(p, pack_dir) for p in scenario_files(pack_dir)]
            with contextlib.suppress(ScenarioError):  # its problems are listed already
                title = load_pack_file(pack_file).title
    entries = []
    for ref in refs:
        if not _inside(pack_dir, ref.path):
            entries.append(Entry(ref, None, [Problem(ref.path, None, "",
                                                     "path leaves the pack folder")]))
            continue
        try:
            entries.append(Entry(ref, load_scenario(ref.path, pack_dir)))
        except ScenarioError as exc:
            entries.append(Entry(ref, None, exc.problems))
    if not refs:
        problems.append(Problem(pack_dir, None, "", "no scenario files in this pack"))
    return LoadedPack(pack_dir, title, entries, problems)


def run_order(entries: list[Entry], shuffle: bool, seed: int | None) -> list[Entry]:
    if not shuffle:
        return list(entries)
    shuffled = list(entries)
    random.Random(seed).shuffle(shuffled)
    return shuffled


# --- progress -------------------------------------------------------------------------------


def progress_path(pack_id: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_-]", "-", pack_id) or "pack"
    return data_dir() / "packs-progress" / f"{safe}.json"


def new_progress(pack: LoadedPack, order: list[Entry], seed: int | None) -> dict[str, Any]:
    return {"schema": 1, "pack": pack.id, "pack_dir": str(pack.dir), "seed": seed,
            "scenarios": [{"id": e.id, "scenario": e.name, "status": "unfinished",
                           "session": None, "findings": [], "pitfalls": []} for e in order]}


def read_progress(pack: LoadedPack) -> dict[str, Any] | None:
    """The saved run of this pack folder, or None when there is none."""
    path = progress_path(pack.id)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ok = data.get("schema") == 1 and all(
            isinstance(s.get("id"), str) and s.get("status") in ("unfinished", "done")
            for s in data["scenarios"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise ProgressError(f"{path}: unreadable progress file; run without --resume to start over")
    if data.get("pack_dir") != str(pack.dir):
        return None  # a different folder with the same name: its progress is not ours
    return dict(data)


def write_progress(progress: dict[str, Any]) -> Path:
    """Atomically, privately: an interrupted write never leaves half a file."""
    path = progress_path(progress["pack"])
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".progress-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(progress, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)
    return path


def resume_order(pack: LoadedPack, progress: dict[str, Any]) -> list[Entry]:
    """The saved order, dropping scenarios the pack no longer has."""
    by_id = {e.id: e for e in pack.entries}
    kept = [s for s in progress["scenarios"] if s["id"] in by_id]
    progress["scenarios"] = kept
    return [by_id[s["id"]] for s in kept]


def mark_done(progress: dict[str, Any], entry_id: str, session: Path | None,
              findings: list[Finding]) -> None:
    for item in progress["scenarios"]:
        if item["id"] == entry_id:
            item.update(status="done", session=str(session) if session else None,
                        findings=[f.code for f in findings],
                        pitfalls=[f.code for f in findings if f.severity == "pitfall"])


# --- one meeting of a pack run -------------------------------------------------------------


@dataclass
class PlayMode:
    """How the user chose to hold each meeting of the run."""

    text: bool = False
    candidate: str | None = None
    """Self-play: each scenario's candidate of this id plays the user."""
    voice: Any = None
    """VoiceOptions for spoken meetings; None for typed or scripted text."""
    audio_files: bool = False
    clock: str = "real"
    quiet: bool = False

    @property
    def label(self) -> str:
        if self.candidate is not None:
            how = ("as text" if self.voice is None
                   else "on audio files" if self.audio_files else "through devices")
            return f"self-play by candidate '{self.candidate}', {how}"
        return "typed" if self.text else "spoken, through devices"


def play_entry(entry: Entry, mode: PlayMode, seed: int | None, console: Any) -> Any:
    """One meeting of the pack in the chosen mode; returns its Outcome."""
    from simulator import run as runs
    from simulator.display import TranscriptPrinter
    from simulator.scenario import candidate_script
    from simulator.session import Setup

    scenario = entry.scenario
    assert scenario is not None
    kind: Mode = "voice" if mode.voice is not None else "text" if mode.text else "script"
    setup = Setup(entry.ref, scenario, kind, seed)
    printer = None if mode.quiet else TranscriptPrinter(console, scenario.persona.name)

    def warn(message: str) -> None:
        console.print(f"[yellow]warning:[/] {message}")

    if mode.candidate is None:
        if mode.voice is None:
            return runs.run_typed(setup, None, console, mode.clock)
        return runs.run_voiced(setup, mode.voice, None, False, None, console, mode.quiet)
    chosen = next((c for c in scenario.candidates if c.id == mode.candidate), None)
    if chosen is None:
        names = ", ".join(c.id for c in scenario.candidates) or "none"
        raise ScenarioError([Problem(entry.ref.path, None, "candidates",
                                     f"no candidate '{mode.candidate}' (has: {names})")])
    script, where = candidate_script(scenario, chosen, entry.ref.path, entry.ref.pack_dir)
    console.print(f"[bold]{scenario.title}[/] — {scenario.persona.name}, {scenario.persona.role}"
                  f" ({scenario.minutes} min). Candidate '{chosen.id}' plays the user.")
    if mode.voice is None:
        return runs.run_script(setup, script, where, None, printer)
    from simulator.voice_run import run_voice

    runs.apply_script(setup, script)
    return run_voice(setup, mode.voice, None, files=mode.audio_files, script=script,
                     script_path=where, observer=printer, warn=warn)


# --- the summary ----------------------------------------------------------------------------


@dataclass
class SummaryRow:
    scenario: str
    status: Status
    findings: list[str]
    pitfalls: int
    previous_pitfalls: int | None = None
    """The pitfall count of the meeting before this one (None for the first)."""
    gone: list[str] = field(default_factory=list)
    """Findings of the meeting before that this one no longer has."""
    new: list[str] = field(default_factory=list)


def summarize(progress: dict[str, Any]) -> list[SummaryRow]:
    """Findings per scenario, and what changed from each finished meeting to the next."""
    rows = []
    previous: SummaryRow | None = None
    for item in progress["scenarios"]:
        row = SummaryRow(item["scenario"], item["status"], list(item.get("findings", [])),
                         len(item.get("pitfalls", [])))
        if row.status == "done":
            if previous is not None:
                row.previous_pitfalls = previous.pitfalls
                row.gone = [c for c in previous.findings if c not in row.findings]
                row.new = [c for c in row.findings if c not in previous.findings]
            previous = row
        rows.append(row)
    return rows


def trend(rows: list[SummaryRow]) -> str:
    counts = [r.pitfalls for r in rows if r.status == "done"]
    if len(counts) < 2:
        return ""
    arrow = " → ".join(str(c) for c in counts)
    verdict = ("fewer by the end" if counts[-1] < counts[0]
               else "more by the end" if counts[-1] > counts[0] else "level")
    return f"Pitfalls per meeting: {arrow} ({verdict})."


# --- self-tests -----------------------------------------------------------------------------


@dataclass
class TestResult:
    name: str
    """pack/scenario:candidate, or pack/scenario for a scenario-level check."""
    outcome: Literal["pass", "fail", "skip"]
    message: str = ""
    details: list[str] = field(default_factory=list)
    seconds: float = 0.0


def unmet(expect: Expect, findings: list[Finding]) -> list[str]:
    """What the expectation wanted and did not get; empty when it holds."""
    codes = [f.code for f in findings]
    reasons = [f"expected {', '.join(c for c in expect.must if c not in codes)}"] \
        if any(c not in codes for c in expect.must) else []
    banned = [c for c in expect.must_not if c in codes]
    if banned:
        reasons.append(f"expected no {', '.join(banned)}")
    if expect.no_pitfalls and any(f.severity == "pitfall" for f in findings):
        reasons.append("expected no pitfalls")
    return reasons


def coverage_failures(entry: Entry) -> list[TestResult]:
    """Each scenario needs a clean candidate and a flawed one, so both paths are tested."""
    assert entry.scenario is not None
    out = []
    candidates = entry.scenario.candidates
    if not any(c.expect.no_pitfalls for c in candidates):
        out.append(TestResult(entry.name, "fail",
                              "no clean candidate (one with expect: {no_pitfalls: true})"))
    if not any(c.expect.must for c in candidates):
        out.append(TestResult(entry.name, "fail",
                              "no flawed candidate (one with expect: {must: [some finding]})"))
    return out


def _play_candidate(entry: Entry, candidate: Candidate, seed: int | None,
                    voice: Any, warn: Callable[[str], None]) -> list[Finding]:
    from simulator.run import apply_script, run_script
    from simulator.scenario import candidate_script
    from simulator.session import Setup

    assert entry.scenario is not None
    script, where = candidate_script(entry.scenario, candidate, entry.ref.path, entry.ref.pack_dir)
    setup = Setup(entry.ref, entry.scenario, "script" if voice is None else "voice", seed)
    if voice is None:
        return run_script(setup, script, where, None, write=False).findings
    from simulator.voice_run import run_voice

    apply_script(setup, script)
    with tempfile.TemporaryDirectory(prefix="interview-sim-test-") as scratch:
        return run_voice(setup, voice, Path(scratch), files=True, script=script,
                         script_path=where, warn=warn).findings


def self_test(entries: list[Entry], seed: int | None = 1, voice: Any = None,
              warn: Callable[[str], None] = lambda m: None) -> Iterator[TestResult]:
    """Every candidate of every scenario against its expectations, one result at a time."""
    for entry in entries:
        if entry.scenario is None:
            yield TestResult(entry.name, "fail", "the scenario does not load",
                             [str(p) for p in entry.problems])
            continue
        yield from coverage_failures(entry)
        for candidate in entry.scenario.candidates:
            name = f"{entry.name}:{candidate.id}"
            started = time.monotonic()
            try:
                findings = _play_candidate(entry, candidate, seed, voice, warn)
            except ScenarioError as exc:
                audio_only = voice is None and all(
                    "need a voice run" in p.message for p in exc.problems)
                yield TestResult(name, "skip" if audio_only else "fail",
                                 "audio turns need --voice" if audio_only
                                 else "the candidate's script does not load",
                                 [] if audio_only else [str(p) for p in exc.problems])
                continue
            seconds = time.monotonic() - started
            reasons = unmet(candidate.expect, findings)
            if reasons:
                got = ", ".join(f.code for f in findings)
                yield TestResult(name, "fail", f"{'; '.join(reasons)}, got [{got}]",
                                 seconds=seconds)
            else:
                yield TestResult(name, "pass", seconds=seconds)
