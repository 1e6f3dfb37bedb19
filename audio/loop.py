"""The listening loop: source blocks -> voice activity and turns -> events, with the persona's
playback kept out of what counts as the user.

It behaves the same with a microphone and speaker as with a scripted source and a WAV
sink, because it reads time only from the source's sample count. A voice meeting drives it:

    with MicrophoneSource() as mic, SpeakerSink() as speaker:
        loop = AudioLoop(mic, speaker, on_event=meeting.on_audio_event)
        loop.play(voice.render("Hello, thanks for making time."))
        loop.run(until=meeting.is_over)    # TurnEnded -> recognize turn.audio -> loop.play(...)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from audio.chunk import AudioChunk
from audio.measures import LiveMeters, talk_ratio
from audio.sinks import AudioSink
from audio.sources import AudioSource
from audio.turns import TurnEnded, TurnSegmenter
from audio.vad import SpeechStarted, VoiceActivityDetector


@dataclass(frozen=True)
class PersonaStarted:
    start_s: float
    end_s: float
    """When it will finish if nobody interrupts (timeline seconds)."""


@dataclass(frozen=True)
class PersonaFinished:
    at_s: float
    interrupted: bool


@dataclass(frozen=True)
class BargeIn:
    sample: int
    """Where the user's speech started, on the source timeline."""
    rate: int

    @property
    def start_s(self) -> float:
        return self.sample / self.rate


LoopEvent = object
"""Segmenter events (audio.vad, audio.turns) and the persona events above."""


class BlockAnalyzer(Protocol):
    def process(self, chunk: AudioChunk) -> list[object]: ...


@dataclass
class LoopStats:
    """The loop's own cost: time spent analysing each block, not waiting for it."""

    block_s: float
    blocks: int = 0
    analysis_total_s: float = 0.0
    analysis_max_s: float = 0.0
    overflows: int = 0
    _recent: np.ndarray = field(default_factory=lambda: np.zeros(8192), repr=False)

    def add(self, seconds: float) -> None:
        self._recent[self.blocks % len(self._recent)] = seconds
        self.blocks += 1
        self.analysis_total_s += seconds
        self.analysis_max_s = max(self.analysis_max_s, seconds)

    @property
    def mean_analysis_s(self) -> float:
        return self.analysis_total_s / self.blocks if self.blocks else 0.0

    def recent_percentile_s(self, percent: float) -> float:
        """Percentile over the last (up to) 8192 blocks."""
        if not self.blocks:
            return 0.0
        return float(np.percentile(self._recent[: min(self.blocks, len(self._recent))], percent))

    @property
    def load(self) -> float:
        """Mean analysis time as a share of the audio it covered (0.01 = 1 %)."""
        return self.mean_analysis_s / self.block_s if self.block_s else 0.0


