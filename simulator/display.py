"""Terminal output: the transcript as it happens and the coaching summary after."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from simulator.session import Outcome


def clock_label(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TranscriptPrinter:
    """An observer for Meeting: prints every turn as it is recorded, and why the user left."""

    def __init__(self, console: Console, persona_name: str, user_name: str = "You") -> None:
        self.console = console
        self.persona_name = persona_name
        self.user_name = user_name

    def __call__(self, kind: str, data: dict[str, Any]) -> None:
        if kind == "turn":
            self._turn(data)
        elif data["kind"] == "left":
            at = clock_label(data["at_s"])
            self.console.print(f"[dim]{at} (the meeting ended: {escape(data['reason'])})[/]")

    def _turn(self, data: dict[str, Any]) -> None:
        at = clock_label(data["start_s"])
        if data["speaker"] == "persona":
            who = f"[bold cyan]{escape(self.persona_name)}[/]"
        else:
            who = f"[bold green]{escape(self.user_name)}[/]"
        self.console.print(f"[dim]{at}[/] {who}: {escape(data['text'])}")


def print_summary(console: Console, outcome: Outcome) -> None:
    r = outcome.report
    m = outcome.metrics
    console.print()
    console.rule(f"Coaching: {escape(r.get('title') or r['scenario'])}")
    over = r["overrun_s"]
    timing = (f"{clock_label(r['duration_s'])} of {clock_label(r['agreed_s'])} agreed"
              + (f", [red]{clock_label(over)} over[/]" if over > 0 else ""))
    console.print(f"Meeting length: {timing}; ended by {r['ended_by']}.")
    console.print(f"You talked {m.get('user_talk_ratio', 0):.0%} of the time; longest turn "
                  f"{m.get('longest_user_turn_s', 0):.0f} s; {m.get('questions_asked', 0)} questions.")
    if not outcome.findings:
        console.print("[green]No pitfalls and nothing to add: a well-run meeting.[/]")
    else:
        table = Table(show_header=True, header_style="bold", expand=True)
        table.add_column("at", width=6)
        table.add_column("finding", width=20)
        table.add_column("what to do")
        for f in outcome.findings:
            colour = "red" if f.severity == "pitfall" else "yellow"
            at = clock_label(f.at_s) if f.at_s is not None else ""
            table.add_row(at, f"[{colour}]{f.code}[/]", escape(f.message))
        console.print(table)
        pitfalls = len(outcome.pitfalls)
        tips = len(outcome.findings) - pitfalls
        console.print(f"{pitfalls} pitfall(s), {tips} tip(s).")
    if outcome.folder is not None:
        console.print(f"[dim]Report: {outcome.folder / 'report.json'}[/]")
