"""A person at a laptop, on the PulseAudio virtual devices scripts/with-pulse makes.

They listen to `speaker.monitor` (what the app plays) and speak into `micsink` (what the
app's microphone `mic` hears), answering a beat after the persona stops talking. Both
directions are recorded from the moment `start()` is called, so times on either side are
sample counts on one timeline. Shared by the end-to-end test and the turn-gap benchmark.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import soundfile

RATE = 16000
BLOCK = 160  # 10 ms
LOUD = 300  # int16 peak that counts as sound on a digital null sink


def pulse_available() -> str | None:
    """None when the virtual devices answer, else why not."""
    if not shutil.which("pactl") or not shutil.which("parec"):
        return "pactl/parec not installed (scripts/setup)"
    done = subprocess.run(["pactl", "list", "short", "sinks"], capture_output=True, text=True)
    if done.returncode != 0:
        return "no PulseAudio server (run under scripts/with-pulse)"
    if "micsink" not in done.stdout or "speaker" not in done.stdout:
        return "PulseAudio runs without the virtual devices of scripts/with-pulse"
    return None


class Tap:
    """Records one PulseAudio source into memory, counting samples as they arrive."""

    def __init__(self, device: str) -> None:
        self._proc = subprocess.Popen(
            ["parec", f"--device={device}", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=10"], stdout=subprocess.PIPE)
        self._blocks: list[np.ndarray] = []
        self._count = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while True:
            data = self._proc.stdout.read(BLOCK * 2)
            if not data:
                return
            block = np.frombuffer(data, dtype=np.int16).copy()
            with self._lock:
                self._blocks.append(block)
                self._count += len(block)

    def samples(self, start: int = 0) -> np.ndarray:
        """The recording from sample `start` on. Polling only the new part keeps the
        listener light: copying a whole meeting's tap each poll took CPU from the app."""
        with self._lock:
            blocks, count = list(self._blocks), self._count
        taken, at = [], count
        for block in reversed(blocks):
            if at <= start:
                break
            taken.append(block)
            at -= len(block)
        if not taken:
            return np.zeros(0, np.int16)
        return np.concatenate(taken[::-1])[max(0, start - at):]

    @property
    def position(self) -> int:
        with self._lock:
            return self._count

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)
        if self._proc.stdout is not None:
            self._proc.stdout.close()


def loud_blocks(samples: np.ndarray) -> np.ndarray:
    n = len(samples) // BLOCK
    return np.abs(samples[: n * BLOCK].reshape(n, BLOCK)).max(axis=1) > LOUD


class Person:
    """Speaks WAV files into the microphone when the persona has finished."""

    def __init__(self) -> None:
        self.heard = Tap("speaker.monitor")  # the persona
        self.said = Tap("micsink.monitor")  # what the app's microphone got
        self._dir = Path(tempfile.mkdtemp(prefix="person-"))

    def persona_quiet_for(self, seconds: float) -> bool:
        """Has the persona spoken, and been silent for `seconds` since?"""
        loud = loud_blocks(self.heard.samples())
        if not loud.any():
            return False
        last = int(np.nonzero(loud)[0][-1])
        return (len(loud) - 1 - last) * BLOCK >= seconds * RATE

    def wait_for_persona(self, quiet_s: float = 1.0, timeout_s: float = 120.0,
                         after: int = 0) -> bool:
        """Bounded wait until the persona has spoken (after sample `after`) and stopped."""
        limit = time.monotonic() + timeout_s
        while time.monotonic() < limit:
            heard = self.heard.samples()
            loud = loud_blocks(heard[after:])
            if loud.any():
                last = int(np.nonzero(loud)[0][-1])
                if (len(loud) - 1 - last) * BLOCK >= quiet_s * RATE:
                    return True
            time.sleep(0.05)
        return False

    def say(self, samples: np.ndarray, rate: int) -> None:
        """Play into the microphone and wait until it has been played."""
        path = self._dir / f"turn-{time.monotonic_ns()}.wav"
        soundfile.write(path, samples, rate, subtype="PCM_16")
        subprocess.run(["paplay", "--device=micsink", str(path)], check=True, timeout=120)

    def close(self) -> None:
        self.heard.close()
        self.said.close()
        shutil.rmtree(self._dir, ignore_errors=True)
