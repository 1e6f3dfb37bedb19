"""Shared fixtures: every test gets its own data dir, so nothing touches the user's files;
real speech and the sound server for the tests that need them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from audio.chunk import AudioChunk
from tests.librivox import LIBRIVOX_DIR, Clip

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


@pytest.fixture(scope="session")
def librivox_paths() -> list[Path]:
    """The five LibriVox WAV files (16 kHz mono), in name order."""
    paths = sorted(LIBRIVOX_DIR.glob("*.wav"))
    if not paths:
        pytest.skip(f"real speech clips not found in {LIBRIVOX_DIR.resolve()} (shared/speech/)")
    return paths


@pytest.fixture(scope="session")
def librivox(librivox_paths: list[Path]) -> list[Clip]:
    """The LibriVox clips with their transcripts, in name order, read once a session."""
    return [Clip.read(path) for path in librivox_paths]


@pytest.fixture(scope="session")
def librivox_clips(librivox: list[Clip]) -> list[tuple[AudioChunk, str]]:
    """The same clips as (audio, transcript) pairs, the shape the sound-side tests unpack."""
    return [(clip.audio, clip.transcript) for clip in librivox]


@pytest.fixture(scope="session")
def pulse_server() -> None:
    """Skips unless a PulseAudio server answers (scripts/with-pulse starts one)."""
    if shutil.which("pactl") is None:
        pytest.skip("pactl is not installed (scripts/setup installs pulseaudio-utils)")
    try:
        answer = subprocess.run(["pactl", "info"], capture_output=True, timeout=5, check=False)
    except subprocess.TimeoutExpired:
        pytest.skip("the PulseAudio server does not answer (pactl info timed out)")
    if answer.returncode != 0:
        pytest.skip("no PulseAudio server reachable (run the tests under scripts/with-pulse)")
