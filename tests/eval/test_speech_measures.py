"""Speech measures against known values: a real reader's pace, espeak at set rates, a held
vowel of known length, filler words in transcripts, and the report's `speech` metrics."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.speech_measures import (
    filled_pauses,
    filler_words,
    measure_speech,
    pause_summary,
    speech_segments,
    word_count,
)
from simulator.intents import TurnReader
from simulator.metrics import metrics
from simulator.record import Turn
from tests.simulator.helpers import make_record, make_scenario

LIBRIVOX = Path(__file__).resolve().parents[2] / ".." / "shared" / "speech" / "librivox"
RATE = 16000
READER_WPM = 190  # the LibriVox reader's pace, per the audio helper's measurements


@pytest.fixture(scope="module")
def clips() -> list[tuple[AudioChunk, str]]:
    paths = sorted(LIBRIVOX.glob("*.wav"))
    if not paths:
        pytest.skip(f"real speech clips not found in {LIBRIVOX.resolve()} (shared/speech/)")
    from audio.wavio import read_audio

    return [(read_audio(p, RATE), p.with_suffix(".txt").read_text()) for p in paths]


@pytest.fixture(scope="module")
def espeak_voice() -> object:
    from audio.speech_in import SpeechEngineError
    from audio.speech_out import EspeakVoice

    try:
        return EspeakVoice(voice="en-us+m3", rate_wpm=150)
    except (SpeechEngineError, RuntimeError, OSError) as error:
        pytest.skip(f"espeak-ng is not available: {error}")


def held_vowel(seconds: float, f0: float = 120.0, seed: int = 0) -> np.ndarray:
    """A sustained "uhh": glottal pulses at a steady pitch (0.5 % jitter) through three
    formant resonators, faded in and out over 30 ms."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    x = np.zeros(n)
    t = 0.0
    while t < seconds:
        x[int(t * RATE)] = 1.0
        t += (1 / f0) * (1 + rng.normal(0, 0.005))
    for freq, bandwidth in ((600, 80), (1100, 90), (2500, 120)):
        r = np.exp(-np.pi * bandwidth / RATE)
        a1, a2 = 2 * r * np.cos(2 * np.pi * freq / RATE), -r * r
        y = np.zeros(n)
        for i in range(n):
            y[i] = x[i] + a1 * (y[i - 1] if i else 0) + a2 * (y[i - 2] if i > 1 else 0)
        x = y
    fade = np.minimum(1, np.minimum(np.arange(n), n - np.arange(n)) / (0.03 * RATE))
    return (x * fade / np.abs(x).max() * 0.3 * 32767).astype(np.int16)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.int16)


# --- pace -----------------------------------------------------------------------------------


def test_the_librivox_reader_measures_about_190_words_a_minute(clips) -> None:
    words = sum(word_count(text) for _, text in clips)
    speech_s = sum(measure_speech(audio, text).speech_s for audio, text in clips)
    wpm = words * 60 / speech_s
    assert abs(wpm - READER_WPM) / READER_WPM < 0.10, wpm
    # Voiced time leaves out the silence around each clip.
    assert speech_s < sum(audio.seconds for audio, _ in clips)


TEXT = ("I have been a teacher for nine years and I want to understand how people move into "
        "research. What does a typical week look like for you, and how did you get started?")


def test_measured_pace_tracks_espeak_rate(espeak_voice) -> None:
    from audio.speech_out import EspeakVoice

    measured: dict[int, float] = {}
    for rate in (120, 160, 200):
        audio = EspeakVoice(voice="en-us+m3", rate_wpm=rate).render(TEXT)
        wpm = measure_speech(audio, TEXT).words_per_minute
        assert wpm is not None
        measured[rate] = wpm
    # espeak-ng speaks this text ~1.4x faster than its nominal rate (its "words" are not
    # ours); what must hold is that the measure follows the rate, within 15 %.
    ratios = [measured[r] / r for r in measured]
    assert max(ratios) / min(ratios) < 1.15, measured
    assert measured[120] < measured[160] < measured[200]


# --- filled pauses --------------------------------------------------------------------------


