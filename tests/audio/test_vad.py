"""Voice activity and turn segmentation on synthetic voices with known timing and on real speech."""

from __future__ import annotations

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.turns import TurnEnded, TurnSegmenter, TurnStarted
from audio.vad import SpeechStarted, SpeechStopped, VoiceActivityDetector

RATE = 16000
FRAME = 480  # 30 ms


def run_vad(chunk: AudioChunk, block: int = FRAME, **options: int) -> list[object]:
    vad = VoiceActivityDetector(rate=RATE, **options)
    events: list[object] = []
    for first in range(0, len(chunk), block):
        events += vad.process(chunk.slice(first, first + block))
    return events


def run_segmenter(chunk: AudioChunk, segmenter: TurnSegmenter, block: int = FRAME) -> list[object]:
    events: list[object] = []
    for first in range(0, len(chunk), block):
        events += segmenter.process(chunk.slice(first, first + block))
    return events


def at(seconds: float) -> int:
    return round(seconds * RATE)


@pytest.mark.parametrize("block", [160, 480, 1000, 16000])
@pytest.mark.parametrize("noise_dbfs", [None, -60.0, -40.0])
def test_speech_start_and_stop_are_found_within_a_frame(timeline, block, noise_dbfs):
    audio = timeline(
        [("silence", 0.517), ("voice", 1.0), ("silence", 1.2), ("voice", 0.5), ("silence", 1.0)],
        noise_dbfs=noise_dbfs,
    )
    events = run_vad(audio, block)
    kinds = [type(e) for e in events]
    assert kinds == [SpeechStarted, SpeechStopped, SpeechStarted, SpeechStopped]
    expected = [0.517, 1.517, 2.717, 3.217]
    for event, seconds in zip(events, expected, strict=True):
        assert abs(event.sample - at(seconds)) <= FRAME, (event, seconds)
    # Starts are dated back to the first voiced frame, not to when the start was confirmed.
    assert events[0].sample <= at(0.517)
    assert events[1].sample >= at(1.517)


@pytest.mark.parametrize("offset_s", [0.0, 0.01, 0.02, 0.029])
@pytest.mark.parametrize("noise_dbfs", [None, -55.0])
def test_a_60_ms_blip_is_not_speech(timeline, offset_s, noise_dbfs):
    audio = timeline(
        [("silence", 0.6 + offset_s), ("voice", 0.06), ("silence", 1.0)], noise_dbfs=noise_dbfs
    )
    assert run_vad(audio) == []


def test_the_same_blip_made_longer_is_speech(timeline):
    audio = timeline([("silence", 0.6), ("voice", 0.3), ("silence", 1.0)])
    assert [type(e) for e in run_vad(audio)] == [SpeechStarted, SpeechStopped]


@pytest.mark.parametrize("noise_dbfs", [None, -70.0, -50.0])
def test_silence_and_quiet_noise_give_no_events(timeline, noise_dbfs):
    assert run_vad(timeline([("silence", 5.0)], noise_dbfs=noise_dbfs)) == []


def test_a_short_gap_does_not_split_speech_but_a_longer_one_does(timeline):
    short_gap = timeline([("silence", 0.3), ("voice", 0.6), ("silence", 0.15), ("voice", 0.6),
                          ("silence", 1.0)])
    long_gap = timeline([("silence", 0.3), ("voice", 0.6), ("silence", 0.6), ("voice", 0.6),
                         ("silence", 1.0)])
    assert len(run_vad(short_gap)) == 2
    assert len(run_vad(long_gap)) == 4


def test_the_detector_refuses_a_rate_webrtcvad_cannot_handle():
    with pytest.raises(ValueError, match="rate"):
        VoiceActivityDetector(rate=22050)
    vad = VoiceActivityDetector(rate=RATE)
    with pytest.raises(ValueError, match="16000 Hz"):
        vad.process(AudioChunk.silence(0.1, 8000))


# -- turns ----------------------------------------------------------------------------


def turns_of(events: list[object]) -> list[TurnEnded]:
    return [e for e in events if isinstance(e, TurnEnded)]


def test_a_pause_of_1_2_s_stays_inside_the_turn(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 1.2), ("voice", 0.8),
                      ("silence", 2.0)], noise_dbfs=-60.0)
    turns = turns_of(run_segmenter(audio, TurnSegmenter()))
    assert len(turns) == 1
    turn = turns[0]
    assert abs(turn.start_sample - at(0.5)) <= FRAME
    assert abs(turn.end_sample - at(3.5)) <= FRAME
    assert turn.speech_s == pytest.approx(1.8, abs=0.07)
    assert len(turn.segments) == 2


