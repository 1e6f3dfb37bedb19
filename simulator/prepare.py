"""`interview-sim prep`: ask the user what they prepared and save it for `run --prep`."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from simulator.catalog import resolve
from simulator.paths import data_dir
from simulator.scenario import Prep


def _many(prompt: Callable[..., Any], echo: Callable[[str], None], title: str) -> list[str]:
    echo(f"{title} (one per line; an empty line ends the list)")
    items: list[str] = []
    while True:
        item = str(prompt(f"  {len(items) + 1}", default="", show_default=False)).strip()
        if not item:
            return items
        items.append(item)


def prepare_interactively(spec: str, out: Path | None, prompt: Callable[..., Any],
                          echo: Callable[[str], None]) -> Path:
    ref = resolve(spec)
    s = ref.load()
    echo(f"Preparing for {s.persona.name}, {s.persona.role} at {s.persona.organisation} "
         f"({s.minutes} minutes; dress code: {s.dress_code.replace('_', ' ')}).")
    goal = str(prompt("What is your goal for this meeting", default="", show_default=False))
    researched = _many(prompt, echo, "What did you learn about them beforehand?")
    questions = _many(prompt, echo, "Your prepared questions")
    attire = str(prompt("What will you wear", default="", show_default=False))
    prep = Prep(goal=goal.strip() or None, researched=researched, questions=questions,
                attire=attire.strip() or None)
    path = out or data_dir() / "prep" / f"{ref.pack_id}-{ref.path.stem}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"# Prep for {ref.qualified}\n")
        yaml.safe_dump(prep.model_dump(), fh, sort_keys=False, allow_unicode=True)
    return path
