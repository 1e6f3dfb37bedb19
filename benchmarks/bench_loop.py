"""How much the listening loop costs, and whether an hour-long meeting stays small.

A scripted person (real LibriVox speech, repeated) answers a persona for 60 minutes of
timeline; the persona's replies go to a WAV file. Printed beside their goals:
  - the loop's analysis time per 30 ms block (goal <= 1 % of the block, 0.30 ms),
  - peak resident memory at each 10-minute mark (goal <= 250 MB, and flat),
  - input overflows (goal 0).
With --devices (needs the PulseAudio virtual devices of scripts/with-pulse) it also runs
the loop live on the microphone and speaker for --device-seconds and reports overflows
and underflows there, where they can really happen.

Usage: .venv/bin/python benchmarks/bench_loop.py [--minutes 60] [--devices]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audio.chunk import AudioChunk  # noqa: E402
from audio.loop import AudioLoop, PersonaFinished  # noqa: E402
from audio.sinks import SpeakerSink, WavFileSink  # noqa: E402
from audio.sources import MicrophoneSource, ScriptedSource  # noqa: E402
from audio.turns import TurnEnded  # noqa: E402
from audio.wavio import read_audio  # noqa: E402

LIBRIVOX = Path(__file__).resolve().parents[1] / ".." / "shared" / "speech" / "librivox"
RATE = 16000
VOICE_RATE = 22050
GOAL_BLOCK_MS = 0.30
GOAL_RSS_MB = 250.0
GOAL_RSS_GROWTH_MB = 10.0


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process, from /proc/self/status."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def file_meeting(minutes: float, clips: list[AudioChunk], workdir: Path) -> bool:
    """A scripted meeting: persona speaks, the person answers with 3 clips, and so on."""
    source = ScriptedSource(rate=RATE, noise_dbfs=-60.0, seed=1)
    answers = itertools.cycle(clips)
    questions = itertools.cycle([c.resampled(VOICE_RATE) for c in clips[1:] + clips[:1]])
    turns = 0

    def on_event(event: object) -> None:
        nonlocal turns
        if isinstance(event, TurnEnded):
            turns += 1
            loop.play(next(questions))
        elif isinstance(event, PersonaFinished):
            at = source.position + round(0.7 * RATE)
            for _ in range(3):  # one answer, with pauses of 0.6 s between sentences
                clip = next(answers)
                at = source.schedule(clip, at) + len(clip) + round(0.6 * RATE)

    ok = True
    end_s = minutes * 60.0
    marks = [m * 60.0 for m in range(10, int(minutes) + 1, 10)] or [end_s]
    rss_at_marks: list[float] = []
    began = time.perf_counter()
    with WavFileSink(workdir / "persona.wav", rate=VOICE_RATE) as sink:
        loop = AudioLoop(source, sink, on_event=on_event)
        loop.play(next(questions))
        for mark in marks:
            loop.run(max_s=mark)
            rss, peak = rss_mb()
            rss_at_marks.append(rss)
            print(f"  at {mark / 60:4.0f} min: RSS {rss:6.1f} MB, peak {peak:6.1f} MB, "
                  f"{turns} user turns")
    wall = time.perf_counter() - began
    stats = loop.stats
    mean_ms = stats.mean_analysis_s * 1000
    p99_ms = stats.recent_percentile_s(99) * 1000
    print(f"file-backed meeting: {end_s / 60:.0f} min of audio in {wall:.1f} s "
          f"({end_s / wall:.0f}x real time), {stats.blocks} blocks, {turns} user turns, "
          f"talk ratio {loop.meters().talk_ratio:.2f}")
    fits = mean_ms <= GOAL_BLOCK_MS
    ok &= fits
    print(f"loop analysis per 30 ms block: {mean_ms:.3f} ms (goal <= {GOAL_BLOCK_MS:.2f} ms)  "
          f"{verdict(fits)}   [p99 of last 8192 {p99_ms:.3f} ms, "
          f"max {stats.analysis_max_s * 1000:.2f} ms, "
          f"load {stats.load * 100:.2f} % of real time]")
    _, peak = rss_mb()
    fits = peak <= GOAL_RSS_MB
    ok &= fits
    print(f"peak RSS over the {end_s / 60:.0f}-minute run: {peak:.1f} MB "
          f"(goal <= {GOAL_RSS_MB:.0f} MB)  {verdict(fits)}")
    growth = rss_at_marks[-1] - rss_at_marks[0]
    fits = growth <= GOAL_RSS_GROWTH_MB
    ok &= fits
    print(f"RSS growth from the first to the last mark: {growth:+.1f} MB "
          f"(goal <= {GOAL_RSS_GROWTH_MB:.0f} MB, flat)  {verdict(fits)}")
    fits = stats.overflows == 0
    ok &= fits
    print(f"input overflows: {stats.overflows} (goal 0)  {verdict(fits)}")
    size_mb = (workdir / "persona.wav").stat().st_size / 1e6
    print(f"  persona track written: {size_mb:.0f} MB on disk")
    return ok


def device_meeting(seconds: float, clip_paths: list[Path]) -> bool:
    """The loop live on the PulseAudio virtual microphone and speaker."""
    if shutil.which("pactl") is None or subprocess.run(
        ["pactl", "info"], capture_output=True, check=False
    ).returncode != 0:
        print("devices: no PulseAudio server (run under scripts/with-pulse)  SKIPPED")
        return True
    persona_voice = read_audio(clip_paths[0], VOICE_RATE)
    turns = 0
    with MicrophoneSource(rate=RATE) as mic, SpeakerSink(rate=VOICE_RATE) as speaker:
        mic.read()  # the first input stream can take ~2 s to start
        feeder = subprocess.Popen(
            ["sh", "-c", "while true; do for f in \"$@\"; do paplay --device=micsink \"$f\"; "
             "sleep 1.5; done; done", "feeder", *map(str, clip_paths)],
            start_new_session=True,
        )

        def on_event(event: object) -> None:
            nonlocal turns
            if isinstance(event, TurnEnded):
                turns += 1
                loop.play(persona_voice)

        try:
            loop = AudioLoop(mic, speaker, on_event=on_event, barge_in=True)
            loop.run(max_s=seconds)
        finally:
            os.killpg(feeder.pid, signal.SIGTERM)  # the shell and the paplay it started
            feeder.wait()
    stats = loop.stats
    ok = mic.overflows == 0 and speaker.underflows == 0
    print(f"live on devices for {seconds:.0f} s: {turns} user turns, analysis "
          f"{stats.mean_analysis_s * 1000:.3f} ms per block")
    print(f"input overflows: {mic.overflows} (goal 0)  {verdict(mic.overflows == 0)}")
    print(f"output underflows: {speaker.underflows} (goal 0)  {verdict(speaker.underflows == 0)}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--devices", action="store_true")
    parser.add_argument("--device-seconds", type=float, default=60.0)
    args = parser.parse_args()
    clip_paths = sorted(LIBRIVOX.glob("*.wav"))
    if not clip_paths:
        print(f"bench_loop: real speech not found in {LIBRIVOX.resolve()}", file=sys.stderr)
        return 2
    clips = [read_audio(path, RATE) for path in clip_paths]
    with tempfile.TemporaryDirectory(prefix="bench-loop-") as workdir:
        ok = file_meeting(args.minutes, clips, Path(workdir))
    if args.devices:
        ok &= device_meeting(args.device_seconds, clip_paths)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