def test_the_turn_keeps_each_pause_the_speaker_came_back_from(timeline):
    # A comma's 0.27 s is shorter than the VAD stop window, so no segment shows it; the
    # turn still measures it, as it measures the 0.6 s between two sentences.
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 0.27), ("voice", 0.8),
                      ("silence", 0.6), ("voice", 0.8), ("silence", 2.0)], noise_dbfs=-60.0)
    (turn,) = turns_of(run_segmenter(audio, TurnSegmenter()))
    long_ones = [p for p in turn.pauses_s if p >= 0.15]
    assert long_ones == [pytest.approx(0.27, abs=0.035), pytest.approx(0.6, abs=0.035)]
    # The silence that ended the turn is no pause inside it.
    assert max(turn.pauses_s) < 1.0


def test_a_pause_of_1_5_s_ends_the_turn(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 1.5), ("voice", 0.8),
                      ("silence", 2.0)], noise_dbfs=-60.0)
    turns = turns_of(run_segmenter(audio, TurnSegmenter()))
    assert [(round(t.start_s, 1), round(t.end_s, 1)) for t in turns] == [(0.5, 1.5), (3.0, 3.8)]


def test_the_turn_ends_once_the_silence_has_lasted_end_silence(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 3.0)])
    segmenter = TurnSegmenter(end_silence_s=1.3)
    for block in [audio.slice(first, first + FRAME) for first in range(0, len(audio), FRAME)]:
        events = segmenter.process(block)
        if turns_of(events):
            ended_at = block.end
            break
    else:
        pytest.fail("the turn never ended")
    assert abs(ended_at - at(1.5 + 1.3)) <= FRAME


def test_the_silence_stops_growing_as_soon_as_the_voice_comes_back(timeline):
    # A 0.36 s pause outlasts the VAD stop window, so the voice after it is confirmed as
    # speech only after a few frames; meanwhile the pause must not look longer than it is,
    # or a caller waiting 0.4 s for the end of a question answers into the speaker.
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 0.36), ("voice", 0.8),
                      ("silence", 2.0)], noise_dbfs=-60.0)
    segmenter = TurnSegmenter()
    longest = 0.0
    for block in [audio.slice(first, first + FRAME) for first in range(0, at(2.5), FRAME)]:
        segmenter.process(block)
        longest = max(longest, segmenter.silence_s)
    assert longest <= 0.36 + 0.035


def test_live_figures_while_a_turn_runs(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 0.6)])
    segmenter = TurnSegmenter()
    events = run_segmenter(audio.slice(0, at(1.2)), segmenter)
    assert [type(e) for e in events] == [SpeechStarted, TurnStarted]
    assert segmenter.in_turn
    assert segmenter.current_turn_started_s == pytest.approx(0.5, abs=0.03)
    assert segmenter.current_turn_speech_s == pytest.approx(0.7, abs=0.06)
    assert segmenter.silence_s == 0.0
    run_segmenter(audio.slice(at(1.2), len(audio)), segmenter)
    assert segmenter.in_turn
    assert segmenter.silence_s == pytest.approx(0.6, abs=0.06)
    assert segmenter.last_voiced_sample == pytest.approx(at(1.5), abs=FRAME)


def test_the_running_turn_audio_is_the_users_voice(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 0.3)])
    segmenter = TurnSegmenter(margin_s=0.1)
    run_segmenter(audio, segmenter)
    turn_audio = segmenter.current_turn_audio()
    assert turn_audio is not None
    assert turn_audio.start == pytest.approx(at(0.4), abs=FRAME)
    assert turn_audio.end == len(audio)
    assert np.array_equal(turn_audio.samples, audio.samples[turn_audio.start : turn_audio.end])


def test_turn_audio_is_capped_to_the_most_recent_part(timeline):
    audio = timeline([("silence", 0.5), ("voice", 8.0)])
    segmenter = TurnSegmenter(max_turn_audio_s=2.0)
    run_segmenter(audio, segmenter)
    turn_audio = segmenter.current_turn_audio()
    assert turn_audio is not None
    assert 2.0 <= turn_audio.seconds <= 6.0
    assert turn_audio.end == len(audio)
    assert np.array_equal(turn_audio.samples, audio.samples[turn_audio.start :])


def test_the_finished_turn_carries_its_audio(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 2.0)])
    (turn,) = turns_of(run_segmenter(audio, TurnSegmenter(margin_s=0.2)))
    assert turn.audio is not None
    assert turn.audio.start_s == pytest.approx(0.3, abs=0.03)
    assert turn.audio.end_s == pytest.approx(1.7, abs=0.03)


def test_a_cough_too_short_for_a_turn_is_dropped(timeline):
    audio = timeline([("silence", 0.5), ("voice", 0.15), ("silence", 2.0)])
    segmenter = TurnSegmenter(min_speech_s=0.25)
    events = run_segmenter(audio, segmenter)
    assert SpeechStarted in [type(e) for e in events]  # the VAD heard it...
    assert not [e for e in events if isinstance(e, TurnStarted | TurnEnded)]  # ...no turn
    assert segmenter.discarded_turns == 1
    assert not segmenter.in_turn


