"""How fast the persona answers once the user stops, over real (virtual) sound devices.

The real app runs as a subprocess in voice mode on the PulseAudio devices of
scripts/with-pulse; a synthetic person (tests/e2e/pulse_person.py) answers it with
espeak-rendered turns, some with a 0.8-1.2 s pause in the middle of a sentence. Both taps
share one sample timeline, so afterwards every figure is read off the recordings:
  - turn gap: from the user's last voiced 10 ms block (micsink.monitor) to the first persona
    sample after it (speaker.monitor); p50 goal <= 400 ms, p95 goal <= 800 ms, >= 20 turns;
  - replies started inside a mid-sentence pause (persona audio between the two halves of a
    paused turn): goal 0. A paused turn is one espeak utterance with an SSML break, so the
    voice holds its pitch into the pause as a person does mid-sentence. (Until 2026-11-29
    each half was rendered on its own, its last word with the falling pitch of a finished
    sentence, which no listener hears as mid-sentence: "And where do data scientists
    usually go | after they reach senior level?" was then answered in its pause in every
    run, the recognizer writing "...usually go?".)
Prints each figure beside its goal, with the machine's load average (other work on the
two cores lengthens recognition); exits 0 unless --strict and a goal is missed. Beside each
gap it prints how the app says the turn ended (its events.jsonl): on a quick reading, after
which wait and how soon that reading came, or after the full silence, so a slow gap can be
put down to the wait, the reading or the sound path.

This machine's gaps move by 60-180 ms between runs of one code (other work on its two
cores), so `--runs N` holds the meetings N times and judges the median of the runs' p50 and
p95. Set PYTHONPATH to a checkout to measure that copy of the app instead (A/B comparisons).

Usage: scripts/with-pulse .venv/bin/python benchmarks/bench_turns.py [--strict] [--runs N]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from audio.speech_in import word_error_rate  # noqa: E402
from audio.speech_out import EspeakVoice, trim_silence  # noqa: E402
from benchmarks.common import figure  # noqa: E402
from tests.e2e.pulse_person import (  # noqa: E402
    BLOCK,
    LOUD,
    RATE,
    Person,
    loud_blocks,
    pulse_available,
)

GAP_P50_GOAL_MS = 400.0
GAP_P95_GOAL_MS = 800.0
MIN_TURNS = 20
"""Gaps measured; the 20 unpaused turns alone reach it, even if every paused one is cut."""
PERSONA_QUIET_S = 1.0
"""The person answers this long after the persona stops (like the end-to-end test)."""
GREETING_TIMEOUT_S = 90.0
"""The app loads whisper and opens the devices before it greets."""
REPLY_TIMEOUT_S = 120.0
EXIT_TIMEOUT_S = 90.0
OVERLAP_S = 0.5
"""Persona audio this close before the user's end means it was already talking."""

Turn = str | tuple[str, float, str]
"""A whole sentence, or (first half, pause seconds, second half)."""

MEETINGS: list[tuple[str, int, list[Turn]]] = [
    ("starter/public-policy", 3, [
        "Good afternoon, Helen. Thank you so much for taking the time to meet with me.",
        "I'm a housing caseworker, and I'm exploring a move into policy analysis. "
        "I'd love to understand what the work is really like.",
        "What does a typical week look like for you?",
        ("What I'd really like to know is", 1.0,
         "how you got into public policy in the first place?"),
        "Which skills matter most for a policy analyst?",
        ("Is it better to start a policy career in government, or", 0.9, "at a think tank?"),
        ("I've been wondering about", 1.2,
         "how research actually changes a decision at City Council?"),
        "What's the hardest part of the job for you?",
        ("What should a writing sample look like for", 0.8, "an entry-level analyst role?"),
        "What do you wish you'd known when you started?",
        "What does the career path look like after senior analyst?",
        "Is it too late for someone like me to move into public policy?",
        "Is there anyone else you'd suggest I speak with?",
        "I don't want to keep you any longer. Thank you so much, this was really helpful.",
    ]),
    ("starter/data-scientist", 4, [
        "Hi Callum, thanks for making time to talk with me today.",
        "I'm a supply chain analyst, and I'm thinking about moving into data science. "
        "I want to understand what the job is really like.",
        ("So what does a typical day", 1.0, "actually look like for you?"),
        "How did you get into data science?",
        ("What should I put in a portfolio if I", 1.1, "want to show I can do the real work?"),
        "Do I need a master's degree or a PhD?",
        "What's the hardest part of the job?",
        ("And where do data scientists usually go", 0.9, "after they reach senior level?"),
        "How is AI changing data science?",
        "Which tools do you use every day?",
        "What's your team like?",
        "Who would you suggest I talk to next?",
        "Thanks Callum, I really appreciate your time. Goodbye.",
    ]),
]


