"""Coaching findings after a meeting: one function per finding code, in a table.

Each finding says what happened (with the time and a few of the user's words), why it
matters and what to do instead. The pitfalls are the ones career guides warn about for
informational interviews; a clean, well-run meeting produces none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from simulator.attire import underdressed
from simulator.intents import Reading, TurnReader
from simulator.question_count import finishes_the_question_before, thoughtful_questions
from simulator.record import Finding, MeetingRecord, Severity, Turn
from simulator.scenario import Prep, Scenario

FINDINGS: dict[str, Severity] = {
    "arrived_too_early": "pitfall",
    "arrived_late": "pitfall",
    "underdressed": "pitfall",
    "no_purpose": "pitfall",
    "asked_for_job": "pitfall",
    "googleable_question": "pitfall",
    "few_questions": "pitfall",
    "rambling": "pitfall",
    "tangent": "tip",
    "ignored_time_cue": "pitfall",
    "time_overrun": "pitfall",
    "no_thanks": "pitfall",
    "no_referral_ask": "tip",
}

# A prepared question counts as asked when a user turn is this close to it, or somewhat
# close and on the same topic; the stated purpose matches the prepared goal at
# PREP_GOAL_MATCH.
PREP_QUESTION_MATCH = 0.45
PREP_SAME_TOPIC_MATCH = 0.25
PREP_GOAL_MATCH = 0.3
_QUOTE_WORDS = 8

_DRESS_NAMES = {"casual": "casual", "smart_casual": "smart casual",
                "business_casual": "business casual", "business": "business",
                "formal": "formal"}


@dataclass
class _Meeting:
    """What every check reads: the record, the scenario and each user turn's reading."""

    record: MeetingRecord
    scenario: Scenario
    said: list[tuple[int, Turn, Reading]]
    """User turns with words in them: (index into record.turns, turn, reading)."""
    reader: TurnReader

    @property
    def host(self) -> str:
        return self.scenario.persona.name.split()[0]

    def first_persona_turn(self, kind: str) -> int | None:
        return next((i for i, t in enumerate(self.record.turns)
                     if t.speaker == "persona" and t.kind == kind), None)

    def finding(self, code: str, message: str, turn: int | None = None,
                at_s: float | None = None) -> Finding:
        if turn is not None and at_s is None:
            at_s = self.record.turns[turn].start_s
        return Finding(code, FINDINGS[code], message, turn, at_s)


Check = Callable[[_Meeting], list[Finding]]
CHECKS: dict[str, Check] = {}


