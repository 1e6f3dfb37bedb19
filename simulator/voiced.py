"""The voice driver: the meeting over an audio loop.

The persona speaks through the sink; the user's turns come from the source, found by
voice activity and read by the recognizer. Every time comes from the loop's sample count,
so a meeting on files is exactly repeatable and one on devices measures what they heard.
Hardware arrives only through `VoiceParts`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from audio.chunk import AudioChunk
from audio.devices import AudioDeviceError
from audio.loop import AudioLoop, PersonaFinished
from audio.prosody import PitchEnding, pitch_ending
from audio.sinks import AudioSink
from audio.sources import AudioSource
from audio.speech_in import Recognizer
from audio.speech_out import Voice
from audio.transcriber import BackgroundTranscriber, Read, Rereader
from audio.turns import TurnEnded, TurnSegmenter
from audio.vad import SpeechStarted, VoiceActivityDetector
from simulator.meeting import Meeting
from simulator.persona import Say
from simulator.turn_end import (
    END_SILENCE_S,
    PausePace,
    end_wait,
    ending_reader,
    sounds_finished,
)

BEAT_S = 0.6
"""A scripted user's natural pause before answering the persona."""
PHRASE_RATE = 16000
PHRASE_GAP_FRAMES = 5
"""A scripted user spoken over goes on from the phrase under way: phrases are what lies
between silences of at least this many 30 ms frames (0.15 s, under the shortest pause that
ends a turn, so the one the persona answered at always divides two)."""
PARTING_WAIT_S = 3.0
"""After the persona's goodbye, silence this long means the user has no last word."""
PARTING_LIMIT_S = 20.0
"""However things stand (a long last word, a speaker that never reports done), the meeting
ends this long after the goodbye began, keeping whatever was said."""
LISTEN_AFTER_S = 0.03
"""Silence after which the turn so far is read (beside the loop), in case it has ended: one
voice-activity frame, so the reading (~0.15-0.3 s) overlaps the wait for a finished
question's end. At 0.08 s most questions waited on the reading, not on the silence (the
turn benchmark: questions answered 430 ms after the user stopped (p50), at 0.03 s 385 ms).
Twice as many readings start (31 instead of 16 in one meeting); one made stale by more
speech costs only CPU, since just the newest request is read next..."""
LISTEN_AFTER_ON_FILES_S = 0.08
"""...but on files, where nothing waits and each reading runs inside the loop, only pauses
long enough to matter are read: at 0.03 s the demo took 18.7 s instead of 10.0 s."""
SECOND_LOOK_AFTER_S = 0.3
"""A pause the quick reading found unfinished is read again, carefully, once it has lasted
this long: breaths between words are shorter, and the careful reading (~0.2-0.3 s on 2
cores) still lands well before END_SILENCE_S."""


class SampleClock:
    """The meeting clock read off the loop's sample count (plus a late-arrival offset)."""

    def __init__(self, loop: AudioLoop, offset_s: float = 0.0) -> None:
        self.loop = loop
        self.offset_s = offset_s

    def now(self) -> float:
        return self.loop.now_s + self.offset_s


class ScriptedTurn(NamedTuple):
    """One turn of a scripted user: a way to make its audio when it is said, the pause
    before it, and (for a turn that builds up to a question, or to why they came) a way to
    make the audio of that point alone, said if the persona cuts in before it is reached."""

    audio: Callable[[], AudioChunk]
    pause: float = 0.0
    point: Callable[[], AudioChunk] | None = None


