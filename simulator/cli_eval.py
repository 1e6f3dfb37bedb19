"""`interview-sim eval`: how accurately the coaching finds what a labelled corpus says."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("--voice", is_flag=True,
              help="Also run every session by voice: synthesised, played through the audio "
                   "loop on files and recognised (slow: 10-20 s a session).")
@click.option("--split", type=click.Choice(["tune", "holdout", "all"]), default="all",
              show_default=True, help="Which part of the corpus to run.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Run only N sessions, spread evenly over the corpus.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_cmd(corpus: Path | None, voice: bool, split: str, limit: int | None,
             as_json: bool) -> None:
    """Precision and recall of every finding code over a labelled corpus (default:
    tests/corpus), per split, on the text path and with --voice the voice path, each
    beside its goal; then every confusion with the words involved. Exits 1 when a code
    is below its goal."""
    from simulator import evaluate

    sessions = evaluate.choose(evaluate.load_corpus(corpus or evaluate.DEFAULT_CORPUS),
                               split, limit)

    def progress(run: evaluate.Run) -> None:
        if voice and run.path == "voice" and not as_json:
            mark = "error" if run.error else ", ".join(sorted(run.found)) or "no findings"
            click.echo(f"  voice: {run.session.name}: {mark}", err=True)

    runs = evaluate.run_all(sessions, voice=voice, progress=progress)
    scores = evaluate.score(runs)
    if as_json:
        click.echo(json.dumps(evaluate.report_json(scores, runs), indent=2))
    else:
        for line in evaluate.report_lines(scores):
            click.echo(line)
    if scores.failing() or scores.errors:
        raise SystemExit(1)


COMMANDS = [eval_cmd]
