"""`interview-sim sessions`: the history of past meetings, as a table or as trends.

Imports only click at load time; the history, rich and matplotlib load inside the command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

SPARK_WIDTH = 60
"""Sessions shown in a sparkline: the most recent ones."""
WIDE_TABLE = 150
"""Terminal columns from which the session table also shows the folder names."""


@click.command("sessions")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (for tools).")
@click.option("--trend", is_flag=True,
              help="How rambling, overrun, talk share and pitfalls move across sessions.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False),
              help="With --trend: also draw the trend as a PNG chart into this file.")
@click.option("--scenario", help="Only sessions of this scenario (pack/scenario or scenario).")
def sessions(as_json: bool, trend: bool, out: Path | None, scenario: str | None) -> None:
    """List past sessions with their scores, oldest first (newest last)."""
    from simulator.history import load_history

    rows, kept = load_history(scenario)
    if kept is not None:
        click.echo(f"interview-sim: the history database was damaged; kept it as {kept} "
                   "and rebuilt the history from the session folders", err=True)
    if trend or out is not None:
        _trend(rows, as_json, out, scenario)
    elif as_json:
        click.echo(json.dumps(rows, indent=2))
    elif not rows:
        click.echo(_nothing(scenario))
    else:
        _print_table(rows)


def _nothing(scenario: str | None) -> str:
    which = f" of {scenario}" if scenario else ""
    return f"No sessions{which} yet: hold a meeting first (interview-sim run SCENARIO)."


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    console = _console()
    wide = console.width >= WIDE_TABLE
    # No borders: the table fits 80 columns.
    table = Table(box=None, padding=(0, 1, 0, 0), pad_edge=False, show_edge=False,
                  header_style="bold underline",
                  caption=None if wide else (
                      "talk: your share of the talking; long: your longest turn; qs: "
                      "questions; pit: pitfalls; ramb: rambling turns. A wider terminal "
                      "also shows each session's folder."))
    table.add_column("started", no_wrap=True)
    table.add_column("scenario", no_wrap=True)
    names = (("mode", "mode"), ("length", "len"), ("over", "over"), ("talk", "talk"),
             ("longest", "long"), ("questions", "qs"), ("pitfalls", "pit"), ("tips", "tip"),
             ("rambling", "ramb"))
    for long_name, short_name in names:
        table.add_column(long_name if wide else short_name, no_wrap=True,
                         justify="left" if long_name == "mode" else "right")
    if wide:
        table.add_column("session", no_wrap=True)
    for r in rows:
        ratio, longest, asked = r["user_talk_ratio"], r["longest_user_turn_s"], r["questions_asked"]
        started = r["started_at"].replace("T", " ")[:16]
        cells = [
            started if wide else started[5:], r["scenario"], r["mode"],
            _clock(r["duration_s"]), _clock(r["overrun_s"]) if r["overrun_s"] else "-",
            "-" if ratio is None else f"{ratio:.0%}",
            "-" if longest is None else f"{longest:.0f}s",
            "-" if asked is None else str(asked),
            str(r["pitfalls"]), str(r["tips"]), str(r["rambling"])]
        table.add_row(*cells, *([r["folder"]] if wide else []))
    console.print(table)


def _figure(key: str, value: float | None) -> str:
    if value is None:
        return "-"
    if key == "user_talk_ratio":
        return f"{value:.0%}"
    return f"{value:.0f}" if key == "overrun_s" else f"{value:g}"


def _trend(rows: list[dict[str, Any]], as_json: bool, out: Path | None,
           scenario: str | None) -> None:
    from simulator.history import TREND_MEASURES, TREND_TOPS, sparkline, trend_series

    series = trend_series(rows)
    if out is not None and rows:
        _draw_png(rows, series, out, scenario)
    if as_json:
        click.echo(json.dumps({"sessions": [r["folder"] for r in rows], **series,
                               "chart": None if out is None or not rows else str(out)},
                              indent=2))
        return
    if not rows:
        click.echo(_nothing(scenario))
        return
    from rich.table import Table

    shown = min(len(rows), SPARK_WIDTH)
    table = Table("measure", f"last {shown} sessions" if shown < len(rows) else "sessions",
                  "first", "latest", "lowest", "highest",
                  title=f"Trend over {len(rows)} session(s)" + (f" of {scenario}" if scenario
                                                                 else ""))
    for key, label in TREND_MEASURES:
        values = series[key]
        present = [v for v in values if v is not None]
        table.add_row(label, sparkline(values[-SPARK_WIDTH:], TREND_TOPS.get(key)),
                      _figure(key, present[0] if present else None),
                      _figure(key, present[-1] if present else None),
                      _figure(key, min(present, default=None)),
                      _figure(key, max(present, default=None)))
    _console().print(table)
    if out is not None:
        click.echo(f"Chart written to {out}")


def _draw_png(rows: list[dict[str, Any]], series: dict[str, list[float | None]], out: Path,
              scenario: str | None) -> None:
    try:
        import matplotlib
    except ImportError:
        from simulator.errors import SimError

        raise SimError("drawing a chart needs matplotlib: pip install matplotlib") from None
    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    from simulator.history import TREND_MEASURES

    numbers = list(range(1, len(rows) + 1))
    fig, axes = plt.subplots(len(TREND_MEASURES), 1, sharex=True,
                             figsize=(8, 1.8 * len(TREND_MEASURES) + 0.6))
    for ax, (key, label) in zip(axes, TREND_MEASURES, strict=True):
        points = [(n, v) for n, v in zip(numbers, series[key], strict=True) if v is not None]
        if points:
            ax.plot([n for n, _ in points], [v for _, v in points], marker="o")
        ax.set_ylabel(label, fontsize=9)
        ax.grid(alpha=0.3)
        if key == "user_talk_ratio":
            ax.set_ylim(0, 1)
            continue
        # Counts in whole steps; an all-zero line sits at the bottom, not mid-chart.
        highest = max((v for _, v in points), default=0.0)
        ax.set_ylim(0, max(highest * 1.15, 60.0 if key == "overrun_s" else 1.0))
        if key != "overrun_s":
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes[-1].set_xlabel("session")
    if len(rows) <= 12:
        axes[-1].set_xticks(numbers, [r["started_at"][5:16].replace("T", "\n") for r in rows],
                            fontsize=7)
    fig.suptitle("interview-sim: how your meetings are going"
                 + (f" ({scenario})" if scenario else ""))
    fig.tight_layout()
    try:
        fig.savefig(out, dpi=100)
    finally:
        plt.close(fig)


COMMANDS = [sessions]
