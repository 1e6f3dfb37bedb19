"""Voice meetings on audio files: the whole loop, real espeak-ng and a real recognizer,
no devices. Times come from sample counts, so these runs are exactly repeatable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.devices import AudioDeviceError
from audio.sinks import NullSink
from audio.sources import ScriptedSource
from audio.speech_in import Transcript
from simulator.catalog import resolve
from simulator.clock import SimClock
from simulator.run import setup_for
from simulator.session import conclude
from simulator.sessions import SessionFolder
from simulator.turn_end import END_SILENCE_S, QUESTION_END_S, STATEMENT_END_S, end_wait
from simulator.voice_run import persona_voice, user_voice, vocabulary_hint
from simulator.voiced import SampleClock, VoiceMeeting, VoiceParts

pytestmark = pytest.mark.slow



def test_demo_self_play_on_files(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from simulator.cli import cli

    out = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", "starter/nurse", "--seed", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert report["mode"] == "voice"
    scenario = resolve("starter/nurse").load()
    clean = next(c for c in scenario.candidates if c.id == "clean")
    assert clean.script is not None
    users = [t for t in report["turns"] if t["speaker"] == "user"]
    # Every scripted turn arrives as one turn: none split at a sentence pause, none lost.
    assert len(users) == len(clean.script.turns)
    assert all(t["text"] and t["speech_s"] > 0.5 for t in users)
    assert report["turns"][-1]["kind"] == "farewell"
    assert not [f for f in report["findings"] if f["severity"] == "pitfall"]
    persona, rate = soundfile.read(out / "persona.wav", dtype="int16")
    assert len(persona) / rate == pytest.approx(report["turns"][-1]["end_s"], abs=1.5)
    assert "Coaching" in result.output


def _parts(source, whisper, scenario, sink=None) -> VoiceParts:
    return VoiceParts(source, sink or NullSink(), whisper, persona_voice(scenario))


def test_minutes_of_silence_invent_no_words(whisper) -> None:
    setup = setup_for("starter/ux-researcher", "voice", 1)
    source = ScriptedSource(16000, noise_dbfs=-60, seed=3)
    parts = _parts(source, whisper, setup.scenario)
    loop = VoiceMeeting.make_loop(parts)
    meeting = setup.meeting(SampleClock(loop))
    vm = VoiceMeeting(meeting, parts, loop)
    vm.speak(meeting.start())
    while loop.now_s < 180:
        for event in loop.step() or []:
            assert type(event).__name__ != "TurnEnded"
    assert meeting.record.user_turns() == []


class DyingSource(ScriptedSource):
    """The audio server goes away after `die_at_s` of audio."""

    def __init__(self, die_at_s: float) -> None:
        super().__init__(16000)
        self.die_at = int(die_at_s * 16000)

    def read(self) -> AudioChunk | None:
        if self.position >= self.die_at:
            raise AudioDeviceError("the audio server stopped answering")
        return super().read()


def test_audio_dying_mid_meeting_keeps_everything_said(whisper, tmp_path: Path) -> None:
    from audio.speech_out import EspeakVoice

    setup = setup_for("starter/ux-researcher", "voice", 1)
    source = DyingSource(die_at_s=40)
    parts = _parts(source, whisper, setup.scenario)
    loop = VoiceMeeting.make_loop(parts)
    meeting = setup.meeting(SampleClock(loop))
    said = EspeakVoice("en-us+f2", 150, 45).render(
        "Hi Dana, thanks so much for making time for me today.")
    greeting_end = 0.0

    def on_turn(kind: str, data: dict) -> None:
        nonlocal greeting_end
        if kind == "turn" and data["speaker"] == "persona" and greeting_end == 0.0:
            greeting_end = data["end_s"]
            source.schedule(said, round((greeting_end + 0.6) * 16000))

    meeting.observers.append(on_turn)
    vm = VoiceMeeting(meeting, parts, loop)
    vm.run()
    assert vm.fault == "the audio server stopped answering"
    outcome = conclude(meeting, setup, tmp_path)
    report = json.loads((tmp_path / "report.json").read_text())
    users = [t for t in report["turns"] if t["speaker"] == "user"]
    assert len(users) == 1 and "thank" in users[0]["text"].lower()
    assert report["ended_by"] == "user" and outcome.record.events[-2].kind == "left"


def test_no_microphone_says_to_use_text(tmp_path: Path) -> None:
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/no-such-server",
               INTERVIEW_SIM_HOME=str(tmp_path))
    exe = Path(sys.executable).parent / "interview-sim"
    done = subprocess.run([str(exe), "run", "starter/ux-researcher", "--quiet"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("interview-sim:")]
    assert len(lines) == 1 and "--text" in lines[0]


@pytest.mark.parametrize(("text", "wait"), [
    ("What does a typical day look like for you?", QUESTION_END_S),
    ("I'm a teacher exploring research.", STATEMENT_END_S),
    ("What's your team like?", QUESTION_END_S),
    ("I'd love to know what the work is really like.", STATEMENT_END_S),
    ("What I'd really like to know is", END_SILENCE_S),
    ("How did you get into research and", END_SILENCE_S),
    ("So um...", END_SILENCE_S),
    # Whisper punctuates half sentences as if they were finished.
    ("What should a writing sample look like for?", END_SILENCE_S),
    ("What should I put in a portfolio if I?", END_SILENCE_S),
    ("I've been wondering about.", END_SILENCE_S),
    ("I've been wondering about?", END_SILENCE_S),
    # ...but a question's preposition may have its object up front.
    ("Is there anyone else you'd suggest I speak with?", QUESTION_END_S),
    ("Who else would you suggest I reach out to?", QUESTION_END_S),
    ("Are there colleagues you think it would be worth my talking to?", QUESTION_END_S),
    ("When you hire an apprentice, what do you look for?", QUESTION_END_S),
    ("Who should I talk to about?", END_SILENCE_S),
    # A do-question whose subject has no verb yet is still being said.
    ("So what does a typical day?", END_SILENCE_S),
    ("So what does that typical name?", END_SILENCE_S),
    ("What does a typical day look like?", QUESTION_END_S),
    ("What does a data scientist do?", QUESTION_END_S),
    ("What does the role involve?", QUESTION_END_S),
])
def test_turns_end_sooner_when_the_words_sound_finished(text: str, wait: float) -> None:
    assert end_wait(text).seconds == wait


_SAID = [
    "Hi Dana, thanks so much for making time to talk with me today.",
    "I've been a teacher for eight years and I'm thinking about moving into UX research.",
    "I'd love to understand what the work is really like.",
    "What does a typical week look like for you?",
    "How did you get into research at a bank?",
    "Which skills from teaching carry over?",
]


def test_the_scenario_hint_keeps_whisper_punctuating(whisper) -> None:
    # Turn-taking answers a finished question after 0.25 s of silence and anything
    # unpunctuated after 1.3 s; a bare keyword-list prompt made whisper drop final stops.
    scenario = resolve("starter/ux-researcher").load()
    voice, hint = user_voice(scenario), vocabulary_hint(scenario)
    heard = [whisper.transcribe(voice.render(line), hint=hint).text.strip() for line in _SAID]
    assert [h[-1:] for h in heard] == [line[-1] for line in _SAID], heard


def test_sample_clock_follows_the_audio() -> None:
    source = ScriptedSource(16000)
    parts = VoiceParts(source, NullSink(), None, None)  # type: ignore[arg-type]
    loop = VoiceMeeting.make_loop(parts)
    clock = SampleClock(loop, offset_s=600)
    for _ in range(100):
        loop.step()
    assert clock.now() == pytest.approx(600 + 100 * 0.03)
    assert isinstance(SimClock().now(), float) and np.isfinite(clock.now())


class TwoReadings:
    """A recognizer whose quick reading and careful second reading differ."""

    name = "two-readings"

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return Transcript("Hi Dana, thanks for making the time.", "quick", 0.0)

    def transcribe_carefully(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return Transcript("Hi Dana, thanks so much for making time for me today.", "careful", 0.0)


def test_the_record_keeps_the_careful_second_reading(tmp_path: Path) -> None:
    from audio.speech_out import EspeakVoice

    setup = setup_for("starter/ux-researcher", "voice", 1)
    source = DyingSource(die_at_s=40)
    rec = TwoReadings()
    parts = VoiceParts(source, NullSink(), rec, persona_voice(setup.scenario),
                       reread=rec.transcribe_carefully)
    loop = VoiceMeeting.make_loop(parts)
    meeting = setup.meeting(SampleClock(loop))
    said = EspeakVoice("en-us+f2", 150, 45).render("Hi Dana, thanks so much for making time.")
    replies: list[str] = []

    def on_turn(kind: str, data: dict) -> None:
        if kind == "turn" and data["speaker"] == "persona":
            replies.append(data["text"])
            if len(replies) == 1:
                source.schedule(said, round((data["end_s"] + 0.6) * 16000))

    meeting.observers.append(on_turn)
    VoiceMeeting(meeting, parts, loop).run()
    conclude(meeting, setup, tmp_path)
    report = json.loads((tmp_path / "report.json").read_text())
    users = [t["text"] for t in report["turns"] if t["speaker"] == "user"]
    assert users == ["Hi Dana, thanks so much for making time for me today."]
    assert len(replies) >= 2  # the persona answered what it heard first


class CommaThenStop:
    """Whisper's quick reading sometimes ends a finished sentence on a comma; its careful
    reading puts the full stop back."""

    name = "comma-then-stop"
    WORDS = "I've been wondering how research changes a decision at City Council"

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return Transcript(self.WORDS + ",", "quick", 0.0)

    def transcribe_carefully(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return Transcript(self.WORDS + ".", "careful", 0.0)


@dataclass
class OneTurn:
    """What a meeting of one spoken user turn after the persona's greeting left behind."""

    turns: list[dict]
    ends: list[dict]
    """The turn_end events."""
    voiced: VoiceMeeting


