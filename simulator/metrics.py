"""Numbers about a meeting for the report: who talked how much, how many questions."""

from __future__ import annotations

from typing import Any

from simulator.intents import TurnReader
from simulator.record import MeetingRecord


def metrics(record: MeetingRecord, reader: TurnReader) -> dict[str, Any]:
    """Talk share, turn lengths, questions and overrun; seconds to 0.1 s, ratios to 0.01."""
    user = [t for t in record.turns if t.speaker == "user"]
    persona = [t for t in record.turns if t.speaker == "persona"]
    user_s = sum(t.seconds for t in user)
    persona_s = sum(max(0.0, t.end_s - t.start_s) for t in persona)
    readings = [reader.read(t.text) for t in user if t.text.strip()]
    user_words = sum(r.words for r in readings)
    talk = user_s + persona_s
    return {
        "user_talk_ratio": round(user_s / talk, 2) if talk > 0 else 0.0,
        "user_speaking_s": round(user_s, 1),
        "persona_speaking_s": round(persona_s, 1),
        "longest_user_turn_s": round(max((t.seconds for t in user), default=0.0), 1),
        "mean_user_turn_s": round(user_s / len(user), 1) if user else 0.0,
        "user_turns": len(user),
        "persona_turns": len(persona),
        "questions_asked": sum(1 for r in readings if r.is_question),
        "substantive_questions": sum(1 for r in readings if r.is_question and r.substantive),
        "user_words": user_words,
        # Speaking pace over voiced time; None when nothing was said.
        "user_words_per_minute": round(user_words / (user_s / 60)) if user_s > 0 else None,
        "overrun_s": round(max(0.0, record.duration_s - record.agreed_s), 1),
    }