@dataclass
class SaidTurn:
    text: str
    paused: bool
    said_from: int
    """Position of the micsink.monitor tap when the person started speaking."""
    offset: int
    """heard-tap index minus said-tap index of one instant, measured just before: it
    creeps during a meeting (~170 ms over 6 minutes seen), so each turn has its own."""
    answered: bool = True


@dataclass
class Measured:
    text: str
    paused: bool
    gap_ms: float | None = None
    """None when no reply came, or the persona was already talking when the user stopped."""
    overlapped: bool = False
    replied_in_pause: bool = False
    pause_ms: float | None = None
    ended: dict | None = None
    """The app's turn_end event for this turn, when its turns match the turns said."""


@dataclass
class MeetingResult:
    scenario: str
    said: list[SaidTurn] = field(default_factory=list)
    measured: list[Measured] = field(default_factory=list)
    heard_texts: list[str] = field(default_factory=list)
    returncode: int | None = None
    note: str = ""
    underruns: int = 0
    offsets_ms: tuple[float, float] = (0.0, 0.0)
    """The smallest and largest tap offset of the meeting's turns."""
    """ALSA "underrun occurred" lines in the app's stderr: the speaker starved."""


def wait_for_persona(person: Person, after: int, quiet_s: float, timeout_s: float) -> bool:
    """Bounded wait until the persona has spoken after tap sample `after` and then been
    quiet for `quiet_s`. Polls every 0.2 s, not 0.05 s: the app shares this machine's two
    cores while it transcribes."""
    limit = time.monotonic() + timeout_s
    while time.monotonic() < limit:
        loud = loud_blocks(person.heard.samples(after))
        if loud.any():
            last = int(np.nonzero(loud)[0][-1])
            if (len(loud) - 1 - last) * BLOCK >= quiet_s * RATE:
                return True
        time.sleep(0.2)
    return False


def tap_offset_samples(person: Person, readings: int = 10) -> int:
    """heard-tap index minus said-tap index of the same instant: the two parec streams
    start some ms apart. Each reading dates a tap's start as now - position / RATE; a
    reader thread can only lag, so the earliest date of each tap is its true start."""
    starts: dict[str, float] = {"heard": math.inf, "said": math.inf}
    for _ in range(readings):
        for name, tap in (("heard", person.heard), ("said", person.said)):
            position = tap.position
            starts[name] = min(starts[name], time.monotonic() - position / RATE)
        time.sleep(0.02)
    return round((starts["said"] - starts["heard"]) * RATE)


def quiet_edges_s(samples: np.ndarray, rate: int) -> tuple[float, float]:
    """Seconds of quiet (below the taps' LOUD level) before and after the sound."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > LOUD)
    if not len(loud):
        return len(samples) / rate, 0.0
    return int(loud[0]) / rate, (len(samples) - 1 - int(loud[-1])) / rate


def render_turns(turns: list[Turn]) -> list[tuple[str, bool, np.ndarray, int]]:
    """(text, paused, samples, rate) for each turn, in the person's espeak voice."""
    voice = EspeakVoice("en-us+f2", 150, 45)
    out = []
    for turn in turns:
        if isinstance(turn, str):
            chunk = voice.render(turn)
            out.append((turn, False, chunk.samples, chunk.rate))
        else:
            first, pause_s, second = turn
            samples, rate = render_held(voice, first, pause_s, second)
            out.append((f"{first} ... {second}", True, samples, rate))
    return out