def one_spoken_turn(rec: Any, said: str, careful: bool) -> OneTurn:
    """`said` spoken once the persona has greeted, heard through `rec`, with its careful
    reading (second look and record) or without."""
    from audio.speech_out import EspeakVoice

    setup = setup_for("starter/public-policy", "voice", 1)
    source = ScriptedSource()
    parts = VoiceParts(source, NullSink(), rec, persona_voice(setup.scenario),
                       reread=rec.transcribe_carefully if careful else None)
    loop = VoiceMeeting.make_loop(parts)
    meeting = setup.meeting(SampleClock(loop))
    audio = EspeakVoice("en-us+f2", 150, 45).render(said)
    result = OneTurn([], [], VoiceMeeting(meeting, parts, loop))

    def on_turn(kind: str, data: dict) -> None:
        if kind == "event" and data["kind"] == "turn_end":
            result.ends.append(data)
        if kind != "turn":
            return
        result.turns.append(data)
        if data["speaker"] == "persona" and len(result.turns) == 1:
            source.schedule(audio, round((data["end_s"] + 0.6) * 16000))
        if len(result.turns) == 3:
            source.finish()

    meeting.observers.append(on_turn)
    result.voiced.run()
    return result


@pytest.mark.parametrize("careful", [True, False])
def test_a_pause_read_as_unfinished_gets_a_careful_second_look(careful: bool) -> None:
    met = one_spoken_turn(CommaThenStop(), CommaThenStop.WORDS + ".", careful)
    user, reply = met.turns[1], met.turns[2]
    assert user["speaker"] == "user" and reply["speaker"] == "persona"
    gap = reply["start_s"] - user["end_s"]
    # The log says why: read as finished (carefully) or heard out to the full silence.
    [end] = met.ends
    assert end["turn"] == 1
    if careful:  # the careful "." makes it a finished statement
        assert gap <= STATEMENT_END_S + 0.1, gap
        assert end["by"] == "reading" and end["careful"] is True
        assert end["wait"] in ("statement", "rising statement", "likely handover", "handover")
        assert end["silence_s"] >= end["wait_s"]
    else:  # the quick "," alone waits as for a half sentence
        assert gap >= END_SILENCE_S - 0.05, gap
        assert end["by"] == "silence" and end["heard"].endswith(",")


