"""User turns: voice activity grouped into turns, a pure analyzer over audio blocks.

`TurnSegmenter` ends a turn only after a long silence, or when the caller says so, and
keeps the running turn's audio for a recognizer. All positions are sample indices on the
session timeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from audio.chunk import AudioChunk
from audio.vad import (
    SpeechStarted,
    SpeechStopped,
    VadEvent,
    VadState,
    VoiceActivityDetector,
)


@dataclass(frozen=True)
class TurnStarted:
    start_sample: int
    rate: int

    @property
    def start_s(self) -> float:
        return self.start_sample / self.rate


@dataclass(frozen=True)
class TurnEnded:
    start_sample: int
    """First voiced sample of the turn."""
    end_sample: int
    """One past its last voiced sample."""
    speech_s: float
    """Seconds inside speech segments; pauses longer than the VAD stop window excluded."""
    rate: int
    segments: tuple[tuple[int, int], ...] = ()
    """(start, end) sample pairs of the speech inside the turn."""
    ended_early: bool = False
    """True when the caller ended it (end_turn_now) before the silence ran out."""
    audio: AudioChunk | None = field(default=None, repr=False, compare=False)
    """The turn's audio with a little margin either side, for a recognizer."""
    pauses: tuple[int, ...] = ()
    """Samples of each silence between voiced frames inside the turn, in order, however
    short: a speaker's own pace of pausing at a comma or between sentences (the segments
    only show pauses past the VAD stop window)."""

    @property
    def pauses_s(self) -> tuple[float, ...]:
        return tuple(p / self.rate for p in self.pauses)

    @property
    def start_s(self) -> float:
        return self.start_sample / self.rate

    @property
    def end_s(self) -> float:
        return self.end_sample / self.rate

    @property
    def length_s(self) -> float:
        return (self.end_sample - self.start_sample) / self.rate


SegmenterEvent = VadEvent | TurnStarted | TurnEnded


class _AudioRing:
    """The most recent `capacity` samples of the timeline, for turn audio."""

    def __init__(self, capacity: int) -> None:
        self._buffer = np.zeros(capacity, dtype=np.int16)
        self.end = 0  # timeline index one past the newest sample
        self._filled = 0

    def append(self, chunk: AudioChunk) -> None:
        if chunk.start != self.end:
            self.end, self._filled = chunk.start, 0  # a gap: what we held is not adjacent
        capacity = len(self._buffer)
        samples = chunk.samples[-capacity:]
        at = (chunk.end - len(samples)) % capacity
        first_part = min(len(samples), capacity - at)
        self._buffer[at : at + first_part] = samples[:first_part]
        self._buffer[: len(samples) - first_part] = samples[first_part:]
        self.end = chunk.end
        self._filled = min(capacity, self._filled + len(chunk.samples))

    def slice(self, first: int, last: int, rate: int) -> AudioChunk:
        first = max(first, self.end - self._filled)
        last = min(last, self.end)
        if last <= first:
            return AudioChunk(np.zeros(0, dtype=np.int16), rate, max(first, 0))
        capacity = len(self._buffer)
        at = first % capacity
        if at + (last - first) <= capacity:
            samples = self._buffer[at : at + last - first].copy()
        else:
            samples = np.concatenate([self._buffer[at:], self._buffer[: (last % capacity)]])
        return AudioChunk(samples, rate, first)