def _check(code: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        CHECKS[code] = fn
        return fn
    return register


def coach(record: MeetingRecord, scenario: Scenario,
          reader: TurnReader | None = None) -> list[Finding]:
    """All findings for one meeting, in the order they happened (whole-meeting ones last)."""
    reader = reader or TurnReader(scenario, _prep_of(record))
    said = [(i, t, reader.read(t.text)) for i, t in record.user_turns() if t.text.strip()]
    meeting = _Meeting(record, scenario, said, reader)
    findings = [f for code in FINDINGS for f in CHECKS[code](meeting)]
    order = {code: n for n, code in enumerate(FINDINGS)}
    return sorted(findings, key=lambda f: (f.at_s is None, f.at_s or 0.0,
                                           -1 if f.turn is None else f.turn, order[f.code]))


# --- arriving ----------------------------------------------------------------------------


@_check("arrived_too_early")
def _too_early(m: _Meeting) -> list[Finding]:
    early = m.record.arrive_minutes_early
    if early <= m.scenario.thresholds.early_minutes:
        return []
    return [m.finding(
        "arrived_too_early",
        f"You arrived {_minutes(early)} early. That puts {m.host} on the spot to drop what "
        "they were doing; aim for 5 to 10 minutes early and wait nearby if you are sooner.",
        m.first_persona_turn("early_arrival"), 0.0)]


@_check("arrived_late")
def _late(m: _Meeting) -> list[Finding]:
    early = m.record.arrive_minutes_early
    if early >= -m.scenario.thresholds.late_minutes:
        return []
    return [m.finding(
        "arrived_late",
        f"You arrived {_minutes(-early)} late, and that time came out of a favour {m.host} "
        "was doing you. Plan to arrive 5 to 10 minutes early, and send a message ahead if "
        "you are held up.",
        m.first_persona_turn("late_arrival"), 0.0)]


@_check("underdressed")
def _underdressed(m: _Meeting) -> list[Finding]:
    attire = m.record.attire
    if attire is None:
        attire = (m.record.prep or {}).get("attire")
    code = m.scenario.dress_code
    if not underdressed(attire, code):
        return []
    return [m.finding(
        "underdressed",
        f'You wore "{attire}" where the dress code is {_DRESS_NAMES[code]}. Dressing the '
        "part shows you take their time seriously; match how people there dress, or one "
        "notch smarter if unsure.",
        m.first_persona_turn("underdressed"), 0.0)]


# --- what was said -----------------------------------------------------------------------


@_check("no_purpose")
def _no_purpose(m: _Meeting) -> list[Finding]:
    window = m.scenario.thresholds.purpose_turns
    if any(r.states_purpose for _, _, r in m.said[:window]):
        return []
    later = next(((i, t) for i, t, r in m.said[window:] if r.states_purpose), None)
    when = (f"only said what you were after at {_clock(later[1].start_s)}, not in your "
            f"first {_count(window, 'turn')}" if later
            else "never said what you hoped to get from the meeting")
    # The persona's prompt for a goal if it gave one, else the last turn a goal was due by.
    prompt = m.first_persona_turn("purpose_prompt")
    opening = m.said[:window]
    turn = prompt if prompt is not None else (opening[-1][0] if opening else None)
    return [m.finding(
        "no_purpose",
        f"You {when}. A clear goal lets "
        f"{m.host} shape their answers; open with one sentence such as \"I'm exploring a "
        "move into this field and hoped to learn how people get started.\"",
        turn)]


@_check("asked_for_job")
def _asked_for_job(m: _Meeting) -> list[Finding]:
    return [m.finding(
        "asked_for_job",
        f"At {_clock(t.start_s)} you asked {_quote(t.text)}. Asking for a job turns a "
        "conversation about learning into a favour they did not agree to; ask how people "
        "usually get hired into the field instead, and let them offer help.",
        i) for i, t, r in m.said if r.asks_for_job]


@_check("googleable_question")
def _googleable(m: _Meeting) -> list[Finding]:
    out = []
    said = [(t.text, r) for _, t, r in m.said]
    for n, (i, t, r) in enumerate(m.said):
        if r.googleable is None:
            continue
        # An example heard as a turn of its own ("How did you get into it?" | "Like, what
        # were you doing before?") asks what the question it finishes asks.
        if finishes_the_question_before(said, n) and m.reader.read(
                f"{said[n - 1][0]} {t.text}").googleable is None:
            continue
        out.append(m.finding(
            "googleable_question",
            f"At {_clock(t.start_s)} you asked {_quote(t.text)}, which is public already "
            f"({r.googleable.rstrip('.')}). It suggests you did not prepare; look it up "
            "beforehand and build on it: \"I saw that..., how has that shaped...?\"",
            i))
    return out


@_check("few_questions")
def _few_questions(m: _Meeting) -> list[Finding]:
    wanted = m.scenario.thresholds.min_questions
    asked = thoughtful_questions([(t.text, r) for _, t, r in m.said], m.reader)
    if asked >= wanted:
        return []
    return [m.finding(
        "few_questions",
        f"You asked {_count(asked, 'thoughtful question')} about {m.host}'s work and path; "
        f"aim for at least {wanted}. Prepare five or six open questions (how they got "
        "started, what a typical week holds, what they would advise someone like you).")]


@_check("rambling")
def _rambling(m: _Meeting) -> list[Finding]:
    # A turn the persona had to cut into is a monologue even when the cut-in came before
    # the rambling limit (a busy persona interrupts sooner), and by voice the cut-in ends
    # the turn, so its length alone would never show it.
    limit = m.scenario.thresholds.rambling_s
    shown = min(limit, m.scenario.thresholds.cut_in_after_s)
    return [m.finding(
        "rambling",
        f"At {_clock(t.start_s)} you spoke for {t.seconds:.0f} seconds in one go "
        f"({_quote(t.text)}){_cut_in_note(m, t)}. Long monologues use up their time and "
        f"lose the thread; keep turns under about {shown:.0f} seconds, then hand back with "
        "a question.",
        i) for i, t, _ in m.said
        if (t.seconds > limit or t.interrupted) and not _story_invited(m, t)]


def _cut_in_note(m: _Meeting, turn: Turn) -> str:
    return f", until {m.host} cut in" if turn.interrupted else ""


def _story_invited(m: _Meeting, turn: Turn) -> bool:
    """The persona's last line before this turn asked the user to tell their story. A cut-in
    spoken while the user was still talking is not what they were answering."""
    before = [p for p in m.record.turns if p.speaker == "persona" and p.kind != "cut_in"
              and p.start_s <= turn.start_s]
    if not before:
        return False
    topic = next((t for t in m.scenario.topics if t.id == before[-1].topic), None)
    return bool(topic and topic.invites_story)


@_check("tangent")
def _tangent(m: _Meeting) -> list[Finding]:
    return [m.finding(
        "tangent",
        f"At {_clock(t.start_s)} you drifted off topic ({_quote(t.text)}). A little small "
        "talk is fine, but side stories spend the time you asked for; bring it back to "
        "their work or your question.",
        i) for i, t, r in m.said if r.tangent]


# --- time --------------------------------------------------------------------------------


@_check("ignored_time_cue")
def _ignored_time_cue(m: _Meeting) -> list[Finding]:
    cue = m.first_persona_turn("wrap_up")
    if cue is not None:
        after = [(i, t, r) for i, t, r in m.said if i > cue]
    else:  # older records: only the state change shows when the wrap-up began
        at = next((e.at_s for e in m.record.events
                   if e.kind == "state" and e.detail.get("state") == "wrap_up"), None)
        if at is None:
            return []
        after = [(i, t, r) for i, t, r in m.said if t.start_s >= at]
    # Thanks, goodbyes and asking whom else to talk to are how a meeting should end.
    new = [(i, t) for i, t, r in after
           if r.is_question and not r.referral_ask and not (r.closing and not r.substantive)]
    if not new:
        return []
    i, t = new[0]
    more = f", and {len(new) - 1} more after it" if len(new) > 1 else ""
    return [m.finding(
        "ignored_time_cue",
        f"At {_clock(t.start_s)}, after {m.host} said it was time to wrap up, you asked "
        f"{_quote(t.text)}{more}. When they signal the end, thank them, ask whom else you "
        "might talk to, and offer to follow up by email.",
        i)]


@_check("time_overrun")
def _time_overrun(m: _Meeting) -> list[Finding]:
    record = m.record
    over = record.duration_s - record.agreed_s
    if over <= m.scenario.thresholds.overrun_s:
        return []
    left = f", and {m.host} had to leave" if record.ended_by == "persona" else ""
    return [m.finding(
        "time_overrun",
        f"The meeting ran {_duration(over)} past the agreed {_duration(record.agreed_s)}"
        f"{left}. Overrunning tells them you do not value their time; watch the clock and "
        "start wrapping up a few minutes before the end.",
        None, record.agreed_s)]


# --- courtesies --------------------------------------------------------------------------


@_check("no_thanks")
def _no_thanks(m: _Meeting) -> list[Finding]:
    if any(r.thanks for _, _, r in m.said):
        return []
    return [m.finding(
        "no_thanks",
        f"You never thanked {m.host} for their time. They are doing you a favour; thank "
        "them when you sit down and again as you leave, and send a short note within a day.")]


@_check("no_referral_ask")
def _no_referral_ask(m: _Meeting) -> list[Finding]:
    if any(r.referral_ask for _, _, r in m.said):
        return []
    return [m.finding(
        "no_referral_ask",
        "You did not ask whom else you could talk to. One conversation can lead to the "
        "next; before you close, ask \"Is there anyone else you'd recommend I speak with?\"")]


# --- the prep section of the report ------------------------------------------------------


def prep_review(record: MeetingRecord, scenario: Scenario, prep: Prep | None = None,
                reader: TurnReader | None = None) -> dict[str, Any]:
    """Which prepared questions were asked (matched loosely), which were not, and whether
    the purpose the user stated matches the goal they prepared."""
    prep = prep or _prep_of(record)
    if prep is None:
        return {"prepared": False}
    reader = reader or TurnReader(scenario, prep)
    index = reader.index
    said = [(i, t, reader.read(t.text)) for i, t in record.user_turns() if t.text.strip()]
    pairs = []
    for q_no, question in enumerate(prep.questions):
        q_topic, _ = index.best(question)
        for i, t, r in said:
            score = index.similarity(question, t.text)
            same_topic = q_topic is not None and r.topic == q_topic
            if score >= (PREP_SAME_TOPIC_MATCH if same_topic else PREP_QUESTION_MATCH):
                pairs.append((score, q_no, i, t))
    # Each turn answers at most one prepared question: best matches first.
    asked: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for score, q_no, i, t in sorted(pairs, key=lambda p: -p[0]):
        if q_no not in asked and i not in used:
            used.add(i)
            asked[q_no] = {"question": prep.questions[q_no], "turn": i,
                           "at_s": round(t.start_s, 3), "said": t.text,
                           "similarity": round(score, 2)}
    stated = next(((i, t) for i, t, r in said if r.states_purpose), None)
    matches = None
    if prep.goal and stated is not None:
        matches = index.similarity(prep.goal, stated[1].text) >= PREP_GOAL_MATCH
    return {
        "prepared": True,
        "goal": prep.goal,
        "purpose_stated": stated[1].text if stated else None,
        "purpose_turn": stated[0] if stated else None,
        "purpose_matches_goal": matches,
        "questions_asked": [asked[n] for n in sorted(asked)],
        "questions_not_asked": [q for n, q in enumerate(prep.questions) if n not in asked],
        "googleable_asked": [r.googleable for _, _, r in said if r.googleable],
    }


# --- wording -----------------------------------------------------------------------------


def _prep_of(record: MeetingRecord) -> Prep | None:
    # A record written by another version may carry prep keys this one does not know.
    try:
        return Prep.model_validate(record.prep) if record.prep else None
    except ValidationError:
        return None


def _clock(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 60}:{s % 60:02d}"


def _quote(text: str, words: int = _QUOTE_WORDS) -> str:
    parts = text.strip().strip("\"'").split()
    short = " ".join(parts[:words]).rstrip(",.;:!?")
    return f'"{short}..."' if len(parts) > words else f'"{short}"'


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _minutes(minutes: float) -> str:
    value = round(minutes) if abs(minutes - round(minutes)) < 0.05 else round(minutes, 1)
    return f"{value} minute" + ("" if value == 1 else "s")


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} seconds"
    minutes, rest = divmod(round(seconds), 60)
    return _minutes(minutes) + (f" {rest} seconds" if rest else "")
