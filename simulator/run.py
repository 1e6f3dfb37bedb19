"""Running meetings in each mode: what the CLI's run and demo commands call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from simulator.catalog import resolve
from simulator.clock import RealClock, SimClock
from simulator.errors import NotFound
from simulator.record import Mode
from simulator.recording import SessionWriter, open_session
from simulator.scenario import Script, candidate_script, load_prep, load_script
from simulator.scripted import play_script
from simulator.session import Outcome, Setup, conclude, late_start_s
from simulator.typed import play_typed


def setup_for(spec: str, mode: Mode, seed: int | None = None, prep_file: Path | None = None,
              arrive_early: float | None = None, attire: str | None = None) -> Setup:
    ref = resolve(spec)
    prep = load_prep(prep_file) if prep_file else None
    return Setup(ref, ref.load(), mode, seed,
                 arrive_minutes_early=5.0 if arrive_early is None else arrive_early,
                 attire=attire if attire is not None else (prep.attire if prep else None),
                 prep=prep)


def apply_script(setup: Setup, script: Script) -> Setup:
    """A script's own arrival, attire and prep, unless the command line said otherwise."""
    setup.arrive_minutes_early = script.arrive_minutes_early
    if setup.attire is None:
        setup.attire = script.attire or (script.prep.attire if script.prep else None)
    if setup.prep is None and script.prep is not None:
        setup.prep = script.prep
    return setup


def run_script(setup: Setup, script: Script, script_path: Path, out: Path | None,
               observer: Any = None, write: bool = True) -> Outcome:
    setup = apply_script(setup, script)
    clock = SimClock(start=late_start_s(setup.arrive_minutes_early))
    meeting = setup.meeting(clock)
    if observer is not None:
        meeting.observers.append(observer)
    if not write:
        play_script(meeting, script, clock, script_path)
        return conclude(meeting, setup, out, write=False)
    session = open_session(setup, out)
    with _abandon_on_error(session):
        session.attach(meeting, setup)
        play_script(meeting, script, clock, script_path)
    return conclude(meeting, setup, out, session=session)


@contextmanager
def _abandon_on_error(session: SessionWriter) -> Iterator[None]:
    """A meeting that breaks (or is interrupted) keeps its folder for `recover`."""
    try:
        yield
    except BaseException:
        session.abandon()
        raise


def _printer(setup: Setup, console: Any) -> Any:
    from simulator.display import TranscriptPrinter

    return TranscriptPrinter(console, setup.scenario.persona.name)


def run_scripted(setup: Setup, script_file: Path, out: Path | None, console: Any,
                 quiet: bool = False) -> Outcome:
    script = load_script(script_file)
    return run_script(setup, script, script_file, out,
                      None if quiet else _printer(setup, console))


def run_candidate(spec: str, candidate_id: str | None, seed: int | None, out: Path | None,
                  console: Any, voice: Any = None, devices: bool = False) -> Outcome:
    """Self-play: the scenario's example candidate plays the user (by voice unless
    `voice` is None)."""
    setup = setup_for(spec, "script" if voice is None else "voice", seed)
    candidates = setup.scenario.candidates
    if not candidates:
        raise NotFound(f"{setup.ref.qualified}: the scenario has no example candidates")
    wanted = candidate_id or "clean"
    chosen = next((c for c in candidates if c.id == wanted), None)
    if chosen is None:
        if candidate_id is not None:
            names = ", ".join(c.id for c in candidates)
            raise NotFound(f"{setup.ref.qualified}: no candidate '{candidate_id}' (has: {names})")
        chosen = candidates[0]
    script, where = candidate_script(setup.scenario, chosen, setup.ref.path, setup.ref.pack_dir)
    s = setup.scenario
    how = "as text" if voice is None else "through devices" if devices else "on audio files"
    console.print(f"[bold]{s.title}[/] — {s.persona.name}, {s.persona.role}, "
                  f"{s.persona.organisation} ({s.minutes} min). Candidate '{chosen.id}' "
                  f"plays the user, {how}: {chosen.description}")
    if voice is None:
        return run_script(setup, script, where, out, _printer(setup, console))
    from simulator.voice_run import run_voice

    apply_script(setup, script)
    return run_voice(setup, voice, out, files=not devices, script=script, script_path=where,
                     observer=_printer(setup, console), warn=_warner(console))


def _warner(console: Any) -> Any:
    return lambda message: console.print(f"[yellow]warning:[/] {message}")


def run_voiced(setup: Setup, voice: Any, script_file: Path | None, files: bool,
               out: Path | None, console: Any, quiet: bool) -> Outcome:
    """A voice meeting: the user at the microphone, or a script spoken into the loop."""
    from simulator.voice_run import run_voice

    script = load_script(script_file) if script_file is not None else None
    if script is not None:
        apply_script(setup, script)
    s = setup.scenario
    if script is None:
        console.print(f"[bold]{s.title}[/] — you are meeting {s.persona.name}, "
                      f"{s.persona.role} at {s.persona.organisation}, for {s.minutes} "
                      "minutes. Speak when they finish; Ctrl-C leaves.")
    observer = None if quiet else _printer(setup, console)
    if quiet or files:
        return run_voice(setup, voice, out, files=files, script=script,
                         script_path=script_file, observer=observer, warn=_warner(console))
    from simulator.live import LiveMeter

    with LiveMeter(console, s.thresholds.rambling_s, s.agreed_s) as meter:
        return run_voice(setup, voice, out, files=files, script=script,
                         script_path=script_file, observer=observer, on_meters=meter,
                         warn=_warner(console))


def run_typed(setup: Setup, out: Path | None, console: Any, clock_kind: str) -> Outcome:
    start = late_start_s(setup.arrive_minutes_early)
    clock = SimClock(start) if clock_kind == "sim" else RealClock(start)
    meeting = setup.meeting(clock)
    meeting.observers.append(_printer(setup, console))
    s = setup.scenario
    console.print(f"[bold]{s.title}[/] — you are meeting {s.persona.name}, {s.persona.role} "
                  f"at {s.persona.organisation}, for {s.minutes} minutes.")

    def ask(prompt: str) -> str | None:
        try:
            return str(console.input(prompt))
        except EOFError:
            return None

    session = open_session(setup, out)
    with _abandon_on_error(session):
        session.attach(meeting, setup)
        play_typed(meeting, clock, ask, lambda msg: console.print(f"[dim]{msg}[/]"))
    return conclude(meeting, setup, out, session=session)