class TurnSegmenter:
    """Groups voice activity into user turns.

    A turn ends once `end_silence_s` passes without speech (so a mid-sentence pause
    shorter than that never ends it), or when `end_turn_now()` is called by a smarter
    end-of-turn policy. Turns with less than `min_speech_s` of speech are dropped as
    coughs and clicks. The audio of the running turn is kept (at most `max_turn_audio_s`,
    the most recent) so a recognizer can transcribe it while it runs.
    """

    def __init__(
        self,
        end_silence_s: float = 1.3,
        min_speech_s: float = 0.25,
        *,
        vad: VoiceActivityDetector | None = None,
        max_turn_audio_s: float = 120.0,
        margin_s: float = 0.25,
    ) -> None:
        self.vad = vad or VoiceActivityDetector()
        self.rate = self.vad.rate
        if self.vad.stop_frames * self.vad.frame_samples >= end_silence_s * self.rate:
            raise ValueError("the VAD stop window must be shorter than end_silence_s")
        self.end_silence_s = end_silence_s
        self.min_speech_s = min_speech_s
        self._end_silence = round(end_silence_s * self.rate)
        self._margin = round(margin_s * self.rate)
        ring_s = max_turn_audio_s + end_silence_s + 2 * margin_s + 1.0
        self._ring = _AudioRing(round(ring_s * self.rate))
        self.discarded_turns = 0
        self._attending_since = 0
        self._was_attending = True
        self._clear_turn()

    def _clear_turn(self) -> None:
        self._turn_start: int | None = None
        self._announced = False
        self._segments: list[tuple[int, int]] = []
        self._segment_start: int | None = None
        self._segment_end = 0
        self._pauses: list[int] = []

    # -- live figures ---------------------------------------------------------------

    @property
    def in_turn(self) -> bool:
        return self._turn_start is not None

    @property
    def position(self) -> int:
        return self._ring.end

    @property
    def current_turn_started_s(self) -> float | None:
        return None if self._turn_start is None else self._turn_start / self.rate

    @property
    def turn_start_sample(self) -> int | None:
        """First voiced sample of the running turn."""
        return self._turn_start

    @property
    def current_turn_speech_s(self) -> float:
        return self._speech_samples() / self.rate

    @property
    def current_turn_pauses_s(self) -> tuple[float, ...]:
        """The silences inside the running turn so far, not counting the one it is in now
        (see `TurnEnded.pauses`)."""
        return tuple(p / self.rate for p in self._pauses)

    @property
    def last_voiced_sample(self) -> int | None:
        """End of the last voiced frame of the running turn."""
        return None if self._turn_start is None else self._last_end()

    @property
    def silence_s(self) -> float:
        """Seconds since the last voiced frame of the running turn (0 outside a turn). Once
        voice comes back it stops growing, while the detector confirms it is speech: after
        a pause past the VAD stop window that takes four frames, and a silence that went
        on counting through them ended turns at 0.39 s in a comma pause of 0.30 s."""
        last = self.last_voiced_sample
        return 0.0 if last is None else max(0, self._pause_until(attend=True) - last) / self.rate

    def current_turn_audio(self) -> AudioChunk | None:
        if self._turn_start is None:
            return None
        return self._ring.slice(self._turn_start - self._margin, self.position, self.rate)

    # -- analysis -------------------------------------------------------------------

    def process(self, chunk: AudioChunk, attend: bool = True) -> list[SegmenterEvent]:
        """Analyse one block. With `attend=False` (the persona is talking) voiced audio
        is tracked but not taken as the user's."""
        self._ring.append(chunk)
        if attend and not self._was_attending:
            self._attending_since = chunk.start
        self._was_attending = attend
        events: list[SegmenterEvent] = []
        vad = self.vad
        for vad_event in vad.frames(chunk):
            if vad_event is not None:
                events.append(vad_event)
            if isinstance(vad_event, SpeechStarted):
                if attend:
                    self._open_segment(max(vad_event.sample, self._attending_since), events)
            elif isinstance(vad_event, SpeechStopped):
                self._close_segment()
            elif attend and vad.frame_voiced and self._segment_start is None and vad.speaking:
                # Speech that began while we were not listening, or after end_turn_now().
                self._open_segment(vad.position - vad.frame_samples, events)
            if self._segment_start is not None:
                if not attend:
                    self._close_segment()
                elif vad.speaking and vad.frame_voiced:
                    self._note_pause(vad.position - vad.frame_samples - self._segment_end)
                    self._segment_end = vad.last_voiced_end
                    self._announce_if_long_enough(events)
            if self._turn_start is not None and self._segment_start is None:
                self._end_after_silence(attend, events)
        return events

    def _open_segment(self, start: int, events: list[SegmenterEvent]) -> None:
        if self._turn_start is not None and start - self._last_end() >= self._end_silence:
            self._finish_turn(events, early=False)
        if self._turn_start is None:
            self._turn_start = start
        else:
            self._note_pause(start - self._last_end())
        self._segment_start = start
        self._segment_end = max(start, self.vad.last_voiced_end)

    def _note_pause(self, samples: int) -> None:
        if samples > 0:
            self._pauses.append(samples)

    def _close_segment(self) -> None:
        if self._segment_start is not None:
            if self._segment_end > self._segment_start:
                self._segments.append((self._segment_start, self._segment_end))
            self._segment_start = None

    def _last_end(self) -> int:
        if self._segment_start is not None:
            return self._segment_end
        return self._segments[-1][1] if self._segments else self._turn_start or 0

    def _speech_samples(self) -> int:
        total = sum(end - start for start, end in self._segments)
        if self._segment_start is not None:
            total += self._segment_end - self._segment_start
        return total

    def _announce_if_long_enough(self, events: list[SegmenterEvent]) -> None:
        if not self._announced and self._speech_samples() >= self.min_speech_s * self.rate:
            self._announced = True
            assert self._turn_start is not None
            events.append(TurnStarted(self._turn_start, self.rate))

    def _pause_until(self, attend: bool) -> int:
        """Where the running pause ends: now, or while a new start heard while listening is
        still being confirmed, at its first frame."""
        vad = self.vad
        return vad.window_start if attend and vad.state is VadState.STARTING else vad.position

    def _end_after_silence(self, attend: bool, events: list[SegmenterEvent]) -> None:
        if self._pause_until(attend) - self._last_end() >= self._end_silence:
            self._finish_turn(events, early=False)

    def _finish_turn(self, events: list[SegmenterEvent], early: bool) -> TurnEnded | None:
        self._close_segment()
        segments = tuple(self._segments)
        turn_start, pauses = self._turn_start, tuple(self._pauses)
        self._clear_turn()
        if turn_start is None or not segments:
            return None
        speech = sum(end - start for start, end in segments)
        if not early and speech < self.min_speech_s * self.rate:
            self.discarded_turns += 1
            return None
        end = segments[-1][1]
        audio = self._ring.slice(turn_start - self._margin, end + self._margin, self.rate)
        ended = TurnEnded(turn_start, end, speech / self.rate, self.rate, segments, early, audio,
                          pauses)
        events.append(ended)
        return ended

    def finish(self) -> list[SegmenterEvent]:
        """The stream has ended: close the running turn as if the silence had run out."""
        events: list[SegmenterEvent] = []
        if self._segment_start is not None:
            self._announce_if_long_enough(events)
        self._finish_turn(events, early=False)
        return events

    def end_turn_now(self) -> TurnEnded | None:
        """End the running turn at its last voiced frame; None when no speech is in it.

        The turn is returned even if shorter than `min_speech_s` (and so never announced
        with TurnStarted): the caller has reasons to think it was speech. Speech that goes
        on after this starts a new turn.
        """
        return self._finish_turn([], early=True)
