"""Building voice meetings: the parts for files or devices, and the scripted user's voice.

This is the one place that chooses real hardware; everything below it takes parts.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.errors import Problem, ScenarioError, SimError
from simulator.paths import data_dir
from simulator.persona import known_lines
from simulator.phrases import SENTENCE_BREAK, word_set
from simulator.purpose import states_goal
from simulator.questions import asks_question
from simulator.scenario import Scenario, Script
from simulator.session import Outcome, Setup, conclude, late_start_s
from simulator.voiced import SampleClock, ScriptedTurn, UserTurns, VoiceMeeting, VoiceParts
from simulator.words import normalise

MIC_RATE = 16000
USER_ESPEAK_RATE = 118
USER_VOICES = ["en-gb-x-rp", "en-us+m7", "en-us", "en-us+m3"]
"""Best recognized first: whisper tiny.en heard en-gb-x-rp at 6.8 % word errors on
referral and closing lines, en-us+m7 14 %, the female variants 32-45 %."""


class VoiceError(SimError):
    """No devices, no engine, no model: one line saying what to do."""


@dataclass
class VoiceOptions:
    stt_engine: str = "auto"
    stt_model: str | None = None
    allow_download: bool = False
    barge_in: bool = False
    input_device: str | None = None
    output_device: str | None = None
    user_device: str | None = None
    """Where a scripted user's voice is played on devices (it must reach the microphone)."""


def _engine_errors() -> tuple[type[BaseException], ...]:
    from audio.devices import AudioDeviceError
    from audio.speech_in import SpeechEngineError
    from audio.wavio import AudioFileError

    return (AudioDeviceError, SpeechEngineError, AudioFileError)


def persona_voice(scenario: Scenario) -> Any:
    from audio.speech_out import VoiceSettings, make_voice

    v = scenario.persona.voice
    return make_voice(VoiceSettings(v.engine, v.voice, v.rate_wpm, v.pitch),
                      cache_dir=data_dir() / "voice-cache")


def user_voice(scenario: Scenario) -> Any:
    """A second synthetic voice, never the persona's, at the 150 wpm scripts assume."""
    from audio.speech_out import VoiceSettings, make_voice

    name = next(v for v in USER_VOICES if v != scenario.persona.voice.voice)
    # espeak-ng speaks ~1.27x faster than the rate it is given (measured: 150 -> ~189 wpm),
    # so ask for 118 to hear the 150 wpm that scripts' timings assume.
    return make_voice(VoiceSettings("espeak", name, USER_ESPEAK_RATE, 45),
                      cache_dir=data_dir() / "voice-cache")


def prerender_in_background(voice: Any, lines: list[str]) -> threading.Event:
    """Render `lines` into the voice's cache on a thread; set the returned event to stop."""
    from audio.speech_in import SpeechEngineError

    stop = threading.Event()

    def render() -> None:
        # A failure here shows again when the line is rendered live, and says why there.
        with contextlib.suppress(SpeechEngineError, OSError):
            voice.prerender(lines, stop)

    threading.Thread(target=render, name="prerender", daemon=True).start()
    return stop


def user_turn_audio(script: Script, script_path: Path, scenario: Scenario
                    ) -> list[ScriptedTurn]:
    """Each scripted turn as a way to get its audio (text in the user's voice, `audio:`
    turns from files), its pause, and the question it builds up to. Missing files are
    reported now, before the meeting; the audio itself is made when the turn is said, so an
    hour's script does not sit in memory (132 turns held ~20 MB of samples for the whole
    meeting)."""
    from audio.wavio import read_audio

    voice = None
    turns: list[ScriptedTurn] = []
    for i, turn in enumerate(script.turns):
        if turn.say is not None:
            voice = voice or user_voice(scenario)
            point = closing_point(turn.say)
            turns.append(ScriptedTurn(
                functools.partial(voice.render, turn.say), turn.pause,
                functools.partial(voice.render, point) if point else None))
        else:
            assert turn.audio is not None
            path = script_path.parent / turn.audio
            if not path.is_file():
                raise ScenarioError([Problem(script_path, None, f"turns.{i}.audio",
                                             f"audio file not found: {turn.audio}")])
            turns.append(ScriptedTurn(functools.partial(read_audio, path, MIC_RATE), turn.pause))
    return turns


QUESTION_MAX_WORDS = 30
FRAMING_MAX_WORDS = 6
"""A cut-off speaker repeats the sentence their turn ends on, or of a run-on longer than
QUESTION_MAX_WORDS its last clause with the short clauses framing it ("so I guess what I'm
asking is whether a new grad can start in the ER?", not "...and my boyfriend thinks the
two-year program is smarter, so...")."""


def closing_point(text: str) -> str | None:
    """The question a turn ends on, or the goal ("So I am here to find out whether..."),
    when more comes before it: what its speaker, cut off on the way there, says once the
    persona wants to know what the question is, or why they came."""
    sentences = [s for s in SENTENCE_BREAK.split(text.strip()) if s]
    last = sentences[-1] if sentences else ""
    plain = normalise(last)
    if len(sentences) < 2 and "," not in text or not (
            last.endswith("?") or asks_question(plain, word_set(plain))
            or states_goal(plain, _any_work)):
        return None
    if len(last.split()) > QUESTION_MAX_WORDS:
        clauses = last.split(", ")
        kept = [clauses.pop()]
        while clauses and len(clauses[-1].split()) <= FRAMING_MAX_WORDS:
            kept.insert(0, clauses.pop())
        last = ", ".join(kept)
    return last[0].upper() + last[1:]


