"""`interview-sim recover SESSION`, and recovering crashed meetings when the next one starts.

Imports only click at load time; the work happens in simulator.recovery.
"""

from __future__ import annotations

import click


@click.command()
@click.argument("session")
def recover(session: str) -> None:
    """Rebuild a meeting a crash cut short (SESSION: a folder, a session name, or `last`):
    report.json from its event log, audio.flac from its raw recording. Anything replaced
    is kept as *.bak."""
    from simulator.recovery import recover_session
    from simulator.sessions import find_session

    click.echo(recover_session(find_session(session).path).summary())


def recover_interrupted_quietly() -> None:
    """Before a meeting: rebuild any earlier one a crash left behind, one line each."""
    from simulator.errors import SimError
    from simulator.recovery import recover_all_interrupted

    try:
        lines = recover_all_interrupted()
    except (SimError, OSError) as exc:  # never stop a new meeting over an old one
        lines = [f"could not check for interrupted meetings: {exc}"]
    for line in lines:
        click.echo(f"interview-sim: {line}", err=True)


COMMANDS = [recover]
