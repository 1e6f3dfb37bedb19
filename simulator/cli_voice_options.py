"""Options the meeting commands share, declared once so the commands cannot drift apart:
the voice options of every spoken command (`run`, `demo`, `pack run`, `pack test`) and the
clock of typed meetings (`run`, `pack run`).

Imports only click at load time, like the command modules that use it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

_VOICE_OPTIONS = (
    click.option("--stt-engine", type=click.Choice(["auto", "whisper", "sphinx"]),
                 default="auto", show_default=True, help="Speech recognizer."),
    click.option("--stt-model", type=click.Path(path_type=Path),
                 help="A faster-whisper model folder."),
    click.option("--download-model", is_flag=True,
                 help="Allow downloading a whisper model when none is installed."),
    click.option("--barge-in", is_flag=True,
                 help="With headphones: speaking over the persona stops it."),
    click.option("--input-device", help="Microphone (name or index; see `devices`)."),
    click.option("--output-device", help="Speaker (name or index; see `devices`)."),
)

clock_option = click.option(
    "--clock", type=click.Choice(["real", "sim"]), default="real", show_default=True,
    help="Typed meetings: real time, or simulated time at speaking pace.")


def voice_options(f: Any) -> Any:
    """Add the shared voice options to a command; they arrive as keyword arguments that
    `voice_settings` turns into VoiceOptions."""
    # click lists options in the reverse order the decorators are applied.
    for option in reversed(_VOICE_OPTIONS):
        f = option(f)
    return f


def voice_settings(kw: dict[str, Any], user_device: str | None = None) -> Any:
    """The VoiceOptions the shared options in `kw` ask for."""
    from simulator.voice_run import VoiceOptions

    return VoiceOptions(kw["stt_engine"], str(kw["stt_model"]) if kw["stt_model"] else None,
                        kw["download_model"], kw["barge_in"], kw["input_device"],
                        kw["output_device"], user_device)
