"""Looking back at a finished meeting: reading its session folder, the terminal summary, and
playing one turn of its recording.

Turns are numbered from 1 wherever a person reads them (the terminal, `--play N`, the page);
report.json and the page's `data-turn` attributes count from 0.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from simulator.errors import SimError
from simulator.record import Finding, MeetingRecord
from simulator.sessions import REPORT, SessionError, SessionFolder

CUE_KINDS = {"time_cue": "time cue", "wrap_up": "wrap-up", "over_time": "over time"}
"""Persona lines that tell the user about the time, as the page labels them."""

DEFAULT_RAMBLING_S = 45.0

METRIC_LABELS = {
    "user_talk_ratio": "your share of the talking",
    "user_speaking_s": "you spoke (s)",
    "persona_speaking_s": "they spoke (s)",
    "longest_user_turn_s": "longest turn (s)",
    "mean_user_turn_s": "mean turn (s)",
    "user_turns": "your turns",
    "persona_turns": "their turns",
    "questions_asked": "questions asked",
    "substantive_questions": "substantive questions",
    "user_words": "words you said",
    "user_words_per_minute": "your pace (words/min)",
    "overrun_s": "over the agreed time (s)",
}


class PlaybackError(SimError):
    """A turn that cannot be played: no such turn, no recording, no output device."""


@dataclass
class Review:
    """A finished session, read once, as every review view needs it."""

    folder: SessionFolder
    report: dict[str, Any]
    record: MeetingRecord
    findings: list[Finding]
    audio_start_s: float = 0.0
    """Meeting-clock time of the recording's first sample (meta.json; 0 for old folders)."""
    rambling_s: float = DEFAULT_RAMBLING_S
    by_turn: dict[int, list[Finding]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return str(self.report.get("title") or self.record.scenario)

    @property
    def persona_name(self) -> str:
        return str(self.report.get("persona") or "Them")

    @property
    def audio_path(self) -> Path | None:
        return self.folder.audio_path

    def cue_turns(self) -> list[int]:
        return [i for i, t in enumerate(self.record.turns) if t.kind in CUE_KINDS]

    def turn_index(self, number: int) -> int:
        """The report index of the turn a person calls `number` (counted from 1)."""
        count = len(self.record.turns)
        if not 1 <= number <= count:
            raise PlaybackError(f"turn {number}: this session has turns 1-{count}"
                                if count else f"turn {number}: this session has no turns")
        return number - 1

    def media_start_s(self, index: int) -> float:
        """Where turn `index` starts in audio.flac, in seconds."""
        return max(0.0, self.record.turns[index].start_s - self.audio_start_s)


def load_review(folder: SessionFolder) -> Review:
    """The session, or SessionError with one line saying what is wrong with the folder."""
    state = folder.state
    if state == "foreign":
        raise SessionError(f"{folder.path}: not an interview-sim session folder")
    if state == "interrupted":
        raise SessionError(f"{folder.path}: the meeting was interrupted and has no report "
                           "yet; `interview-sim recover` can rebuild it")
    if state == "damaged" and not (folder.path / REPORT).is_file():
        raise SessionError(f"{folder.path}: damaged session folder (no report and no event log)")
    report = folder.report()  # a damaged report raises SessionError saying why
    try:
        record = MeetingRecord.from_dict(report)
        findings = [Finding.from_dict(f) for f in report.get("findings") or []]
        for turn in record.turns:
            if turn.speaker not in ("user", "persona"):
                raise ValueError(f"unknown speaker {turn.speaker!r}")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise SessionError(f"{folder.path / REPORT}: damaged report ({detail})") from None
    review = Review(folder, report, record, findings, _audio_start_s(folder),
                    _rambling_s(report))
    for f in findings:
        if f.turn is not None and 0 <= f.turn < len(record.turns):
            review.by_turn.setdefault(f.turn, []).append(f)
    return review


def _audio_start_s(folder: SessionFolder) -> float:
    try:
        value = folder.meta().get("audio_start_s", 0.0)
    except SessionError:  # folders from before meta.json: the recording starts at 0
        return 0.0
    return float(value) if isinstance(value, int | float) else 0.0


def _rambling_s(report: dict[str, Any]) -> float:
    """The scenario's rambling limit when the scenario can still be found, else the default."""
    stored = (report.get("thresholds") or {}).get("rambling_s")
    if isinstance(stored, int | float):
        return float(stored)
    from simulator.catalog import resolve

    try:
        return float(resolve(str(report.get("scenario", ""))).load().thresholds.rambling_s)
    except (SimError, OSError):
        return DEFAULT_RAMBLING_S


# --- the recording -----------------------------------------------------------------------


def read_mixdown(path: Path, first_s: float, last_s: float) -> tuple[np.ndarray, int]:
    """Mono int16 samples of both channels between two recording times, and the rate."""
    import soundfile

    try:
        with soundfile.SoundFile(str(path)) as audio:
            rate = audio.samplerate
            first = min(max(0, round(first_s * rate)), audio.frames)
            last = min(max(first, round(last_s * rate)), audio.frames)
            audio.seek(first)
            frames = audio.read(last - first, dtype="int16", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, OSError) as exc:
        raise SessionError(f"{path}: unreadable recording ({exc})") from None
    mono = frames.astype(np.int32).sum(axis=1) // max(1, frames.shape[1])
    return mono.astype(np.int16), rate


def turn_audio(review: Review, index: int) -> Any:
    """Turn `index` of the recording (both voices mixed) as an AudioChunk."""
    from audio.chunk import AudioChunk

    path = review.audio_path
    if path is None:
        raise PlaybackError(f"{review.folder.name}: no recording to play "
                            "(typed and scripted meetings have none)")
    turn = review.record.turns[index]
    first_s = turn.start_s - review.audio_start_s
    samples, rate = read_mixdown(path, first_s, turn.end_s - review.audio_start_s)
    if len(samples) == 0:
        raise PlaybackError(f"turn {index + 1} lies outside the recording")
    return AudioChunk(samples, rate, max(0, round(first_s * rate)))


def play_turn(review: Review, number: int, make_sink: Callable[[], Any] | None = None) -> float:
    """Play turn `number` (from 1) through the default output device; returns its seconds."""
    from audio import sinks
    from audio.devices import AudioDeviceError

    chunk = turn_audio(review, review.turn_index(number))
    try:
        with (make_sink or sinks.SpeakerSink)() as sink:
            sink.play(chunk)
            # Wait for the device to finish, but never for ever if it stops reporting.
            deadline = time.monotonic() + chunk.seconds + 5.0
            while sink.playing and time.monotonic() < deadline:
                time.sleep(0.05)
    except AudioDeviceError as exc:
        raise PlaybackError(f"cannot play turn {number}: {exc}") from None
    return float(chunk.seconds)


# --- the terminal summary ----------------------------------------------------------------


def clock_label(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def format_metric(key: str, value: Any) -> str:
    if value is None:
        return "-"
    if key.endswith("_ratio") and isinstance(value, int | float):
        return f"{value:.0%}"
    return str(value)


def print_review(console: Any, review: Review) -> None:
    """Findings with their times, the metrics and the transcript, for a terminal."""
    from rich.markup import escape
    from rich.table import Table

    r, rec = review.report, review.record
    console.rule(f"Review: {escape(review.title)}")
    over = max(0.0, rec.duration_s - rec.agreed_s)
    console.print(f"{escape(review.persona_name)} · {escape(rec.scenario)} · {rec.mode} · "
                  f"{escape(review.folder.name)}")
    console.print(f"Meeting length: {clock_label(rec.duration_s)} of {clock_label(rec.agreed_s)}"
                  f" agreed{f', [red]{clock_label(over)} over[/]' if over > 0 else ''}; "
                  f"ended by {rec.ended_by}.")

    console.print()
    if review.findings:
        table = Table("at", "turn", "finding", "what to do", title="Findings", expand=True,
                      title_justify="left")
        for f in review.findings:
            colour = "red" if f.severity == "pitfall" else "yellow"
            table.add_row(clock_label(f.at_s) if f.at_s is not None else "",
                          str(f.turn + 1) if f.turn is not None else "",
                          f"[{colour}]{escape(f.code)}[/]", escape(f.message))
        console.print(table)
    else:
        console.print("[green]No findings: a well-run meeting.[/]")

    metrics = r.get("metrics") or {}
    if metrics:
        table = Table("measure", "value", title="Metrics", title_justify="left")
        for key, value in metrics.items():
            table.add_row(METRIC_LABELS.get(key, key), format_metric(key, value))
        console.print(table)

    table = Table("#", "at", "who", "said", "s", title="Transcript", expand=True,
                  title_justify="left")
    for i, turn in enumerate(rec.turns):
        who = ("[bold green]You[/]" if turn.speaker == "user"
               else f"[bold cyan]{escape(review.persona_name)}[/]")
        text = escape(turn.text)
        if turn.kind in CUE_KINDS:
            text = f"[magenta]({CUE_KINDS[turn.kind]})[/] {text}"
        for f in review.by_turn.get(i, []):
            colour = "red" if f.severity == "pitfall" else "yellow"
            text += f" [{colour}]⚑ {escape(f.code)}[/]"
        seconds = f"{turn.seconds:.0f}"
        if turn.speaker == "user" and turn.seconds > review.rambling_s:
            seconds = f"[red]{seconds}[/]"
        table.add_row(str(i + 1), clock_label(turn.start_s), who, text, seconds)
    console.print(table)
    hints = [f"interview-sim review {review.folder.path} --html"]
    if review.audio_path is not None:
        hints.insert(0, f"interview-sim review {review.folder.path} --play N")
    console.print("[dim]" + escape("More: " + "   ".join(hints)) + "[/]")
