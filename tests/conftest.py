"""Shared fixtures: every test gets its own data dir, so nothing touches the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
VALID_PACK = TESTS_DIR / "data" / "valid-pack"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    """Sessions, history and prep files go to a fresh folder; no extra scenario roots leak in."""
    home = tmp_path_factory.mktemp("sim-home")
    monkeypatch.setenv("INTERVIEW_SIM_HOME", str(home))
    monkeypatch.delenv("INTERVIEW_SIM_SCENARIOS", raising=False)
    return home


@pytest.fixture
def scenarios_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty extra scenario root (INTERVIEW_SIM_SCENARIOS); tests put packs into it."""
    root = tmp_path / "scenario-root"
    root.mkdir()
    monkeypatch.setenv("INTERVIEW_SIM_SCENARIOS", str(root))
    return root
