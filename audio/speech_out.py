"""Speech out: the persona's lines rendered to audio, so they can be played, recorded and
measured like any other chunk.

espeak-ng through pyttsx3, always rendering to a file (pyttsx3's `say()` plays through
`aplay`, unreliable headless), and a content-addressed WAV cache so the lines of a
scenario can be rendered while it loads and a reply starts the moment it is chosen.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from audio.chunk import AudioChunk
from audio.speech_in import SpeechEngineError

__all__ = [
    "CachedVoice",
    "EspeakVoice",
    "PrerenderReport",
    "SpeechEngineError",
    "Voice",
    "VoiceSettings",
    "make_voice",
]

ESPEAK_RATE = 22050
"""Hertz; what espeak-ng renders (pyttsx3 writes its WAV at this rate)."""
KEEP_SILENCE_S = 0.05
"""Silence kept at each end of a rendered line; espeak adds ~0.25 s after every line."""
DIGITAL_SILENCE = 16
"""|sample| at or below this (about -66 dBFS) counts as silence when trimming."""
RENDER_TIMEOUT_S = 30.0
"""espeak renders ~200x faster than real time; this only catches a wedged engine."""


class Voice(Protocol):
    identity: str
    """Everything that changes the sound (engine, voice, rate, pitch...): the cache key."""

    def render(self, text: str) -> AudioChunk:
        """`text` spoken, as a chunk starting at 0."""
        ...


@dataclass(frozen=True)
class VoiceSettings:
    engine: str = "espeak"
    voice: str = "en-us"
    """An espeak-ng voice name or language (`espeak-ng --voices` lists them)."""
    rate_wpm: int = 170
    pitch: int = 50
    """0-100."""

    def __post_init__(self) -> None:
        if not 80 <= self.rate_wpm <= 450:
            raise ValueError(f"speaking rate {self.rate_wpm} wpm is outside 80-450")
        if not 0 <= self.pitch <= 100:
            raise ValueError(f"pitch {self.pitch} is outside 0-100")


def trim_silence(samples: np.ndarray, rate: int, keep_s: float = KEEP_SILENCE_S) -> np.ndarray:
    """`samples` without leading/trailing digital silence beyond `keep_s` seconds."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > DIGITAL_SILENCE)
    if len(loud) == 0:
        return samples[:0]
    keep = round(keep_s * rate)
    first = max(0, int(loud[0]) - keep)
    last = min(len(samples), int(loud[-1]) + 1 + keep)
    return samples[first:last]


class _EspeakEngine:
    """The process's one pyttsx3 engine (espeak-ng can be initialised once per process).

    Measured pitfalls of pyttsx3 2.99 + espeak-ng in retrieval mode, and what we do:
    - Synthesis runs on espeak's own thread; `runAndWait()` can return before the WAV is
      written. We wait for the "finished-utterance" notification (completed=True).
    - Property changes are queued in espeak's command FIFO; `runAndWait()` first calls
      `stop()`, which cancels that FIFO if it is still busy, so a new rate was silently
      lost (the line came out at the previous rate) and a stray "cancelled" notification
      followed. We wait until espeak's FIFO is idle after setting properties.
    - A fresh engine queues every command until its first utterance has finished, so it
      speaks one throw-away word before the first real line.
    - A run loop with no new utterance re-speaks the previous one into the previous file:
      never used.
    """

    _instance: _EspeakEngine | None = None
    _instance_lock = threading.Lock()

    @classmethod
    def shared(cls) -> _EspeakEngine:
        with cls._instance_lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    @classmethod
    def _discard(cls, broken: _EspeakEngine) -> None:
        with cls._instance_lock:
            if cls._instance is broken:
                cls._instance = None

    def __init__(self) -> None:
        try:
            import pyttsx3
            from pyttsx3.drivers import _espeak

            self._engine: Any = pyttsx3.init("espeak")
        except Exception as error:  # ImportError, OSError (no libespeak-ng), RuntimeError
            raise SpeechEngineError(
                f"the espeak-ng voice cannot start ({error}): install espeak-ng with "
                "scripts/setup (apt-get install espeak-ng)"
            ) from error
        self._espeak: Any = _espeak
        self.lock = threading.Lock()
        self._finished = threading.Event()
        self._errors: list[BaseException] = []
        self._primed = False
        self._engine.connect("finished-utterance", self._on_finished)
        self._engine.connect("error", lambda exception, **_: self._errors.append(exception))

    def _on_finished(self, completed: bool = True, **_: object) -> None:
        if completed:
            self._finished.set()

    def render(self, text: str, properties: dict[str, object]) -> np.ndarray:
        with self.lock:
            self._make_ready()
            return self._speak_to_file(text, properties)

    def _make_ready(self) -> None:
        if self._primed:
            # The finish notification comes a moment before espeak's thread marks the
            # driver idle; commands given before that would wait in pyttsx3's queue.
            _wait_until(lambda: not self._engine.isBusy(), RENDER_TIMEOUT_S)
        if not self._primed or self._engine.isBusy():
            self._speak_to_file("ready", {})
            self._primed = True

    def _speak_to_file(self, text: str, properties: dict[str, object]) -> np.ndarray:
        handle, path = tempfile.mkstemp(prefix="interview-sim-voice-", suffix=".wav")
        os.close(handle)
        try:
            return self._render_to(text, properties, path)
        finally:
            with contextlib.suppress(OSError):
                os.remove(path)

    def _render_to(self, text: str, properties: dict[str, object], path: str) -> np.ndarray:
        self._finished.clear()
        self._errors.clear()
        for name, value in properties.items():
            self._engine.setProperty(name, value)
        _wait_until(lambda: not self._espeak.IsPlaying(), RENDER_TIMEOUT_S)
        self._engine.save_to_file(text, path)
        # pyttsx3 prints "Audio saved to ..." from espeak's thread after each file.
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                self._engine.runAndWait()
            except Exception as error:
                _EspeakEngine._discard(self)
                raise SpeechEngineError(f"espeak-ng failed: {error}") from error
            finished = self._finished.wait(RENDER_TIMEOUT_S)
        if self._errors:
            raise SpeechEngineError(
                f"espeak-ng refused the voice settings {properties}: {self._errors[0]} "
                "(espeak-ng --voices lists the voices)"
            )
        if not finished:
            _EspeakEngine._discard(self)
            raise SpeechEngineError("espeak-ng did not finish rendering a line")
        import soundfile

        samples, _rate = soundfile.read(path, dtype="int16")
        return np.asarray(samples, dtype=np.int16).reshape(-1)


