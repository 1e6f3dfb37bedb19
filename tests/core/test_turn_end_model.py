"""The turn-end model: a statement that hands the turn over is answered sooner; a sentence
that more will follow is waited through."""

from __future__ import annotations

import io
import shutil
import subprocess

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.prosody import pitch_ending
from audio.sinks import NullSink
from audio.sources import ScriptedSource
from audio.speech_in import Transcript
from audio.speech_out import EspeakVoice
from simulator.run import setup_for
from simulator.turn_end import (
    END_SILENCE_S,
    ENDS,
    GOES_ON,
    HANDOVER_END_S,
    LIKELY,
    QUESTION_END_S,
    STATEMENT_END_S,
    UNSURE,
    end_wait,
    ending_features,
    ending_reader,
)
from simulator.voice_run import persona_voice
from simulator.voiced import SampleClock, VoiceMeeting, VoiceParts


@pytest.fixture(scope="module")
def ending():
    reader = ending_reader("Dana Whitfield", "Northwind Bank")
    assert reader is not None, "simulator/data/turn_end_model.npz is missing"
    return reader


@pytest.mark.parametrize("text", [
    "Hi Dana, I'm Sam. Thank you so much for making the time to talk with me today.",
    "Thank you so much for your time, Dana. Goodbye.",
    "I've been a teacher for eight years. I'd love to understand what the work is really like.",
])
def test_a_statement_that_hands_the_turn_over_ends_sooner(text: str, ending) -> None:
    assert end_wait(text, ending).seconds == HANDOVER_END_S < STATEMENT_END_S


@pytest.mark.parametrize("text", [
    "So I started in retail.",
    "So I started in retail. Then I moved to logistics.",
    "Good afternoon, Dana.",
    "Anyway, that's a long story.",
])
def test_a_sentence_more_will_follow_gets_the_full_pause(text: str, ending) -> None:
    assert end_wait(text, ending).seconds == STATEMENT_END_S


@pytest.mark.parametrize("text", [
    "What does a typical week look like for you?",
    "Is there anyone else you'd suggest I speak with?",
    "I've been a teacher for eight years. How did you get into research?",
])
def test_a_question_that_ends_the_turn_is_answered_quickly(text: str, ending) -> None:
    assert end_wait(text, ending).seconds == QUESTION_END_S


def test_a_question_that_leads_on_waits_like_a_statement(ending) -> None:
    text = "Before I ask my questions, can I give you a bit of background?"
    assert end_wait(text, ending).seconds == STATEMENT_END_S


@pytest.mark.parametrize("text", [
    # Whisper's "?" after the list inside a story: the story goes on after a comma pause.
    "The products interest me more than the disputes. Why a tool was designed that way? "
    "What the company told its customers?",
    "I keep asking myself how the rota works, and how the shifts get split?",
])
def test_a_wh_clause_with_a_question_mark_is_no_finished_question(text: str, ending) -> None:
    assert end_wait(text, ending).seconds >= STATEMENT_END_S
    assert end_wait(text).seconds >= STATEMENT_END_S


@pytest.mark.parametrize("verdict", [ENDS, GOES_ON, UNSURE])
def test_unfinished_words_wait_the_longest_whatever_the_model_says(verdict: str) -> None:
    for text in ("What I'd really like to know is", "Thank you so much and"):
        assert end_wait(text, lambda _: verdict).seconds == END_SILENCE_S


def test_without_a_model_the_kind_of_sentence_decides() -> None:
    assert end_wait("Can I ask you something?").seconds == QUESTION_END_S
    assert end_wait("Thank you so much for your time, Dana. Goodbye.").seconds == STATEMENT_END_S


def test_features_see_the_sentence_before_and_how_far_the_turn_has_come() -> None:
    first = ending_features("what do you do? i teach.")
    assert "after a question" in first and "at:1" in first and "last:teach" in first
    assert "before w:what" in first and "w:teach" in first
    assert "at:3" in ending_features("a. b. c. d. e.")  # "three or more before"


