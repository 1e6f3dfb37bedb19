"""The live meter's colours and the devices command."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rich.console import Console

from audio.measures import LiveMeters
from simulator.cli import cli
from simulator.live import LiveMeter
from tests.e2e.pulse_person import pulse_available


def _text(meter: LiveMeter, styles: bool = False, **kw: object) -> str:
    console = Console(record=True, width=120, color_system="standard", force_terminal=True)
    defaults = dict(meeting_clock_s=100.0, current_turn_speech_s=5.0, talk_ratio=0.3,
                    last_partial_text="what does a typical day", user_speaking=True)
    console.print(meter.render(LiveMeters(**{**defaults, **kw})))  # type: ignore[arg-type]
    return console.export_text(styles=styles)


GREEN, YELLOW, RED = "\x1b[32m", "\x1b[33m", "\x1b[31m"


def test_turn_timer_turns_red_past_the_rambling_line() -> None:
    meter = LiveMeter(Console(), rambling_s=45, agreed_s=1200)
    assert "your turn   10 s / 45 s" in _text(meter, current_turn_speech_s=10)
    assert "what does a typical day" in _text(meter)
    assert _text(meter, True, current_turn_speech_s=10).startswith(GREEN + "your turn")
    assert _text(meter, True, current_turn_speech_s=35).startswith(YELLOW + "your turn")
    assert _text(meter, True, current_turn_speech_s=50).startswith(RED + "your turn")


def test_meeting_clock_shows_against_the_agreed_time() -> None:
    meter = LiveMeter(Console(), rambling_s=45, agreed_s=1200)
    assert "clock 21:40 / 20:00" in _text(meter, meeting_clock_s=1300)
    assert RED + "clock 21:40" in _text(meter, True, meeting_clock_s=1300)
    assert GREEN + "clock 01:40" in _text(meter, True, meeting_clock_s=100)
    assert "talk ratio 30%" in _text(meter)


@pytest.mark.pulse
def test_devices_lists_the_virtual_microphone_and_speaker() -> None:
    why = pulse_available()
    if why:
        pytest.skip(why)
    result = CliRunner().invoke(cli, ["devices"])
    assert result.exit_code == 0, result.output
    assert "default-in" in result.output and "default-out" in result.output