def test_the_caller_can_end_a_turn_early_and_speech_after_it_is_a_new_turn(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 0.4), ("voice", 1.0),
                      ("silence", 2.0)])
    segmenter = TurnSegmenter()
    run_segmenter(audio.slice(0, at(1.8)), segmenter)
    early = segmenter.end_turn_now()
    assert early is not None and early.ended_early
    assert early.end_s == pytest.approx(1.5, abs=0.03)
    assert not segmenter.in_turn
    assert segmenter.end_turn_now() is None
    later = turns_of(run_segmenter(audio.slice(at(1.8), len(audio)), segmenter))
    assert [(round(t.start_s, 1), round(t.end_s, 1)) for t in later] == [(1.9, 2.9)]


def test_ending_a_turn_mid_word_starts_the_next_turn_with_the_next_voiced_frame(timeline):
    audio = timeline([("silence", 0.5), ("voice", 2.0), ("silence", 2.0)])
    segmenter = TurnSegmenter()
    run_segmenter(audio.slice(0, at(1.5)), segmenter)
    segmenter.end_turn_now()
    rest = run_segmenter(audio.slice(at(1.5), len(audio)), segmenter)
    (turn,) = turns_of(rest)
    assert abs(turn.start_sample - at(1.5)) <= FRAME
    assert turn.end_s == pytest.approx(2.5, abs=0.03)


def test_speech_heard_while_not_attending_is_not_a_turn(timeline):
    audio = timeline([("silence", 0.5), ("voice", 1.0), ("silence", 2.0)])
    segmenter = TurnSegmenter()
    events: list[object] = []
    for first in range(0, len(audio), FRAME):
        events += segmenter.process(audio.slice(first, first + FRAME), attend=False)
    assert not [e for e in events if isinstance(e, TurnStarted | TurnEnded)]


def test_speech_running_on_after_attention_returns_becomes_a_turn_from_that_moment(timeline):
    audio = timeline([("silence", 0.5), ("voice", 2.0), ("silence", 2.0)])
    segmenter = TurnSegmenter()
    events: list[object] = []
    for first in range(0, len(audio), FRAME):
        events += segmenter.process(audio.slice(first, first + FRAME), attend=first >= at(1.5))
    (turn,) = turns_of(events)
    assert abs(turn.start_sample - at(1.5)) <= FRAME
    assert turn.speech_s == pytest.approx(1.0, abs=0.07)


# -- real speech ---------------------------------------------------------------------


def padded(clip: AudioChunk, before_s: float, after_s: float) -> AudioChunk:
    pad = np.zeros(at(before_s), dtype=np.int16)
    tail = np.zeros(at(after_s), dtype=np.int16)
    return AudioChunk(np.concatenate([pad, clip.samples, tail]), RATE)


def test_each_real_clip_is_one_turn_of_plausible_length(librivox_clips):
    for clip, words in librivox_clips:
        turns = turns_of(run_segmenter(padded(clip, 1.5, 2.0), TurnSegmenter(end_silence_s=1.3)))
        assert len(turns) == 1, words
        turn = turns[0]
        assert turn.start_s >= 1.5 - 0.03
        assert turn.end_s <= 1.5 + clip.seconds + 0.03
        assert 0.7 * clip.seconds <= turn.speech_s <= clip.seconds


def test_real_clips_with_short_gaps_make_one_turn_and_with_long_gaps_one_each(librivox_clips):
    def joined(gap_s: float) -> AudioChunk:
        gap = np.zeros(at(gap_s), dtype=np.int16)
        parts = [np.zeros(at(1.0), dtype=np.int16)]
        for clip, _ in librivox_clips:
            parts += [clip.samples, gap]
        return AudioChunk(np.concatenate([*parts, np.zeros(at(2.0), dtype=np.int16)]), RATE)

    assert len(turns_of(run_segmenter(joined(0.8), TurnSegmenter()))) == 1
    assert len(turns_of(run_segmenter(joined(2.0), TurnSegmenter()))) == len(librivox_clips)


def test_real_speech_in_room_noise_is_found(librivox_clips):
    rng = np.random.default_rng(3)
    for clip, words in librivox_clips:
        samples = padded(clip, 1.0, 2.0).samples.astype(np.float64)
        noisy = samples + rng.normal(0.0, 32768 * 10 ** (-50 / 20), len(samples))
        audio = AudioChunk(np.clip(noisy, -32768, 32767).astype(np.int16), RATE)
        turns = turns_of(run_segmenter(audio, TurnSegmenter()))
        assert len(turns) == 1, words
        assert 0.7 * clip.seconds <= turns[0].speech_s <= clip.seconds