def render_held(voice: EspeakVoice, first: str, pause_s: float,
                second: str) -> tuple[np.ndarray, int]:
    """One utterance with a pause of `pause_s` inside it, through the espeak-ng command
    (pyttsx3 passes no SSML): the pitch stays level into the pause. The break is set again
    by how far the pause heard (espeak adds quiet edges, or takes some) missed, so the
    pause heard is the one asked for."""
    def render(break_s: float) -> tuple[np.ndarray, int]:
        ssml = (f'<speak>{html.escape(first)} <break time="{round(break_s * 1000)}ms"/> '
                f"{html.escape(second)}</speak>")
        wav = subprocess.run(["espeak-ng", "-v", voice.voice, "-s", str(voice.rate_wpm),
                              "-p", str(voice.pitch), "-m", "--stdout", ssml],
                             capture_output=True, check=True).stdout
        samples, rate = soundfile.read(io.BytesIO(wav), dtype="int16")
        return trim_silence(samples, rate), rate

    samples, rate = render(pause_s)
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > LOUD)
    heard_s = float(np.diff(loud).max()) / rate if len(loud) > 1 else 0.0
    return render(max(0.0, 2 * pause_s - heard_s))


def run_meeting(scenario: str, seed: int, turns: list[Turn], workdir: Path) -> MeetingResult:
    rendered = render_turns(turns)
    result = MeetingResult(scenario)
    out = workdir / scenario.replace("/", "-")
    exe = Path(sys.executable).parent / "interview-sim"
    env = {**os.environ, "INTERVIEW_SIM_HOME": str(workdir / "home")}
    log = workdir / f"{out.name}.err"
    person = Person()
    with open(workdir / f"{out.name}.out", "w") as stdout, open(log, "w") as stderr:
        app = subprocess.Popen([str(exe), "run", scenario, "--out", str(out), "--quiet",
                                "--seed", str(seed)], stdout=stdout, stderr=stderr, env=env)
        try:
            heard_upto = 0
            timeout = GREETING_TIMEOUT_S
            for text, paused, samples, rate in rendered:
                if app.poll() is not None:
                    result.note = f"the app exited early ({app.returncode})"
                    break
                answered = wait_for_persona(person, heard_upto, PERSONA_QUIET_S, timeout)
                if result.said:
                    result.said[-1].answered = answered
                elif not answered:
                    result.note = "the persona never greeted"
                    break
                timeout = REPLY_TIMEOUT_S
                offset = tap_offset_samples(person)
                result.said.append(SaidTurn(text, paused, person.said.position, offset))
                person.say(samples, rate)
                heard_upto = person.heard.position
                print(f"  said {len(result.said):2d}: {text}", flush=True)
            if result.said and not result.note:
                result.said[-1].answered = wait_for_persona(
                    person, heard_upto, PERSONA_QUIET_S, REPLY_TIMEOUT_S)
            try:
                app.wait(EXIT_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                result.note = "the app did not exit after the farewell; killed"
            heard, said = person.heard.samples(), person.said.samples()
        finally:
            if app.poll() is None:
                app.kill()
                app.wait(10)
            person.close()
    result.returncode = app.returncode
    if result.said:
        offsets = [t.offset / RATE * 1000 for t in result.said]
        result.offsets_ms = (min(offsets), max(offsets))
    result.measured = measure(result.said, said, heard)
    report = out / "report.json"
    if report.is_file():
        data = json.loads(report.read_text())
        result.heard_texts = [t["text"] for t in data["turns"] if t["speaker"] == "user"]
        ends = [e for e in data.get("events", []) if e["kind"] == "turn_end"]
        if len(ends) == len(result.measured):
            for m, end in zip(result.measured, ends, strict=True):
                m.ended = end
    elif not result.note:
        tail = log.read_text().strip().splitlines()[-3:]
        result.note = "no report.json; " + " | ".join(tail)
    result.underruns = log.read_text().count("underrun occurred")
    return result


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) block indices of each run of True."""
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def measure(said_turns: list[SaidTurn], said: np.ndarray, heard: np.ndarray
            ) -> list[Measured]:
    """Each turn's gap and pause figures, read off the two recordings. A turn's `offset`
    maps a said-tap sample index to the heard tap (heard index = said index + offset)."""
    said_loud, heard_loud = loud_blocks(said), loud_blocks(heard)
    ends = [t.said_from for t in said_turns[1:]] + [len(said)]
    results = []
    for turn, region_end in zip(said_turns, ends, strict=True):
        m = Measured(turn.text, turn.paused)
        offset = turn.offset
        results.append(m)
        first_block, last_block = turn.said_from // BLOCK, region_end // BLOCK
        voiced = np.flatnonzero(said_loud[first_block:last_block]) + first_block
        if not len(voiced):
            continue
        user_end = (int(voiced[-1]) + 1) * BLOCK + offset  # on the heard timeline
        if turn.paused:
            quiet = _runs(~said_loud[voiced[0]:voiced[-1] + 1])
            if quiet:
                start, end = max(quiet, key=lambda run: run[1] - run[0])
                m.pause_ms = (end - start) * BLOCK / RATE * 1000
                pause_start = (int(voiced[0]) + start) * BLOCK + offset
                window = heard_loud[max(0, pause_start // BLOCK):max(0, user_end // BLOCK)]
                m.replied_in_pause = bool(window.any())
        end_block = -(-user_end // BLOCK)  # first heard block starting at or after the end
        before = heard_loud[max(0, end_block - round(OVERLAP_S * RATE / BLOCK)):end_block]
        after = np.flatnonzero(heard_loud[end_block:])
        if before.any():
            m.overlapped = True
        elif len(after) and turn.answered:
            m.gap_ms = ((end_block + int(after[0])) * BLOCK - user_end) / RATE * 1000
    return results


def transcript_pairs(results: list[MeetingResult]) -> list[tuple[str, str]]:
    """(said, heard) per turn, from meetings where the app kept one turn per turn said."""
    pairs = []
    for result in results:
        if len(result.heard_texts) == len(result.measured):
            for m, heard in zip(result.measured, result.heard_texts, strict=True):
                pairs.append((m.text.replace(" ... ", " "), heard))
    return pairs


def print_meeting(result: MeetingResult) -> None:
    print(f"{result.scenario}: {len(result.said)} turns said, "
          f"{len(result.heard_texts)} user turns in the app's report, exit {result.returncode}, "
          f"{result.underruns} ALSA underrun messages, taps {result.offsets_ms[0]:+.0f} to "
          f"{result.offsets_ms[1]:+.0f} ms apart"
          + (f"  [{result.note}]" if result.note else ""))
    for i, m in enumerate(result.measured, 1):
        gap = "no reply" if m.gap_ms is None and not m.overlapped else \
            "persona already talking" if m.overlapped else f"{m.gap_ms:5.0f} ms"
        pause = "" if m.pause_ms is None else \
            f"  pause {m.pause_ms:.0f} ms{' REPLIED IN PAUSE' if m.replied_in_pause else ''}"
        print(f"  {i:2d} {'P' if m.paused else ' '} gap {gap}{pause}{how_it_ended(m.ended)}")
    if len(result.heard_texts) != len(result.said):
        print("  the app's user turns do not match the turns said (split or lost turns):")
    for i, text in enumerate(result.heard_texts, 1):
        print(f"    heard {i:2d}: {text}")


def how_it_ended(end: dict | None) -> str:
    """The app's own account of a turn's end: what it waited for and how long."""
    if end is None:
        return ""
    if end["by"] == "reading":
        careful = "careful " if end.get("careful") else ""
        return (f"  ({careful}read as a {end['wait']}, ready at {end['read_by_s'] * 1000:.0f} ms"
                f", wait {end['wait_s'] * 1000:.0f} ms, ended at {end['silence_s'] * 1000:.0f} ms"
                " of silence)")
    if end["by"] == "silence":
        return f"  (full silence {end['wait_s'] * 1000:.0f} ms; last reading \"{end['heard']}\")"
    return f"  ({end['by']})"


@dataclass
class RunFigures:
    p50_ms: float
    p95_ms: float
    in_pause: int


def hold_meetings(only: str | None, run: int, runs: int) -> list[MeetingResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-turns-") as tmp:
        for scenario, seed, turns in MEETINGS:
            if only and scenario != only:
                continue
            label = f"run {run} of {runs}: " if runs > 1 else ""
            print(f"{label}meeting with {scenario} (seed {seed}), {len(turns)} turns", flush=True)
            results.append(run_meeting(scenario, seed, turns, Path(tmp)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--only", metavar="SCENARIO",
                        help="hold only this scenario's meeting (a quicker look; below 20 turns)")
    parser.add_argument("--runs", type=int, default=1, metavar="N",
                        help="hold the meetings N times and judge the median of the runs")
    args = parser.parse_args()
    why = pulse_available()
    if why:
        print(f"turn gaps over devices: {why}  SKIPPED")
        return 0
    began = time.perf_counter()
    app_path = os.environ.get("PYTHONPATH")
    if app_path:
        print(f"the app runs with PYTHONPATH={app_path}")
    ok, runs = True, []
    for run in range(1, args.runs + 1):
        if args.runs > 1:
            print(f"=== run {run} of {args.runs}", flush=True)
        passed, figures = one_run(args.only, run, args.runs)
        ok &= passed
        if figures is not None:
            runs.append(figures)
    if args.runs > 1:
        print()
        print(f"=== over {args.runs} runs (each run's figure, then their median, judged)")
        ok = len(runs) == args.runs
        for name, goal, unit, values in (
                ("turn gap p50", GAP_P50_GOAL_MS, "ms", [r.p50_ms for r in runs]),
                ("turn gap p95", GAP_P95_GOAL_MS, "ms", [r.p95_ms for r in runs])):
            print(f"  {name} by run: {', '.join(f'{v:.0f}' for v in values)} {unit}")
            ok &= figure(f"{name}, median of runs", float(np.median(values)), goal, unit)
        ok &= figure("replies started inside a mid-sentence pause, all runs",
                     sum(r.in_pause for r in runs), 0)
        print(f"wall time of all runs {time.perf_counter() - began:.0f} s")
    return 1 if args.strict and not ok else 0


def one_run(only: str | None, run: int, runs: int) -> tuple[bool, RunFigures | None]:
    """Holds the meetings once and prints their figures; True when every goal was met."""
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    results = hold_meetings(only, run, runs)
    print()
    for result in results:
        print_meeting(result)
    measured = [m for r in results for m in r.measured]
    gaps = [m.gap_ms for m in measured if m.gap_ms is not None]
    paused = [m for m in measured if m.paused]
    in_pause = sum(m.replied_in_pause for m in paused)
    said = sum(len(r.said) for r in results)
    heard = sum(len(r.heard_texts) for r in results)
    print()
    print(f"turns said: {said} ({len(paused)} with a mid-sentence pause), "
          f"user turns the app recorded: {heard}, wall time {time.perf_counter() - began:.0f} s")
    print(f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores: other work on the machine lengthens the gaps")
    pairs = transcript_pairs(results)
    if pairs:
        print(f"word error rate of the app's transcripts: {word_error_rate(pairs) * 100:.1f} % "
              f"over {len(pairs)} turns")
    print(f"turns measured: {len(gaps)} (goal >= {MIN_TURNS})  "
          f"{'OK' if len(gaps) >= MIN_TURNS else 'MISS'}")
    overlapped = sum(m.overlapped for m in measured)
    unanswered = sum(m.gap_ms is None and not m.overlapped for m in measured)
    print(f"  not measured: {overlapped} with the persona already talking when the user "
          f"stopped, {unanswered} without a reply")
    ok = len(gaps) >= MIN_TURNS
    if gaps:
        ok &= figure("turn gap p50", float(np.percentile(gaps, 50)), GAP_P50_GOAL_MS, "ms")
        ok &= figure("turn gap p95", float(np.percentile(gaps, 95)), GAP_P95_GOAL_MS, "ms")
        for kind, keep in (("questions", lambda m: m.text.rstrip().endswith("?")),
                           ("statements", lambda m: not m.text.rstrip().endswith("?"))):
            some = [m.gap_ms for m in measured if m.gap_ms is not None and keep(m)]
            if some:
                print(f"  p50 for {kind}: {np.percentile(some, 50):.0f} ms over {len(some)}")
    ok &= figure("replies started inside a mid-sentence pause", in_pause, 0,
                 f"of {len(paused)}")
    if not gaps:
        return False, None
    return ok, RunFigures(float(np.percentile(gaps, 50)), float(np.percentile(gaps, 95)),
                          in_pause)


if __name__ == "__main__":
    sys.exit(main())
