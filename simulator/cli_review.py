"""`review SESSION`: look back at a finished meeting in the terminal, as a page, or by ear.

Imports only click at load time; the rest is imported inside the command.
"""

from __future__ import annotations

import importlib
from typing import Any

import click


@click.command()
@click.argument("session", default="last")
@click.option("--html", "as_html", is_flag=True,
              help="Write a self-contained review page (review.html) into the session folder.")
@click.option("--play", "play", type=int, metavar="N",
              help="Play turn N of the recording through the default output device.")
@click.option("--rescore", is_flag=True,
              help="Score the recorded meeting again with this version's coaching first.")
def review(session: str, as_html: bool, play: int | None, rescore: bool) -> None:
    """Look back at SESSION (a folder, a session name, or `last`): findings with their
    times, the metrics and the transcript."""
    from simulator.review_text import load_review
    from simulator.sessions import find_session

    folder = find_session(session)
    found = load_review(folder)  # a damaged or foreign folder stops here, untouched
    if rescore and _rescore(folder):
        found = load_review(folder)
    if play is not None:
        from simulator.review_text import play_turn

        seconds = play_turn(found, play)
        click.echo(f"Played turn {play} ({seconds:.1f} s).")
        return
    if as_html:
        from simulator.review_html import write_page

        click.echo(str(write_page(found)))
        return
    from rich.console import Console

    from simulator.review_text import print_review

    print_review(Console(highlight=False), found)


def _rescore(folder: Any) -> bool:
    """Re-score with simulator/rescore.py when this version has it; True when it ran."""
    try:
        rescoring = importlib.import_module("simulator.rescore")
    except ModuleNotFoundError as exc:
        if exc.name != "simulator.rescore":
            raise
        click.echo("interview-sim: --rescore is not available yet; showing the stored report",
                   err=True)
        return False
    changes = rescoring.rescore_session(folder)
    for line in getattr(rescoring, "summary_lines", lambda _c: [])(changes):
        click.echo(line)
    return True


COMMANDS = [review]