def _any_work(_: str) -> bool:
    return True  # the script's own last sentence: its goal needs no scenario to be read


def vocabulary_hint(scenario: Scenario) -> str:
    """The recognizer's prompt: the names and words of this meeting, written as punctuated
    sentences. Whisper copies the prompt's style: after a bare comma list it left 23 of 60
    espeak turns without a final stop (so the turn-taker waited the full silence), after
    sentences none, and word errors fell from 11.0 % to 9.1 %."""
    p = scenario.persona
    who = ", ".join(w for w in (p.name, p.role) if w)
    if p.organisation:
        who += f" at {p.organisation}"
    hint = f"A conversation with {who}" if who else "A conversation"
    topics = list(dict.fromkeys(w for w in scenario.vocabulary if w))
    if topics:
        hint += ", about " + ", ".join(topics)
    return hint + ". Hello, thank you for meeting me. What do you do?"


def recognizer(options: VoiceOptions, warn: Any) -> Any:
    from audio.models import make_recognizer

    return make_recognizer(options.stt_engine, options.stt_model, options.allow_download, warn)


def run_voice(setup: Setup, options: VoiceOptions, out: Path | None, *, files: bool,
              script: Script | None = None, script_path: Path | None = None,
              observer: Any = None, on_meters: Any = None, warn: Any = None) -> Outcome:
    """A whole voice meeting. `files`: a scripted source and a WAV sink instead of devices."""
    try:
        return _run_voice(setup, options, out, files, script, script_path, observer,
                          on_meters, warn)
    except _engine_errors() as exc:
        raise VoiceError(str(exc)) from None


def _run_voice(setup: Setup, options: VoiceOptions, out: Path | None, files: bool,
               script: Script | None, script_path: Path | None, observer: Any,
               on_meters: Any, warn: Any) -> Outcome:
    from audio.memory import limit_malloc_arenas
    from audio.recorder import RecordingSink
    from audio.sinks import SpeakerSink, WavFileSink
    from audio.sources import MicrophoneSource, ScriptedSource
    from simulator.recording import open_session

    limit_malloc_arenas()  # before the meeting's threads start
    voice = persona_voice(setup.scenario)
    # On devices every reply is on the clock: its words are rendered ahead, beside the
    # model load and the device start, instead of when the user has stopped talking.
    prerender = None if files else prerender_in_background(voice, known_lines(setup.scenario))
    rec = recognizer(options, warn or (lambda m: None))
    turns = None
    if script is not None:
        turns = user_turn_audio(script, script_path or Path("."), setup.scenario)
    if files and turns is None:
        raise VoiceError("a meeting on audio files needs a script (--script FILE)")
    session = open_session(setup, out)  # the folder appears as the meeting is about to start
    folder = session.folder
    user_sink = None
    try:
        if files:
            source: Any = ScriptedSource(MIC_RATE)
            sink: Any = WavFileSink(folder / "persona.wav")
            os.chmod(folder / "persona.wav", 0o600)
            assert turns is not None
            user = UserTurns(turns, lambda a: source.schedule(a, source.position),
                             source.cancel)
        else:
            source = MicrophoneSource(options.input_device, MIC_RATE)
            sink = SpeakerSink(options.output_device)
            user = None
            if turns is not None:
                user_sink = SpeakerSink(options.user_device or options.output_device)
                user_sink.open()
                user = UserTurns(turns, user_sink.play, user_sink.stop)
        audio_start_s = late_start_s(setup.arrive_minutes_early)
        recorder, mic_tap = session.start_audio(source, audio_start_s)
        tee = RecordingSink(sink, recorder, on_sink_error=session.failed if files else None)
        parts = VoiceParts(source, tee, rec, voice, barge_in=options.barge_in, user=user,
                           on_meters=on_meters, hint=vocabulary_hint(setup.scenario),
                           reread=getattr(rec, "transcribe_carefully", None))
        with source, tee:
            loop = VoiceMeeting.make_loop(parts)
            loop.analyzers.append(mic_tap)
            meeting = setup.meeting(SampleClock(loop, audio_start_s))
            session.attach(meeting, setup, **_voice_meta(options, files, rec, setup))
            if observer is not None:
                meeting.observers.append(observer)
            vm = VoiceMeeting(meeting, parts, loop)
            vm.run()
    except BaseException:
        session.abandon()  # the folder stays as it is, for `interview-sim recover`
        raise
    finally:
        if prerender is not None:
            prerender.set()
        if user_sink is not None:
            user_sink.close()
    outcome = conclude(meeting, setup, folder, session=session, audio=parts.stats)
    if vm.fault:
        outcome.extra["fault"] = vm.fault
    return outcome


def _voice_meta(options: VoiceOptions, files: bool, rec: Any, setup: Setup) -> dict[str, Any]:
    """What meta.json says about the sound side: devices and engines."""
    v = setup.scenario.persona.voice
    devices: dict[str, Any] = {"files": True} if files else {
        "input": options.input_device or "default",
        "output": options.output_device or "default",
        "user": options.user_device}
    return {"devices": devices,
            "engines": {"stt": getattr(rec, "name", type(rec).__name__),
                        "stt_engine": options.stt_engine, "stt_model": options.stt_model,
                        "tts": {"engine": v.engine, "voice": v.voice, "rate_wpm": v.rate_wpm,
                                "pitch": v.pitch},
                        "barge_in": options.barge_in}}