def _meeting_with(said: AudioChunk, whisper):
    setup = setup_for("starter/ux-researcher", "voice", 1)
    source = ScriptedSource(16000)
    parts = VoiceParts(source, NullSink(), whisper, persona_voice(setup.scenario))
    loop = VoiceMeeting.make_loop(parts)
    meeting = setup.meeting(SampleClock(loop))

    def on_turn(kind: str, data: dict) -> None:
        if kind == "turn" and data["speaker"] == "persona" and data.get("kind") == "greeting":
            at = source.schedule(said, round((data["end_s"] + 0.6) * 16000))
            # Then quiet long enough for any turn end and a reply, and the stream ends.
            source.schedule(AudioChunk(np.zeros(16000 * 8, dtype=np.int16), 16000),
                            at + round(said.seconds * 16000))
            source.finish()

    meeting.observers.append(on_turn)
    VoiceMeeting(meeting, parts, loop).run()
    return meeting.record.turns


def _with_pause(first: str, pause_s: float, second: str) -> AudioChunk:
    voice = EspeakVoice("en-us+f2", 150, 45)
    a, b = voice.render(first), voice.render(second).resampled(voice.render(first).rate)
    # espeak leaves quiet at both ends of a line: the pause heard is the one asked for.
    loud_a, loud_b = (np.flatnonzero(np.abs(x.samples.astype(np.int32)) > 500) for x in (a, b))
    a = AudioChunk(a.samples[: loud_a[-1] + 1], a.rate)
    b = AudioChunk(b.samples[loud_b[0]:], b.rate)
    gap = np.zeros(round(pause_s * a.rate), dtype=np.int16)
    return AudioChunk(np.concatenate([a.samples, gap, b.samples]), a.rate)


@pytest.mark.slow
def test_a_closing_thanks_is_answered_sooner_on_voice(whisper) -> None:
    said = EspeakVoice("en-us+f2", 150, 45).render(
        "Hi Dana, I'm Sam. Thank you so much for making the time to talk with me today.")
    turns = _meeting_with(said, whisper)
    user = next(i for i, t in enumerate(turns) if t.speaker == "user")
    reply = turns[user + 1]
    assert reply.speaker == "persona"
    gap = reply.start_s - turns[user].end_s  # the silence, counted in 30 ms blocks
    assert gap == pytest.approx(HANDOVER_END_S, abs=0.04), gap


@pytest.mark.slow
def test_a_long_pause_after_a_sentence_that_leads_on_does_not_split_the_turn(whisper) -> None:
    # 0.75 s between two sentences, longer than HANDOVER_END_S: the first leads on, so the
    # persona waits, and the turn is heard whole.
    said = _with_pause("Hi Dana. So I started out in retail.", 0.75,
                       "Then I moved into logistics, and now I'm curious about research.")
    turns = _meeting_with(said, whisper)
    users = [t.text for t in turns if t.speaker == "user"]
    assert len(users) == 1 and "retail" in users[0] and "research" in users[0], users



@pytest.mark.parametrize("text", [
    "And where do data scientists usually go?",      # heard at a mid-sentence pause
    "I've been a teacher for eight years.",
])
def test_words_that_read_finished_in_a_level_voice_get_the_full_silence(text: str,
                                                                          ending) -> None:
    assert end_wait(text, ending).seconds < END_SILENCE_S
    held = end_wait(text, ending, pitch="level")
    assert held.seconds == END_SILENCE_S and held.kind == "held"


class _FinishedAtThePause:
    """A recognizer that writes what whisper wrote in the turn benchmark: the words before a
    mid-sentence pause as a finished question, and the whole turn once it is over."""

    name = "scripted"

    def __init__(self, whole_s: float) -> None:
        self.whole_s = whole_s

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        whole = audio.seconds >= self.whole_s - 0.2
        return Transcript("And where do data scientists usually go after they reach senior "
                          "level?" if whole else "And where do data scientists usually go?",
                          self.name, 0.0)