class UserTurns:
    """A scripted user: says each turn a beat after the persona finishes, like a person.

    `emit(audio)` puts the audio where the microphone hears it: straight into a
    ScriptedSource for file runs, or out of a speaker that loops into the microphone;
    `cancel()` stops what it has not yet said.
    """

    def __init__(self, turns: list[ScriptedTurn], emit: Callable[[AudioChunk], None],
                 cancel: Callable[[], None] | None = None) -> None:
        self._turns = list(turns)
        self._emit = emit
        self._cancel = cancel
        self._due_s: float | None = None
        self._saying: ScriptedTurn | None = None
        self._said: tuple[float, AudioChunk] | None = None
        """When the turn under way began, and its audio."""
        self.speaking_until_s = 0.0

    @property
    def done(self) -> bool:
        return not self._turns and self._due_s is None

    def persona_finished(self, now_s: float) -> None:
        if self._turns and self._due_s is None:
            self._due_s = now_s + BEAT_S + self._turns[0].pause

    def persona_started(self, at_s: float | None = None) -> None:
        """The persona spoke (at `at_s`) before this person's next turn was due: they wait
        for it to finish, as anyone would, rather than talk over it. If they were pausing
        inside a turn, the persona took the pause for its end: they stop, let it speak, and
        go on from the phrase it spoke over. A script played through regardless would
        lose those words to the echo rule (the microphone is not the user while the
        persona speaks), which no person at a laptop would do."""
        if self._due_s is not None:
            self._due_s = None
        if at_s is None or self._saying is None or self._said is None \
                or at_s >= self.speaking_until_s:
            return
        began_s, audio = self._said
        rest = rest_of_turn(audio, at_s - began_s)
        if self._cancel is not None:
            self._cancel()
        self.speaking_until_s = at_s
        point, self._saying, self._said = self._saying.point, None, None
        if rest is not None:
            self._turns.insert(0, ScriptedTurn(lambda: rest, point=point))

    def tick(self, now_s: float) -> None:
        if self._due_s is not None and now_s >= self._due_s:
            self._saying = self._turns.pop(0)
            self._due_s = None
            audio = self._saying.audio()
            self._emit(audio)
            self._said = (now_s, audio)
            self.speaking_until_s = now_s + audio.seconds

    def interrupted(self) -> None:
        """The persona cut in: a person stops talking and, asked what their question is
        ("I'm going to stop you. What's the question?") or why they came, says the point
        (the question, or the goal) they were building up to, where the script's turn had
        one."""
        if self._cancel is not None:
            self._cancel()
        self.speaking_until_s = 0.0
        cut_off, self._saying, self._said = self._saying, None, None
        if cut_off is not None and cut_off.point is not None:
            self._turns.insert(0, ScriptedTurn(cut_off.point))


def rest_of_turn(audio: AudioChunk, spoken_over_s: float) -> AudioChunk | None:
    """What is left of a turn's audio from the phrase under way `spoken_over_s` into it (or
    the next one, if that moment falls in a pause); None if nothing is."""
    mono = audio.resampled(PHRASE_RATE)
    vad = VoiceActivityDetector(rate=PHRASE_RATE, stop_frames=PHRASE_GAP_FRAMES)
    at = round(spoken_over_s * PHRASE_RATE)
    starts: list[int] = []
    stops: list[int] = []
    for event in vad.process(AudioChunk(mono.samples, PHRASE_RATE)):
        (starts if isinstance(event, SpeechStarted) else stops).append(event.sample)
    phrases = zip(starts, [*stops, len(mono)][:len(starts)], strict=True)
    phrase = next((start for start, stop in phrases if stop > at), None)
    if phrase is None:
        return None
    first = round(phrase * audio.rate / PHRASE_RATE)
    return AudioChunk(audio.samples[first:], audio.rate)


@dataclass
class VoiceParts:
    """The one seam for hardware: tests pass files, the CLI passes devices."""

    source: AudioSource
    sink: AudioSink
    recognizer: Recognizer
    voice: Voice
    barge_in: bool = False
    user: UserTurns | None = None
    on_meters: Callable[[Any], None] | None = None
    hint: str | None = None
    reread: Read | None = None
    """A slower, more careful reading for the record, run while the persona talks."""
    stats: dict[str, Any] = field(default_factory=dict)


