"""Numbers about a meeting for the report: who talked how much, how many questions, and, for
spoken meetings, how the user spoke (pace, fillers, pauses, hesitations)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from simulator.intents import TurnReader
from simulator.question_count import thoughtful_questions
from simulator.record import MeetingRecord, Turn

if TYPE_CHECKING:
    from audio.chunk import AudioChunk

MIN_PAUSE_S = 0.3
"""Shorter silences inside a turn are hidden by the voice detector's own hangover."""


def metrics(record: MeetingRecord, reader: TurnReader,
            user_audio: AudioChunk | None = None) -> dict[str, Any]:
    """Talk share, turn lengths, questions and overrun; seconds to 0.1 s, ratios to 0.01.

    A spoken meeting (user turns measured from audio) also gets `speech`; pass `user_audio`,
    the user's microphone on the meeting clock (its `start_s` is meeting time), to add the
    measures only audio can give: pauses inside turns and filled pauses ("uhh")."""
    user = [t for t in record.turns if t.speaker == "user"]
    persona = [t for t in record.turns if t.speaker == "persona"]
    user_s = sum(t.seconds for t in user)
    persona_s = sum(max(0.0, t.end_s - t.start_s) for t in persona)
    said = [t for t in user if t.text.strip()]
    readings = [reader.read(t.text) for t in said]
    user_words = sum(r.words for r in readings)
    talk = user_s + persona_s
    out: dict[str, Any] = {
        "user_talk_ratio": round(user_s / talk, 2) if talk > 0 else 0.0,
        "user_speaking_s": round(user_s, 1),
        "persona_speaking_s": round(persona_s, 1),
        "longest_user_turn_s": round(max((t.seconds for t in user), default=0.0), 1),
        "mean_user_turn_s": round(user_s / len(user), 1) if user else 0.0,
        "user_turns": len(user),
        "persona_turns": len(persona),
        "questions_asked": sum(1 for r in readings if r.is_question),
        # The same count as the few_questions finding's.
        "substantive_questions": thoughtful_questions(
            [(t.text, r) for t, r in zip(said, readings, strict=True)], reader),
        "user_words": user_words,
        # Speaking pace over voiced time; None when nothing was said.
        "user_words_per_minute": round(user_words / (user_s / 60)) if user_s > 0 else None,
        "overrun_s": round(max(0.0, record.duration_s - record.agreed_s), 1),
    }
    spoken = [t for t in user if t.speech_s is not None and t.text.strip()]
    if spoken:
        out["speech"] = speech_metrics(spoken, user_audio)
    return out


def speech_metrics(turns: list[Turn], user_audio: AudioChunk | None = None) -> dict[str, Any]:
    """How the user spoke over turns measured from audio: words per minute of voiced speech,
    filler words the recognizer kept, the longest monologue and, given the audio, pauses
    inside turns and filled pauses the recognizer dropped."""
    from audio.measures import words_per_minute
    from audio.speech_measures import filler_words, longest_monologue, word_count

    speech_s = sum(t.seconds for t in turns)
    words = sum(word_count(t.text) for t in turns)
    fillers: dict[str, int] = {}
    for t in turns:
        for kind, n in filler_words(t.text).items():
            fillers[kind] = fillers.get(kind, 0) + n
    wpm = words_per_minute(words, speech_s)
    out: dict[str, Any] = {
        "words_per_minute": None if wpm is None else round(wpm),
        "filler_words": fillers,
        "filler_words_per_minute": round(sum(fillers.values()) / (speech_s / 60), 1)
        if speech_s > 0 else None,
        "longest_monologue_s": round(longest_monologue([t.seconds for t in turns]), 1),
    }
    if user_audio is not None:
        out.update(_audio_measures(turns, user_audio))
    return out


def _audio_measures(turns: list[Turn], audio: AudioChunk) -> dict[str, Any]:
    from audio.measures import pauses
    from audio.speech_measures import filled_pauses, speech_segments

    gaps: list[float] = []
    hesitations = 0
    for t in turns:
        first = max(0, round((t.start_s - audio.start_s) * audio.rate))
        last = min(len(audio.samples), round((t.end_s - audio.start_s) * audio.rate))
        if last - first < audio.rate // 10:
            continue
        piece = type(audio)(audio.samples[first:last], audio.rate, audio.start + first)
        gaps += pauses(speech_segments(piece), piece.rate, MIN_PAUSE_S)
        hesitations += len(filled_pauses(piece))
    return {"pauses_in_turns": len(gaps),
            "longest_pause_in_turn_s": round(max(gaps, default=0.0), 1),
            "filled_pauses": hesitations}
