"""The meeting's states and transitions, as a table that reads like the meeting.

This is the only module that imports `transitions`. The model (simulator.meeting.Meeting)
owns the behaviour; the machine only decides which moves are legal, and an illegal move
raises instead of passing silently. Time-outs are driven by our clock, never by threads.
"""

from __future__ import annotations

from typing import Any

STATES = ["lobby", "greeting", "purpose", "questions", "wrap_up", "farewell", "ended"]

TALKING = ["greeting", "purpose", "questions", "wrap_up"]

TRANSITIONS: list[dict[str, Any]] = [
    # The user arrives; the persona greets them (with surprise if far too early).
    {"trigger": "arrive", "source": "lobby", "dest": "greeting"},
    # The user says why they came, or the persona asks them to.
    {"trigger": "state_purpose", "source": "greeting", "dest": "purpose"},
    {"trigger": "prompt_purpose", "source": "greeting", "dest": "purpose"},
    # The first real question opens the questions, with or without a stated purpose.
    {"trigger": "ask", "source": ["greeting", "purpose"], "dest": "questions"},
    {"trigger": "ask", "source": ["questions", "wrap_up"], "dest": None},  # internal: stays
    # At the agreed end the persona asks to wrap up.
    {"trigger": "time_up", "source": ["greeting", "purpose", "questions"], "dest": "wrap_up"},
    # The user wraps up and says goodbye.
    {"trigger": "close", "source": TALKING, "dest": "farewell"},
    # Far past the agreed end, the persona has to go.
    {"trigger": "cut_short", "source": TALKING, "dest": "farewell"},
    {"trigger": "finish", "source": "farewell", "dest": "ended"},
    # The user leaves (the script ran out, they quit, the audio stopped).
    {"trigger": "depart", "source": ["lobby", *TALKING, "farewell"], "dest": "ended"},
]


def attach(model: Any, after_change: str | None = None) -> Any:
    """Give `model` a `state` attribute and one method per trigger; `after_change` names a
    model method called after every state change (with the transitions EventData)."""
    from transitions import Machine

    return Machine(
        after_state_change=after_change,
        send_event=True,
        model=model,
        states=STATES,
        transitions=TRANSITIONS,
        initial="lobby",
        auto_transitions=False,
        ignore_invalid_triggers=False,
        model_override=False,
    )


def mermaid(title: str) -> str:
    """The state diagram in Mermaid syntax, drawn by transitions' own diagram extension."""
    from transitions.extensions import GraphMachine

    class _Model:
        pass

    model = _Model()
    GraphMachine(model=model, states=STATES, transitions=TRANSITIONS, initial="lobby",
                 auto_transitions=False, graph_engine="mermaid", title=title,
                 show_conditions=False)
    text: str = model.get_graph().draw(None)  # type: ignore[attr-defined]
    # transitions writes "Class x y"; Mermaid's keyword is lower-case.
    return "\n".join(
        line.replace("Class ", "class ", 1) if line.lstrip().startswith("Class ") else line
        for line in text.splitlines()
    ) + "\n"
