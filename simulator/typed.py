"""The typed driver: the user types each turn in the terminal.

The meeting clock is real unless the caller passes a simulated one. A typed turn lasts
as long as it would take to say (150 words per minute), ending when Enter is pressed.
"""

from __future__ import annotations

from collections.abc import Callable

from simulator.clock import Clock, SimClock
from simulator.meeting import Meeting
from simulator.persona import Say
from simulator.scripted import BEAT_S, USER_WPM, speaking_seconds

QUIT_WORDS = {"/quit", "/exit", "/leave"}


def play_typed(meeting: Meeting, clock: Clock, ask: Callable[[str], str | None],
               note: Callable[[str], None]) -> None:
    """`ask(prompt)` returns the typed line, or None at end of input."""
    wpm = float(meeting.scenario.persona.voice.rate_wpm)
    speaking_until = 0.0

    def speak(lines: list[Say]) -> None:
        nonlocal speaking_until
        for say in lines:
            if meeting.ended:
                return
            start = max(clock.now(), speaking_until) + (BEAT_S if isinstance(clock, SimClock) else 0)
            end = start + speaking_seconds(say.text, wpm)
            if isinstance(clock, SimClock):
                clock.advance_to(end)
            speaking_until = end
            meeting.spoke(say, start, end)

    note("Type what you would say and press Enter. /time shows the clock; /quit leaves.")
    speak(meeting.start())
    offered_last_word = False
    while not meeting.ended:
        speak(meeting.due())
        if meeting.ended:
            break
        if meeting.parting and not offered_last_word:
            note("(A last word if you like, or press Enter to leave.)")
            offered_last_word = True
        line = ask("you> ")
        if line is None or line.strip().lower() in QUIT_WORDS:
            break
        if line.strip().lower() == "/time":
            left = meeting.scenario.agreed_s - clock.now()
            note(f"{clock.now() / 60:.1f} min in; {left / 60:.1f} min of the agreed time left.")
            continue
        if not line.strip():
            if meeting.parting:
                break  # Enter after the goodbye: nothing more to say
            continue
        duration = speaking_seconds(line, USER_WPM)
        if isinstance(clock, SimClock):
            clock.advance(BEAT_S)
            start = clock.now()
            clock.advance(duration)
            end = clock.now()
        else:
            end = clock.now()
            start = max(speaking_until, end - duration)
        speak(meeting.hear(line, start, end))
    meeting.part()
    meeting.leave("the user left")
