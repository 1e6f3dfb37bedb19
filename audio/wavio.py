"""Reading audio files into `AudioChunk`s, and resampling a stream block by block.

soundfile (libsndfile) reads WAV, FLAC and OGG. Files are read in blocks so an hour-long
recording never sits in memory whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np

from audio.chunk import AudioChunk


class AudioFileError(Exception):
    """An audio file is missing or cannot be decoded; `str()` is one line for the user."""


def to_mono_int16(frames: np.ndarray) -> np.ndarray:
    """Average the channels of an (n,) or (n, channels) float array into mono int16."""
    mono = frames.mean(axis=1) if frames.ndim == 2 else frames
    return np.clip(np.round(mono * 32768.0), -32768, 32767).astype(np.int16)


class StreamResampler:
    """Linear-interpolation resampler that gives the same samples whatever the block sizes.

    Output sample n sits at input position n * in_rate / out_rate; the last input sample
    of each block is kept so the next block interpolates across the boundary.
    """

    def __init__(self, in_rate: int, out_rate: int) -> None:
        self.in_rate = in_rate
        self.out_rate = out_rate
        self._kept = np.zeros(0, dtype=np.float64)
        self._kept_from = 0  # input index of self._kept[0]
        self._produced = 0

    def process(self, samples: np.ndarray) -> np.ndarray:
        """Take int16 input, return the int16 output samples it completes."""
        if self.in_rate == self.out_rate:
            return samples.astype(np.int16, copy=False)
        buffer = np.concatenate([self._kept, samples.astype(np.float64)])
        if len(buffer) == 0:
            return np.zeros(0, dtype=np.int16)
        last_input = self._kept_from + len(buffer) - 1
        n_end = last_input * self.out_rate // self.in_rate + 1
        n = np.arange(self._produced, n_end, dtype=np.float64)
        positions = n * self.in_rate / self.out_rate - self._kept_from
        out = np.interp(positions, np.arange(len(buffer), dtype=np.float64), buffer)
        self._produced = n_end
        keep_from = n_end * self.in_rate // self.out_rate - self._kept_from
        keep_from = min(max(keep_from, 0), len(buffer) - 1)
        self._kept = buffer[keep_from:]
        self._kept_from += keep_from
        return np.clip(np.round(out), -32768, 32767).astype(np.int16)


def _open(path: Path):  # -> soundfile.SoundFile
    import soundfile

    if not path.is_file():
        raise AudioFileError(f"audio file not found: {path}")
    try:
        return soundfile.SoundFile(str(path))
    except (soundfile.LibsndfileError, RuntimeError) as error:
        raise AudioFileError(f"cannot read audio file {path}: {error}") from None


def iter_file_blocks(path: str | Path, rate: int, block_samples: int) -> Iterator[np.ndarray]:
    """Mono int16 blocks of `block_samples` at `rate` (the last one may be shorter)."""
    path = Path(path)
    with _open(path) as sound:
        resampler = StreamResampler(sound.samplerate, rate)
        pending = np.zeros(0, dtype=np.int16)
        read_frames = max(1, block_samples * sound.samplerate // rate) * 16
        for frames in sound.blocks(blocksize=read_frames, dtype="float32", always_2d=True):
            pending = np.concatenate([pending, resampler.process(to_mono_int16(frames))])
            whole = len(pending) - len(pending) % block_samples
            for first in range(0, whole, block_samples):
                yield pending[first : first + block_samples]
            pending = pending[whole:]
        if len(pending):
            yield pending


def read_audio(path: str | Path, rate: int | None = None) -> AudioChunk:
    """The whole file as one mono chunk starting at 0, resampled to `rate` if given."""
    path = Path(path)
    with _open(path) as sound:
        frames = sound.read(dtype="float32", always_2d=True)
        native_rate = sound.samplerate
    chunk = AudioChunk(to_mono_int16(frames), native_rate)
    return chunk.resampled(rate) if rate else chunk
