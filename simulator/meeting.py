"""One informational interview, independent of how words arrive or leave.

A driver (typed, scripted or voice) feeds it finished user turns with their times and
speaks whatever it returns, reporting back when each line was actually spoken. The meeting
decides what the persona says and moves the state machine; it never touches a device and
never reads the time except through the clock it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from simulator.attire import underdressed
from simulator.clock import Clock
from simulator.intents import Reading, TurnReader
from simulator.machine import TALKING, attach
from simulator.persona import Persona, Say, first_sentences
from simulator.record import Event, MeetingRecord, Mode, Turn
from simulator.scenario import Prep, Scenario

Observer = Callable[[str, dict[str, Any]], None]
"""Told of every turn and event as it happens: ("turn", {...}) or ("event", {...}), an event
being a state change {"kind": "state", ...} or the user leaving {"kind": "left", "reason"}."""

_ENDING_LINES = ("farewell", "leaving")
THANKED_THEN_QUIET_S = 8.0
"""Silence after the persona has answered a thanks, once the questions are under way, that
a person takes for the goodbye (the user's own may have been said too softly to hear)."""


class Meeting:
    state: str  # set by the state machine

    def __init__(
        self,
        scenario: Scenario,
        *,
        scenario_ref: str,
        mode: Mode,
        clock: Clock,
        seed: int | None = None,
        arrive_minutes_early: float = 5.0,
        attire: str | None = None,
        prep: Prep | None = None,
        reader: TurnReader | None = None,
    ) -> None:
        self.scenario = scenario
        self.clock = clock
        self.persona = Persona(scenario, seed)
        self.reader = reader or TurnReader(scenario, prep)
        self.thresholds = scenario.thresholds
        self.record = MeetingRecord(
            scenario=scenario_ref, mode=mode, agreed_s=scenario.agreed_s,
            arrive_minutes_early=arrive_minutes_early,
            attire=attire if attire is not None else (prep.attire if prep else None),
            prep=prep.model_dump() if prep else None,
        )
        self.observers: list[Observer] = []
        self._cues_left = sorted(self.thresholds.time_cue_minutes, reverse=True)
        self._greeting_turns = 0
        self._cut_into_current_turn = False
        self._goodbye_said = False
        attach(self, after_change="_on_state_change")

    # --- what drivers call -------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.state == "ended"

    @property
    def talking(self) -> bool:
        return self.state in TALKING

    @property
    def parting(self) -> bool:
        """The persona has said goodbye, and the user may still have a last word: people
        often thank someone only as they leave, and that thanks counts."""
        return self.state == "farewell" and self._goodbye_said

    def start(self) -> list[Say]:
        """The user has arrived: the persona's opening lines."""
        self.arrive()
        out = []
        early = self.record.arrive_minutes_early
        if early > self.thresholds.early_minutes:
            out.append(self.persona.line("early_arrival", minutes=round(early)))
        elif early < -self.thresholds.late_minutes:
            out.append(self.persona.line("late_arrival", minutes=round(-early)))
        out.append(self.persona.line("greeting"))
        if self.scenario.lines.underdressed and underdressed(
            self.record.attire, self.scenario.dress_code
        ):
            out.append(self.persona.line("underdressed"))
        return out

    def hear(self, text: str, start_s: float, end_s: float, speech_s: float | None = None,
             interrupted: bool = False) -> list[Say]:
        """A finished user turn; returns what the persona says next."""
        turn = Turn("user", start_s, end_s, text.strip(), speech_s=speech_s,
                    interrupted=interrupted or self._cut_into_current_turn)
        self._add_turn(turn)
        self._cut_into_current_turn = False
        if self.parting and turn.text:
            self.finish()  # the last word: nobody answers it
            return []
        if not self.talking or not turn.text:
            return self.due()
        reading = self.reader.read(turn.text)
        out: list[Say] = []
        if turn.seconds > self.thresholds.cut_in_after_s and not turn.interrupted \
                and not self._story_invited():
            turn.interrupted = True
            out.append(self.persona.line("cut_in"))
        out += self._reply(reading)
        return out + self.due()

    def revise(self, index: int, text: str) -> None:
        """A better reading of user turn `index`, for the record and the findings; what the
        persona already said in reply stays as it was."""
        turn = self.record.turns[index]
        if turn.speaker == "user" and text.strip():
            turn.text = text.strip()

    def due(self) -> list[Say]:
        """Lines the clock calls for now: a time cue, the request to wrap up, leaving."""
        now = self.clock.now()
        agreed = self.scenario.agreed_s
        if self.state in ("greeting", "purpose", "questions"):
            if now >= agreed:
                self._cues_left = []
                self.time_up()
                return [self.persona.line("wrap_up")]
            passed = [m for m in self._cues_left if now >= agreed - m * 60]
            if passed:
                self._cues_left = [m for m in self._cues_left if m not in passed]
                minutes_left = max(1, round((agreed - now) / 60))
                return [self.persona.line("time_cue", minutes_left=minutes_left)]
        if self.state in ("questions", "wrap_up") and self._thanked_then_quiet(now):
            self.close()
            return [self.persona.line("farewell")]
        if self.state == "wrap_up" and now >= agreed + self.thresholds.leave_after_overrun_s:
            self.record.ended_by = "persona"
            self.cut_short()
            return [self.persona.line("leaving")]
        return []

    def _thanked_then_quiet(self, now: float) -> bool:
        last = self.record.turns[-1] if self.record.turns else None
        return (last is not None and last.speaker == "persona" and last.kind == "thanks_reply"
                and now - last.end_s >= THANKED_THEN_QUIET_S)

    def cut_in(self, speech_s: float) -> Say | None:
        """Live check while the user is still talking: interrupt a monologue, once a turn."""
        if (self.talking and not self._cut_into_current_turn
                and speech_s > self.thresholds.cut_in_after_s and not self._story_invited()):
            self._cut_into_current_turn = True
            return self.persona.line("cut_in")
        return None

    def spoke(self, say: Say, start_s: float, end_s: float) -> None:
        """The driver has spoken `say` between these times."""
        self._add_turn(Turn("persona", start_s, end_s, say.text, kind=say.kind, topic=say.topic))
        if say.kind in _ENDING_LINES and self.state == "farewell":
            self._goodbye_said = True

    def part(self) -> None:
        """The user said nothing more after the goodbye: the meeting is over, as agreed."""
        if self.parting:
            self.finish()

    def leave(self, reason: str = "user left") -> None:
        """The user has gone (script ran out, typed /quit, audio stopped). Observers hear why
        as a "left" event, before the state change that ends the meeting."""
        if not self.ended:
            self._add_event(Event(self.clock.now(), "left", {"reason": reason}))
            self.depart()

    def finish_record(self) -> MeetingRecord:
        ends = [t.end_s for t in self.record.turns]
        self.record.duration_s = max(ends) if ends else self.clock.now()
        return self.record

    # --- the persona's choices ------------------------------------------------------------

    def _reply(self, r: Reading) -> list[Say]:
        p = self.persona
        if r.closing and not (r.is_question and r.substantive):
            out = [p.line("referral")] if r.referral_ask else []
            self.close()
            return [*out, p.line("farewell")]
        if r.asks_for_job:
            return [p.line("job_request")]
        if r.googleable:
            return [p.line("googleable")]
        if r.referral_ask:
            return [p.line("referral")]
        if self.state == "greeting":
            return self._reply_in_greeting(r)
        if self.state == "purpose" and r.states_purpose and not r.is_question:
            return [p.line("purpose_ack")]
        if r.small_talk and not r.topic:  # "how are you today?" is not a question to answer
            return [p.line("thanks_reply" if r.thanks else "acknowledge")]
        if r.is_question:
            if self.state in ("greeting", "purpose"):
                self.ask()
            return [self._answer(r)]
        if r.tangent:
            return [p.line("tangent")]
        return [p.line("thanks_reply" if r.thanks else "acknowledge")]

    def _reply_in_greeting(self, r: Reading) -> list[Say]:
        p = self.persona
        if r.states_purpose:
            self.state_purpose()
            if r.is_question:
                self.ask()
                return [self._answer(r)]
            return [p.line("purpose_ack")]
        if r.is_question and (r.substantive or r.topic):
            self.ask()
            return [self._answer(r)]
        self._greeting_turns += 1
        if self._greeting_turns >= 2:
            self.prompt_purpose()
            return [p.line("purpose_prompt")]
        if r.tangent:
            return [p.line("tangent")]
        return [p.line("thanks_reply" if r.thanks else "acknowledge")]

    def _answer(self, r: Reading) -> Say:
        p = self.persona
        if self.state == "wrap_up":
            self.ask()
            over = p.line("over_time")
            if r.topic:
                brief = p.answer(r.topic, brief=True)
                return Say(f"{over.text} {first_sentences(brief.text, 1)}", "over_time", r.topic)
            return over
        self.ask()
        if r.topic:
            return p.answer(r.topic)
        if r.tangent:
            return p.line("tangent")
        return p.line("unknown")

    def _story_invited(self) -> bool:
        for turn in reversed(self.record.turns):
            if turn.speaker == "persona":
                topic = next((t for t in self.scenario.topics if t.id == turn.topic), None)
                return bool(topic and topic.invites_story)
        return False

    def log(self, kind: str, **detail: Any) -> None:
        """An event the driver saw, kept beside the meeting's own (how a spoken turn
        ended, say), so the record explains what the persona did and when."""
        self._add_event(Event(self.clock.now(), kind, detail))

    # --- bookkeeping --------------------------------------------------------------------

    def _add_turn(self, turn: Turn) -> None:
        self.record.turns.append(turn)
        for observer in self.observers:
            observer("turn", {"index": len(self.record.turns) - 1, **turn.to_dict()})

    def _on_state_change(self, event: Any) -> None:
        if event.transition.dest is None:  # an internal move: the state did not change
            return
        self._add_event(Event(self.clock.now(), "state",
                              {"state": self.state, "trigger": event.event.name}))

    def _add_event(self, event: Event) -> None:
        self.record.events.append(event)
        for observer in self.observers:
            observer("event", event.to_dict())

    if TYPE_CHECKING:  # triggers added by simulator.machine.attach
        def arrive(self) -> bool: ...
        def state_purpose(self) -> bool: ...
        def prompt_purpose(self) -> bool: ...
        def ask(self) -> bool: ...
        def time_up(self) -> bool: ...
        def close(self) -> bool: ...
        def cut_short(self) -> bool: ...
        def finish(self) -> bool: ...
        def depart(self) -> bool: ...
