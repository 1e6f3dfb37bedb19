"""The scripted driver: a user from a script file, on a simulated clock.

A text turn lasts its word count at 150 words per minute; the persona's lines last
theirs at the persona's speaking rate. A 20-minute meeting runs in milliseconds.
"""

from __future__ import annotations

from pathlib import Path

from simulator.clock import SimClock
from simulator.errors import Problem, ScenarioError
from simulator.meeting import Meeting
from simulator.persona import Say
from simulator.scenario import Script

USER_WPM = 150.0
BEAT_S = 0.6
"""The natural pause before someone answers."""


def speaking_seconds(text: str, wpm: float) -> float:
    return len(text.split()) * 60.0 / wpm


def speak_lines(meeting: Meeting, clock: SimClock, lines: list[Say]) -> None:
    wpm = float(meeting.scenario.persona.voice.rate_wpm)
    for say in lines:
        if meeting.ended:
            return
        clock.advance(BEAT_S)
        start = clock.now()
        clock.advance(speaking_seconds(say.text, wpm))
        meeting.spoke(say, start, clock.now())


def play_script(meeting: Meeting, script: Script, clock: SimClock, script_path: Path) -> None:
    """Run the whole meeting; when the script runs out, the user has left (or, after the
    persona's goodbye, simply said no more)."""
    for i, turn in enumerate(script.turns):
        if turn.say is None:
            raise ScenarioError([Problem(script_path, None, f"turns.{i}.audio",
                                         "audio turns need a voice run (--voice)")])
    speak_lines(meeting, clock, meeting.start())
    for turn in script.turns:
        if meeting.ended:
            break
        clock.advance(BEAT_S + turn.pause)
        speak_lines(meeting, clock, meeting.due())
        if meeting.ended:
            break
        assert turn.say is not None
        start = clock.now()
        clock.advance(speaking_seconds(turn.say, USER_WPM))
        speak_lines(meeting, clock, meeting.hear(turn.say, start, clock.now()))
    meeting.part()
    meeting.leave("the script ran out")
