"""Sound through real devices: sounddevice on the virtual PulseAudio devices that
scripts/with-pulse creates (speaker -> speaker.monitor, micsink -> mic).

Run: scripts/with-pulse .venv/bin/pytest tests/audio_engines -m pulse

These tests wait on a real sound server, so they poll it in bounded loops of short waits;
what they assert is counted in samples. Known quirks of this stack: a first stream in a
process takes up to ~2 s to deliver audio; one duplex stream returns zeros (so input and
output are separate streams); playback at low latency underruns (so default latency and
silence padded at the end).
"""

from __future__ import annotations

import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.speech_out import EspeakVoice

from .conftest import Clip

pytestmark = [pytest.mark.pulse, pytest.mark.usefixtures("pulse_server")]

RATE = 16000
FIRST_AUDIO_TIMEOUT_S = 5.0


def wait_for(condition: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def best_match(recorded: np.ndarray, expected: np.ndarray) -> tuple[float, int]:
    """(normalized cross-correlation, offset in samples) where `expected` fits best."""
    if len(recorded) < len(expected):
        return 0.0, 0
    n = len(recorded) + len(expected)
    size = 1 << (n - 1).bit_length()
    spectrum = np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(expected, size))
    correlation = np.fft.irfft(spectrum, size)[: len(recorded) - len(expected) + 1]
    offset = int(np.argmax(correlation))
    window = recorded[offset : offset + len(expected)]
    norm = float(np.linalg.norm(window) * np.linalg.norm(expected))
    return (float(correlation[offset]) / norm if norm else 0.0), offset


class Parec:
    """`parec` on a PulseAudio source, 16 kHz mono int16, read on a thread."""

    def __init__(self, device: str) -> None:
        self._process = subprocess.Popen(
            ["parec", f"--device={device}", f"--rate={RATE}", "--channels=1",
             "--format=s16le", "--raw", "--latency-msec=20"],
            stdout=subprocess.PIPE,
        )
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while block := os.read(self._process.stdout.fileno(), 4096):
            with self._lock:
                self._buffer.extend(block)

    @property
    def samples_so_far(self) -> int:
        with self._lock:
            return len(self._buffer) // 2

    def stop(self) -> np.ndarray:
        self._process.terminate()
        self._process.wait(timeout=5)
        self._reader.join(timeout=5)
        assert self._process.stdout is not None
        self._process.stdout.close()
        with self._lock:
            data = bytes(self._buffer[: len(self._buffer) // 2 * 2])
        return np.frombuffer(data, dtype=np.int16).astype(np.float32) / 32768.0


def test_sounddevice_sees_the_pulse_devices() -> None:
    import sounddevice

    names = [device["name"] for device in sounddevice.query_devices()]
    assert "pulse" in names or "default" in names, names
    assert sounddevice.query_devices(kind="input")["max_input_channels"] >= 1
    assert sounddevice.query_devices(kind="output")["max_output_channels"] >= 1


def test_a_line_played_to_the_speaker_is_heard_on_its_monitor(espeak: EspeakVoice) -> None:
    import sounddevice

    line = espeak.render("Thanks for making time to talk with me today.")
    padded = np.concatenate([line.as_float(), np.zeros(line.rate // 2, dtype=np.float32)])
    recorder = Parec("speaker.monitor")
    try:
        assert wait_for(lambda: recorder.samples_so_far > 0, FIRST_AUDIO_TIMEOUT_S), (
            "speaker.monitor delivered no audio"
        )
        start = recorder.samples_so_far
        with sounddevice.OutputStream(samplerate=line.rate, channels=1, dtype="float32") as out:
            out.write(padded.reshape(-1, 1))
        wanted = start + round(len(padded) * RATE / line.rate)
        wait_for(lambda: recorder.samples_so_far >= wanted, 5.0)
    finally:
        recorded = recorder.stop()
    expected = line.resampled(RATE).as_float()
    score, offset = best_match(recorded, expected)
    assert score > 0.8
    assert offset >= start - RATE // 10  # after recording began (allowing for buffering)
    heard = AudioChunk.from_float(recorded[offset : offset + len(expected)], RATE)
    assert abs(heard.rms_dbfs() - line.rms_dbfs()) < 3.0


def test_speech_played_into_the_mic_is_recorded(librivox: list[Clip]) -> None:
    import sounddevice

    clip = librivox[1]
    blocks: queue.Queue[np.ndarray] = queue.Queue()

    def on_audio(indata: np.ndarray, frames: int, when: Any, status: Any) -> None:
        blocks.put(indata[:, 0].copy())  # the callback only copies

    recorded: list[np.ndarray] = []

    def collect() -> int:
        while not blocks.empty():
            recorded.append(blocks.get())
        return sum(len(b) for b in recorded)

    with sounddevice.InputStream(
        samplerate=RATE, channels=1, dtype="float32", callback=on_audio
    ):
        assert wait_for(lambda: collect() > 0, FIRST_AUDIO_TIMEOUT_S), "mic delivered no audio"
        before = collect()
        subprocess.run(["paplay", "--device=micsink", str(clip.path)], check=True, timeout=30)
        wanted = before + len(clip.audio) + RATE // 2
        wait_for(lambda: collect() >= wanted, 5.0)
    samples = np.concatenate(recorded)
    expected = clip.audio.as_float()
    score, offset = best_match(samples, expected)
    assert score > 0.9
    assert before - RATE // 10 <= offset <= before + RATE  # began soon after paplay did
    heard = AudioChunk.from_float(samples[offset : offset + len(expected)], RATE)
    assert abs(heard.rms_dbfs() - clip.audio.rms_dbfs()) < 3.0

