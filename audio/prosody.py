"""How a stretch of speech ends in pitch: rising, falling, or held level.

Speakers hold the turn with a level pitch on their last words ("And where do people
usually go | ... after senior level?") and yield it with a fall or a rise; this is one of
the cues listeners use to tell a pause inside a turn from its end (Gravano and Hirschberg,
"Turn-taking cues in task-oriented dialogue", 2011). The pitch is found by
autocorrelation in 40 ms frames every 10 ms, over the last seconds of voiced speech only,
so a long turn costs no more than a short one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from audio.chunk import AudioChunk

FRAME_S = 0.04
HOP_S = 0.01
LOOKED_AT_S = 2.0
"""The speech before the end that is looked at: enough for the speaker's usual pitch."""
TAIL_FRAMES = 12
"""The ending is the last 120 ms of pitched speech: about the last stressed syllable."""
MIN_PITCHED_FRAMES = 20
"""Fewer pitched frames than this (0.2 s) say nothing of an ending."""
LOWEST_HZ, HIGHEST_HZ = 70.0, 400.0
VOICED_CORRELATION = 0.3
"""A frame is pitched when its autocorrelation at the period is this share of its energy."""
QUIET = 0.02
"""Frames quieter than this share of full scale (RMS) are left out."""
RISES_ST = 0.5
"""Semitones the pitch climbs over the last 120 ms that make a rise: a question's rise can
be slight (en-gb-x-rp ends "What does a typical week look like for you?" 0.8 st up, near
its median), while a voice held into a pause does not climb at all..."""
FALLS_ST = 1.0
"""...semitones it drops that make a fall (a held voice often sinks a little)..."""
AWAY_ST = 1.5
"""...or semitones above or below the speaker's usual pitch (the median) that the ending
reaches. On espeak's en-gb-x-rp, en-us+m7, en-us, en-us+m3 (118 wpm) and en-us+f2 (150
wpm): 198 of 200 questions rise, 185 of 200 statements fall, and 86 of 165 clauses cut at a
mid-sentence pause stay level."""
OCTAVE_ERROR_ST = 8.0
"""Frames this far from the median are the autocorrelation locking onto half or double the
period (an octave is 12 st), not speech: no speaker's sentence ending moves that far."""

Ending = Literal["rise", "fall", "level"]


@dataclass(frozen=True)
class PitchEnding:
    kind: Ending
    slope_st: float
    """How far the pitch moved over the last 120 ms, in semitones."""
    end_st: float
    """Where it ended, in semitones from the speaker's median over the stretch."""


def pitch_track(samples: np.ndarray, rate: int) -> np.ndarray:
    """Pitch in hertz every 10 ms (NaN where a frame is quiet or unpitched)."""
    x = samples.astype(np.float64) / 32768.0
    n, hop = round(FRAME_S * rate), round(HOP_S * rate)
    if len(x) < n:
        return np.empty(0)
    frames = np.lib.stride_tricks.sliding_window_view(x, n)[::hop]
    frames = frames - frames.mean(axis=1, keepdims=True)
    rms = np.sqrt((frames ** 2).mean(axis=1))
    # Autocorrelation of every frame at once, through the spectrum (zero-padded: no wrap).
    spectrum = np.fft.rfft(frames, 2 * n, axis=1)
    ac = np.fft.irfft(spectrum * np.conj(spectrum), axis=1)[:, :n]
    lo, hi = int(rate / HIGHEST_HZ), min(int(rate / LOWEST_HZ), n - 1)
    lag = lo + np.argmax(ac[:, lo:hi], axis=1)
    strength = ac[np.arange(len(ac)), lag] / np.maximum(ac[:, 0], 1e-12)
    pitched = (rms >= QUIET) & (strength >= VOICED_CORRELATION)
    return np.where(pitched, rate / lag, np.nan)


def pitch_ending(chunk: AudioChunk) -> PitchEnding | None:
    """How `chunk` (speech up to its last voiced sample) ends in pitch; None when too little
    of it is pitched to tell."""
    tail = chunk.samples[-round(LOOKED_AT_S * chunk.rate):]
    track = pitch_track(tail, chunk.rate)
    pitched = track[~np.isnan(track)]
    if len(pitched) < MIN_PITCHED_FRAMES:
        return None
    st = 12 * np.log2(pitched / np.median(pitched))
    st = st[np.abs(st) < OCTAVE_ERROR_ST]
    if len(st) < MIN_PITCHED_FRAMES:
        return None
    last = st[-TAIL_FRAMES:]
    slope = float(last[-3:].mean() - last[:3].mean())
    end = float(last[-3:].mean())
    if slope > RISES_ST or end > AWAY_ST:
        kind: Ending = "rise"
    elif slope < -FALLS_ST or end < -AWAY_ST:
        kind = "fall"
    else:
        kind = "level"
    return PitchEnding(kind, round(slope, 2), round(end, 2))
