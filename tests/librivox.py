"""Real human speech for tests: the LibriVox clips in shared/speech/librivox (16 kHz mono,
24.7 s in all), each beside a NAME.txt holding the words spoken in it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audio.chunk import AudioChunk
from audio.wavio import read_audio

LIBRIVOX_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "speech" / "librivox"
RATE = 16000


@dataclass(frozen=True)
class Clip:
    path: Path
    audio: AudioChunk
    transcript: str

    @classmethod
    def read(cls, path: Path) -> Clip:
        return cls(path, read_audio(path, RATE), path.with_suffix(".txt").read_text().strip())