def test_a_held_vowel_between_sentences_is_one_filled_pause(clips) -> None:
    (first, _), (second, _) = clips[0], clips[1]
    before = first.seconds + 0.3
    audio = AudioChunk(np.concatenate([first.samples, silence(0.3), held_vowel(0.5),
                                       silence(0.3), second.samples]), RATE)
    (found,) = filled_pauses(audio)
    assert abs(found.start_s - before) < 0.1 and abs(found.end_s - (before + 0.5)) < 0.1
    assert abs(found.pitch_hz - 120) < 5


@pytest.mark.parametrize("seconds", [0.1, 2.0])
def test_too_short_or_too_long_a_steady_sound_is_not_a_hesitation(seconds: float) -> None:
    audio = AudioChunk(np.concatenate([silence(0.3), held_vowel(seconds), silence(0.3)]), RATE)
    assert filled_pauses(audio) == []


def test_fluent_speech_has_no_filled_pauses(clips, espeak_voice) -> None:
    assert all(filled_pauses(audio) == [] for audio, _ in clips)
    assert filled_pauses(espeak_voice.render(TEXT)) == []


def test_filled_pauses_are_on_the_chunks_timeline() -> None:
    audio = AudioChunk(np.concatenate([silence(0.2), held_vowel(0.5)]), RATE, start=10 * RATE)
    (found,) = filled_pauses(audio)
    assert 10.1 < found.start_s < 10.35


# --- words ----------------------------------------------------------------------------------


def test_filler_words_the_recognizer_kept() -> None:
    said = "So, um, I was, like, thinking about it, you know? Uh, and um I like research."
    assert filler_words(said) == {"um": 2, "uh": 1, "like": 1, "you know": 1}


@pytest.mark.parametrize("text", [
    "I like research a lot.", "It feels like home.", "Do you know anyone at the bank?",
    "You know what, that makes sense.", "I wonder if you know how they hire.",
    "What's the ER like on nights?",
])
def test_like_and_you_know_in_their_ordinary_senses_are_not_fillers(text: str) -> None:
    assert filler_words(text) == {}


def test_pauses_between_segments() -> None:
    segments = [(0, 16000), (24000, 40000), (41000, 50000), (66000, 70000)]
    assert pause_summary(segments, RATE) == {"count": 2, "mean_s": 0.75, "longest_s": 1.0}


def test_speech_segments_find_a_gap_in_real_speech(clips) -> None:
    (a, _), (b, _) = clips[2], clips[3]
    audio = AudioChunk(np.concatenate([a.samples, silence(1.5), b.samples]), RATE)
    gaps = pause_summary(speech_segments(audio), RATE)
    assert gaps["count"] >= 1 and 1.0 < gaps["longest_s"] < 2.5


# --- in the report --------------------------------------------------------------------------


def test_a_spoken_meeting_reports_how_the_user_spoke(clips) -> None:
    (a, text_a), (b, text_b) = clips[0], clips[4]
    gap = silence(1.0)
    user = AudioChunk(np.concatenate([a.samples, gap, held_vowel(0.5), gap, b.samples]), RATE)
    turn_end = user.seconds
    speech_s = sum(measure_speech(c, "").speech_s for c in (a, b))
    words = f"{text_a} um {text_b}"
    turns = [Turn("persona", 0.0, 0.0, "Tell me about yourself.", kind="answer"),
             Turn("user", 0.0, turn_end, words, speech_s=speech_s)]
    m = metrics(make_record(turns), TurnReader(make_scenario()), user_audio=user)
    speech = m["speech"]
    assert speech["filler_words"] == {"um": 1}
    assert abs(speech["words_per_minute"] - word_count(words) * 60 / speech_s) <= 1
    assert speech["longest_monologue_s"] == round(speech_s, 1)
    assert speech["filled_pauses"] == 1 and speech["pauses_in_turns"] >= 1


def test_a_typed_meeting_has_no_speech_section() -> None:
    turns = [Turn("user", 0.0, 3.0, "Hi, thanks for meeting me.")]
    assert "speech" not in metrics(make_record(turns), TurnReader(make_scenario()))