def _wait_until(condition: Callable[[], bool], timeout_s: float) -> None:
    """Polls a condition espeak offers no notification for (normally true within ms)."""
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.001)


class EspeakVoice:
    """espeak-ng via pyttsx3, rendered to 22.05 kHz mono."""

    def __init__(
        self, voice: str = "en-us", rate_wpm: int = 170, pitch: int = 50, volume: float = 1.0
    ) -> None:
        self.voice = voice
        self.rate_wpm = rate_wpm
        self.pitch = pitch
        self.volume = volume
        self.identity = f"espeak-ng|{voice}|{rate_wpm}wpm|pitch{pitch}|vol{volume:g}|trim50ms"
        self._engine = _EspeakEngine.shared()

    def render(self, text: str) -> AudioChunk:
        if not text.strip():
            return AudioChunk(np.zeros(0, dtype=np.int16), ESPEAK_RATE)
        samples = self._engine.render(
            text,
            {"voice": self.voice, "rate": self.rate_wpm, "pitch": self.pitch,
             "volume": self.volume},
        )
        return AudioChunk(trim_silence(samples, ESPEAK_RATE), ESPEAK_RATE)


@dataclass(frozen=True)
class PrerenderReport:
    rendered: int
    already_cached: int
    seconds: float
    """Wall time the whole pre-render took."""


class CachedVoice:
    """A voice whose lines are kept as WAV files named by a hash of voice and text."""

    def __init__(self, voice: Voice, cache_dir: str | Path) -> None:
        self.voice = voice
        self.identity = voice.identity
        self.cache_dir = Path(cache_dir)
        self.hits = 0
        self.misses = 0

    def path_for(self, text: str) -> Path:
        key = hashlib.sha256(f"{self.voice.identity}\n{text}".encode()).hexdigest()[:32]
        return self.cache_dir / f"{key}.wav"

    def is_cached(self, text: str) -> bool:
        return self.path_for(text).is_file()

    def render(self, text: str) -> AudioChunk:
        import soundfile

        path = self.path_for(text)
        if path.is_file():
            try:
                samples, rate = soundfile.read(path, dtype="int16")
            except (soundfile.LibsndfileError, RuntimeError):
                pass  # a damaged entry is rendered again below
            else:
                self.hits += 1
                return AudioChunk(np.asarray(samples, dtype=np.int16).reshape(-1), int(rate))
        self.misses += 1
        chunk = self.voice.render(text)
        # Write then rename, so a crash never leaves a half-written entry under the key
        # (the partial name is unique per thread: pre-rendering may run beside the meeting).
        partial = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.partial")
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            soundfile.write(partial, chunk.samples, chunk.rate, subtype="PCM_16", format="WAV")
            os.replace(partial, path)
        except (OSError, RuntimeError):  # a full disk: the line is still spoken, just not kept
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        return chunk

    def prerender(self, lines: Iterable[str],
                  stop: threading.Event | None = None) -> PrerenderReport:
        """Render every line not yet in the cache, in order, until `stop` is set."""
        began = time.perf_counter()
        rendered = cached = 0
        for line in dict.fromkeys(lines):
            if stop is not None and stop.is_set():
                break
            if self.is_cached(line):
                cached += 1
            else:
                self.render(line)
                rendered += 1
        return PrerenderReport(rendered, cached, time.perf_counter() - began)


def make_voice(settings: VoiceSettings, cache_dir: str | Path | None = None) -> Voice:
    """The one factory: the engine the settings name, cached when `cache_dir` is given."""
    if settings.engine != "espeak":
        raise SpeechEngineError(f"unknown voice engine {settings.engine!r}: only espeak")
    voice: Voice = EspeakVoice(settings.voice, settings.rate_wpm, settings.pitch)
    return CachedVoice(voice, cache_dir) if cache_dir is not None else voice
