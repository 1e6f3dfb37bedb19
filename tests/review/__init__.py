"""Review tests: real meetings (scripted self-play) given a synthetic recording.

Each turn's audio is a tone of its own pitch on its speaker's channel, so a test can tell
which turn it is hearing wherever the audio ends up (a played slice, the page's MP3).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np

RATE = 16000


def turn_tone_hz(index: int) -> float:
    """Every turn its own pitch, all well inside the page's 8 kHz telephone band."""
    return 300.0 + 40.0 * index


def scripted_session(folder: Path, candidate: str = "flawed",
                     scenario: str = "starter/nurse") -> Path:
    """A real scripted self-play (no audio) written into `folder`."""
    from rich.console import Console

    from simulator.run import run_candidate

    run_candidate(scenario, candidate, 1, folder, Console(file=io.StringIO()), None)
    return folder


def add_recording(folder: Path, audio_start_s: float = 1.5) -> Path:
    """audio.flac for the session's turns (user on channel 1, persona on channel 2), and
    meta.json saying the recording started `audio_start_s` into the meeting."""
    import soundfile

    report = json.loads((folder / "report.json").read_text())
    end_s = max(t["end_s"] for t in report["turns"]) - audio_start_s + 0.5
    audio = np.zeros((round(end_s * RATE), 2), dtype=np.int16)
    for i, turn in enumerate(report["turns"]):
        first = max(0, round((turn["start_s"] - audio_start_s) * RATE))
        last = round((turn["end_s"] - audio_start_s) * RATE)
        t = np.arange(last - first) / RATE
        tone = 9000 * np.sin(2 * np.pi * turn_tone_hz(i) * t)
        audio[first:last, 0 if turn["speaker"] == "user" else 1] = tone.astype(np.int16)
    soundfile.write(str(folder / "audio.flac"), audio, RATE, subtype="PCM_16")
    meta_path = folder / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    meta["audio_start_s"] = audio_start_s
    meta_path.write_text(json.dumps(meta))
    return folder


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


LONG_SCRIPT = """\
turns:
  - say: "Hi Lorraine, thanks so much for meeting me before your shift."
  - say: "I'm an office manager exploring a move into nursing, and I'd love to understand
      what the work is really like and the best way in."
  - say: "What does a typical night look like when you're the charge nurse?"
    pause: 240
  - say: "What's the hardest part of emergency nursing that people don't see?"
    pause: 240
  - say: "Is Saint Brendan's hiring? Could you pass my resume to your nurse manager?"
  - say: "For someone with a communications degree, would you go for an accelerated BSN
      or start at community college?"
    pause: 240
  - say: "Is there anyone else you'd suggest I talk to?"
    pause: 100
  - say: "Thank you so much, this was really helpful."
"""


def overrunning_session(folder: Path) -> Path:
    """A real scripted meeting that gets a time cue, a wrap-up and runs past the agreed end."""
    from click.testing import CliRunner

    from simulator.cli import cli

    script = folder.with_name(folder.name + "-script.yaml")
    script.write_text(LONG_SCRIPT)
    result = CliRunner().invoke(cli, ["run", "starter/nurse", "--script", str(script),
                                      "--out", str(folder), "--seed", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return folder
