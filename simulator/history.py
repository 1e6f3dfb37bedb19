"""History: one row of scores per finished session, in `<data dir>/history.db` (SQLite).

The database is a cache of the session folders, never the only copy of anything: it is
rebuilt from the folders when missing or damaged (a damaged file is kept aside as
history.db.corrupt-<n>), and reconciled with them on every read: a folder with no row
gains one, a row whose folder is gone is dropped, and a report rewritten since its row
was made (a re-score) is read again.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from simulator.errors import SimError
from simulator.paths import data_dir
from simulator.sessions import REPORT, SessionError, SessionFolder, list_sessions, sessions_dir

DB_NAME = "history.db"
SCHEMA_VERSION = 1
LOCK_TIMEOUT_S = 3.0
"""How long to wait for another program holding the database before giving up."""

_COLUMNS: tuple[tuple[str, str], ...] = (
    ("folder", "TEXT PRIMARY KEY"),
    ("path", "TEXT NOT NULL"),
    ("started_at", "TEXT NOT NULL"),
    ("scenario", "TEXT NOT NULL"),
    ("mode", "TEXT NOT NULL"),
    ("duration_s", "REAL NOT NULL"),
    ("agreed_s", "REAL NOT NULL"),
    ("overrun_s", "REAL NOT NULL"),
    ("user_talk_ratio", "REAL"),
    ("longest_user_turn_s", "REAL"),
    ("questions_asked", "INTEGER"),
    ("pitfalls", "INTEGER NOT NULL"),
    ("tips", "INTEGER NOT NULL"),
    ("rambling", "INTEGER NOT NULL"),
    ("findings", "TEXT NOT NULL"),
    ("report_mtime_ns", "INTEGER NOT NULL"),
)
COLUMNS = tuple(name for name, _ in _COLUMNS)
# What a user or a tool sees: the bookkeeping columns stay inside.
PUBLIC_COLUMNS = tuple(c for c in COLUMNS if c not in ("path", "report_mtime_ns"))


class HistoryError(SimError):
    """The history database cannot be used right now; the message says why."""


def history_path() -> Path:
    return data_dir() / DB_NAME


# --- one row -----------------------------------------------------------------------------


def _started_at(folder: SessionFolder, report_path: Path) -> str:
    """When the meeting started: meta.json's word, else the folder's time stamp, else the
    report's modification time. ISO 8601, local time, to the second."""
    with contextlib.suppress(SessionError):
        stated = folder.meta().get("started_at")
        if isinstance(stated, str) and stated:
            return stated
    stamp = folder.name.split("_", 1)[0].split(".", 1)[0]  # milliseconds are for sorting
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S").isoformat()
    except ValueError:
        return datetime.fromtimestamp(report_path.stat().st_mtime).isoformat(timespec="seconds")


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def row_for(folder: SessionFolder) -> dict[str, Any] | None:
    """The history row of a finished session; None when it has no readable report."""
    report_path = folder.path / REPORT
    try:
        report = folder.report()
        mtime_ns = report_path.stat().st_mtime_ns
    except (SessionError, OSError):
        return None
    findings = [f for f in report.get("findings", []) if isinstance(f, dict)]
    found = report.get("metrics")
    metrics: dict[str, Any] = found if isinstance(found, dict) else {}
    questions = _number(metrics.get("questions_asked"))
    return {
        "folder": folder.name,
        "path": str(folder.path),
        "started_at": _started_at(folder, report_path),
        "scenario": str(report.get("scenario", "?")),
        "mode": str(report.get("mode", "?")),
        "duration_s": _number(report.get("duration_s")) or 0.0,
        "agreed_s": _number(report.get("agreed_s")) or 0.0,
        "overrun_s": _number(report.get("overrun_s")) or 0.0,
        "user_talk_ratio": _number(metrics.get("user_talk_ratio")),
        "longest_user_turn_s": _number(metrics.get("longest_user_turn_s")),
        "questions_asked": None if questions is None else int(questions),
        "pitfalls": sum(1 for f in findings if f.get("severity") == "pitfall"),
        "tips": sum(1 for f in findings if f.get("severity") == "tip"),
        "rambling": sum(1 for f in findings if f.get("code") == "rambling"),
        "findings": json.dumps([str(f.get("code")) for f in findings]),
        "report_mtime_ns": mtime_ns,
    }


# --- the database ------------------------------------------------------------------------


def _is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _locked(path: Path) -> HistoryError:
    return HistoryError(f"{path}: the history database is locked by another program "
                        f"(waited {LOCK_TIMEOUT_S:g} s); try again when it has finished")


def _set_aside(path: Path) -> Path:
    """Move a damaged database (and its journal) out of the way; keep it for inspection."""
    n = 1
    while path.with_name(f"{path.name}.corrupt-{n}").exists():
        n += 1
    aside = path.with_name(f"{path.name}.corrupt-{n}")
    path.replace(aside)
    for suffix in ("-journal", "-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    return aside


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _usable(conn: sqlite3.Connection) -> bool:
    """False for a file that is not a sound history database of this version (damaged,
    foreign or older: it is only a cache, so it is rebuilt). Lock errors pass through."""
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if check is None or check[0] != "ok":
            return False
        if version == 0:  # a new, empty file
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            return bool(tables == 0)
        cols = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
        return bool(version == SCHEMA_VERSION and tuple(cols) == COLUMNS)
    except sqlite3.Error as exc:
        if _is_locked(exc):
            raise
        return False


def _create(conn: sqlite3.Connection) -> None:
    columns = ", ".join(f"{name} {kind}" for name, kind in _COLUMNS)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"CREATE TABLE IF NOT EXISTS sessions ({columns})")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")


