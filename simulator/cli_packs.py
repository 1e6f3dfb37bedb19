"""`pack list|run|test` and `new`: packs as a course to work through, and writing your own.

Imports only click at load time; the rest is imported inside the commands.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path
from typing import Any

import click

from simulator.cli_voice_options import clock_option, voice_options, voice_settings

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


@click.group()
def pack() -> None:
    """Work through a pack of scenarios, or self-test one you wrote."""


# --- list -------------------------------------------------------------------------------


@pack.command("list")
def list_packs() -> None:
    """Show every pack, how many scenarios it has and how far you got."""
    from rich.markup import escape
    from rich.table import Table

    from simulator.catalog import find_packs
    from simulator.packs import ProgressError, load_pack, read_progress

    table = Table("pack", "title", "scenarios", "progress")
    table.add_column("folder", overflow="fold")
    for pack_dir in find_packs():
        loaded = load_pack(pack_dir)
        broken = sum(1 for e in loaded.entries if e.scenario is None)
        count = f"{len(loaded.entries)}" + (f" ({broken} broken)" if broken else "")
        try:
            progress = read_progress(loaded)
        except ProgressError:
            progress = None
        done = "" if progress is None else (
            f"{sum(s['status'] == 'done' for s in progress['scenarios'])}"
            f"/{len(progress['scenarios'])} done")
        table.add_row(escape(loaded.id), escape(loaded.title), count, done,
                      escape(str(loaded.dir)))
    _console().print(table)


# --- run --------------------------------------------------------------------------------


def _bar(console: Any, pack_id: str, done: int, total: int, next_name: str | None) -> None:
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_row(f"[bold]{pack_id}[/]", ProgressBar(total=max(total, 1), completed=done, width=30),
                 f"{done}/{total} done" + (f" · next: {next_name}" if next_name else ""))
    console.print(grid)


def _ready(console: Any) -> bool:
    """Wait for Enter before the next meeting; False when input has ended."""
    try:
        console.input("[dim]Press Enter for the next meeting (Ctrl-C stops the pack).[/] ")
    except EOFError:
        return False
    return True


def _stopped(name: str, status: dict[str, str], again: str) -> None:
    left = sum(v != "done" for v in status.values())
    click.echo(f"interview-sim: stopped at {name}; {left} meeting(s) left. Continue with: "
               f"{again}", err=True)


def _warn(message: str) -> None:
    click.echo(f"interview-sim: warning: {message}", err=True)


@pack.command("run")
@click.argument("pack_spec", metavar="PACK")
@click.option("--text", "text_mode", is_flag=True, help="Type instead of speaking.")
@click.option("--script-candidate", "candidate", metavar="ID",
              help="Self-play: each scenario's candidate ID plays you, on a simulated clock.")
@click.option("--voice", "voice_flag", is_flag=True,
              help="Spoken meetings on the devices (the default without --text or "
              "--script-candidate; with --script-candidate, the candidate speaks).")
@click.option("--audio-files", is_flag=True,
              help="With --script-candidate: spoken self-play on audio files (no hardware).")
@click.option("--user-device", help="Spoken self-play on devices: where the candidate speaks.")
@click.option("--shuffle", is_flag=True, help="A random order (repeat it with --seed).")
@click.option("--seed", type=int, default=None, help="The order and the personas' choices.")
@click.option("--only", multiple=True, metavar="ID", help="Only this scenario (repeatable).")
@click.option("--resume", is_flag=True, help="Continue at the first unfinished scenario.")
@clock_option
@click.option("--quiet", is_flag=True, help="No transcripts while the meetings run.")
@voice_options
def run_pack(pack_spec: str, text_mode: bool, candidate: str | None, voice_flag: bool,
             audio_files: bool, user_device: str | None, shuffle: bool, seed: int | None,
             only: tuple[str, ...], resume: bool, clock: str, quiet: bool,
             **voice_kw: Any) -> None:
    """Hold every meeting of PACK (a pack id or a pack folder), one after another,
    then see what improved from one meeting to the next."""
    from simulator import packs
    from simulator.display import print_summary
    from simulator.errors import ScenarioError

    if text_mode and (candidate or voice_flag or audio_files):
        raise click.UsageError("--text goes alone: not with --script-candidate, --voice "
                               "or --audio-files")
    if audio_files and not candidate:
        raise click.UsageError("--audio-files goes with --script-candidate ID")
    spoken = not text_mode and (voice_flag or audio_files or not candidate)
    mode = packs.PlayMode(text=text_mode, candidate=candidate,
                          voice=voice_settings(voice_kw, user_device) if spoken else None,
                          audio_files=audio_files, clock=clock, quiet=quiet)
    console = _console()
    loaded = packs.load_pack(packs.find_pack(pack_spec))
    for problem in loaded.problems:
        _warn(str(problem))
    progress = packs.read_progress(loaded) if resume else None
    if resume and progress is None:
        _warn(f"no saved run of {loaded.id}; starting from the beginning")
    if progress is not None:
        if only or shuffle:
            _warn("resuming the saved order; --only and --shuffle apply to a new run")
        order = packs.resume_order(loaded, progress)
    else:
        order = packs.run_order(loaded.select(list(only)), shuffle, seed)
        progress = packs.new_progress(loaded, order, seed)
    packs.write_progress(progress)
    status = {s["id"]: s["status"] for s in progress["scenarios"]}
    console.print(f"[bold]{loaded.title}[/] ({loaded.id}): {len(order)} meeting(s), "
                  f"{mode.label}.")
    flags = ["--text"] if text_mode else []
    flags += ["--script-candidate", candidate] if candidate else []
    flags += ["--audio-files"] if audio_files else ["--voice"] if voice_flag else []
    again = shlex.join(["interview-sim", "pack", "run", pack_spec, *flags, "--resume"])
    skipped = held = 0
    for entry in order:
        if status[entry.id] == "done":
            continue
        _bar(console, loaded.id, sum(v == "done" for v in status.values()), len(order),
             entry.name)
        if entry.scenario is None:
            skipped += 1
            _warn(f"skipping {entry.name}: it does not load")
            for problem in entry.problems:
                click.echo(f"  {problem}", err=True)
            continue
        try:
            # A person needs a breather between meetings, and a way to stop the pack:
            # Ctrl-C inside a spoken meeting only ends that meeting.
            if held and mode.candidate is None and not _ready(console):
                _stopped(entry.name, status, again)
                break
            outcome = packs.play_entry(entry, mode, seed, console)
        except ScenarioError as exc:
            skipped += 1
            _warn(f"skipping {entry.name}: {exc.problems[0]}")
            continue
        except BaseException:
            _stopped(entry.name, status, again)
            raise
        held += 1
        print_summary(console, outcome)
        fault = outcome.extra.get("fault")
        if fault:
            click.echo(f"interview-sim: the meeting ended early: {fault}; stopping the pack "
                       f"(continue later with --resume)", err=True)
            sys.exit(1)
        packs.mark_done(progress, entry.id, outcome.folder, outcome.findings)
        status[entry.id] = "done"
        packs.write_progress(progress)
    _bar(console, loaded.id, sum(v == "done" for v in status.values()), len(order), None)
    _print_pack_summary(console, loaded.title, progress)
    if skipped:
        _warn(f"{skipped} scenario(s) skipped; fix them and run again with --resume")


def _print_pack_summary(console: Any, title: str, progress: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    from simulator.packs import summarize, trend

    rows = summarize(progress)
    console.print()
    console.rule(f"Pack summary: {escape(title)}")
    table = Table("#")
    table.add_column("scenario", overflow="fold")
    table.add_column("pitfalls")
    table.add_column("findings", overflow="fold")
    table.add_column("since the meeting before", overflow="fold")
    for n, row in enumerate(rows, 1):
        if row.status != "done":
            table.add_row(str(n), escape(row.scenario), "", "[dim]not held[/]", "")
            continue
        change = []
        if row.previous_pitfalls is not None:
            change.append(f"pitfalls {row.previous_pitfalls} → {row.pitfalls}")
        if row.gone:
            change.append(f"[green]gone: {', '.join(row.gone)}[/]")
        if row.new:
            change.append(f"[red]new: {', '.join(row.new)}[/]")
        table.add_row(str(n), escape(row.scenario), str(row.pitfalls),
                      ", ".join(row.findings) or "[green]none[/]", "; ".join(change))
    console.print(table)
    line = trend(rows)
    if line:
        console.print(line)
    done = sum(r.status == "done" for r in rows)
    console.print(f"{done} of {len(rows)} meeting(s) held.")


# --- test -------------------------------------------------------------------------------


@pack.command("test")
@click.argument("pack_spec", metavar="PACK")
@click.option("--voice", "voice_flag", is_flag=True,
              help="Speak each candidate through the whole audio loop, on audio files.")
@click.option("--only", multiple=True, metavar="ID", help="Only this scenario (repeatable).")
@click.option("--seed", type=int, default=1, show_default=True,
              help="The personas' choices.")
@voice_options
def test_pack(pack_spec: str, voice_flag: bool, only: tuple[str, ...], seed: int,
              **voice_kw: Any) -> None:
    """Self-test PACK (a pack id or a pack folder): each scenario's candidates must
    produce the findings they expect. Exit status 1 on any failure."""
    from simulator import packs

    loaded = packs.load_pack(packs.find_pack(pack_spec))
    counts = {"pass": 0, "fail": 0, "skip": 0}
    for problem in loaded.problems:
        counts["fail"] += 1
        click.echo(f"FAIL {loaded.id}: {problem}")
    voice = voice_settings(voice_kw) if voice_flag else None
    for result in packs.self_test(loaded.select(list(only)), seed, voice, _warn):
        counts[result.outcome] += 1
        if result.outcome == "pass":
            click.echo(f"PASS {result.name} ({result.seconds:.1f} s)")
        else:
            word = "FAIL" if result.outcome == "fail" else "SKIP"
            click.echo(f"{word} {result.name}: {result.message}")
            for detail in result.details:
                click.echo(f"  {detail}")
    summary = f"{counts['pass']} passed, {counts['fail']} failed"
    click.echo(summary + (f", {counts['skip']} skipped" if counts["skip"] else ""))
    if counts["fail"]:
        sys.exit(1)


# --- new --------------------------------------------------------------------------------


@click.command()
@click.argument("name", metavar="PACK/SCENARIO")
@click.option("--dir", "root", type=click.Path(path_type=Path, file_okay=False),
              help="The folder that holds your packs (default: the data dir's packs/).")
def new(name: str, root: Path | None) -> None:
    """Start a scenario from a commented template that already validates and self-tests."""
    from simulator.errors import SimError
    from simulator.paths import data_dir
    from simulator.templates import pack_text, scenario_text

    pack_id, _, scenario_id = name.partition("/")
    if not (SLUG.match(pack_id) and SLUG.match(scenario_id)):
        raise click.UsageError("give PACK/SCENARIO, each lowercase letters, digits, - or _ "
                               "(for example: my-pack/nurse-educator)")
    pack_dir = (root if root is not None else data_dir() / "packs") / pack_id
    scenario_file = pack_dir / f"{scenario_id}.yaml"
    if scenario_file.exists():
        raise SimError(f"{scenario_file} already exists; not overwriting it")
    shown = shlex.quote(str(pack_dir)).replace("\n", "?")
    pack_dir.mkdir(parents=True, exist_ok=True)
    written = []
    if not (pack_dir / "pack.yaml").exists():
        (pack_dir / "pack.yaml").write_text(pack_text(pack_id, scenario_id, shown),
                                            encoding="utf-8")
        written.append(pack_dir / "pack.yaml")
    with open(scenario_file, "x", encoding="utf-8") as f:
        f.write(scenario_text(pack_id, scenario_id, shown))
    written.append(scenario_file)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"Next: edit it, then `interview-sim validate {shown}` and "
               f"`interview-sim pack test {shown}`.")


COMMANDS = [pack, new]
