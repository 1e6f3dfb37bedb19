"""The streaming two-channel recorder on its own: where the persona lands on the timeline,
what a crash would leave on disk at any moment, and a disk that fills up."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.recorder import (
    FRAME_BYTES,
    MicTap,
    RecordingSink,
    StereoRecorder,
    part_frames,
    pcm_part_to_flac,
)
from audio.sinks import NullSink
from audio.wavio import read_audio

SPEECH = Path(__file__).resolve().parents[2] / ".." / "shared" / "speech" / "librivox"
RATE = 16000
BLOCK = 480  # 30 ms, what the microphone source delivers


@pytest.fixture(scope="module")
def speech() -> AudioChunk:
    """A real person reading aloud, 16 kHz mono."""
    paths = sorted(SPEECH.glob("*.wav"))
    if not paths:
        pytest.skip(f"real speech clips not found in {SPEECH.resolve()}")
    return read_audio(paths[0], RATE)


def blocks(audio: AudioChunk, start: int = 0) -> list[AudioChunk]:
    """The audio as a microphone would deliver it: 30 ms blocks on the timeline."""
    return [AudioChunk(audio.samples[i:i + BLOCK], RATE, start + i)
            for i in range(0, len(audio), BLOCK)]


def read_part(part: Path) -> np.ndarray:
    return np.frombuffer(part.read_bytes()[: part_frames(part) * FRAME_BYTES],
                         dtype="<i2").reshape(-1, 2)


def tone(seconds: float, rate: int, freq: float = 440.0) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (np.sin(2 * np.pi * freq * t) * 8000).astype(np.int16)


def test_persona_audio_lands_where_it_was_played_beside_the_microphone(
        tmp_path: Path, speech: AudioChunk) -> None:
    rec = StereoRecorder(tmp_path / "a.part", tmp_path / "a.flac")
    mic = blocks(speech)
    # The persona starts 1.25 s in, rendered at the speaker's 22.05 kHz.
    persona = AudioChunk(tone(2.0, 22050), 22050, round(1.25 * 22050))
    for i, chunk in enumerate(mic):
        if i == 10:  # queued while the timeline is at 0.3 s, as AudioLoop.play does
            rec.write_other(persona)
        rec.write_mic(chunk)
    assert rec.close() == tmp_path / "a.flac"
    assert not (tmp_path / "a.part").exists()
    data, rate = soundfile.read(tmp_path / "a.flac", dtype="int16")
    assert rate == RATE and data.shape == (len(speech), 2)
    assert np.array_equal(data[:, 0], speech.samples)  # the microphone, sample for sample
    voiced = np.flatnonzero(data[:, 1])
    assert voiced[0] == pytest.approx(1.25 * RATE, abs=2)
    assert voiced[-1] == pytest.approx(3.25 * RATE, abs=3)
    assert os.stat(tmp_path / "a.flac").st_mode & 0o777 == 0o600


def test_overlapping_persona_lines_mix_and_a_barge_in_cuts_the_rest(tmp_path: Path) -> None:
    rec = StereoRecorder(tmp_path / "a.part", tmp_path / "a.flac")
    rec.write_other(AudioChunk(np.full(RATE, 1000, np.int16), RATE, 0))
    rec.write_other(AudioChunk(np.full(RATE, 500, np.int16), RATE, RATE // 2))
    for chunk in blocks(AudioChunk.silence(1.0, RATE)):
        rec.write_mic(chunk)
    rec.cut_other()  # the user barged in at 1.0 s: the second line stops there
    for chunk in blocks(AudioChunk.silence(1.0, RATE), start=RATE):
        rec.write_mic(chunk)
    other = read_part(tmp_path / "a.part")[:, 1]
    assert set(other[: RATE // 2]) == {1000}
    assert set(other[RATE // 2: RATE]) == {1500}
    assert not other[RATE:].any()


def test_the_part_file_holds_every_block_as_soon_as_it_is_written(
        tmp_path: Path, speech: AudioChunk) -> None:
    """What a kill -9 would leave: whatever was written, nothing waiting in a buffer."""
    part = tmp_path / "a.part"
    rec = StereoRecorder(part, tmp_path / "a.flac")
    persona = AudioChunk(tone(3.0, RATE), RATE, 2 * RATE)
    rec.write_other(persona)
    mic = blocks(speech)
    for n, chunk in enumerate(mic[:150], start=1):
        rec.write_mic(chunk)
        if n % 37 == 0:
            on_disk = read_part(part)
            assert len(on_disk) == chunk.end == rec.frames
            assert np.array_equal(on_disk[:, 0], speech.samples[: chunk.end])
    on_disk = read_part(part)
    # The persona's line is on disk up to the microphone's position (4.5 s), not beyond.
    assert np.array_equal(on_disk[2 * RATE:, 1], persona.samples[: len(on_disk) - 2 * RATE])
    # A crash leaves this file; recovery converts it as it is.
    rec.abort()
    assert pcm_part_to_flac(part, tmp_path / "r.flac") == pytest.approx(150 * BLOCK / RATE)
    data, _ = soundfile.read(tmp_path / "r.flac", dtype="int16")
    assert np.array_equal(data, on_disk)


def test_a_torn_last_frame_is_dropped_on_conversion(tmp_path: Path) -> None:
    part = tmp_path / "a.part"
    frames = np.arange(2000, dtype="<i2").reshape(-1, 2)
    part.write_bytes(frames.tobytes() + b"\x01\x02\x03")
    assert pcm_part_to_flac(part, tmp_path / "a.flac") == 1000 / RATE
    data, _ = soundfile.read(tmp_path / "a.flac", dtype="int16")
    assert np.array_equal(data, frames)


def test_a_full_disk_stops_the_recording_without_stopping_the_caller(tmp_path: Path) -> None:
    writes = 0

    def disk(fd: int, data: bytes) -> int:
        nonlocal writes
        if writes >= 100:
            raise OSError(errno.ENOSPC, "No space left on device")
        writes += 1
        return os.write(fd, data)

    stopped: list[str] = []
    part = tmp_path / "a.part"
    rec = StereoRecorder(part, tmp_path / "a.flac", write=disk, on_stop=stopped.append)
    for chunk in blocks(AudioChunk.from_float(np.full(5 * RATE, 0.1), RATE)):
        rec.write_mic(chunk)  # never raises
    assert stopped == [rec.error] and rec.error is not None
    assert rec.error.startswith("the disk is full")
    assert "3.0 s" in rec.error  # 100 blocks of 30 ms made it
    assert rec.frames == part_frames(part) == 100 * BLOCK
    assert rec.close() == tmp_path / "a.flac"  # what fitted is kept
    assert soundfile.info(str(tmp_path / "a.flac")).frames == 100 * BLOCK


def test_a_short_write_is_finished_not_lost(tmp_path: Path) -> None:
    def dribble(fd: int, data: bytes) -> int:
        return os.write(fd, data[:7])  # the kernel may take less than asked

    rec = StereoRecorder(tmp_path / "a.part", tmp_path / "a.flac", write=dribble)
    audio = AudioChunk.from_float(np.linspace(-0.5, 0.5, 960), RATE)
    for chunk in blocks(audio):
        rec.write_mic(chunk)
    assert np.array_equal(read_part(tmp_path / "a.part")[:, 0], audio.samples)


def test_an_earlier_recording_is_never_truncated(tmp_path: Path) -> None:
    (tmp_path / "a.part").write_bytes(b"\x00\x01" * 8)
    with pytest.raises(FileExistsError):
        StereoRecorder(tmp_path / "a.part", tmp_path / "a.flac")
    assert (tmp_path / "a.part").read_bytes() == b"\x00\x01" * 8


def test_the_sink_tee_and_the_mic_tap_feed_the_recorder(tmp_path: Path) -> None:
    rec = StereoRecorder(tmp_path / "a.part", tmp_path / "a.flac")
    inner = NullSink()
    sink = RecordingSink(inner, rec)
    tap = MicTap(rec)
    sink.play(AudioChunk(tone(0.5, 22050), 22050, 0))
    assert sink.playing and sink.rate == 22050 and not sink.realtime
    for chunk in blocks(AudioChunk.silence(0.9, RATE)):
        assert tap.process(chunk) == []
        sink.advance(chunk.end_s)
    assert not sink.playing
    rec.close()
    data, _ = soundfile.read(tmp_path / "a.flac", dtype="int16")
    assert data[: RATE // 2, 1].any() and not data[RATE // 2 + 2:, 1].any()
    assert not data[:, 0].any()
