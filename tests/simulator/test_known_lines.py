"""The persona's lines a voice can render before the meeting: every reply a meeting gives
should be among them, so it starts the moment the user stops (not after a render)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import evaluate
from simulator.catalog import resolve
from simulator.persona import known_lines

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LIVE_ONLY = {"early_arrival", "late_arrival", "over_time"}
"""Lines that name how early or late the user came, or an answer cut short at wrap-up."""


def _tune_sessions() -> list[evaluate.Session]:
    return evaluate.choose(evaluate.load_corpus(CORPUS), "tune", 40)


@pytest.mark.parametrize("session", _tune_sessions(), ids=lambda s: s.name)
def test_every_reply_of_a_meeting_is_known_before_it(session: evaluate.Session) -> None:
    from simulator.run import run_script, setup_for

    setup = setup_for(session.spec.scenario, "script", seed=0)
    outcome = run_script(setup, session.spec.script, session.path, None, write=False)
    known = set(known_lines(setup.scenario))
    said = [(t.kind, t.text) for t in outcome.record.turns
            if t.speaker == "persona" and t.kind not in LIVE_ONLY]
    assert said and [s for s in said if s[1] not in known] == []


def test_time_cues_name_the_cue_minute_and_placeholders_never_reach_the_voice() -> None:
    scenario = resolve("starter/ux-researcher").load()
    lines = known_lines(scenario)
    minutes = {round(m) for m in scenario.thresholds.time_cue_minutes}
    cues = [line for line in lines if any(f"{m} minute" in line for m in minutes)]
    assert cues and all("{" not in line for line in lines)
    assert lines[0] in scenario.lines.greeting  # the first thing needed is rendered first
