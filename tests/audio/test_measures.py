"""Speaking measures: pauses, turn lengths, talk ratio, speaking rate."""

from __future__ import annotations

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.measures import (
    count_words,
    pauses,
    speech_seconds,
    talk_ratio,
    turn_lengths,
    turn_pauses,
    words_per_minute,
)
from audio.turns import TurnEnded, TurnSegmenter

RATE = 16000


def test_pauses_are_the_gaps_between_segments_in_order():
    segments = [(32000, 48000), (0, 16000), (16000, 24000)]
    assert pauses(segments, RATE) == [0.5]
    assert pauses([(0, 16000), (24000, 32000), (64000, 80000)], RATE) == [0.5, 2.0]
    assert pauses([(0, 16000), (24000, 32000), (64000, 80000)], RATE, min_pause_s=1.0) == [2.0]
    assert pauses([(0, 16000)], RATE) == []


def test_speech_seconds_and_turn_lengths():
    turn = TurnEnded(8000, 80000, 3.0, RATE, ((8000, 40000), (56000, 80000)))
    assert speech_seconds(turn.segments, RATE) == pytest.approx(3.5)
    assert turn_lengths([turn]) == [pytest.approx(4.5)]
    assert turn_pauses(turn) == [pytest.approx(1.0)]


def test_talk_ratio_is_the_users_share_of_speaking():
    assert talk_ratio(30.0, 90.0) == pytest.approx(0.25)
    assert talk_ratio(10.0, 0.0) == 1.0
    assert talk_ratio(0.0, 0.0) is None


def test_words_per_minute():
    assert words_per_minute(150, 60.0) == pytest.approx(150.0)
    assert words_per_minute(25, 10.0) == pytest.approx(150.0)
    assert words_per_minute(10, 0.0) is None


def test_the_real_readers_speaking_rate_is_that_of_reading_aloud(librivox_clips):
    words = 0
    speech_s = 0.0
    for clip, text in librivox_clips:
        pad = np.zeros(RATE, dtype=np.int16)
        audio = AudioChunk(np.concatenate([pad, clip.samples, pad, pad]), RATE)
        segmenter = TurnSegmenter()
        events = [e for first in range(0, len(audio), 480)
                  for e in segmenter.process(audio.slice(first, first + 480))]
        speech_s += sum(e.speech_s for e in events if isinstance(e, TurnEnded))
        words += count_words(text)
    rate = words_per_minute(words, speech_s)
    assert rate is not None
    assert 120 <= rate <= 220  # audiobook narration runs about 150-180 words a minute

