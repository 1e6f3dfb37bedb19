"""`pack test --voice`: a scenario's candidates spoken through the whole audio loop on files
(espeak-ng voices, the real recognizer), held to the same expectations as in text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from simulator.cli import cli

pytestmark = pytest.mark.slow

STARTER = Path(__file__).resolve().parents[2] / "scenarios" / "starter"
SCENARIO = "ux-researcher"


@pytest.fixture(scope="module")
def whisper_available() -> None:
    from audio.models import make_recognizer

    try:
        make_recognizer("whisper")
    except Exception as exc:  # no model installed: say so rather than fail
        pytest.skip(f"no whisper model: {exc}")


def test_one_scenarios_candidates_pass_when_spoken(whisper_available: None) -> None:
    result = CliRunner().invoke(cli, ["pack", "test", "starter", "--voice", "--only", SCENARIO])
    data = yaml.safe_load((STARTER / f"{SCENARIO}.yaml").read_text(encoding="utf-8"))
    expected = {f"starter/{SCENARIO}:{c['id']}" for c in data["candidates"]}
    passed = {line.split()[1] for line in result.output.splitlines() if line.startswith("PASS")}
    failures = [line for line in result.output.splitlines() if line.startswith("FAIL")]
    # On failure the FAIL lines say which finding the spoken run missed or added.
    assert not failures, "\n".join(failures)
    assert result.exit_code == 0, result.output
    assert passed == expected
    assert result.output.splitlines()[-1] == f"{len(expected)} passed, 0 failed"
