"""The background reader (latest request wins, results by key, errors reach the loop) and
the careful second reader (only while allowed, the rest at the end)."""

import threading

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.speech_in import Transcript
from audio.transcriber import BackgroundTranscriber, Rereader


class GatedRecognizer:
    """Says how many samples it was given; each call waits until the test opens the gate."""

    name = "gated"

    def __init__(self) -> None:
        self.gate = threading.Semaphore(0)
        self.busy = threading.Event()
        self.calls: list[int] = []

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        self.busy.set()
        self.gate.acquire()
        self.calls.append(len(audio.samples))
        if len(audio.samples) == 13:
            raise RuntimeError("engine died")
        return Transcript(f"{len(audio.samples)} samples", self.name, 0.0)


def chunk(n: int) -> AudioChunk:
    return AudioChunk(np.zeros(n, dtype=np.int16), 16000, 0)


def test_a_stale_request_is_skipped_and_the_newest_is_read() -> None:
    engine = GatedRecognizer()
    reader = BackgroundTranscriber(engine)
    reader.request("a", chunk(1))
    assert engine.busy.wait(10)  # the worker is reading "a"
    reader.request("b", chunk(2))
    reader.request("c", chunk(3))  # replaces b before the worker gets to it
    assert reader.result("c") is None and not reader.wants("c")
    engine.gate.release()
    engine.gate.release()
    assert reader.wait("c", chunk(3)).text == "3 samples"
    assert engine.calls[-1] == 3 and 2 not in engine.calls
    reader.close()


def test_an_engine_error_reaches_the_caller() -> None:
    engine = GatedRecognizer()
    reader = BackgroundTranscriber(engine)
    engine.gate.release()
    with pytest.raises(RuntimeError, match="engine died"):
        reader.wait("x", chunk(13))
    reader.close()


def test_file_runs_read_inline() -> None:
    engine = GatedRecognizer()
    engine.gate.release()
    reader = BackgroundTranscriber(engine, realtime=False)
    reader.request("k", chunk(5))
    result = reader.result("k")
    assert result is not None and result.text == "5 samples" and not reader.wants("k")


# --- the careful second reading ---------------------------------------------------------


def _reading(text: str) -> Transcript:
    return Transcript(text=text, engine="fake", seconds_taken=0.0)


def test_careful_readings_wait_until_the_loop_allows_them() -> None:
    read: list[float] = []
    rereader = Rereader(lambda audio, hint: read.append(audio.seconds) or _reading("x"))
    rereader.submit(3, AudioChunk(np.ones(1600, dtype=np.int16), 16000))
    rereader.close()  # never allowed: the worker leaves without reading
    assert read == [] and rereader.take() == []


def test_careful_readings_run_while_allowed_and_the_rest_at_the_end() -> None:
    first_read = threading.Event()

    def read(audio: AudioChunk, hint: str | None) -> Transcript:
        first_read.set()
        return _reading(f"{audio.seconds:.1f} s, {hint}")

    rereader = Rereader(read, "names")
    rereader.submit(1, AudioChunk(np.ones(16000, dtype=np.int16), 16000))
    rereader.allow(True)
    assert first_read.wait(timeout=10)
    rereader.allow(False)
    rereader.submit(2, AudioChunk(np.ones(8000, dtype=np.int16), 16000))
    done = rereader.finish()  # whatever was left is read here, in order
    assert [(key, t.text) for key, t in done] == [(1, "1.0 s, names"), (2, "0.5 s, names")]


def test_a_failed_careful_reading_keeps_the_quick_one() -> None:
    def broken(audio: AudioChunk, hint: str | None) -> Transcript:
        raise RuntimeError("engine gone")

    rereader = Rereader(broken, realtime=False)
    rereader.submit(1, AudioChunk(np.ones(1600, dtype=np.int16), 16000))
    assert rereader.finish() == []


def test_a_careful_request_is_read_by_the_careful_reader() -> None:
    engine = GatedRecognizer()
    careful_calls: list[int] = []

    def careful(audio: AudioChunk, hint: str | None = None) -> Transcript:
        careful_calls.append(len(audio.samples))
        return Transcript("read carefully", "careful", 0.0)

    reader = BackgroundTranscriber(engine, careful=careful, realtime=False)
    reader.request(("a", "careful"), chunk(5), careful=True)
    assert reader.result(("a", "careful")) == Transcript("read carefully", "careful", 0.0)
    assert careful_calls == [5] and engine.calls == []
    # Without a careful reader, a careful request gets the quick reading.
    plain = BackgroundTranscriber(engine, realtime=False)
    engine.gate.release()
    plain.request("b", chunk(7), careful=True)
    assert plain.result("b") == Transcript("7 samples", "gated", 0.0)
