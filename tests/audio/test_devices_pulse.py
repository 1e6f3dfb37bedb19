"""The device classes on a real sound server: PulseAudio's virtual devices from scripts/with-pulse.

The test feeds the virtual microphone with `paplay --device=micsink` and listens to the
speaker with `parec --device=speaker.monitor`, as a person at a laptop would. Waiting here
is for real devices, so it polls with short, bounded waits.
"""

from __future__ import annotations

import subprocess
import threading
import time

import numpy as np
import pytest

from audio.devices import list_devices
from audio.loop import AudioLoop
from audio.sinks import NullSink, SpeakerSink
from audio.sources import MicrophoneSource
from audio.turns import TurnEnded

pytestmark = pytest.mark.pulse


@pytest.fixture(scope="module")
def virtual_devices(pulse_server: None) -> None:
    names = subprocess.run(["pactl", "list", "short", "sinks"], capture_output=True, text=True,
                           check=False).stdout
    if "micsink" not in names or "speaker" not in names:
        pytest.skip("the PulseAudio server lacks the virtual sinks 'speaker' and 'micsink'")


def test_devices_are_listed_with_defaults(virtual_devices):
    devices = list_devices()
    assert any(d.inputs > 0 and d.is_default_input for d in devices)
    assert any(d.outputs > 0 and d.is_default_output for d in devices)


def test_the_microphone_hears_a_person_speaking(virtual_devices, librivox_clips, librivox_paths):
    clip, _ = librivox_clips[1]
    clip_path = librivox_paths[1]
    events: list[object] = []
    with MicrophoneSource(rate=16000) as mic:
        assert mic.read() is not None  # the stream is running before the person speaks
        player = subprocess.Popen(["paplay", "--device=micsink", str(clip_path)])
        try:
            loop = AudioLoop(mic, NullSink(), on_event=events.append)
            budget_s = clip.seconds + 6.0
            loop.run(until=lambda: any(isinstance(e, TurnEnded) for e in events), max_s=budget_s)
        finally:
            player.wait(timeout=15)
    turns = [e for e in events if isinstance(e, TurnEnded)]
    assert len(turns) == 1
    assert 0.7 * clip.seconds <= turns[0].speech_s <= clip.seconds + 0.1
    assert mic.overflows == 0
    assert loop.stats.mean_analysis_s < loop.stats.block_s


def test_the_speaker_is_heard_on_the_monitor(virtual_devices, librivox_clips):
    clip, _ = librivox_clips[1]
    voice = clip.resampled(22050)
    captured: list[bytes] = []
    listen = ["parec", "--device=speaker.monitor", "--rate=16000", "--channels=1",
              "--format=s16le", "--raw", "--latency-msec=20"]
    with subprocess.Popen(listen, stdout=subprocess.PIPE) as recorder:
        assert recorder.stdout is not None
        pipe = recorder.stdout
        reader = threading.Thread(
            target=lambda: captured.extend(iter(lambda: pipe.read(3200), b""))
        )
        reader.start()
        try:
            with SpeakerSink(rate=22050) as speaker:
                speaker.play(voice)
                deadline = time.monotonic() + clip.seconds + 8.0
                while speaker.playing and time.monotonic() < deadline:
                    time.sleep(0.05)
                assert not speaker.playing
                assert speaker.samples_played == len(voice)
                time.sleep(0.3)  # let the monitor deliver the last of it
        finally:
            recorder.terminate()
            reader.join(timeout=5)
    heard = np.frombuffer(b"".join(captured), dtype=np.int16)
    frames = heard[: len(heard) // 1600 * 1600].reshape(-1, 1600).astype(np.float64)
    loud = np.sqrt((frames**2).mean(axis=1)) > 32768 * 10 ** (-40 / 20)
    assert loud.sum() * 0.1 == pytest.approx(clip.seconds, abs=0.8)