def _held_into_a_pause(pause_s: float) -> AudioChunk:
    """One espeak-ng utterance with an SSML break: the pitch stays level into the pause."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt install espeak-ng)")
    ssml = (f'<speak>And where do data scientists usually go <break time="{round(pause_s * 1000)}'
            'ms"/> after they reach senior level?</speak>')
    wav = subprocess.run(["espeak-ng", "-v", "en-us+f2", "-s", "150", "-p", "45", "-m",
                          "--stdout", ssml], capture_output=True, check=True).stdout
    samples, rate = soundfile.read(io.BytesIO(wav), dtype="int16")
    return AudioChunk(samples, rate).resampled(16000)


def test_a_voice_held_level_into_a_pause_is_not_answered_in_it() -> None:
    # The words before the pause read as a finished question; only the level pitch of
    # "...usually go" says the sentence goes on. Said with the falling pitch of a finished
    # sentence instead, the same words get their answer in the pause.
    held = _held_into_a_pause(0.9)
    users = [t.text for t in _meeting_with(held, _FinishedAtThePause(held.seconds))
             if t.speaker == "user"]
    assert len(users) == 1 and users[0].endswith("senior level?"), users
    fallen = _with_pause("And where do data scientists usually go", 0.9,
                         "after they reach senior level?").resampled(16000)
    users = [t.text for t in _meeting_with(fallen, _FinishedAtThePause(fallen.seconds))
             if t.speaker == "user"]
    assert users[0] == "And where do data scientists usually go?", users


@pytest.mark.slow
def test_a_quick_speakers_greeting_the_model_finds_likely_over_is_answered_as_soon(
        whisper) -> None:
    # The model finds this likely the end but is not sure (some go on after thanking), so
    # it waits past the speaker's own pause after "Dana.": a quick speaker's is short.
    text = "Good afternoon, Dana. Thank you so much for taking the time to meet with me."
    persona = setup_for("starter/ux-researcher", "voice", 1).scenario.persona
    ending = ending_reader(persona.name, persona.organisation)
    assert ending is not None and ending(text) == LIKELY
    turns = _meeting_with(EspeakVoice("en-us+f2", 150, 45).render(text), whisper)
    user = next(i for i, t in enumerate(turns) if t.speaker == "user")
    assert turns[user + 1].speaker == "persona"
    gap = turns[user + 1].start_s - turns[user].end_s
    assert gap == pytest.approx(HANDOVER_END_S, abs=0.04), gap


def test_a_statement_said_with_a_rise_waits_as_one_that_likely_ends_the_turn(ending) -> None:
    # The recognizer lost the "?" of an indirect question; the model cannot call the words.
    text = "I've been wondering how research actually changes a decision at City Council."
    assert ending(text) == UNSURE
    # Once the speaker's pause between sentences is known (here 1.4 x 0.35 s)...
    assert end_wait(text, ending, lead_on_s=0.49, pitch="rise") == (HANDOVER_END_S,
                                                                  "rising statement")
    # ...against a statement's wait when the voice fell, or nothing was measured.
    assert end_wait(text, ending, lead_on_s=0.49) == (STATEMENT_END_S, "statement")
    # A slow speaker's pause is still waited past, and a level voice still holds the turn.
    assert end_wait(text, ending, lead_on_s=0.8, pitch="rise").seconds == 0.8
    assert end_wait(text, ending, lead_on_s=0.49, pitch="level").kind == "held"


@pytest.mark.slow
def test_a_spoken_question_heard_without_its_question_mark_is_answered_as_a_rise(
        ending) -> None:
    voice = EspeakVoice("en-us+f2", 150, 45)
    asked = pitch_ending(voice.render(
        "I've been wondering how research actually changes a decision at City Council?"))
    told = pitch_ending(voice.render(
        "I've been wondering how research actually changes a decision at City Council."))
    assert asked is not None and told is not None
    heard = "I've been wondering how research actually changes a decision at City Council."
    waits = [end_wait(heard, ending, lead_on_s=0.49, pitch=p.kind).seconds
             for p in (asked, told)]
    assert waits == [HANDOVER_END_S, STATEMENT_END_S]
