"""How speech ends in pitch: a voice that rises or falls yields the turn, one held level on
its last words keeps it. Tones with known pitch contours, built sample by sample."""

from __future__ import annotations

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.prosody import pitch_ending, pitch_track

RATE = 16000


def voice(contour_hz: np.ndarray) -> AudioChunk:
    """A buzzy voice-like tone (five harmonics) following `contour_hz`, one value per
    sample."""
    phase = 2 * np.pi * np.cumsum(contour_hz) / RATE
    wave = sum(np.sin(k * phase) / k for k in range(1, 6))
    return AudioChunk((0.3 * 32767 * wave / np.max(np.abs(wave))).astype(np.int16), RATE)


def contour(steady_s: float, end_s: float, start_hz: float, end_hz: float) -> np.ndarray:
    steady = np.full(round(steady_s * RATE), start_hz)
    # The move over the last stretch, in equal steps of semitones.
    move = start_hz * (end_hz / start_hz) ** np.linspace(0, 1, round(end_s * RATE))
    return np.concatenate([steady, move])


def test_the_pitch_track_finds_a_steady_pitch() -> None:
    track = pitch_track(voice(np.full(RATE, 180.0)).samples, RATE)
    assert np.nanmedian(track) == pytest.approx(180, rel=0.03)


@pytest.mark.parametrize(("end_hz", "kind"), [
    (230.0, "rise"),   # a question's rise: over 4 semitones
    (140.0, "fall"),   # a statement's fall
    (178.0, "level"),  # held: under a fifth of a semitone
    (190.0, "rise"),   # a slight rise, near the median, as some voices end a wh-question
    (172.0, "level"),  # a held voice sinking a little is not yet a fall
])
def test_the_last_syllable_rises_falls_or_holds(end_hz: float, kind: str) -> None:
    ending = pitch_ending(voice(contour(1.2, 0.15, 180.0, end_hz)))
    assert ending is not None and ending.kind == kind


def test_a_long_turn_is_judged_by_its_end() -> None:
    # Two minutes of falls and rises before a held ending: only the last seconds count.
    wobble = 180 + 40 * np.sin(np.linspace(0, 200, 120 * RATE))
    held = voice(np.concatenate([wobble, np.full(2 * RATE, 180.0)]))
    ending = pitch_ending(held)
    assert ending is not None and ending.kind == "level"


def test_silence_or_noise_has_no_ending() -> None:
    assert pitch_ending(AudioChunk(np.zeros(RATE, dtype=np.int16), RATE)) is None
    noise = np.random.default_rng(3).normal(0, 3000, RATE).astype(np.int16)
    assert pitch_ending(AudioChunk(noise, RATE)) is None


def test_a_jump_of_an_octave_at_the_end_is_the_tracker_not_the_voice() -> None:
    # A held ending whose last frames read an octave up, as autocorrelation does when it
    # locks onto half the period of a fading voice: no speaker's pitch jumps 12 semitones
    # in 60 ms, so the ending is read from the frames before.
    tone = voice(np.concatenate([np.full(round(1.2 * RATE), 180.0),
                                 np.full(round(0.06 * RATE), 360.0)]))
    track = pitch_track(tone.samples, RATE)
    assert np.nanmax(track) > 300  # the tracker does see the jump
    ending = pitch_ending(tone)
    assert ending is not None and ending.kind == "level"
