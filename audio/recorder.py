"""A crash-safe two-channel recording: the microphone on channel 1, the other voice on 2.

Audio goes to disk as it arrives, never held for the whole session: each microphone block
becomes interleaved int16 frames appended with an unbuffered `os.write`, so after a
`kill -9` the file holds everything up to the last block the kernel was handed (one block,
~30 ms). The other voice (what the speaker plays) is queued at its timeline position and
written beside the microphone samples of the same moment. `close()` turns the raw file into
FLAC; `pcm_part_to_flac()` does the same for a file a crash left behind.

A write that fails (a full disk) stops the recording, keeps the reason, and tells
`on_stop` once; it never raises into the audio loop.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self

import numpy as np

from audio.chunk import AudioChunk
from audio.sinks import AudioSink

RATE = 16000
CHANNELS = 2
FRAME_BYTES = 2 * CHANNELS
_BLOCK_FRAMES = 1 << 16  # gaps and conversions go in blocks of this many frames
_FULL_DISK = (errno.ENOSPC, errno.EDQUOT)

Writer = Callable[[int, bytes], int]
"""os.write's shape: (fd, data) -> bytes written. Tests pass one that fails."""


class StereoRecorder:
    """Streams (microphone, other) frames to `part`; `close()` converts them to `final`."""

    def __init__(self, part: str | Path, final: str | Path, rate: int = RATE, *,
                 write: Writer | None = None,
                 on_stop: Callable[[str], None] | None = None,
                 max_tail_s: float = 60.0) -> None:
        self.part = Path(part)
        self.final = Path(final)
        self.rate = rate
        self.on_stop = on_stop
        self.max_tail_s = max_tail_s
        self.frames = 0
        """Frames on disk: the timeline position up to which both channels are written."""
        self.error: str | None = None
        """Why recording stopped early (a full disk), or None."""
        self._write = write or os.write
        # O_EXCL: an earlier recording is never truncated by a new one.
        self._fd: int | None = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                                       | os.O_APPEND, 0o600)
        self._other: list[tuple[int, np.ndarray]] = []  # (start frame, samples), queued

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    @property
    def recording(self) -> bool:
        return self._fd is not None and self.error is None

    # -- input ----------------------------------------------------------------------------

    def write_mic(self, chunk: AudioChunk) -> None:
        """The next microphone block, in timeline order; a gap before it is written as silence."""
        if not self.recording:
            return
        chunk = chunk.resampled(self.rate)
        samples = chunk.samples
        if chunk.start < self.frames:  # overlaps what is written: keep only the new part
            samples = samples[self.frames - chunk.start:]
        while self.recording and chunk.start > self.frames:
            n = min(chunk.start - self.frames, _BLOCK_FRAMES)
            self._emit(np.zeros(n, dtype=np.int16))
        if self.recording and len(samples):
            self._emit(samples)

    def write_other(self, chunk: AudioChunk) -> None:
        """Audio of the other voice, heard from `chunk.start_s` (any rate)."""
        if not self.recording or len(chunk) == 0:
            return
        samples = chunk.resampled(self.rate).samples
        # Audio for a moment already written plays late, as a device would play it.
        start = max(round(chunk.start_s * self.rate), self.frames)
        self._other.append((start, samples))

    def cut_other(self, at_s: float | None = None) -> None:
        """Drop the other voice from `at_s` (default: now) on: it was stopped mid-sentence."""
        cut = self.frames if at_s is None else max(self.frames, round(at_s * self.rate))
        self._other = [(s, a[: max(0, cut - s)]) for s, a in self._other if s < cut]

    # -- output ---------------------------------------------------------------------------

    def _other_for(self, start: int, n: int) -> np.ndarray:
        """The other channel for frames [start, start + n), mixed; consumed pieces dropped."""
        mix = np.zeros(n, dtype=np.int32)
        end = start + n
        keep = []
        for s, a in self._other:
            lo, hi = max(s, start), min(s + len(a), end)
            if lo < hi:
                mix[lo - start: hi - start] += a[lo - s: hi - s]
            if s + len(a) > end:
                keep.append((s, a))
        self._other = keep
        return np.clip(mix, -32768, 32767).astype(np.int16)

    def _emit(self, mic: np.ndarray) -> None:
        frames = np.empty((len(mic), CHANNELS), dtype="<i2")
        frames[:, 0] = mic
        frames[:, 1] = self._other_for(self.frames, len(mic))
        data = memoryview(frames.tobytes())
        assert self._fd is not None
        try:
            while data:
                written = self._write(self._fd, bytes(data))
                data = data[written:]
        except OSError as exc:
            self._stop(exc)
            return
        self.frames += len(mic)

    def _stop(self, exc: OSError) -> None:
        if exc.errno in _FULL_DISK:
            self.error = f"the disk is full (recording stopped at {self.seconds:.1f} s)"
        else:
            self.error = f"cannot write {self.part}: {exc.strerror or exc}"
        if self.on_stop is not None:
            self.on_stop(self.error)

    def close(self) -> Path | None:
        """Write the other voice's tail, close, and convert to FLAC. Returns the FLAC path,
        or None when the raw file had to stay (conversion failed: `error` says why)."""
        if self._fd is None:
            return self.final if self.final.is_file() else None
        tail = max((s + len(a) for s, a in self._other), default=0) - self.frames
        tail = min(tail, round(self.max_tail_s * self.rate))
        while self.recording and tail > 0:
            n = min(tail, _BLOCK_FRAMES)
            self._emit(np.zeros(n, dtype=np.int16))
            tail -= n
        os.close(self._fd)
        self._fd = None
        try:
            seconds = pcm_part_to_flac(self.part, self.final, self.rate)
        except OSError as exc:
            if self.error is None:
                self.error = f"cannot write {self.final}: {exc.strerror or exc}"
            return None
        self.part.unlink()
        return self.final if seconds > 0 else None

    def abort(self) -> None:
        """Stop without converting: the raw file stays for `pcm_part_to_flac` later."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def part_frames(part: str | Path) -> int:
    """Whole frames in a raw recording (a torn last frame does not count)."""
    return os.stat(part).st_size // FRAME_BYTES


def pcm_part_to_flac(part: str | Path, flac: str | Path, rate: int = RATE) -> float:
    """Convert a raw interleaved int16 stereo file to FLAC, block by block, atomically
    (a temporary file renamed into place), private to the user. Returns the seconds written;
    an empty recording makes no FLAC (there is no such thing as an empty FLAC) and returns 0.

    Raises OSError when it cannot (the disk is full); `flac` is then left as it was.
    """
    import soundfile

    part, flac = Path(part), Path(flac)
    frames = part_frames(part)
    if frames == 0:
        return 0.0
    tmp = flac.with_name(f".{flac.name}.tmp")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        with open(part, "rb") as src, soundfile.SoundFile(
                str(tmp), "w", samplerate=rate, channels=CHANNELS, subtype="PCM_16",
                format="FLAC") as dst:
            left = frames
            while left > 0:
                n = min(left, _BLOCK_FRAMES)
                block = np.frombuffer(src.read(n * FRAME_BYTES), dtype="<i2")
                dst.write(block.reshape(-1, CHANNELS))
                left -= n
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
    except (OSError, RuntimeError) as exc:  # libsndfile reports a full disk as RuntimeError
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise
        raise OSError(errno.EIO, f"FLAC conversion failed: {exc}") from None
    os.chmod(tmp, 0o600)
    os.replace(tmp, flac)
    return frames / rate


class RecordingSink:
    """A tee in front of a sink: everything played is also recorded as the other voice.

    With `on_sink_error`, a file sink that cannot write (a full disk) is not allowed to break
    the loop: the error is reported once and the sink is left alone from then on. (The loop
    times a file sink's playback from the timeline, not from the sink.)
    """

    def __init__(self, inner: AudioSink, recorder: StereoRecorder,
                 on_sink_error: Callable[[str], None] | None = None) -> None:
        self.inner = inner
        self.recorder = recorder
        self.rate = inner.rate
        self.realtime = inner.realtime
        self.on_sink_error = on_sink_error
        self.sink_error: str | None = None

    def _guarded(self, action: Callable[[], None]) -> None:
        if self.sink_error is not None:
            return
        if self.on_sink_error is None:
            action()
            return
        try:
            action()
        except (OSError, RuntimeError) as exc:  # libsndfile's errors are RuntimeErrors
            self.sink_error = f"cannot write the persona's audio: {exc}"
            self.on_sink_error(self.sink_error)

    def play(self, chunk: AudioChunk) -> None:
        # The speaker first: resampling a long reply for the recording took ~10 ms that
        # the user heard as a slower answer.
        self._guarded(lambda: self.inner.play(chunk))
        self.recorder.write_other(chunk)

    def stop(self) -> None:
        self.recorder.cut_other()
        self._guarded(self.inner.stop)

    @property
    def playing(self) -> bool:
        return self.sink_error is None and self.inner.playing

    def advance(self, now_s: float) -> None:
        self._guarded(lambda: self.inner.advance(now_s))

    def close(self) -> None:
        self._guarded(self.inner.close)

    def __enter__(self) -> Self:
        self.inner.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._guarded(lambda: self.inner.__exit__(kind, error, trace))


class MicTap:
    """An AudioLoop analyzer that records every microphone block; it finds nothing."""

    def __init__(self, recorder: StereoRecorder) -> None:
        self.recorder = recorder

    def process(self, chunk: AudioChunk) -> list[object]:
        self.recorder.write_mic(chunk)
        return []
