"""Meeting numbers for the report: talk share, turn lengths, questions, overrun."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from simulator.metrics import metrics
from simulator.record import Turn
from tests.simulator.helpers import Timeline, clean_meeting, make_record, make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


def test_talk_share_turn_lengths_and_counts(reader: TurnReader) -> None:
    t = Timeline()
    t.persona("Hi, I'm Priya.", kind="greeting", seconds=10)
    t.user("Hi, thanks for meeting me.", seconds=5)
    t.persona("Of course.", kind="thanks_reply", seconds=10)
    t.user("What does a typical day look like for you?", seconds=10)
    t.persona("Most days mix planning studies...", topic="day_to_day", seconds=40)
    t.user("Are you hiring?", seconds=5)
    m = metrics(make_record(t.turns), reader)
    assert m["user_talk_ratio"] == 0.25  # 20 s of 80 s
    assert m["longest_user_turn_s"] == 10.0
    assert m["mean_user_turn_s"] == 6.7
    assert m["user_turns"] == 3 and m["persona_turns"] == 3
    assert m["questions_asked"] == 2
    assert m["substantive_questions"] == 1
    assert m["user_words"] == 5 + 9 + 3
    assert m["user_words_per_minute"] == round(17 / (20 / 60))


def test_voiced_speech_counts_instead_of_the_turn_span_when_measured(
        reader: TurnReader) -> None:
    turns = [Turn("persona", 0, 30, "Tell me about yourself.", kind="answer"),
             Turn("user", 31, 91, "Well, I taught for years...", speech_s=30.0)]
    m = metrics(make_record(turns), reader)
    assert m["longest_user_turn_s"] == 30.0
    assert m["user_talk_ratio"] == 0.5


def test_overrun_is_never_negative(reader: TurnReader) -> None:
    turns = clean_meeting().turns
    assert metrics(make_record(turns, duration_s=15 * 60), reader)["overrun_s"] == 0.0
    assert metrics(make_record(turns, duration_s=22 * 60 + 5.04), reader)["overrun_s"] == 125.0


def test_an_empty_meeting_has_zeros_not_errors(reader: TurnReader) -> None:
    m = metrics(make_record([]), reader)
    assert m["user_talk_ratio"] == 0.0 and m["user_turns"] == 0
    assert m["longest_user_turn_s"] == 0.0 and m["mean_user_turn_s"] == 0.0
    assert m["user_words_per_minute"] is None


def test_the_clean_meeting_numbers_are_plausible(reader: TurnReader) -> None:
    m = metrics(make_record(clean_meeting().turns), reader)
    assert 0.1 < m["user_talk_ratio"] < 0.5
    assert m["substantive_questions"] >= 5
    assert m["questions_asked"] >= m["substantive_questions"]


def test_the_report_counts_questions_as_the_few_questions_finding_does(
        reader: TurnReader) -> None:
    from simulator.coaching import coach

    scenario = make_scenario()
    t = Timeline()
    t.persona("Hi, I'm Priya.", kind="greeting")
    # the goal, which is no question, though it is read as one
    t.user("I'm a teacher moving into UX research, and I'd love to understand what the work "
           "is really like.").persona("Sure.", topic="day_to_day")
    # two questions in one turn
    t.user("Which skills did you have to learn first? And is a portfolio more important than "
           "a degree?").persona("Both.", topic="skills")
    t.user("Thanks, bye!").persona("Bye.", kind="farewell")
    record = make_record(t.turns)
    finding = next(f for f in coach(record, scenario, reader) if f.code == "few_questions")
    assert metrics(record, reader)["substantive_questions"] == 2
    assert "2 thoughtful questions" in finding.message