@dataclass
class History:
    """An open, checked history database; `corrupt_kept` names a damaged file set aside."""

    conn: sqlite3.Connection
    path: Path
    corrupt_kept: Path | None = None


@contextlib.contextmanager
def open_history(path: Path | None = None) -> Iterator[History]:
    """The history database, created or rebuilt as needed. A lock held by another program
    is waited for up to LOCK_TIMEOUT_S, then reported as a HistoryError, as is any other
    database error inside the `with` block."""
    path = path or history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    kept: Path | None = None
    try:
        conn = _connect(path)
        try:
            if not _usable(conn):
                conn.close()
                kept = _set_aside(path)
                conn = _connect(path)
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                _create(conn)
            path.chmod(0o600)
            yield History(conn, path, kept)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if _is_locked(exc):
            raise _locked(path) from None
        raise HistoryError(f"{path}: the history database cannot be used ({exc})") from None


def _put(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    marks = ", ".join("?" for _ in COLUMNS)
    conn.execute(f"INSERT OR REPLACE INTO sessions ({', '.join(COLUMNS)}) VALUES ({marks})",
                 [row[c] for c in COLUMNS])


def reconcile(history: History) -> dict[str, int]:
    """Bring the rows in step with the session folders: by folder name for the data dir's
    sessions, by path for sessions written elsewhere (--out)."""
    conn, base = history.conn, sessions_dir()
    bases = {base, base.resolve()}
    folders = {f.name: f for f in list_sessions()}
    known = {r["folder"]: (r["path"], r["report_mtime_ns"])
             for r in conn.execute("SELECT folder, path, report_mtime_ns FROM sessions")}
    added = dropped = updated = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name, (path, _) in known.items():
            here = Path(path).parent in bases
            if (here and name not in folders) or (not here and not (Path(path) / REPORT).is_file()):
                conn.execute("DELETE FROM sessions WHERE folder = ?", (name,))
                dropped += 1
        for name, folder in folders.items():
            seen = known.get(name)
            if seen is not None:
                try:  # a report rewritten since (a re-score) is read again
                    if (folder.path / REPORT).stat().st_mtime_ns == seen[1]:
                        continue
                except OSError:
                    continue
            row = row_for(folder)
            if row is None:  # interrupted or damaged: no scores to show
                if seen is not None:
                    conn.execute("DELETE FROM sessions WHERE folder = ?", (name,))
                    dropped += 1
                continue
            _put(conn, row)
            if seen is None:
                added += 1
            else:
                updated += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {"added": added, "dropped": dropped, "updated": updated}


def _decoded(row: sqlite3.Row) -> dict[str, Any]:
    out = {c: row[c] for c in PUBLIC_COLUMNS}
    out["findings"] = json.loads(row["findings"])
    return out


def _matches(scenario: str, wanted: str) -> bool:
    return scenario == wanted or scenario.rsplit("/", 1)[-1] == wanted


def load_history(scenario: str | None = None) -> tuple[list[dict[str, Any]], Path | None]:
    """Every session's row, oldest first, after reconciling with the folders; and the
    damaged database file set aside on the way, if any."""
    with open_history() as history:
        reconcile(history)
        rows = history.conn.execute(
            "SELECT * FROM sessions ORDER BY started_at, folder").fetchall()
        kept = history.corrupt_kept
    decoded = [_decoded(r) for r in rows]
    if scenario:
        decoded = [r for r in decoded if _matches(r["scenario"], scenario)]
    return decoded, kept


def record_session(folder: SessionFolder | Path) -> dict[str, Any] | None:
    """Add (or refresh) one finished session's row; run and demo call this after a meeting.
    Returns the row, or None when the folder has no readable report."""
    folder = folder if isinstance(folder, SessionFolder) else SessionFolder(Path(folder))
    row = row_for(SessionFolder(folder.path.resolve()))
    if row is None:
        return None
    with open_history() as history:
        _put(history.conn, row)
    return {c: row[c] for c in PUBLIC_COLUMNS}


# --- trends ------------------------------------------------------------------------------

TREND_MEASURES: tuple[tuple[str, str], ...] = (  # (row key, label)
    ("rambling", "rambling turns"),
    ("overrun_s", "overrun (s)"),
    ("user_talk_ratio", "your talk share"),
    ("pitfalls", "pitfalls"),
)
_BLOCKS = "▁▂▃▄▅▆▇█"
TREND_TOPS = {"user_talk_ratio": 1.0}
"""Measures with a natural top: a share is drawn against the whole."""


def trend_series(rows: list[dict[str, Any]]) -> dict[str, list[float | None]]:
    """Each trend measure across the sessions, oldest first."""
    return {key: [None if r[key] is None else float(r[key]) for r in rows]
            for key, _ in TREND_MEASURES}


def sparkline(values: list[float | None], top: float | None = None) -> str:
    """One block character per value, scaled from zero up to `top` (default: the largest
    value), so a small wobble does not look like a leap; a gap where a session has no
    figure."""
    present = [v for v in values if v is not None]
    high = max([*present, top or 0.0], default=0.0)
    last = len(_BLOCKS) - 1
    if high <= 0:
        return "".join(" " if v is None else _BLOCKS[0] for v in values)
    return "".join(" " if v is None else _BLOCKS[round(max(0.0, v) / high * last)]
                   for v in values)
