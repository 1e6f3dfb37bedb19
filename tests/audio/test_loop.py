"""The listening loop end to end on a scripted person and a WAV sink: turns, echo, barge-in."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.loop import AudioLoop, BargeIn, PersonaFinished, PersonaStarted
from audio.sinks import NullSink, WavFileSink
from audio.sources import ScriptedSource, WavFileSource
from audio.turns import TurnEnded, TurnSegmenter, TurnStarted
from audio.vad import VoiceActivityDetector

RATE = 16000
VOICE_RATE = 22050


def at(seconds: float) -> int:
    return round(seconds * RATE)


@pytest.fixture
def clips(librivox_clips) -> dict[str, AudioChunk]:
    """Short names for the real clips (all 16 kHz)."""
    by_length = {round(clip.seconds, 1): clip for clip, _ in librivox_clips}
    return {"long": by_length[7.1], "short": by_length[3.0], "medium": by_length[3.3],
            "answer": by_length[5.3]}


def run_to_end(loop: AudioLoop, source: ScriptedSource) -> list[object]:
    events: list[object] = []
    loop.on_event = events.append
    source.finish()
    loop.run()
    return events


def of_type(events: list[object], kind: type) -> list:
    return [e for e in events if isinstance(e, kind)]


def test_a_pause_inside_a_turn_and_a_gap_between_turns(tmp_path, clips):
    source = ScriptedSource(rate=RATE, noise_dbfs=-60.0)
    with WavFileSink(tmp_path / "persona.wav", rate=VOICE_RATE) as sink:
        loop = AudioLoop(source, sink)
        loop.play(clips["long"].resampled(VOICE_RATE))  # the persona asks its question
        first = source.schedule(clips["short"], at(8.0))
        second = source.schedule(clips["medium"], first + len(clips["short"]) + at(0.8))
        second_end = second + len(clips["medium"])
        third = source.schedule(clips["answer"], second_end + at(2.0))
        third_end = third + len(clips["answer"])
        events: list[object] = []
        loop.on_event = events.append
        loop.run(max_s=third_end / RATE + 1.5)  # both turns end on silence, not end of stream
        turns = of_type(events, TurnEnded)
        events += run_to_end(loop, source)
    assert of_type(events, TurnEnded) == turns
    assert len(turns) == 2
    one, two = turns
    assert first <= one.start_sample <= first + at(0.35)
    assert second_end - at(0.35) <= one.end_sample <= second_end
    assert len(one.segments) >= 2  # the pause is inside the turn
    assert third <= two.start_sample <= third + at(0.35)
    assert third_end - at(0.35) <= two.end_sample <= third_end
    assert len(of_type(events, TurnStarted)) == 2

    persona, rate = soundfile.read(tmp_path / "persona.wav", dtype="int16")
    assert rate == VOICE_RATE
    voiced = np.flatnonzero(persona)
    assert voiced[-1] / VOICE_RATE == pytest.approx(7.1, abs=0.05)
    assert len(persona) / VOICE_RATE == pytest.approx(loop.now_s, abs=0.05)


def test_speech_during_the_persona_is_not_a_user_turn(tmp_path, clips):
    source = ScriptedSource(rate=RATE, noise_dbfs=-60.0)
    with WavFileSink(tmp_path / "persona.wav", rate=VOICE_RATE) as sink:
        loop = AudioLoop(source, sink, barge_in=False)
        loop.play(clips["long"].resampled(VOICE_RATE))
        source.schedule(clips["short"], at(2.0))  # talks over the persona
        source.schedule(clips["answer"], at(9.0))  # answers after it
        events = run_to_end(loop, source)
    turns = of_type(events, TurnEnded)
    assert len(turns) == 1
    assert turns[0].start_s == pytest.approx(9.0, abs=0.35)
    assert not of_type(events, BargeIn)
    (finished,) = of_type(events, PersonaFinished)
    assert not finished.interrupted and finished.at_s == pytest.approx(7.1, abs=0.05)
    persona, _ = soundfile.read(tmp_path / "persona.wav", dtype="int16")
    assert np.flatnonzero(persona)[-1] / VOICE_RATE == pytest.approx(7.1, abs=0.05)


def test_with_barge_in_the_user_stops_the_persona(tmp_path, clips):
    source = ScriptedSource(rate=RATE, noise_dbfs=-60.0)
    with WavFileSink(tmp_path / "persona.wav", rate=VOICE_RATE) as sink:
        loop = AudioLoop(source, sink, barge_in=True)
        loop.play(clips["long"].resampled(VOICE_RATE))
        source.schedule(clips["short"], at(2.0))
        events = run_to_end(loop, source)
    (barge,) = of_type(events, BargeIn)
    assert 2.0 <= barge.start_s <= 2.35
    (finished,) = of_type(events, PersonaFinished)
    assert finished.interrupted and finished.at_s == pytest.approx(barge.start_s, abs=0.25)
    assert len(of_type(events, TurnEnded)) == 1  # the interruption is the user's turn
    persona, _ = soundfile.read(tmp_path / "persona.wav", dtype="int16")
    last_heard = np.flatnonzero(persona)[-1] / VOICE_RATE
    assert last_heard == pytest.approx(finished.at_s, abs=0.05)
    assert loop.persona_speech_s == pytest.approx(finished.at_s, abs=0.05)


def test_persona_utterances_queue_one_after_another(clips):
    source = ScriptedSource(rate=RATE)
    loop = AudioLoop(source, NullSink(VOICE_RATE))
    events: list[object] = []
    loop.on_event = events.append
    first = loop.play(clips["short"])
    second = loop.play(clips["medium"])
    assert second.start_s == pytest.approx(first.end_s, abs=1e-3)
    assert [type(e) for e in events] == [PersonaStarted, PersonaStarted]
    loop.run(max_s=first.seconds + second.seconds - 0.1)
    assert loop.persona_playing
    loop.run(max_s=first.seconds + second.seconds + 0.1)
    assert not loop.persona_playing
    assert len(of_type(events, PersonaFinished)) == 1


def test_a_file_source_gives_the_same_turns_as_the_scripted_one(tmp_path, clips):
    def script() -> ScriptedSource:
        source = ScriptedSource(rate=RATE, noise_dbfs=-55.0, seed=5)
        source.schedule(clips["short"], at(1.0))
        source.schedule(clips["medium"], at(6.0))
        source.finish()
        return source

    recording = tmp_path / "mic.wav"
    with WavFileSink(recording, rate=RATE) as recorder:
        scripted = script()
        while (block := scripted.read()) is not None:
            recorder.play(block)
    turns = []
    for source in (script(), WavFileSource(recording, rate=RATE)):
        events: list[object] = []
        AudioLoop(source, NullSink(), on_event=events.append).run()
        ended = of_type(events, TurnEnded)
        turns.append([(t.start_sample, t.end_sample, t.speech_s) for t in ended])
    assert len(turns[0]) == 2
    assert turns[0] == turns[1]


def test_the_loop_measures_itself_and_the_talk(clips):
    source = ScriptedSource(rate=RATE)
    loop = AudioLoop(source, NullSink())
    loop.play(clips["long"].resampled(VOICE_RATE))
    source.schedule(clips["answer"], at(8.0))
    run_to_end(loop, source)
    assert loop.stats.blocks == source.position // source.block_samples
    assert 0 < loop.stats.mean_analysis_s <= loop.stats.analysis_max_s
    assert loop.stats.overflows == 0
    meters = loop.meters(last_partial_text="he might even")
    assert meters.meeting_clock_s == pytest.approx(loop.now_s)
    assert meters.persona_speech_s == pytest.approx(7.1, abs=0.01)
    assert 0.7 * 5.3 <= meters.user_speech_s <= 5.3
    expected_ratio = meters.user_speech_s / (meters.user_speech_s + meters.persona_speech_s)
    assert meters.talk_ratio == pytest.approx(expected_ratio)
    assert meters.last_partial_text == "he might even"


def test_live_meters_show_the_running_turn(voice):
    source = ScriptedSource(rate=RATE)
    loop = AudioLoop(source, NullSink())
    source.schedule(voice(2.0), at(0.5))
    loop.run(max_s=1.5)
    meters = loop.meters()
    assert meters.user_speaking
    assert meters.current_turn_speech_s == pytest.approx(1.0, abs=0.06)
    assert meters.talk_ratio == 1.0


def test_the_caller_can_end_the_users_turn(voice):
    source = ScriptedSource(rate=RATE)
    events: list[object] = []
    loop = AudioLoop(source, NullSink(), on_event=events.append)
    source.schedule(voice(1.0), at(0.5))
    loop.run(max_s=2.0)
    ended = loop.end_turn_now()
    assert ended is not None and ended.ended_early
    assert of_type(events, TurnEnded) == [ended]
    assert loop.user_speech_s == pytest.approx(ended.speech_s)


def test_the_segmenter_must_run_at_the_sources_rate():
    with pytest.raises(ValueError, match="Hz"):
        AudioLoop(ScriptedSource(rate=48000), NullSink(),
                  TurnSegmenter(vad=VoiceActivityDetector(rate=RATE)))
