"""The int8 copy of a float16 whisper model: the same numbers in a quarter of the bytes,
made once, read back by CTranslate2, and heard the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audio.speech_in import WhisperRecognizer
from audio.whisper_int8 import (
    NOTHING_TO_CONVERT,
    convert,
    main,
    read_model,
    stored_int8,
    write_model,
)

from .conftest import Clip

HEADER = (6, "WhisperSpec", 3)


def _model(folder: Path, weight_dtype: type = np.float16) -> Path:
    rng = np.random.default_rng(3)
    variables = [
        ("decoder/embeddings/weight", rng.normal(0, 0.1, (6, 4)).astype(weight_dtype)),
        ("encoder/conv1/weight", rng.normal(0, 0.1, (4, 2, 3)).astype(weight_dtype)),
        ("encoder/layer_norm/gamma", np.ones(4, dtype=np.float16)),
        ("decoder/position_encodings/encodings", rng.normal(0, 1, (3, 4)).astype(np.float16)),
    ]
    folder.mkdir(parents=True)
    with open(folder / "model.bin", "wb") as f:
        write_model(f, HEADER, variables, [("decoder/projection/weight",
                                            "decoder/embeddings/weight")])
    (folder / "config.json").write_text("{}")
    (folder / "tokenizer.json").write_text("{}")
    return folder


def _read(folder: Path) -> tuple[dict[str, np.ndarray], list[tuple[str, str]]]:
    with open(folder / "model.bin", "rb") as f:
        header, variables, aliases = read_model(f)
    assert header == HEADER
    return dict(variables), aliases


def test_weights_become_int8_rows_with_scales_and_the_rest_float32(tmp_path: Path) -> None:
    source = _model(tmp_path / "f16")
    assert convert(source, tmp_path / "int8")
    before, _ = _read(source)
    after, aliases = _read(tmp_path / "int8")
    name = "decoder/embeddings/weight"
    assert after[name].dtype == np.int8 and after[name].shape == before[name].shape
    rows = before[name].astype(np.float32)
    back = after[name] / after[f"{name}_scale"][:, None]
    # Each value within half a step of its row's 127 steps.
    assert np.all(np.abs(back - rows) <= np.abs(rows).max(axis=1)[:, None] / 254 + 1e-6)
    # As CTranslate2 itself loads them: convolutions and norms in float32.
    assert after["encoder/conv1/weight"].dtype == np.float32
    assert "encoder/conv1/weight_scale" not in after
    assert after["encoder/layer_norm/gamma"].dtype == np.float32
    assert np.array_equal(after["decoder/position_encodings/encodings"],
                          before["decoder/position_encodings/encodings"].astype(np.float32))
    assert aliases == [("decoder/projection/weight", "decoder/embeddings/weight")]
    assert (tmp_path / "int8" / "tokenizer.json").is_file()


def test_a_model_already_in_int8_is_left_alone(tmp_path: Path) -> None:
    source = _model(tmp_path / "f16")
    convert(source, tmp_path / "int8")
    assert not convert(tmp_path / "int8", tmp_path / "again")
    assert not (tmp_path / "again").exists()
    assert main([str(tmp_path / "int8"), str(tmp_path / "again")]) == NOTHING_TO_CONVERT


def test_a_damaged_model_file_gets_one_line_and_exit_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _model(tmp_path / "f16")
    data = (source / "model.bin").read_bytes()
    (source / "model.bin").write_bytes(data[: len(data) // 2])
    assert main([str(source), str(tmp_path / "int8")]) == 1
    assert capsys.readouterr().err.strip().count("\n") == 0


def _in_process(command: list[str], **_: object) -> subprocess.CompletedProcess[bytes]:
    """Runs the converter as `python -m audio.whisper_int8` would, without a process."""
    return subprocess.CompletedProcess(command, main(command[3:]), b"", b"")


def test_the_copy_is_made_once_and_then_reused(tmp_path: Path) -> None:
    source, cache, calls = _model(tmp_path / "f16"), tmp_path / "cache", []

    def run(command: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(command)
        return _in_process(command)

    first = stored_int8(source, cache, run=run)
    assert first != source and _read(first)[0]["decoder/embeddings/weight"].dtype == np.int8
    assert stored_int8(source, cache, run=run) == first
    assert len(calls) == 1
    assert [p.name for p in cache.iterdir()] == [first.name]  # no work folder left


def test_an_int8_model_is_loaded_as_it_is_and_not_checked_again(tmp_path: Path) -> None:
    source = _model(tmp_path / "int8", weight_dtype=np.float32)
    convert(source, tmp_path / "q")
    calls = []

    def run(command: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(command)
        return _in_process(command)

    assert stored_int8(tmp_path / "q", tmp_path / "cache", run=run) == tmp_path / "q"
    assert stored_int8(tmp_path / "q", tmp_path / "cache", run=run) == tmp_path / "q"
    assert len(calls) == 1


def test_when_no_copy_can_be_made_the_model_loads_as_it_is_with_a_warning(
        tmp_path: Path) -> None:
    source = _model(tmp_path / "f16")
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    warnings: list[str] = []
    assert stored_int8(source, tmp_path / "cache", warn=warnings.append) == source
    assert len(warnings) == 1 and "more memory" in warnings[0]


def test_the_packaged_model_reads_real_speech_the_same_from_its_int8_copy(
        packaged_model: Path, whisper: WhisperRecognizer, librivox: list[Clip],
        tmp_path: Path) -> None:
    copy = stored_int8(packaged_model, tmp_path / "cache",
                       run=lambda c, **kw: subprocess.run(c, capture_output=True, check=False))
    assert copy != packaged_model
    assert (copy / "model.bin").stat().st_size < 0.6 * (packaged_model / "model.bin").stat(
        ).st_size
    from_copy = WhisperRecognizer(copy)
    for clip in librivox:
        assert from_copy.transcribe(clip.audio).text == whisper.transcribe(clip.audio).text


def test_the_converter_runs_as_a_module(tmp_path: Path) -> None:
    source = _model(tmp_path / "f16")
    done = subprocess.run([sys.executable, "-m", "audio.whisper_int8", str(source),
                           str(tmp_path / "out")], capture_output=True, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert _read(tmp_path / "out")[0]["decoder/embeddings/weight"].dtype == np.int8
