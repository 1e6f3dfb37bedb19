"""The live meter during a voice meeting: the current turn against the rambling line,
the meeting clock against the agreed time, talk ratio, and what was heard so far."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.markup import escape
from rich.text import Text

REFRESH_S = 0.2
"""Meeting-clock seconds between redraws: fast enough to watch, cheap for the loop."""


def _colour(value: float, warn: float, limit: float) -> str:
    return "red" if value > limit else "yellow" if value > warn else "green"


class LiveMeter:
    def __init__(self, console: Console, rambling_s: float, agreed_s: float) -> None:
        self.rambling_s = rambling_s
        self.agreed_s = agreed_s
        self._live = Live(console=console, auto_refresh=False, transient=True)
        self._last_s = -1.0

    def __enter__(self) -> LiveMeter:
        self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._live.__exit__(None, None, None)

    def render(self, m: Any) -> Group:
        turn = m.current_turn_speech_s
        clock = m.meeting_clock_s
        ratio = m.talk_ratio
        turn_colour = _colour(turn, 0.66 * self.rambling_s, self.rambling_s)
        clock_colour = _colour(clock, self.agreed_s - 300, self.agreed_s)
        who = "you" if m.user_speaking else "persona" if m.persona_speaking else "-"
        line = Text.from_markup(
            f"[{turn_colour}]your turn {turn:4.0f} s[/] / {self.rambling_s:.0f} s   "
            f"[{clock_colour}]clock {int(clock) // 60:02d}:{int(clock) % 60:02d}[/] / "
            f"{int(self.agreed_s) // 60:02d}:00   "
            f"talk ratio {'-' if ratio is None else f'{ratio:.0%}'}   speaking: {who}"
        )
        heard = Text.from_markup(f"[dim]{escape(m.last_partial_text[-100:])}[/]")
        return Group(line, heard)

    def __call__(self, meters: Any) -> None:
        if meters.meeting_clock_s - self._last_s < REFRESH_S:
            return
        self._last_s = meters.meeting_clock_s
        self._live.update(self.render(meters), refresh=True)
