"""Domain errors. The core raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

import re
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
        key = self.key if _PLAIN_KEY.fullmatch(self.key) else repr(self.key)
        message = "".join(c if c.isprintable() else repr(c)[1:-1] for c in self.message)
        return f"{where}: {key}: {message}" if self.key else f"{where}: {message}"


# A key path a reader can see as it is; anything else (blank, a line break) is shown quoted.
_PLAIN_KEY = re.compile(r"[\w.-]+")


class ScenarioError(SimError):
    """One or more problems in scenario, pack, script or prep files."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class NotFound(SimError):
    exit_code = 2
