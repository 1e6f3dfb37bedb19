"""The pitch endings of real espeak-ng speech: its questions rise, its statements fall, and
a clause it holds into a mid-sentence pause (an SSML break) stays level."""

from __future__ import annotations

import io
import shutil
import subprocess

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.prosody import pitch_ending
from audio.speech_out import EspeakVoice
from simulator.voice_run import USER_ESPEAK_RATE, USER_VOICES


def test_espeak_questions_rise_and_statements_fall(espeak: EspeakVoice) -> None:
    asked = pitch_ending(espeak.render("Where do data scientists usually go after that?"))
    told = pitch_ending(espeak.render("Data scientists usually go into management after that."))
    assert asked is not None and asked.kind == "rise"
    assert told is not None and told.kind == "fall"


@pytest.mark.parametrize("name", USER_VOICES)
def test_the_scripted_users_voices_end_a_wh_question_rising(espeak: EspeakVoice,
                                                            name: str) -> None:
    # Some end it barely above their median (en-us 1.0 st up, en-gb-x-rp 0.8 st as a
    # meeting heard it): read as held level, the persona waited the full silence after it.
    asked = pitch_ending(EspeakVoice(name, USER_ESPEAK_RATE, 45).render(
        "What does a typical week look like for you?"))
    assert asked is not None and asked.kind == "rise", asked


def test_a_clause_held_into_a_pause_stays_level() -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt install espeak-ng)")
    ssml = ('<speak>And where do data scientists usually go <break time="900ms"/> after they '
            "reach senior level?</speak>")
    wav = subprocess.run(["espeak-ng", "-v", "en-us+f2", "-s", "150", "-m", "--stdout", ssml],
                         capture_output=True, check=True).stdout
    samples, rate = soundfile.read(io.BytesIO(wav), dtype="int16")
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > 300)
    before_pause = samples[:loud[np.argmax(np.diff(loud))] + 1]
    held = pitch_ending(AudioChunk(before_pause, rate).resampled(16000))
    assert held is not None and held.kind == "level"
