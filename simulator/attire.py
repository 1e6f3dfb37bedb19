"""How formal an outfit is, from a free-text description, on the scenario's dress scale.

The user describes what they wear ("chinos and a blazer"); each garment has a level, the
outfit takes the most formal one, and some garments cap it: a suit with flip-flops is not
business dress, and a blazer over a t-shirt is at best smart casual.
"""

from __future__ import annotations

import re

from simulator.scenario import DressCode

DRESS_LEVEL: dict[DressCode, int] = {
    "casual": 0, "smart_casual": 1, "business_casual": 2, "business": 3, "formal": 4,
}

# How far below the code an outfit may be before it is underdressed. Business casual is a
# broad band: dark jeans with a good sweater is on its edge and accepted; a hoodie is not.
# Business and formal codes are specific, so any step below them shows.
_TOLERANCE: dict[DressCode, int] = {
    "casual": 0, "smart_casual": 0, "business_casual": 1, "business": 0, "formal": 0,
}

# (phrases, level, cap): the outfit is at least `level` and at most `cap`.
_GARMENTS: list[tuple[str, int, int]] = [
    # Dress codes named outright.
    (r"business casual|business_casual", 2, 4),
    (r"smart casual|smart_casual", 1, 4),
    (r"business (?:attire|formal|professional|dress|wear)|professional attire", 3, 4),
    (r"black tie|white tie|formal wear|formal attire|evening wear", 4, 4),
    # Formal.
    (r"tuxedos?|tux|evening gowns?|ball ?gowns?|dinner jacket", 4, 4),
    # Business.
    (r"(?:business |three[- ]piece |two[- ]piece |skirt |trouser |navy |grey |gray |black |"
     r"dark )?suits?|pant ?suits?|trouser ?suits?|ties?|neckties?|suit and tie", 3, 4),
    # Business casual.
    (r"chinos?|khakis?|blazers?|sport ?coats?|sports jackets?|blouses?|slacks|dress (?:pants|"
     r"trousers|shirts?|shoes|skirts?)|trousers|button[- ](?:down|up)s?(?: shirts?)?|"
     r"collared shirts?|oxfords?|loafers|pencil skirts?|sheath dress|(?:a |wrap )?dress|"
     r"heels|tailored \w+", 2, 4),
    # Smart casual.
    (r"polos?(?: shirts?)?|sweaters?|jumpers?|knitwear|nice (?:shirt|top|sweater|jumper)|"
     r"smart (?:shirt|top)|henleys?|cardigans?|dark jeans|chelsea boots|clean (?:sneakers|"
     r"trainers)", 1, 4),
    # Casual: on their own they make an outfit casual; jeans can still go up to business
    # casual with a blazer, a t-shirt or hoodie to smart casual at most.
    (r"jeans|denim|sneakers|trainers", 0, 2),
    (r"t-?shirts?|tees?|graphic tees?|hoodies?|hooded (?:top|sweatshirt)|sweatshirts?|"
     r"baseball caps?|caps?|leggings", 0, 1),
    # Clearly casual: they pull the whole outfit down.
    (r"shorts|flip[- ]?flops|sandals|sweatpants|sweats|joggers|track ?suits?|gym (?:clothes|"
     r"gear|kit)|workout (?:clothes|gear)|athletic wear|pyjamas|pajamas|tank tops?|"
     r"swimsuits?|crop tops?", 0, 0),
    (r"casual(?: clothes| wear| outfit)?", 0, 4),
]
_PATTERNS = [(re.compile(rf"\b(?:{p})\b"), level, cap) for p, level, cap in _GARMENTS]
# "no tie", "without a blazer": a garment that is explicitly not worn says nothing.
_NEGATED = re.compile(r"\b(?:no|without|not wearing|minus|forgot)\b[^,;.]*?"
                      r"(?=[,;.]|\band\b|\bbut\b|\bwith\b|$)")


def attire_level(text: str | None) -> int | None:
    """The outfit's level on the dress scale (casual 0 .. formal 4), or None if unknown."""
    if not text or not text.strip():
        return None
    t = _NEGATED.sub(" ", text.lower().replace("\u2019", "'"))
    level: int | None = None
    cap = DRESS_LEVEL["formal"]
    for pattern, garment_level, garment_cap in _PATTERNS:
        if pattern.search(t):
            level = garment_level if level is None else max(level, garment_level)
            cap = min(cap, garment_cap)
            t = pattern.sub(" ", t)  # "business casual" must not be read again as "casual"
    if level is None:
        return None
    return min(level, cap)


def underdressed(attire: str | None, dress_code: DressCode) -> bool:
    """True when the outfit is known and more than the code's tolerance below it."""
    level = attire_level(attire)
    if level is None:
        return False
    return level < DRESS_LEVEL[dress_code] - _TOLERANCE[dress_code]
