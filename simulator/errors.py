"""Domain errors. The core raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class SimError(Exception):
    """Base for errors a user can act on; `str()` is the one line shown to them."""

    exit_code = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file."""

    file: Path | str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ScenarioError(SimError):
    """One or more problems in scenario, pack, script or prep files."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class NotFound(SimError):
    exit_code = 2
