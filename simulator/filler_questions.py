"""Questions that keep a conversation going rather than ask about the work.

Checking one was understood ("does that make sense?", "you know what I mean?"), asking them
to repeat something or define a word ("sorry, what do you mean by discovery?"), rhetorical
questions ("who doesn't want...?", "crazy how..., isn't it?") and small talk ("how's your
week going?", "did you find the place okay?") all end in a question mark, but none is one
of the thoughtful questions a meeting should have; a view checked with a tag ("so
networking matters more than certificates, right?") still is. Works on normalised text
(simulator.words.normalise).
"""

from __future__ import annotations

import re

from simulator.phrases import rx, word_set
from simulator.questions import asks_question

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_END = r"\s*[?.!]*"
# Checking one was understood: set aside, so the question it follows still counts ("how did
# you move into product, does that make sense?").
_CHECK_IN = rx(
    rf",?\s*\b(?:does|did) (?:that|this|it|any of that|all that) (?:make|makes) (?:any )?sense\b{_END}",
    rf",?\s*\b(?:if|hopefully) (?:that|this|it) makes (?:any )?sense\b{_END}",
    rf",?\s*\b(?:am i|is this|is that|is it) making (?:any )?sense\b{_END}",
    rf",?\s*\b(?:do you |you |if you )?(?:know|see|get) what i mean\b{_END}",
    rf",?\s*\bdid i (?:say|pronounce|get) (?:that|it|your name) (?:right|correctly)\b{_END}",
    r",?\s*\b(?:you know|are you with me|with me)\s*\?",
    rf",?\s*\b(?:i )?hope (?:that|this|it) is not (?:a |too )?(?:dumb|stupid|silly|weird|basic|"
    rf"obvious)(?: question)?{_END}",
)
# Asking them to repeat or explain a word: following, not asking about the work ("what does
# success mean for you?" asks about it).
_CLARIFYING = rx(
    r"\bwhat (?:do|did) you mean\b", r"^(?:\w+,? )?(?:so |wait,? )?you mean\b",
    r"\bis (?:that|this) the right (?:word|term|name)\b",
    r"\b(?:did|have) i (?:get|got|understand|understood) (?:that|it|you) right\b",
    r"\bwhat (?:does|do|did|is) (?:[\w'-]+ ){1,4}(?:mean|stand for)\b"
    r"(?! (?:for|to) (?:you|me|someone|people|them)\b| in practice\b)",
    r"\b(?:can|could|would) you (?:please )?(?:repeat|rephrase|spell|say (?:that|it|the \w+) "
    r"again|go over (?:that|it) again)\b",
    r"\b(?:say|repeat) (?:that|it) again\b", r"\bcome again\b", r"^(?:sorry|pardon|what)\W*$",
    r"\bwhat (?:was|is) (?:that|the (?:[\w'-]+ ){1,2}(?:you (?:used|said|mentioned|called)))\b",
    r"\bwhat (?:was|is) (?:[\w'-]+ ){1,5}again\b",
    r"\bi (?:did not|do not think i) (?:catch|hear|get) (?:that|the last|what you)\b",
    r"\bsorry,? (?:i )?(?:missed|lost) (?:that|you|the)\b",
)
# Asked for effect, expecting no answer.
_RHETORICAL = rx(
    r"^(?:\w+ )?who (?:does not|would not|could not|does|would) (?:want|love|like|need|enjoy|"
    r"say no to)\b",
    r"^(?:(?:it is|so|and|but) )?(?:crazy|funny|wild|amazing|insane|incredible|weird|strange|"
    r"nuts|wonderful) how\b",
    r"\bis not (?:that|it|this) (?:just )?(?:wild|crazy|funny|something|amazing|great|insane|"
    r"nuts|the best|the worst|ironic|typical)\b",
    r"\bwho knew\b", r"\bwhat can you do\b", r"\bhow (?:crazy|cool|funny|wild) is that\b",
    # Asides in a story: "..., which was fine, why not, and then I moved..."
    rf"^(?:\w+ )?(?:who knows|why not|what else|guess what|you know){_END}$",
)
# Pleasantries asked as questions; "how is your week structured?" asks about the work.
_SMALL_TALK = rx(
    r"\bhow (?:is|was|has|have|are) (?:your|the) (?:day|week|weekend|morning|afternoon|"
    r"holidays?|trip|commute|drive|flight|summer|break|vacation|thanksgiving|christmas)"
    rf"(?: (?:been|going|treating you|so far|by the way|then))*,?(?: by the way| so far)?{_END}$",
    rf"\bhow (?:are|have) you(?: been| doing)?(?: today| lately| these days)?{_END}$",
    r"\b(?:did|do|have) you (?:have|had|get) (?:a |an )?(?:good |nice |great |lovely |restful |"
    r"relaxing |fun )?(?:weekend|holidays?|break|vacation|trip|thanksgiving|christmas|summer|"
    r"time off|fourth of july|new year|easter|eid|diwali|hanukkah|bank holiday|long weekend|"
    r"memorial day|labor day)\b",
    # Terse: "busy day today?", "good weekend?"
    rf"^(?:\w+ )?(?:busy|good|nice|long|quiet|hectic|crazy) (?:day|week|weekend|morning|shift|"
    rf"night|holiday|trip)(?: today| so far| then)?{_END}$",
    r"\bdid you (?:find|get to|get here|make it)(?: [\w']+){0,3}? (?:ok|okay|alright|all right|"
    r"fine|easily|in time)\b",
    # Their life outside work: "how old are your kids?", "is that your dog in the photo?"
    r"\bhow old (?:are|is) your\b", r"\b(?:are you|is your family) (?:from|originally from)\b",
    r"\b(?:is|are) (?:that|those|these|this) your (?:dog|cat|kids|children|family|son|daughter|"
    r"wife|husband|partner|pets?)\b",
    r"\bhow (?:long|far|bad) is (?:your|the) (?:commute|drive)\b",
    r"\bdo you (?:like|enjoy|love) living\b", r"\bdo you live (?:near|nearby|close|around|in)\b",
    r"\bis it (?:still |always )?(?:this )?(?:raining|snowing|cold|hot|sunny|busy|quiet|"
    r"loud)\b(?! (?:in|on|at|during|for) )",
)

# A tag left alone once the remark it was on is set aside: "crazy how..., isn't it?"
_BARE_TAG = re.compile(r"(?:is|was|are|were|do|does|did|has|have|had) not (?:it|you|that|she|he|"
                       r"they|there|this)|right|correct|true|yes|no|eh|yeah")


def earnest_questions(t: str) -> list[str]:
    """The sentences of normalised text `t` that ask something in earnest."""
    earnest = []
    for sentence in _SENTENCE.split(_CHECK_IN.sub(" ", t)):
        s = sentence.strip(" ,")
        if not s or not asks_question(s, word_set(s)):
            continue
        clauses = [c.strip() for c in s.split(",")]
        kept = [c for c in clauses if not (_CLARIFYING.search(c) or _RHETORICAL.search(c)
                                           or _SMALL_TALK.search(c))]
        if len(kept) < len(clauses):
            kept = [c for c in kept if not _BARE_TAG.fullmatch(c.rstrip(" ?"))]
        if len(kept) < len(clauses):
            # What is left must ask by its own words, not by the question mark the
            # pleasantry ended with: "sorry, what do you mean, how do you run it?"
            s = ", ".join(kept).rstrip(" ?")
            if not s or not asks_question(s, word_set(s)):
                continue
        earnest.append(s)
    return earnest
