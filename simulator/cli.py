"""argv → calls. Domain errors become one line each and an exit code here, and only here.

Imports of the heavy parts happen inside the commands so `--help` starts fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from simulator.cli_voice_options import clock_option, voice_options, voice_settings

EXIT_BAD_INPUT = 2


class _Cli(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        from simulator.errors import SimError

        try:
            return super().invoke(ctx)
        except SimError as exc:
            for line in str(exc).splitlines() or [type(exc).__name__]:
                click.echo(f"interview-sim: {line}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interview-sim: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:
            # The sound side's errors carry a one-line message meant for the user.
            if type(exc).__module__.startswith("audio.") and not os.environ.get(
                    "INTERVIEW_SIM_DEBUG"):
                click.echo(f"interview-sim: {exc}", err=True)
                ctx.exit(1)
            if not isinstance(exc, OSError):
                raise
            if os.environ.get("INTERVIEW_SIM_DEBUG"):
                raise
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            click.echo(f"interview-sim: {exc.strerror or exc}{where}", err=True)
            ctx.exit(1)


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="interview-sim")
def cli() -> None:
    """Practise informational interviews aloud: the program plays the professional,
    you ask the questions, and you get honest feedback afterwards."""


def main() -> None:
    cli(prog_name="interview-sim")


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


# --- scenarios ---------------------------------------------------------------------------


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def list_cmd(as_json: bool) -> None:
    """Show the packs and their scenarios."""
    from simulator.catalog import find_packs, pack_order
    from simulator.errors import ScenarioError

    rows: list[dict[str, Any]] = []
    for pack_dir in find_packs():
        try:
            _, refs = pack_order(pack_dir)
        except ScenarioError as exc:
            click.echo(f"interview-sim: skipping pack: {exc}", err=True)
            continue
        for ref in refs:
            try:
                s = ref.load()
            except ScenarioError as exc:
                click.echo(f"interview-sim: skipping: {exc.problems[0]}", err=True)
                continue
            rows.append({"id": ref.qualified, "pack": ref.pack_id, "title": s.title,
                         "persona": s.persona.name, "role": s.persona.role,
                         "temperament": s.persona.temperament, "minutes": s.minutes,
                         "path": str(ref.path)})
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    from rich.table import Table

    table = Table("id", "title", "persona", "min", "temperament")
    for row in rows:
        table.add_row(row["id"], row["title"], f"{row['persona']}, {row['role']}",
                      str(row["minutes"]), row["temperament"])
    _console().print(table)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check scenario, pack, script and prep files (or whole pack folders)."""
    from simulator.validate import validate_paths

    problems, checked = validate_paths(list(paths))
    for p in problems:
        click.echo(str(p), err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {checked} file(s)", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"ok: {checked} file(s)")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a scenario file (for editor completion)."""
    from simulator.scenario import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@cli.command()
@click.argument("scenario")
def graph(scenario: str) -> None:
    """Print the meeting's state diagram (Mermaid)."""
    from simulator.catalog import resolve
    from simulator.machine import mermaid

    s = resolve(scenario).load()
    click.echo(mermaid(f"{s.title}: {s.persona.name}"), nl=False)


# --- meetings ---------------------------------------------------------------------------


@cli.command()
@click.argument("scenario")
@click.option("--text", "text_mode", is_flag=True, help="Type instead of speaking.")
@click.option("--script", "script_file", type=click.Path(path_type=Path),
              help="Play a scripted user (YAML) on a simulated clock.")
@click.option("--voice", "voice_script", is_flag=True,
              help="With --script: speak the script's turns through the whole audio loop.")
@click.option("--audio-files", is_flag=True,
              help="With --script --voice: audio files instead of devices (no hardware).")
@click.option("--user-device", help="With --script --voice on devices: where the scripted "
              "user's voice is played so the microphone hears it.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False),
              help="Write report.json into this folder instead of the data dir.")
@click.option("--seed", type=int, help="Reproduce the persona's choices.")
@click.option("--prep", "prep_file", type=click.Path(path_type=Path),
              help="A prep file from `interview-sim prep`.")
@click.option("--arrive-early", type=float, default=None,
              help="Minutes you arrived before the start (negative: late). Default 5.")
@click.option("--attire", default=None, help="What you are wearing.")
@clock_option
@click.option("--quiet", is_flag=True, help="No transcript or live meter while it runs.")
@voice_options
def run(scenario: str, text_mode: bool, script_file: Path | None, voice_script: bool,
        audio_files: bool, user_device: str | None, out: Path | None, seed: int | None,
        prep_file: Path | None, arrive_early: float | None, attire: str | None, clock: str,
        quiet: bool, **voice_kw: Any) -> None:
    """Hold a meeting with SCENARIO (a file, pack/scenario, or scenario).

    By voice through the microphone and speaker unless --text or --script is given."""
    from simulator import run as runs
    from simulator.cli_recording import recover_interrupted_quietly
    from simulator.record import Mode

    recover_interrupted_quietly()
    if text_mode and script_file:
        raise click.UsageError("choose one of --text and --script")
    if (voice_script or audio_files) and script_file is None:
        raise click.UsageError("--voice and --audio-files go with --script FILE")
    mode: Mode = "text" if text_mode else (
        "script" if script_file and not voice_script else "voice")
    setup = runs.setup_for(scenario, mode, seed, prep_file, arrive_early, attire)
    console = _console()
    if mode == "voice":
        outcome = runs.run_voiced(setup, voice_settings(voice_kw, user_device), script_file,
                                  audio_files, out, console, quiet)
    elif script_file is not None:
        outcome = runs.run_scripted(setup, script_file, out, console, quiet)
    else:
        outcome = runs.run_typed(setup, out, console, clock)
    _finish(console, outcome)


def _finish(console: Any, outcome: Any) -> None:
    from simulator.display import print_summary

    print_summary(console, outcome)
    fault = outcome.extra.get("fault")
    if fault:
        click.echo(f"interview-sim: the meeting ended early: {fault} "
                   f"(everything said so far is in {outcome.folder})", err=True)
        sys.exit(1)


@cli.command()
@click.argument("scenario")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to save the prep file (default: the data dir's prep/).")
def prep(scenario: str, out: Path | None) -> None:
    """Prepare for a meeting: your goal, research, questions and attire."""
    from simulator.prepare import prepare_interactively

    path = prepare_interactively(scenario, out, click.prompt, click.echo)
    click.echo(f"Saved {path}. Use it with: interview-sim run {scenario} --prep {path}")


@cli.command()
@click.argument("scenario", required=False, default="starter/ux-researcher")
@click.option("--candidate", default=None, help="Which example candidate (default: clean).")
@click.option("--seed", type=int, default=None)
@click.option("--out", type=click.Path(path_type=Path, file_okay=False))
@click.option("--text", "text_only", is_flag=True, help="No audio: a scripted text self-play.")
@click.option("--devices", is_flag=True,
              help="Play through the speaker and listen on the microphone instead of files.")
@click.option("--user-device", help="With --devices: where the candidate's voice is played.")
@voice_options
def demo(scenario: str, candidate: str | None, seed: int | None, out: Path | None,
         text_only: bool, devices: bool, user_device: str | None, **voice_kw: Any) -> None:
    """Self-play: the scenario's example candidate, in a second synthetic voice, meets the
    persona through the whole audio loop (on audio files unless --devices)."""
    from simulator.cli_recording import recover_interrupted_quietly
    from simulator.run import run_candidate

    recover_interrupted_quietly()
    console = _console()
    options = None if text_only else voice_settings(voice_kw, user_device)
    outcome = run_candidate(scenario, candidate, seed, out, console, options, devices)
    _finish(console, outcome)


@cli.command()
def devices() -> None:
    """List audio devices (for --input-device and --output-device)."""
    from audio.devices import list_devices

    found = list_devices()
    if not found:
        click.echo("No audio devices found. You can still practise with --text.")
        return
    for d in found:
        marks = " ".join(m for m, on in (("default-in", d.is_default_input),
                                         ("default-out", d.is_default_output)) if on)
        click.echo(f"{d.index:3d}  {d.name}  (in {d.inputs}, out {d.outputs}) {marks}".rstrip())


# Commands defined in their own modules (each module imports only click at load time).
_COMMAND_MODULES = ("cli_recording", "cli_review", "cli_history", "cli_packs", "cli_eval")


def _register() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"simulator.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"simulator.{name}":
                raise
            continue
        for command in getattr(module, "COMMANDS", []):
            cli.add_command(command)


_register()

if __name__ == "__main__":
    main()
