"""Core speed goals: a scripted 20-minute meeting (<= 2 s wall) and `--help` start-up
(<= 300 ms). Prints each figure beside its goal; exits 1 if one is missed."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.common import figure  # noqa: E402


def scripted_meeting_seconds() -> float:
    """Wall time of a whole scripted 20-minute meeting, from loading the scenario to report."""
    import tempfile

    from simulator.run import run_script, setup_for
    from simulator.scenario import candidate_script

    times = []
    for seed in range(5):
        t0 = time.perf_counter()
        setup = setup_for("starter/ux-researcher", "script", seed)
        # The overrun candidate keeps asking past the agreed 20 minutes until Dana leaves.
        cand = next(c for c in setup.scenario.candidates if c.id == "overrun")
        script, where = candidate_script(setup.scenario, cand, setup.ref.path)
        with tempfile.TemporaryDirectory() as out:
            outcome = run_script(setup, script, where, Path(out))
        times.append(time.perf_counter() - t0)
        assert outcome.report["duration_s"] >= 1200, "the meeting must last 20 minutes"
    return max(times)


def help_startup_seconds() -> float:
    exe = Path(sys.executable).parent / "interview-sim"
    runs = []
    for _ in range(7):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], check=True, capture_output=True)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> int:
    ok = figure("scripted 20-minute meeting, wall time (worst of 5)",
                scripted_meeting_seconds(), 2.0, "s")
    ok &= figure("interview-sim --help start-up (median of 7)",
                 help_startup_seconds() * 1000, 300, "ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
