"""YAML loading that remembers where every value came from, so errors can name the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from simulator.errors import Problem, ScenarioError

Loc = tuple[str | int, ...]


class LineMap:
    """Maps a key path like ("persona", "name") to the 1-based line it was written on."""

    def __init__(self) -> None:
        self._lines: dict[Loc, int] = {}

    def add(self, loc: Loc, line: int) -> None:
        self._lines.setdefault(loc, line)

    def line_for(self, loc: Loc) -> int | None:
        """The line of the deepest part of `loc` that exists in the file."""
        for n in range(len(loc), -1, -1):
            line = self._lines.get(tuple(loc[:n]))
            if line is not None:
                return line
        return None


def _construct(node: yaml.Node, loc: Loc, lines: LineMap, path: Path) -> Any:
    lines.add(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(key_node, loc, lines, path)
            if not isinstance(key, str | int | float | bool):
                raise _problem(path, key_node, loc, "keys must be plain words")
            if key in out:
                raise _problem(path, key_node, (*loc, str(key)), "duplicate key")
            # A key path points at the line of its key, not of its value (which may start below).
            lines.add((*loc, str(key)), key_node.start_mark.line + 1)
            out[key] = _construct(value_node, (*loc, str(key)), lines, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*loc, i), lines, path) for i, item in enumerate(node.value)]
    try:
        return yaml.SafeLoader("").construct_object(node)  # scalars: ints, floats, bools, null
    except (ValueError, OverflowError):
        raise _problem(path, node, loc, "value too large to read") from None


def _problem(path: Path, node: yaml.Node, loc: Loc, message: str) -> ScenarioError:
    key = ".".join(str(p) for p in loc)
    return ScenarioError([Problem(path, node.start_mark.line + 1, key, message)])


def load_yaml(path: Path) -> tuple[Any, LineMap]:
    """Parse one YAML document; any syntax error becomes a ScenarioError naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError([Problem(path, None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ScenarioError([Problem(path, None, "", f"cannot read file ({reason})")]) from None
    lines = LineMap()
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if node is None:
            return None, lines
        return _construct(node, (), lines, path), lines
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        what = f"character U+{exc.character:04X} is not allowed in YAML" \
            if isinstance(exc.character, int) else "unreadable character"
        raise ScenarioError([Problem(path, line, "", what)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        last_line = max(1, len(text.splitlines()))
        where = min(mark.line + 1, last_line) if mark else None
        what = exc.problem or exc.context or "invalid YAML"
        raise ScenarioError([Problem(path, where, "", f"YAML syntax error: {what}")]) from None
    except yaml.YAMLError as exc:
        raise ScenarioError([Problem(path, None, "", f"YAML error: {exc}")]) from None
    except RecursionError:
        raise ScenarioError([Problem(path, None, "", "YAML nested too deeply")]) from None
