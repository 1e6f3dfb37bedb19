"""How someone speaks, measured from their audio and what the recognizer heard.

Pure functions over `AudioChunk`s, sample segments and transcripts; nothing here knows
about interviews. Measures:

- speaking rate: recognised words per minute of voiced speech (pauses excluded);
- filler words the recognizer kept ("um", "uh", "er", "like" used as a filler, "you know");
- filled pauses found in the audio itself, because Whisper usually drops "uhh" and "umm"
  from its transcript: 0.2-1.0 s of voiced sound whose pitch and spectral envelope stay
  the same from one 100 ms to the next (a held vowel or hum), which ordinary speech, moving
  from sound to sound every ~0.1 s, does not produce;
- pauses between stretches of speech, and the longest monologue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from audio.chunk import AudioChunk
from audio.measures import Segment, pauses, speech_seconds, words_per_minute

# --- words ------------------------------------------------------------------------------

# "er" only in lower case (or opening a sentence): "ER" is the emergency room.
_HESITATIONS = re.compile(r"\b(?:[Uu]m+|[Uu]h+|[Ee]rm+|[Ee]r|[Uu]hm+|[Hh]mm+|[Mm]m+)\b")
# "like" set off by commas or opening a clause before a comma ("it was, like, huge"; "like,
# I don't know"): the filler; "I like it", "feels like home" are not counted.
_LIKE_FILLER = re.compile(r"(?:^|[,.;!?]\s*)like\s*,", re.IGNORECASE)
# "you know" not asking anything ("do you know", "you know what", "you know if..."): the
# filler, as said at a clause edge.
_YOU_KNOW_FILLER = re.compile(
    r"(?<!\bdo )(?<!\bdid )(?<!\bif )(?<!\bdon't )(?<!\bwould )\byou know\b"
    r"(?!\s+(?:what|how|where|who|when|why|which|that|if|whether|about|anyone|anybody|"
    r"someone|somebody|him|her|them|it|this|the|a|an|my|your|any)\b)",
    re.IGNORECASE,
)


def filler_words(text: str) -> dict[str, int]:
    """Filler words in a transcript, by kind: {"um": 2, "like": 1, "you know": 1}."""
    out: dict[str, int] = {}
    for m in _HESITATIONS.finditer(text):
        word = m.group(0).lower()
        kind = ("um" if word.startswith(("um", "uhm", "erm")) else
                "uh" if word.startswith("uh") else "hmm" if word.startswith(("hm", "mm"))
                else "er")
        out[kind] = out.get(kind, 0) + 1
    like = len(_LIKE_FILLER.findall(text))
    if like:
        out["like"] = like
    you_know = len(_YOU_KNOW_FILLER.findall(text))
    if you_know:
        out["you know"] = you_know
    return out


def word_count(text: str) -> int:
    """Words a recognizer produced, punctuation ignored."""
    return len(re.findall(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*", text))


def speaking_rate(text: str, speech_s: float) -> float | None:
    """Recognised words per minute of voiced speech; None for no speech."""
    return words_per_minute(word_count(text), speech_s)


# --- voiced stretches ---------------------------------------------------------------------


def speech_segments(audio: AudioChunk) -> list[Segment]:
    """(start, end) sample indices, at the chunk's own rate and on its timeline, of its
    speech as the voice activity detector hears it (the detector that cuts meeting turns)."""
    from audio.vad import SpeechStarted, SpeechStopped, VoiceActivityDetector

    vad_rate = audio.rate if audio.rate in VoiceActivityDetector.RATES else 16000
    chunk = audio.resampled(vad_rate)
    vad = VoiceActivityDetector(rate=vad_rate)
    vad.reset(chunk.start)
    found: list[Segment] = []
    start: int | None = None
    for event in vad.process(chunk):
        if isinstance(event, SpeechStarted):
            start = event.sample
        elif isinstance(event, SpeechStopped) and start is not None:
            found.append((start, event.sample))
            start = None
    if start is not None:
        found.append((start, chunk.start + len(chunk.samples)))
    scale = audio.rate / vad_rate
    return [(round(a * scale), round(b * scale)) for a, b in found]


def pause_summary(segments: Sequence[Segment], rate: int,
                  min_pause_s: float = 0.3) -> dict[str, float | int]:
    """Count, mean and longest of the silent gaps of at least `min_pause_s` between
    segments (0.3 s: the detector's own hangover hides shorter ones)."""
    gaps = pauses(segments, rate, min_pause_s)
    return {"count": len(gaps),
            "mean_s": round(sum(gaps) / len(gaps), 2) if gaps else 0.0,
            "longest_s": round(max(gaps), 2) if gaps else 0.0}


def longest_monologue(turn_seconds: Sequence[float]) -> float:
    return max(turn_seconds, default=0.0)


# --- filled pauses ------------------------------------------------------------------------

FRAME_S = 0.04
HOP_S = 0.01
LAG_S = 0.1
"""Each frame is compared with the one this far back: speech moves to a new sound within
~0.1 s, a held "uhhh" does not."""
MIN_PITCH_HZ = 70.0
MAX_PITCH_HZ = 400.0
VOICING_MIN = 0.45
"""Normalised autocorrelation at the pitch lag: above this a frame is voiced (periodic)."""
LOUD_BELOW_PEAK_DB = 30.0
"""A frame quieter than the chunk's loudest by more than this is not part of a hesitation."""
STEADY_PITCH = 0.06
"""Largest pitch change over LAG_S (log ratio, about one semitone) of a held sound."""
STEADY_ENVELOPE = 0.15
"""Largest change of the spectral envelope (distance between the first 15 cepstral
coefficients, log spectra averaged over 50 ms) over LAG_S of a held sound. Measured: fluent
LibriVox reading holds it for at most 4 frames in a row and fluent espeak for 2, while a
held vowel holds it throughout; 0.2 s needs 7."""
CEPSTRAL_COEFFICIENTS = 15
SMOOTH_FRAMES = 5
MAX_GAP_FRAMES = 2
FILLED_PAUSE_S = (0.2, 1.0)


@dataclass(frozen=True)
class FilledPause:
    start_s: float
    end_s: float
    pitch_hz: float

    @property
    def seconds(self) -> float:
        return self.end_s - self.start_s


def _frames(x: np.ndarray, frame: int, hop: int) -> np.ndarray:
    count = 1 + (len(x) - frame) // hop if len(x) >= frame else 0
    if count <= 0:
        return np.zeros((0, frame))
    idx = np.arange(frame)[None, :] + hop * np.arange(count)[:, None]
    return x[idx]


def _pitch(frames: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Per frame: pitch in Hz and voicing strength (autocorrelation peak, 0..1)."""
    n = frames.shape[1]
    centred = frames - frames.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(centred, 2 * n, axis=1)
    ac = np.fft.irfft(np.abs(spectrum) ** 2, axis=1)[:, :n]
    energy = np.maximum(ac[:, :1], 1e-12)
    lo, hi = int(rate / MAX_PITCH_HZ), min(n - 1, int(rate / MIN_PITCH_HZ))
    window = ac[:, lo:hi] / energy
    lag = np.argmax(window, axis=1) + lo
    strength = window[np.arange(len(lag)), lag - lo]
    return rate / lag, strength


def _held(frames: np.ndarray, rate: int, lag: int) -> tuple[np.ndarray, np.ndarray]:
    """Per frame: does it sound the same as the frame `lag` hops earlier (both loud and
    voiced, same pitch, same spectral envelope)? And the pitch of every frame."""
    pitch, strength = _pitch(frames, rate)
    rms = np.sqrt(np.mean(frames**2, axis=1))
    db = 20 * np.log10(np.maximum(rms, 1e-9))
    voiced = (db > db.max() - LOUD_BELOW_PEAK_DB) & (strength >= VOICING_MIN)
    log_spectrum = np.log(np.abs(np.fft.rfft(frames * np.hanning(frames.shape[1]), axis=1))
                          + 1e-6)
    # Averaged over 50 ms: one 40 ms frame's spectrum wobbles with where the glottal
    # pulses fall in it, even in a perfectly held vowel.
    kernel = np.ones(SMOOTH_FRAMES) / SMOOTH_FRAMES
    log_spectrum = np.apply_along_axis(np.convolve, 0, log_spectrum, kernel, mode="same")
    envelope = np.fft.irfft(log_spectrum, axis=1)[:, 1:CEPSTRAL_COEFFICIENTS + 1]
    held = np.zeros(len(frames), dtype=bool)
    if len(frames) > lag:
        change = np.sqrt(np.sum((envelope[lag:] - envelope[:-lag]) ** 2, axis=1))
        glide = np.abs(np.log(pitch[lag:] / pitch[:-lag]))
        held[lag:] = (voiced[lag:] & voiced[:-lag] & (change <= STEADY_ENVELOPE)
                      & (glide <= STEADY_PITCH))
    return held, pitch


def _bridge(held: np.ndarray, gap: int) -> np.ndarray:
    """Fill gaps of up to `gap` frames inside a run: one wobbly frame does not end a hum."""
    out = held.copy()
    idx = np.flatnonzero(held)
    for a, b in zip(idx, idx[1:], strict=False):
        if 1 < b - a <= gap + 1:
            out[a:b] = True
    return out


def filled_pauses(audio: AudioChunk) -> list[FilledPause]:
    """Held, steady voiced sounds of 0.2-1.0 s ("uhh", "umm", "errr") in `audio`.

    Frames of 40 ms every 10 ms; a frame is "held" when it and the frame 100 ms before it
    are both loud (within 30 dB of the chunk's peak) and voiced (autocorrelation >= 0.45 at
    a pitch of 70-400 Hz), with the same pitch (within a semitone) and the same spectral
    envelope (cepstral distance <= 0.15). A run of held frames spans from 100 ms before
    its first frame to the end of its last; lasting 0.2-1.0 s, it is a filled pause.
    Shorter is an ordinary long vowel; longer a sung note or a tone, not a hesitation.
    """
    rate = audio.rate
    frame, hop, lag = round(FRAME_S * rate), round(HOP_S * rate), round(LAG_S / HOP_S)
    frames = _frames(audio.as_float().astype(np.float64), frame, hop)
    if len(frames) <= lag:
        return []
    held, pitch = _held(frames, rate, lag)
    held = _bridge(held, MAX_GAP_FRAMES)
    found = []
    run_start: int | None = None
    for i, ok in enumerate([*held.tolist(), False]):
        if ok and run_start is None:
            run_start = i
        elif not ok and run_start is not None:
            first = run_start - lag
            seconds = (i - 1 - first) * HOP_S + FRAME_S
            if FILLED_PAUSE_S[0] <= seconds <= FILLED_PAUSE_S[1]:
                start_s = audio.start_s + first * HOP_S
                found.append(FilledPause(round(start_s, 3), round(start_s + seconds, 3),
                                         round(float(np.median(pitch[first:i])), 1)))
            run_start = None
    return found


# --- all together -------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeechMeasures:
    words: int
    speech_s: float
    words_per_minute: float | None
    fillers: dict[str, int]
    filled_pauses: int
    pauses: dict[str, float | int]

    def to_dict(self) -> dict[str, object]:
        wpm = self.words_per_minute
        return {"words": self.words, "speech_s": round(self.speech_s, 1),
                "words_per_minute": None if wpm is None else round(wpm),
                "filler_words": dict(self.fillers),
                "filler_word_count": sum(self.fillers.values()),
                "filled_pauses": self.filled_pauses, "pauses": dict(self.pauses)}


def measure_speech(audio: AudioChunk, text: str) -> SpeechMeasures:
    """Everything above for one stretch of someone's speech and its transcript."""
    segments = speech_segments(audio)
    seconds = speech_seconds(segments, audio.rate)
    return SpeechMeasures(word_count(text), seconds, speaking_rate(text, seconds),
                          filler_words(text), len(filled_pauses(audio)),
                          pause_summary(segments, audio.rate))
