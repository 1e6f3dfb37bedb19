"""Does an hour-long spoken meeting stay small? The whole voice path on audio files.

A scripted user (espeak voice) meets a 60-minute copy of starter/public-policy through
simulator.voice_run.run_voice(files=True): the real listening loop, the real whisper
recognizer on every turn, the real espeak persona voice written to a WAV file. Resident
memory is read from /proc/self/status at the first turn after each 10-minute mark of
meeting time. Printed beside their goals:
  - meeting length on the timeline (goal >= 60 min, so the figures cover an hour),
  - peak RSS (VmHWM; goal <= 250 MB),
  - RSS growth from the 10-minute mark to the end (goal <= 20 MB: flat),
  - input overflows (goal 0);
and, for information, RSS at each mark, wall time and the real-time factor.
Exits 1 if a goal is missed.

Usage: .venv/bin/python benchmarks/bench_voice_memory.py [--minutes 60]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import exit_code, figure  # noqa: E402

PEAK_GOAL_MB = 250.0
GROWTH_GOAL_MB = 20.0
MARK_S = 600.0
OVERRUN_S = 300.0
"""The persona leaves this long after the agreed hour, if the script has not closed."""
PAUSE_S = 15.0
"""The user's thinking time before each question: an answer cycle of ~55 s."""
QUESTIONS = [
    "What does a typical week look like for you?",
    "How did you get into public policy in the first place?",
    "Which skills matter most for a policy analyst?",
    "Is it better to start a policy career in government or at a think tank?",
    "How does research actually change a decision at City Council?",
    "What's the hardest part of the job for you?",
    "What should a writing sample look like for an entry-level analyst role?",
    "What does the career path look like after senior analyst?",
    "What do you wish you'd known when you started?",
    "How would my background as a caseworker transfer to policy work?",
]


def rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB, from /proc/self/status."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def long_scenario(minutes: int, folder: Path) -> Path:
    """starter/public-policy with `minutes` agreed, written into its own pack folder."""
    data = yaml.safe_load((REPO / "scenarios" / "starter" / "public-policy.yaml").read_text())
    data["minutes"] = minutes
    data["id"] = f"public-policy-{minutes}"
    data.setdefault("thresholds", {})["leave_after_overrun_s"] = OVERRUN_S
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(yaml.safe_dump(
        {"title": "Benchmark pack", "scenarios": [data["id"]]}))
    path = folder / f"{data['id']}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def hour_script(minutes: int) -> Any:
    """Greeting, purpose, then questions with thinking pauses, more than fill the time;
    the persona leaves at the agreed end plus OVERRUN_S."""
    from simulator.scenario import Script, ScriptTurn

    cycles = int((minutes * 60 + OVERRUN_S) / 30)  # a cycle takes >= 35 s: never runs out
    asks = itertools.islice(itertools.cycle(QUESTIONS), cycles)
    return Script(arrive_minutes_early=5, attire="charcoal suit and a tie", turns=[
        ScriptTurn(say="Good afternoon, Helen. Thank you so much for taking the time to meet."),
        ScriptTurn(say="I'm a housing caseworker exploring a move into policy analysis, and "
                       "I'd love to understand what the work is really like."),
        *(ScriptTurn(say=q, pause=PAUSE_S) for q in asks),
    ])


class MemoryMarks:
    """A meeting observer: samples RSS at the first turn after each 10-minute mark."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.next_mark_s = MARK_S
        self.samples: list[tuple[float, float, float]] = []  # (meeting s, rss, peak)
        self.user_turns: list[str] = []

    def __call__(self, kind: str, data: dict[str, Any]) -> None:
        if kind != "turn":
            return
        if data["speaker"] == "user":
            self.user_turns.append(data["text"])
        at = float(data["start_s"])
        if at >= self.next_mark_s:
            rss, peak = rss_mb()
            self.samples.append((at, rss, peak))
            wall = time.perf_counter() - self.started
            print(f"  at {at / 60:5.1f} min: RSS {rss:6.1f} MB, peak {peak:6.1f} MB, "
                  f"{len(self.user_turns)} user turns, {wall:.0f} s wall", flush=True)
            while self.next_mark_s <= at:
                self.next_mark_s += MARK_S


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=int, default=60, help="agreed meeting length")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-voice-memory-") as tmp:
        os.environ["INTERVIEW_SIM_HOME"] = str(Path(tmp) / "home")
        from audio.speech_in import word_error_rate
        from simulator.run import apply_script, setup_for
        from simulator.voice_run import VoiceOptions, run_voice

        scenario = long_scenario(args.minutes, Path(tmp) / "pack")
        script = hour_script(args.minutes)
        setup = apply_script(setup_for(str(scenario), "voice", seed=7), script)
        rss0, _ = rss_mb()
        print(f"{args.minutes}-minute meeting on audio files, {len(script.turns)} scripted "
              f"turns; RSS before {rss0:.1f} MB", flush=True)
        marks = MemoryMarks()
        outcome = run_voice(setup, VoiceOptions(), Path(tmp) / "session", files=True,
                            script=script, script_path=scenario, observer=marks,
                            warn=lambda m: print(f"warning: {m}"))
        wall = time.perf_counter() - marks.started
        rss_end, peak = rss_mb()
        length_s = outcome.record.duration_s
        persona_wav = Path(tmp) / "session" / "persona.wav"
        wav_mb = persona_wav.stat().st_size / 1e6 if persona_wav.is_file() else 0.0
    audio = outcome.report.get("audio", {})
    # Paired by order: only meaningful when no turn was split or lost (counts printed).
    pairs = zip(script.turns, marks.user_turns, strict=False)
    wer = word_error_rate([(turn.say or "", heard) for turn, heard in pairs])
    ended = next((e.detail.get("reason") for e in outcome.record.events if e.kind == "left"),
                 outcome.record.ended_by)
    print(f"  at end {length_s / 60:5.1f} min: RSS {rss_end:6.1f} MB, peak {peak:6.1f} MB")
    print(f"ended by: {ended}; {len(marks.user_turns)} user turns heard, recognizer "
          f"{audio.get('recognizer')}, word error rate {wer * 100:.1f} % against the script; "
          f"persona track {wav_mb:.0f} MB on disk")
    print(f"wall time: {wall:.1f} s for {length_s / 60:.1f} min of meeting, real-time factor "
          f"{wall / length_s:.4f} ({length_s / wall:.0f}x faster than real time); "
          f"loop load {audio.get('loop_load', 0) * 100:.2f} %; load average (1 min) "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    first_mark_rss = marks.samples[0][1] if marks.samples else rss_end
    results = [
        figure("meeting length on the timeline", length_s / 60, args.minutes, "min",
               at_least=True),
        figure("peak RSS (VmHWM)", peak, PEAK_GOAL_MB, "MB"),
        figure("RSS growth from the 10-minute mark to the end", rss_end - first_mark_rss,
               GROWTH_GOAL_MB, "MB"),
        figure("input overflows", float(audio.get("overflows", "nan")), 0),  # none: MISS
    ]
    return exit_code(results)


if __name__ == "__main__":
    sys.exit(main())