class VoiceMeeting:
    """Runs `meeting` over the parts until it ends, the user leaves or the audio stops."""

    def __init__(self, meeting: Meeting, parts: VoiceParts, loop: AudioLoop) -> None:
        self.meeting = meeting
        self.parts = parts
        self.loop = loop
        self.offset_s = meeting.clock.now() - loop.now_s
        self.reader = BackgroundTranscriber(parts.recognizer, parts.hint,
                                            realtime=parts.source.realtime,
                                            careful=parts.reread)
        self._second_look: tuple[int, int] | None = None
        """The pause whose quick reading sounded unfinished, now read carefully."""
        self._read_by: tuple[object, float] = (None, 0.0)
        """The latest reading seen and the silence it had come by, for the turn-end log."""
        self._pitch: tuple[tuple[int, int], PitchEnding | None] | None = None
        """How the speech before the current pause ended in pitch."""
        self.rereader = None if parts.reread is None else Rereader(
            parts.reread, parts.hint, realtime=parts.source.realtime)
        self.partial = ""
        persona = meeting.scenario.persona
        self.ending = ending_reader(persona.name, persona.organisation)
        self.pace = PausePace()
        self.listen_after_s = LISTEN_AFTER_S if parts.source.realtime else LISTEN_AFTER_ON_FILES_S
        self.fault: str | None = None
        self._quiet_since: float | None = None
        self._parting_since: float | None = None

    @staticmethod
    def make_loop(parts: VoiceParts) -> AudioLoop:
        rate = parts.source.rate
        segmenter = TurnSegmenter(END_SILENCE_S, vad=VoiceActivityDetector(rate=rate))
        return AudioLoop(parts.source, parts.sink, segmenter, barge_in=parts.barge_in)

    # --- speaking ---------------------------------------------------------------------

    def speak(self, lines: list[Say]) -> None:
        for say in lines:
            if self.meeting.ended:
                return
            stamped = self.loop.play(self.parts.voice.render(say.text))
            if self.parts.user is not None:
                self.parts.user.persona_started(stamped.start_s)
            self.meeting.spoke(say, stamped.start_s + self.offset_s,
                               stamped.end_s + self.offset_s)

    # --- listening --------------------------------------------------------------------

    def _heard(self, ended: TurnEnded) -> str:
        if ended.audio is None:
            return ""
        return self.reader.wait((ended.start_sample, ended.end_sample), ended.audio).text.strip()

    def _turn_ended(self, ended: TurnEnded, cut_in: Say | None = None,
                    text: str | None = None, how: dict[str, Any] | None = None) -> None:
        """`how` says what ended the turn, for the log (the full silence if not said)."""
        if how is None:
            how = {"by": "silence", "wait_s": self.loop.segmenter.end_silence_s,
                   "heard": self.partial}
        text = self._heard(ended) if text is None else text
        self.partial = ""
        if not text:  # a cough, a chair: nothing was said
            if self.parts.user is not None:
                self.parts.user.persona_finished(self.loop.now_s)
            return
        index = len(self.meeting.record.turns)
        self.pace.learn(text, ended.pauses_s, key=index)
        # Why the reply came when it did, so a slow gap can be explained from events.jsonl.
        self.meeting.log("turn_end", turn=index, **how)
        replies = self.meeting.hear(text, ended.start_s + self.offset_s,
                                    ended.end_s + self.offset_s, speech_s=ended.speech_s,
                                    interrupted=cut_in is not None)
        if self.rereader is not None and ended.audio is not None:
            self.rereader.submit(index, ended.audio)
        before = self.loop.persona_speech_s
        self.speak(([cut_in] if cut_in else []) + replies)
        if self.loop.persona_speech_s == before and self.parts.user is not None:
            self.parts.user.persona_finished(self.loop.now_s)

    def _end_turn_now(self, cut_in: Say | None = None, text: str | None = None,
                      how: dict[str, Any] | None = None) -> None:
        """End the user's turn at its last voiced frame, and hear it (if it held speech)."""
        ended = self.loop.end_turn_now()
        if ended is not None:
            self._turn_ended(ended, cut_in, text, how)

    def _quick_end(self) -> None:
        """Read the turn at each pause; a finished-sounding one ends after a short silence
        instead of the full one. The reading runs beside the loop, so the microphone keeps
        flowing and speech that resumes simply makes the reading stale. A pause whose quick
        reading sounds unfinished gets a second, careful look once it outlasts a breath:
        the quick one sometimes ends a finished sentence on a comma ("...at City Council,"),
        which alone would hold the reply back the full END_SILENCE_S."""
        seg = self.loop.segmenter
        last, start = seg.last_voiced_sample, seg.turn_start_sample
        if last is None or start is None or seg.silence_s < self.listen_after_s:
            return
        key, careful_key = (start, last), (start, last, "careful")
        careful = self._second_look == key
        if careful:
            heard = self.reader.result(careful_key)
        else:
            if self.reader.wants(key):  # cut the turn's audio out once per pause, not per block
                audio = seg.current_turn_audio()
                if audio is None:
                    return
                self.reader.request(key, audio)
                voiced = audio.samples[:max(0, last - audio.start)]
                self._pitch = (key, pitch_ending(AudioChunk(voiced, audio.rate)))
            heard = self.reader.result(key)
            # Without a careful reader (pocketsphinx) a second look would only repeat this one.
            if heard is not None and self.reader.careful is not None \
                    and not sounds_finished(heard.text.strip()) \
                    and seg.silence_s >= SECOND_LOOK_AFTER_S:
                audio = seg.current_turn_audio()
                if audio is not None:
                    self._second_look = key
                    self.reader.request(careful_key, audio, careful=True)
        if heard is None:
            return
        if self._read_by[0] is not heard:
            self._read_by = (heard, seg.silence_s)
        self.partial = heard.text.strip()
        measured = self._pitch[1] if self._pitch is not None and self._pitch[0] == key else None
        pitch = None if measured is None else measured.kind
        question_s, lead_on_s = self.pace.during(self.partial, seg.current_turn_pauses_s)
        wait = end_wait(self.partial, self.ending, question_s, lead_on_s, pitch=pitch)
        if wait.kind not in ("unfinished", "held") and seg.silence_s >= wait.seconds:
            self._end_turn_now(text=self.partial, how={
                "by": "reading", "careful": careful, "wait": wait.kind, "pitch": pitch,
                "heard": self.partial,
                "wait_s": round(wait.seconds, 3), "read_by_s": round(self._read_by[1], 3),
                "silence_s": round(seg.silence_s, 3)})

    def _live_cut_in(self) -> None:
        seg = self.loop.segmenter
        if not seg.in_turn:
            return
        cut_in = self.meeting.cut_in(seg.current_turn_speech_s)
        if cut_in is None:
            return
        if self.parts.user is not None:
            self.parts.user.interrupted()
        self._end_turn_now(cut_in, how={"by": "cut_in",
                                        "speech_s": round(seg.current_turn_speech_s, 3)})

    # --- the loop ---------------------------------------------------------------------

    def run(self) -> None:
        user = self.parts.user
        try:
            if self.parts.source.realtime:
                # A device microphone can take seconds to deliver its first block, and the
                # timeline counts its samples: a greeting played before then would end
                # later in the room than on the timeline, and the user's first words,
                # stamped inside its span, would be taken for its echo.
                self.loop.step()
            self.speak(self.meeting.start())
            while not self.meeting.ended:
                if user is not None:
                    user.tick(self.loop.now_s)
                events = self.loop.step()
                if events is None:
                    break
                for event in events:
                    if isinstance(event, TurnEnded):
                        self._turn_ended(event)
                    elif isinstance(event, PersonaFinished) and user is not None \
                            and not self.loop.persona_playing:
                        user.persona_finished(self.loop.now_s)
                if self.meeting.ended:
                    break
                self._live_cut_in()
                self._quick_end()
                seg = self.loop.segmenter
                user_talking = user is not None and self.loop.now_s < user.speaking_until_s
                quiet = not seg.in_turn and not self.loop.persona_playing and not user_talking
                if quiet:
                    self.speak(self.meeting.due())
                    if user is not None and user.done and self.loop.now_s > \
                            user.speaking_until_s + END_SILENCE_S + 1.0:
                        self.meeting.part()
                        self.meeting.leave("the script ran out")
                self._wait_for_a_last_word(quiet)
                self._reread()
                if self.parts.on_meters is not None:
                    self.parts.on_meters(self.loop.meters(self.partial))
            self._let_persona_finish()
        except AudioDeviceError as exc:
            self.fault = str(exc)
            self.meeting.leave(f"audio stopped: {exc}")
        except KeyboardInterrupt:
            self.meeting.leave("the user stopped the meeting")
        finally:
            self.reader.close()
            if self.rereader is not None:
                for index, transcript in self.rereader.finish():
                    self._revise(index, transcript.text)
        if not self.meeting.ended:
            self.meeting.leave("the audio ended")
        self.parts.stats.update({
            "overflows": self.loop.stats.overflows,
            "loop_analysis_ms_mean": round(self.loop.stats.mean_analysis_s * 1000, 4),
            "loop_load": round(self.loop.stats.load, 5),
            "recognizer": getattr(self.parts.recognizer, "name", "?"),
            "question_wait_s": round(self.pace.question_end_s, 2),
            "lead_on_wait_s": round(self.pace.lead_on_end_s, 2),
        })

    def _wait_for_a_last_word(self, quiet: bool) -> None:
        """After the goodbye the microphone stays open a moment for a last "thank you"; a
        turn begun in that time is heard to its end."""
        if not self.meeting.parting:
            return
        now = self.loop.now_s
        if self._parting_since is None:
            self._parting_since = now
        if now - self._parting_since >= PARTING_LIMIT_S:
            self._end_turn_now(how={"by": "parting limit"})
            self.meeting.part()
            return
        if not quiet:
            self._quiet_since = None
        elif self._quiet_since is None:
            self._quiet_since = now
        elif now - self._quiet_since >= PARTING_WAIT_S:
            self.meeting.part()

    def _reread(self) -> None:
        """Careful readings run while the persona talks (nobody needs a quick one then)."""
        if self.rereader is None:
            return
        self.rereader.allow(self.loop.persona_playing)
        for index, transcript in self.rereader.take():
            self._revise(index, transcript.text)

    def _revise(self, index: int, text: str) -> None:
        """Turn `index` read carefully: the record keeps that reading, and the pace learns
        from it."""
        self.meeting.revise(index, text)
        self.pace.revise(index, text)

    def _let_persona_finish(self) -> None:
        """The farewell is heard to its end before the devices close."""
        limit = self.loop.now_s + 60.0
        while self.loop.persona_playing and self.loop.now_s < limit:
            if self.loop.step() is None:
                return