class AudioLoop:
    """Pulls blocks from `source`, finds the user's turns, plays the persona through `sink`.

    Echo rule: unless `barge_in`, audio heard while the persona plays is not the user's.
    "While the persona plays" means the timeline is inside an utterance started with
    `play()`, and for a device sink also while it still has audio plus `echo_tail_s`
    (room echo and output latency). With `barge_in`, the user starting to speak during
    playback stops the sink and raises a `BargeIn` event.
    """

    def __init__(
        self,
        source: AudioSource,
        sink: AudioSink,
        segmenter: TurnSegmenter | None = None,
        *,
        analyzers: Sequence[BlockAnalyzer] = (),
        on_event: Callable[[LoopEvent], None] | None = None,
        barge_in: bool = False,
        echo_tail_s: float = 0.3,
    ) -> None:
        self.source = source
        self.sink = sink
        self.segmenter = segmenter or TurnSegmenter(vad=VoiceActivityDetector(rate=source.rate))
        if self.segmenter.rate != source.rate:
            raise ValueError(
                f"the segmenter runs at {self.segmenter.rate} Hz, the source at {source.rate} Hz"
            )
        self.analyzers = list(analyzers)
        self.on_event = on_event
        self.barge_in = barge_in
        self.echo_tail_s = echo_tail_s
        self.position = 0
        """Samples consumed from the source: the session timeline."""
        self.stats = LoopStats(block_s=source.block_samples / source.rate)
        self.user_speech_s = 0.0
        self.persona_speech_s = 0.0
        self._persona_until_s = 0.0
        self._persona_active = False
        self._sink_heard_until_s = -1.0  # last time a device sink was still playing
        self._source_ended = False

    @property
    def now_s(self) -> float:
        return self.position / self.source.rate

    # -- the persona ----------------------------------------------------------------

    def play(self, audio: AudioChunk) -> AudioChunk:
        """Queue persona audio now, or after the utterance already playing.

        Returns the chunk as stamped on the timeline (at the audio's own rate).
        """
        start_s = max(self.now_s, self._persona_until_s)
        stamped = AudioChunk(audio.samples, audio.rate, round(start_s * audio.rate))
        self.sink.play(stamped)
        self._persona_until_s = stamped.end_s
        self.persona_speech_s += stamped.seconds
        self._persona_active = True
        self._emit(PersonaStarted(stamped.start_s, stamped.end_s))
        return stamped

    def stop_persona(self) -> None:
        """Silence the persona now (what a barge-in does)."""
        now = self.now_s
        if self._persona_until_s > now:
            self.persona_speech_s -= self._persona_until_s - now
            self._persona_until_s = now
        self.sink.stop()

    @property
    def persona_playing(self) -> bool:
        return self._persona_playing_at(self.now_s)

    def _persona_playing_at(self, at_s: float) -> bool:
        if at_s < self._persona_until_s:
            return True
        if self.sink.realtime:
            return self.sink.playing or at_s < self._sink_heard_until_s + self.echo_tail_s
        return False

    # -- the loop -------------------------------------------------------------------

    def step(self) -> list[LoopEvent] | None:
        """Read and analyse one block and return its events; None once the stream has ended
        (the call that finds the end returns the events of closing a running turn)."""
        if self._source_ended:
            return None
        chunk = self.source.read()
        if chunk is None:
            return self._finish()
        self.position = chunk.end
        self.sink.advance(chunk.end_s)
        if self.sink.realtime and self.sink.playing:
            self._sink_heard_until_s = chunk.end_s

        began = time.perf_counter()
        echo = self._persona_playing_at(chunk.start_s)
        attend = self.barge_in or not echo
        events: list[LoopEvent] = list(self.segmenter.process(chunk, attend=attend))
        for analyzer in self.analyzers:
            events.extend(analyzer.process(chunk))
        if echo and self.barge_in and self._persona_active:
            started = next((e for e in events if isinstance(e, SpeechStarted)), None)
            if started is not None:
                self.stop_persona()
                events.append(BargeIn(started.sample, started.rate))
                events.append(PersonaFinished(self.now_s, interrupted=True))
                self._persona_active = False
        self._count_user_speech(events)
        self.stats.add(time.perf_counter() - began)

        self.stats.overflows = self.source.overflows
        if self._persona_active and not self._persona_playing_at(self.now_s):
            self._persona_active = False
            events.append(PersonaFinished(self.now_s, interrupted=False))
        for event in events:
            self._emit(event)
        return events

    def _finish(self) -> list[LoopEvent]:
        """End of the stream: a turn still running ends here."""
        self._source_ended = True
        events: list[LoopEvent] = list(self.segmenter.finish())
        self._count_user_speech(events)
        for event in events:
            self._emit(event)
        return events

    def _count_user_speech(self, events: list[LoopEvent]) -> None:
        for event in events:
            if isinstance(event, TurnEnded):
                self.user_speech_s += event.speech_s

    def run(self, until: Callable[[], bool] | None = None, max_s: float | None = None) -> None:
        """Step until the source ends, `until()` is true, or the timeline reaches `max_s`."""
        while until is None or not until():
            if max_s is not None and self.now_s >= max_s:
                return
            if self.step() is None:
                return

    def end_turn_now(self) -> TurnEnded | None:
        """End the user's running turn (a smarter end-of-turn policy decided so)."""
        ended = self.segmenter.end_turn_now()
        if ended is not None:
            self.user_speech_s += ended.speech_s
            self._emit(ended)
        return ended

    def _emit(self, event: LoopEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)

    def meters(self, last_partial_text: str = "") -> LiveMeters:
        running = self.segmenter.current_turn_speech_s
        return LiveMeters(
            meeting_clock_s=self.now_s,
            current_turn_speech_s=running,
            talk_ratio=talk_ratio(self.user_speech_s + running, self.persona_speech_s),
            last_partial_text=last_partial_text,
            user_speaking=self.segmenter.in_turn,
            persona_speaking=self.persona_playing,
            user_speech_s=self.user_speech_s + running,
            persona_speech_s=self.persona_speech_s,
        )
