"""Transcription beside the audio loop, so the microphone keeps flowing while a turn is read.

A live loop cannot wait ~0.2-0.3 s for the recognizer every time the speaker pauses: the
pause might be the end of the turn (answer quickly) or a breath (keep listening, and keep
measuring). `BackgroundTranscriber` reads the latest requested audio on one worker thread;
the loop asks for a result by key and moves on when it is not ready yet. Only the newest
request matters: one made stale by more speech is skipped, never queued.

With a file source there is no wall clock to race, so `realtime=False` transcribes inside
`request()`: a meeting on files stays exactly repeatable.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable

from audio.chunk import AudioChunk
from audio.speech_in import Recognizer, Transcript


class BackgroundTranscriber:
    def __init__(self, recognizer: Recognizer, hint: str | None = None, *,
                 realtime: bool = True) -> None:
        self.recognizer = recognizer
        self.hint = hint
        self.realtime = realtime
        self._lock = threading.Condition()
        self._pending: tuple[Hashable, AudioChunk] | None = None
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

    def request(self, key: Hashable, audio: AudioChunk) -> None:
        """Read `audio` (known by `key`) as soon as the worker is free."""
        with self._lock:
            if not self._wants(key):
                return
            if not self.realtime:
                self._done = {key: self.recognizer.transcribe(audio, self.hint)}
                return
            self._pending = (key, audio)
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
                key, audio = self._pending
                self._pending, self._running = None, key
            try:
                transcript = self.recognizer.transcribe(audio, self.hint)
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
