"""Where things live: the data dir (sessions, history, prep files) and scenario roots."""

from __future__ import annotations

import os
from pathlib import Path

REPO_SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


def data_dir() -> Path:
    """$INTERVIEW_SIM_HOME, else the XDG data home's interview-sim/."""
    home = os.environ.get("INTERVIEW_SIM_HOME")
    if home:
        return Path(home).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg).expanduser() / "interview-sim"


def scenario_roots() -> list[Path]:
    """Folders holding packs: the shipped ones, the user's own, and $INTERVIEW_SIM_SCENARIOS."""
    roots = [REPO_SCENARIOS, data_dir() / "packs"]
    extra = os.environ.get("INTERVIEW_SIM_SCENARIOS", "")
    roots += [Path(p).expanduser() for p in extra.split(os.pathsep) if p]
    return [r for r in roots if r.is_dir()]
