"""Every spoken command offers the same voice options, described the same way, so a device
or a model chosen for one meeting is chosen the same way for a pack or a self-play."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from simulator.cli import cli

VOICE_OPTIONS = ("--stt-engine", "--stt-model", "--download-model", "--barge-in",
                 "--input-device", "--output-device")
SPOKEN_COMMANDS = (("run",), ("demo",), ("pack", "run"), ("pack", "test"))


def options_shown(command: tuple[str, ...]) -> dict[str, str]:
    """`command --help`'s options: the option's name -> its entry, white space folded."""
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    entries: dict[str, str] = {}
    name = None
    for line in result.output.partition("Options:")[2].splitlines():
        if line.lstrip().startswith("-"):
            name = line.split()[0].rstrip(",")
            entries[name] = ""
        if name is not None:
            entries[name] = " ".join([entries[name], *line.split()]).strip()
    return entries


@pytest.mark.parametrize("command", SPOKEN_COMMANDS, ids=" ".join)
def test_each_spoken_command_offers_the_voice_options_as_run_does(
        command: tuple[str, ...]) -> None:
    shown, by_run = options_shown(command), options_shown(("run",))
    assert [shown.get(option) for option in VOICE_OPTIONS] == [
        by_run[option] for option in VOICE_OPTIONS]
