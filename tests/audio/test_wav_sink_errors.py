"""A WAV file sink that cannot write (an unwritable path, a full disk) says so in one line
naming the file, instead of libsndfile's bare "System error."."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.recorder import RecordingSink, StereoRecorder
from audio.sinks import WavFileSink
from audio.wavio import AudioFileError

RATE = 16000


def tone(seconds: float, start_s: float = 0.0) -> AudioChunk:
    samples = (3000 * np.sin(np.arange(round(seconds * RATE)) / 5)).astype(np.int16)
    return AudioChunk(samples, RATE, round(start_s * RATE))


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes fail as libsndfile fails them on a full disk, and the disk has no room left."""

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise soundfile.LibsndfileError(2)  # SFE_SYSTEM: libsndfile's "System error."

    monkeypatch.setattr(soundfile.SoundFile, "write", refuse)
    monkeypatch.setattr("shutil.disk_usage",
                        lambda _folder: SimpleNamespace(total=1 << 30, used=1 << 30, free=0))


def test_a_path_that_cannot_be_created_is_one_line_naming_it_and_why(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("a file, not a folder")
    path = tmp_path / "afile" / "out.wav"
    with pytest.raises(AudioFileError) as raised:
        WavFileSink(path, rate=RATE)
    assert str(raised.value) == f"cannot write audio file {path}: Not a directory"


def test_a_full_disk_is_one_line_naming_the_file(tmp_path: Path, full_disk: None) -> None:
    path = tmp_path / "persona.wav"
    sink = WavFileSink(path, rate=RATE)
    sink.play(tone(0.5))
    with pytest.raises(AudioFileError) as raised:
        sink.advance(1.0)
    assert str(raised.value) == f"cannot write audio file {path}: the disk is full"
    sink.close()  # the failed file is closed already: nothing is retried, nothing raised


def test_a_session_tee_reports_a_full_disk_once_and_keeps_the_loop_going(
        tmp_path: Path, full_disk: None) -> None:
    reasons: list[str] = []
    recorder = StereoRecorder(tmp_path / "audio.pcm.part", tmp_path / "audio.flac", RATE)
    sink = RecordingSink(WavFileSink(tmp_path / "persona.wav", rate=RATE), recorder,
                         on_sink_error=reasons.append)
    with sink:
        sink.play(tone(0.5))
        sink.advance(1.0)
        sink.play(tone(0.5, start_s=1.0))
        sink.advance(2.0)
    recorder.abort()
    assert reasons == ["cannot write the persona's audio: cannot write audio file "
                       f"{tmp_path / 'persona.wav'}: the disk is full"]
