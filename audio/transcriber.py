"""Transcription beside the audio loop, so the microphone keeps flowing while a turn is read.

A live loop cannot wait ~0.2-0.3 s for the recognizer every time the speaker pauses: the
pause might be the end of the turn (answer quickly) or a breath (keep listening, and keep
measuring). `BackgroundTranscriber` reads the latest requested audio on one worker thread;
the loop asks for a result by key and moves on when it is not ready yet. Only the newest
request matters: one made stale by more speech is skipped, never queued.

With a file source there is no wall clock to race, so `realtime=False` transcribes inside
`request()`: a meeting on files stays exactly repeatable.

A request may ask for the careful reading instead (`careful=True`): a second look at a
pause the quick one left unsure of.

`Rereader` reads finished turns a second time, slowly and carefully, for the record.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Hashable

from audio.chunk import AudioChunk
from audio.speech_in import Recognizer, Transcript

Read = Callable[[AudioChunk, str | None], Transcript]


class BackgroundTranscriber:
    def __init__(self, recognizer: Recognizer, hint: str | None = None, *,
                 realtime: bool = True, careful: Read | None = None) -> None:
        """`careful` reads more slowly and better (beam search); without one a careful
        request gets the quick reading."""
        self.recognizer = recognizer
        self.hint = hint
        self.realtime = realtime
        self.careful = careful
        self._lock = threading.Condition()
        self._pending: tuple[Hashable, AudioChunk, Read] | None = None
        self._running: Hashable | None = None
        self._done: dict[Hashable, Transcript] = {}
        self._error: BaseException | None = None
        self._worker: threading.Thread | None = None
        self._closed = False

    # -- the loop's side ----------------------------------------------------------------

    def wants(self, key: Hashable) -> bool:
        """True unless `key` is already read, being read or waiting to be: the caller can
        skip cutting out its audio again."""
        with self._lock:
            return self._wants(key)

    def _wants(self, key: Hashable) -> bool:
        waiting = self._pending is not None and self._pending[0] == key
        return key not in self._done and key != self._running and not waiting

    def request(self, key: Hashable, audio: AudioChunk, careful: bool = False) -> None:
        """Read `audio` (known by `key`) as soon as the worker is free."""
        read = self.careful if careful and self.careful else self.recognizer.transcribe
        with self._lock:
            if not self._wants(key):
                return
            if not self.realtime:
                self._done = {key: read(audio, self.hint)}
                return
            self._pending = (key, audio, read)
            self._start_worker()
            self._lock.notify_all()

    def result(self, key: Hashable) -> Transcript | None:
        """The transcript for `key` if it is ready; never blocks."""
        with self._lock:
            self._raise_worker_error()
            return self._done.get(key)

    def wait(self, key: Hashable, audio: AudioChunk) -> Transcript:
        """The transcript for `key`, reading it now if nobody asked before."""
        self.request(key, audio)
        with self._lock:
            # Only this thread requests, so ours is pending or running until it is done
            # (or the worker fails, which also notifies).
            while key not in self._done:
                self._raise_worker_error()
                self._lock.wait()
            return self._done[key]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._worker is not None:
            self._worker.join(timeout=5.0)

    # -- the worker ------------------------------------------------------------------------

    def _start_worker(self) -> None:
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="transcriber", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                while self._pending is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                assert self._pending is not None
                key, audio, read = self._pending
                self._pending, self._running = None, key
            try:
                transcript = read(audio, self.hint)
            except BaseException as error:  # handed to the loop, which reports it
                with self._lock:
                    self._error, self._running = error, None
                    self._lock.notify_all()
                return
            with self._lock:
                # Only the newest results are worth keeping: earlier keys are stale.
                self._done = {key: transcript}
                self._running = None
                self._lock.notify_all()

    def _raise_worker_error(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error


class Rereader:
    """Reads finished turns again with a slower, more careful `read`, while nobody waits.

    The quick reading already chose the persona's answer; this one is for the record and
    the findings. A job starts only while the loop allows it (while the persona speaks),
    because a read under way cannot be stopped and would hold up the next quick one. With
    `realtime=False` each turn is read inside `submit()`, so file runs stay repeatable.
    Turns are known by the caller's number for them.
    """

    def __init__(self, read: Read, hint: str | None = None, *, realtime: bool = True) -> None:
        self._read = read
        self.hint = hint
        self.realtime = realtime
        self._lock = threading.Condition()
        self._jobs: deque[tuple[int, AudioChunk]] = deque()
        self._done: list[tuple[int, Transcript]] = []
        self._allowed = False
        self._closed = False
        self._worker: threading.Thread | None = None

    def submit(self, key: int, audio: AudioChunk) -> None:
        if not self.realtime:
            self._read_into_done(key, audio)
            return
        with self._lock:
            self._jobs.append((key, audio))
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="rereader",
                                                daemon=True)
                self._worker.start()
            self._lock.notify_all()

    def allow(self, allowed: bool) -> None:
        with self._lock:
            if allowed != self._allowed:
                self._allowed = allowed
                self._lock.notify_all()

    def take(self) -> list[tuple[int, Transcript]]:
        """The readings finished since the last call, in the order they were submitted."""
        with self._lock:
            done, self._done = self._done, []
        return done

    def finish(self) -> list[tuple[int, Transcript]]:
        """The meeting is over and nobody waits: read what is left here, then hand over
        everything not yet taken."""
        self.close()
        with self._lock:
            jobs, self._jobs = list(self._jobs), deque()
        for key, audio in jobs:
            self._read_into_done(key, audio)
        return self.take()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._worker is not None:
            self._worker.join(timeout=30.0)  # at most one careful read (~0.5 s) under way

    def _work(self) -> None:
        while True:
            with self._lock:
                while not self._closed and not (self._allowed and self._jobs):
                    self._lock.wait()
                if self._closed:
                    return
                key, audio = self._jobs.popleft()
            self._read_into_done(key, audio)

    def _read_into_done(self, key: int, audio: AudioChunk) -> None:
        try:
            transcript = self._read(audio, self.hint)
        except Exception:  # the quick reading stays (an engine fault shows in the quick reads)
            return
        with self._lock:
            self._done.append((key, transcript))
