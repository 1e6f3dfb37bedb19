"""Printing a measured figure beside its goal, the same way in every benchmark."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def figure(name: str, value: float, goal: float, unit: str = "", at_least: bool = False) -> bool:
    """Prints `name: value unit (goal <= goal unit)  OK|MISS`; True when the goal is met.
    `at_least`: the goal is a minimum, not a maximum."""
    ok = value >= goal if at_least else value <= goal
    sign = ">=" if at_least else "<="
    unit = f" {unit}" if unit else ""
    print(f"{name}: {value:.3f}{unit} (goal {sign} {goal:g}{unit})  {'OK' if ok else 'MISS'}")
    return ok


def note(name: str, value: float, unit: str = "") -> None:
    """A figure printed for information, without a goal."""
    unit = f" {unit}" if unit else ""
    print(f"{name}: {value:.3f}{unit}")


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    """Median wall time of `action` over `repeats` runs."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def exit_code(results: list[bool]) -> int:
    """0 when every goal was met, else 1 (what `make bench` checks)."""
    return 0 if all(results) else 1