class BreakAsComma:
    """Whisper's quick reading sometimes writes a sentence break as a comma; the careful
    reading of the record, run while the persona answers, puts the full stop back."""

    name = "break-as-comma"
    SAID = "Good afternoon, Helen. Thank you so much for taking the time to meet with me."

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return Transcript(self.SAID.replace(". Thank", ", thank"), "quick", 0.0)

    def transcribe_carefully(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return Transcript(self.SAID, "careful", 0.0)


@pytest.mark.parametrize("careful", [True, False])
def test_the_speakers_pace_is_learnt_from_the_careful_reading(careful: bool) -> None:
    # Taken as a comma, the 0.3 s break after "Helen." made every later question wait
    # 0.38 s instead of 0.25 s in the turn benchmark.
    met = one_spoken_turn(BreakAsComma(), BreakAsComma.SAID, careful)
    assert met.turns[1]["speaker"] == "user"
    pace = met.voiced.pace
    if careful:  # "afternoon," is the one comma; the break after "Helen." is a sentence's
        assert len(pace.comma_pauses_s) == 1 and len(pace.sentence_pauses_s) == 1
        assert pace.sentence_pauses_s[0] > pace.comma_pauses_s[0]
        assert pace.question_end_s < 0.3
    else:  # the quick reading alone takes the break for a second comma
        assert len(pace.comma_pauses_s) == 2 and not pace.sentence_pauses_s


def test_a_short_pause_inside_a_question_does_not_split_it(tmp_path: Path,
                                                           whisper) -> None:
    # The voice pauses ~0.2 s before "or"; whisper punctuates the words so far as a finished
    # question ("Is it better to start a policy career in government?"), and an answer
    # there would cut the speaker off and lose the rest ("or at a think tank").
    from simulator.run import apply_script
    from simulator.scenario import Script
    from simulator.voice_run import VoiceOptions, run_voice

    said = ["Good afternoon, Helen. Thank you so much for taking the time to meet.",
            "I'm a housing caseworker exploring a move into policy analysis, and I'd love to "
            "understand what the work is really like.",
            "What does a typical week look like for you?",
            "How did you get into public policy in the first place?",
            "Which skills matter most for a policy analyst?",
            "Is it better to start a policy career in government or at a think tank?"]
    script = Script(arrive_minutes_early=5, attire="charcoal suit and a tie", turns=[
        {"say": text, "pause": 15.0 if text.endswith("?") else 0.0} for text in said])
    setup = apply_script(setup_for("starter/public-policy", "voice", seed=7), script)
    run_voice(setup, VoiceOptions(), tmp_path, files=True, script=script)
    report = json.loads((tmp_path / "report.json").read_text())
    heard = [t["text"] for t in report["turns"] if t["speaker"] == "user"]
    assert len(heard) == len(said), heard
    # Nothing cut off: each turn heard ends on the word its turn said ends on.
    assert [h.rstrip(".?!").split()[-1].lower() for h in heard] == \
        [t.rstrip(".?!").split()[-1].lower() for t in said], heard
    # events.jsonl tells how each turn ended: the questions on a quick reading, after a
    # question's wait rather than the full silence (the turn-end model may take one for a
    # lead-in, "How did you get into public policy in the first place?" at P(end) 0.45, and
    # wait past a pause between sentences: slower, but nothing is split).
    events = SessionFolder(tmp_path).events()
    ends = {e["turn"]: e for e in events if e["type"] == "event" and e["kind"] == "turn_end"}
    users = [i for i, t in enumerate(report["turns"]) if t["speaker"] == "user"]
    assert sorted(ends) == users
    for i, text in zip(users, said, strict=True):
        if text.endswith("?"):
            assert ends[i]["by"] == "reading", (ends[i], heard)
            assert ends[i]["wait"] in ("question", "lead-on question"), (ends[i], heard)
            assert ends[i]["wait_s"] < END_SILENCE_S


def test_a_slow_speaker_is_not_answered_at_a_comma(tmp_path: Path, whisper) -> None:
    # The scripted voice at 118 wpm pauses ~0.3 s at a comma, longer than the usual wait
    # after a finished question; whisper reads "...actuarial work later," as a finished
    # question, and an answer there lost "like me, that you could point me to?" (and with
    # it the referral ask). By then the meeting has heard the speaker's commas.
    from simulator.run import apply_script
    from simulator.scenario import Script
    from simulator.voice_run import VoiceOptions, run_voice

    said = ["Hi Sunita, I'm Mark. Thank you for agreeing to this.",
            "I've taught high school math for twelve years, and I'm seriously considering "
            "becoming an actuary.",
            "Does your firm support people while they're taking the exams, with study time "
            "or paying the fees?",
            "Since you price term life, how much of that comes down to judgement?",
            "Math teacher, like I said, mostly calculus and statistics. What's the work-life "
            "balance like once you're qualified?",
            "Is there anyone who came into actuarial work later, like me, that you could "
            "point me to?"]
    script = Script(arrive_minutes_early=5, attire="business casual", turns=[
        {"say": text, "pause": 1.0} for text in said])
    setup = apply_script(setup_for("hard-personas/brief-responder", "voice", seed=3), script)
    run_voice(setup, VoiceOptions(), tmp_path, files=True, script=script)
    report = json.loads((tmp_path / "report.json").read_text())
    heard = [t["text"] for t in report["turns"] if t["speaker"] == "user"]
    assert len(heard) == len(said), heard
    assert heard[-1].rstrip(".?!").split()[-1].lower() == "to", heard
    assert "no_referral_ask" not in {f["code"] for f in report["findings"]}


def test_a_last_word_after_the_goodbye_is_heard_and_counts(tmp_path: Path, whisper) -> None:
    # The only thanks comes after the persona's goodbye, as it often does: the microphone
    # stays open for it, it is recorded, and the coach does not say "you never thanked".
    from simulator.run import apply_script
    from simulator.scenario import Script
    from simulator.voice_run import VoiceOptions, run_voice

    said = ["Hi Dana, I'm Sam.",
            "I'm a teacher thinking about moving into UX research.",
            "What does a typical week look like for you?",
            "Well, I don't want to keep you any longer.",
            "Oh, and thank you so much for your time!"]
    script = Script(arrive_minutes_early=5, attire="smart casual",
                    turns=[{"say": text} for text in said])
    setup = apply_script(setup_for("starter/ux-researcher", "voice", seed=3), script)
    run_voice(setup, VoiceOptions(), tmp_path, files=True, script=script)
    report = json.loads((tmp_path / "report.json").read_text())
    turns = report["turns"]
    assert [t["kind"] for t in turns if t["speaker"] == "persona"][-1] == "farewell"
    assert turns[-1]["speaker"] == "user" and "thank" in turns[-1]["text"].lower()
    assert "no_thanks" not in {f["code"] for f in report["findings"]}
    assert not [e for e in report.get("events", []) if e.get("kind") == "left"]


class StuckAfterGoodbye(NullSink):
    """A speaker that never reports its last line done, once the goodbye is queued."""

    realtime = True
    stuck = False

    @property
    def playing(self) -> bool:
        return self.stuck or super().playing


def test_a_speaker_stuck_after_the_goodbye_still_ends_the_meeting(whisper) -> None:
    from audio.speech_out import EspeakVoice
    from simulator.voiced import PARTING_LIMIT_S

    setup = setup_for("starter/ux-researcher", "voice", 1)
    source = DyingSource(die_at_s=60)  # the goodbye comes at ~15 s
    sink = StuckAfterGoodbye()
    parts = VoiceParts(source, sink, whisper, persona_voice(setup.scenario))
    loop = VoiceMeeting.make_loop(parts)
    meeting = setup.meeting(SampleClock(loop))
    said = EspeakVoice("en-us+f2", 150, 45).render(
        "Thank you so much, I don't want to keep you any longer. Goodbye!")
    goodbye_at: list[float] = []

    def on_turn(kind: str, data: dict) -> None:
        if kind == "turn" and data["speaker"] == "persona" and data.get("kind") == "greeting":
            source.schedule(said, round((data["end_s"] + 0.6) * 16000))
        if kind == "turn" and data.get("kind") == "farewell":
            sink.stuck = True
            goodbye_at.append(data["start_s"])

    meeting.observers.append(on_turn)
    voice = VoiceMeeting(meeting, parts, loop)
    voice.run()
    assert goodbye_at and meeting.ended
    assert not [e for e in meeting.record.events if e.kind == "left"]  # ended, not abandoned
    ended_at = next(e.at_s for e in meeting.record.events
                    if e.kind == "state" and e.detail["state"] == "ended")
    assert ended_at - goodbye_at[0] <= PARTING_LIMIT_S + 1.0 <= 30


def test_a_scripted_user_makes_each_turns_audio_only_when_saying_it() -> None:
    """An hour's script must not sit in memory as audio: a turn's audio is made when the
    scripted user says it, a beat plus its pause after the persona finishes."""
    from simulator.voiced import BEAT_S, ScriptedTurn, UserTurns

    made: list[str] = []
    said: list[AudioChunk] = []

    def make(name: str) -> AudioChunk:
        made.append(name)
        return AudioChunk(np.zeros(16000, dtype=np.int16), 16000)

    user = UserTurns([ScriptedTurn(lambda: make("first"), 0.0),
                      ScriptedTurn(lambda: make("second"), 2.0)], said.append)
    assert made == []
    user.persona_finished(10.0)
    user.tick(10.0 + BEAT_S - 0.01)
    assert made == [] and said == []
    user.tick(10.0 + BEAT_S)
    assert made == ["first"] and len(said) == 1
    assert user.speaking_until_s == pytest.approx(10.0 + BEAT_S + 1.0)
    user.persona_finished(20.0)
    user.tick(20.0 + BEAT_S + 1.0)
    assert made == ["first"]  # its 2 s pause has not passed
    user.tick(20.0 + BEAT_S + 2.0)
    assert made == ["first", "second"] and user.done


def test_a_scripted_user_cut_off_asks_the_question_it_was_building_up_to() -> None:
    """A person the persona stops ("I'm going to stop you. What's the question?") asks the
    question their long turn ended on, rather than dropping it or starting over."""
    from simulator.voiced import ScriptedTurn, UserTurns

    said: list[str] = []

    def make(name: str) -> AudioChunk:
        said.append(name)
        return AudioChunk(np.zeros(16000, dtype=np.int16), 16000)

    user = UserTurns([ScriptedTurn(lambda: make("story"), 0.0, lambda: make("its question")),
                      ScriptedTurn(lambda: make("next"), 0.0, lambda: make("next's question"))],
                     lambda audio: None)
    user.persona_finished(0.0)
    user.tick(5.0)
    user.interrupted()
    user.persona_finished(10.0)
    user.tick(20.0)
    assert said == ["story", "its question"]
    # Heard to its end, a turn is not repeated.
    user.persona_finished(30.0)
    user.tick(40.0)
    user.persona_finished(50.0)
    assert said == ["story", "its question", "next"] and user.done


def test_a_scripted_user_spoken_over_in_a_pause_goes_on_after_the_persona(
        librivox_clips: list[tuple[AudioChunk, str]]) -> None:
    """The persona may take a pause inside a turn for its end and answer. A person then
    stops, lets it speak and goes on; a script played through regardless would lose the
    rest of the turn to the echo rule (what the user says while the persona speaks is not
    heard)."""
    from simulator.voiced import BEAT_S, ScriptedTurn, UserTurns

    rate = 16000
    first, second = (clip.slice(0, int(1.5 * rate)) for clip, _ in librivox_clips[:2])
    gap = AudioChunk.silence(0.8, rate)
    turn = AudioChunk.concat([first, gap, second])
    said: list[AudioChunk] = []
    cancelled: list[bool] = []
    user = UserTurns([ScriptedTurn(lambda: turn), ScriptedTurn(lambda: first)], said.append,
                     lambda: cancelled.append(True))
    user.persona_finished(0.0)
    user.tick(BEAT_S)
    assert said == [turn]
    # The persona answers 0.5 s into the pause: the user stops there...
    user.persona_started(BEAT_S + 1.5 + 0.5)
    assert cancelled and user.speaking_until_s == pytest.approx(BEAT_S + 2.0)
    # ...and once it has finished, says the phrase it spoke over, then the next turn.
    user.persona_finished(10.0)
    user.tick(10.0 + BEAT_S)
    assert len(said) == 2 and said[1].seconds == pytest.approx(second.seconds, abs=0.2)
    assert np.array_equal(said[1].samples[-rate:], second.samples[-rate:])
    user.persona_started(10.0 + BEAT_S + second.seconds + 1.0)  # after it ended: no repeat
    user.persona_finished(20.0)
    user.tick(20.0 + BEAT_S)
    assert said[2] is first and user.done


@pytest.mark.parametrize(("turn", "question"), [
    ("I've spent three years on one case, and I'm proud of it, but I never see a product "
     "ship. So my question is, how did you know it was time to leave?",
     "So my question is, how did you know it was time to leave?"),
    # A run-on keeps only its last clauses.
    ("The nurses are calm, and one said med-surg first, and another said straight into the "
     "ER, and my mom thinks a BSN, and my boyfriend thinks the two-year program is smarter "
     "because it is cheaper, so I guess what I'm asking is whether a new grad can start in "
     "the ER?",
     "So I guess what I'm asking is whether a new grad can start in the ER?"),
    # Asked without a question mark, and whole: its alternatives belong to it.
    ("That's really what pulled me toward administration. So my question is whether that "
     "kind of experience counts for anything, or whether I should chase a fellowship.",
     "So my question is whether that kind of experience counts for anything, or whether I "
     "should chase a fellowship."),
    # ...or the goal it builds up to, for when the persona asks why they came.
    ("My supervisor regards industry as a kind of moral failure. So I am here to find out "
     "whether payments might suit me, and whether my training counts.",
     "So I am here to find out whether payments might suit me, and whether my training "
     "counts."),
    ("What does a typical week look like?", None),
    ("I led the project. It went well.", None),
])
def test_the_question_a_turn_builds_up_to(turn: str, question: str | None) -> None:
    from simulator.voice_run import closing_point

    assert closing_point(turn) == question
