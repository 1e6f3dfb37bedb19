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

from simulator.phrases import SENTENCE_BREAK, rx, word_set
from simulator.questions import CONFIRMING_TAG, asks_question

_WH = r"(?:what|how|why|when|where|who|whom|which|whose)"
_END = r"\s*[?.!]*"
# Checking one was understood: set aside, so the question it follows still counts ("how did
# you move into product, does that make sense?").
_CHECK_IN = rx(
    rf",?\s*\b(?:does|did) (?:that|this|it|any of that|all that) (?:make|makes) (?:any )?sense\b"
    # ...and what the check is about: "does that make sense, what i am going for?"
    rf"(?:,? (?:what|that|how|why) i\b[^?.!]*)?{_END}",
    rf",?\s*\b(?:if|hopefully) (?:that|this|it) makes (?:any )?sense\b{_END}",
    rf",?\s*\b(?:am i|is this|is that|is it) making (?:any )?sense\b{_END}",
    rf",?\s*\b(?:do you |you |if you )?(?:know|see|get) what i mean\b{_END}",
    # Checking their English is followed: "my english is okay, you understand me?"
    rf",?\s*\b(?:do |can |did )?you (?:understand|follow) (?:me|what i (?:mean|am saying))\b{_END}",
    rf",?\s*\bdid i (?:say|pronounce|get) (?:that|it|your name) (?:right|correctly)\b{_END}",
    r",?\s*\b(?:you know|are you with me|with me)\s*\?",
    rf",?\s*\b(?:i )?hope (?:that|this|it) is not (?:a |too )?(?:dumb|stupid|silly|weird|basic|"
    rf"obvious)(?: question)?{_END}",
    # Asking leave after the fact: "..., I guess? Is that okay?", "is that a weird question?"
    r",?\s*\b(?:is|was) (?:that|this) (?:okay|ok|alright|all right|fine|allowed|(?:a |an )?"
    r"(?:weird|dumb|stupid|silly|strange|odd|bad|awkward|fair|okay) (?:question|thing to ask))"
    r"(?: to ask)?\s*[?.!]+",
)
# Asking them to repeat or explain a word: following, not asking about the work ("what does
# success mean for you?" asks about it).
_CLARIFYING = rx(
    r"\bwhat (?:do|did) you mean\b", r"^(?:\w+,? )?(?:so |wait,? )?you mean\b",
    r"\bis (?:that|this) the right (?:word|term|name)\b",
    r"\b(?:did|have) i (?:get|got|understand|understood) (?:that|it|you) right\b",
    r"\bwhat (?:does|do|did|is) (?:[\w'-]+ ){1,4}(?:mean|stand for)\b"
    # (what it means to someone, in practice or from day to day asks about the work)
    r"(?! (?:for|to) (?:you|me|someone|people|them)\b| in practice\b| (?:on a )?day[- ]to[- ]day\b|"
    r" (?:on a )?daily basis\b)",
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
    rf"\bhow (?:is|are|has|have) (?:it|things|everything|life)(?: been)?(?: going| treating you| "
    rf"with you)?(?: today| lately| these days| so far)?{_END}$",
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
    r"\b(?:is|are) (?:that|those|these|this) (?:your|a|an) (?:dog|cat|kitten|puppy|kids|children|"
    r"family|son|daughter|baby|wife|husband|partner|pets?|phone)\b",
    r"\bhow (?:long|far|bad) is (?:your|the) (?:commute|drive)\b",
    r"\bdo you (?:like|enjoy|love) living\b", r"\bdo you live (?:near|nearby|close|around|in)\b",
    r"\bis it (?:still |always )?(?:this )?(?:raining|snowing|cold|hot|sunny|busy|quiet|"
    r"loud)\b(?! (?:in|on|at|during|for) )",
    # Offering to end the meeting: "I should let you go, shouldn't I?", "do you need to get
    # going?"
    r"\b(?:i (?:should|will|had better|would better|better|ought to|can)|shall i|should i) (?:probably )?"
    r"(?:let you go|let you get (?:on|back)|get going|head off|leave you)\b",
    r"\bdo you (?:need|have|want|got) to (?:get going|go|run|head off|leave|get back)\b",
)

# A statement of one's own, said rising with a hedge: "I just wanted to see, I guess?"
_UPTALK = re.compile(r"^(?:(?:and|so|but|um|uh|well|oh),? )*i\b[^?]*,\s*(?:i guess|i suppose|"
                     r"i think|maybe|probably|honestly|i mean)\s*\?$")
# So is what one came for or wants, said rising ("I'm, so I was, I guess I just wanted to,
# sort of, meet an engineer?", "I think I want to do data science?"), and an answer left
# to them ("Just, like, whatever you think is useful?").
_CAME_FOR = re.compile(r"(?:^|[,-] )(?:(?:and|so|but|um|uh|well|oh),? )*(?:i (?:guess|think|suppose),? )?"
                       r"i (?:(?:just|really|sort of|kind of),? )*(?:want|wanted|came|like|liked|"
                       r"am (?:just |only )?here)\b"
                       rf"(?![^?]*\b(?:{_WH}|whether|if)\b)[^?]*\?$|"
                       r"^(?:(?:just|like|um|uh),? )*whatever\b")
_THING_RAISED = re.compile(r"(?:^|, )(?:(?:and|so|oh) )?(?:your|the|that|this) [\w' -]+\?$")
_REMARKED_ON = re.compile(r"\b(?:it|that|them|this one)\b")
# A clause broken off: "is that- sorry", "what do- um".
_CUT_OFF = re.compile(r"[\w' ]*\w-\s*(?:sorry|i mean|um|uh|oh)?\s*[?.!]*")

# Taking a question back: "Never mind, I lost it.", "Forget it.", "Scratch that."
_WITHDRAWN = re.compile(r"^(?:(?:sorry|oh|um|uh|no|actually|okay|ok),? )*(?:never ?mind"
                        r"(?=\s*(?:[,.!]|$| (?:that|it|me)\b))|forget it|"
                        r"forget that|scratch that|ignore (?:that|me)|i (?:lost|forgot) (?:it|my "
                        r"(?:train of thought|thread|question)))\b")

# Asking leave to ask ("can I just ask you things?", "may I ask a few questions?") asks
# nothing yet: the questions are what follows.
_LEAVE_TO_ASK = re.compile(
    r"^(?:(?:so|okay|ok|um|well|oh|and|sorry),? )*(?:(?:can|could|may|might|do you mind if) i|"
    # "would it be alright if I asked one more thing?"
    r"(?:would|is|will) it (?:be )?(?:alright|all right|okay|ok|fine) if i|would you mind if i) "
    r"(?:just |quickly |maybe )?ask(?:ed)? (?:you )?(?:a (?:few|couple of|couple|quick) )?"
    r"(?:some |a |one |my |another )?(?:more )?"
    r"(?:things|something|stuff|questions?|thing|quick one|one|more)?(?: then| now| first| instead| "
    r"here| today)?\W*$")

# Restating their answer to check it ("So basically engineering first gives you credibility.
# Is that fair?") is following, like "did I get that right?": a check on what was said, not a
# new question. A view of one's own checked with a tag still asks ("so networking matters
# more than certificates, right?").
_PARAPHRASE = re.compile(
    r"^(?:(?:right|okay|ok|so|and|yeah|alright|all right|got it|i see)\W+)*(?:so )?(?:basically|"
    r"in other words|what you are saying is|what i am hearing is|if i (?:understand|heard|follow)"
    r"(?: (?:you|that|this))?(?: (?:right|correctly))?|it sounds like|to sum(?: it)? up|"
    r"to summari[sz]e)\b")
_SUMMARY_CHECK = re.compile(
    r"(?:is|would|was) (?:that|this)(?: be)? (?:a )?(?:fair|right|correct|accurate)(?: (?:summary|"
    r"to say|way to put it|way of putting it|read|assessment))?|am i (?:right|close|on the right "
    r"track)|right|correct|yes")
# The second half of a purpose statement: who one is or what one weighs, "and I want to know
# what the first step is", "now I'm thinking of retraining, and I'd like to understand...".
# That is the goal for the meeting, said as what one came to find out, not one of the
# questions asked; "Mostly I want to understand what the job involves" on its own, or "I'd
# love to know...", still asks.
_GOAL_FRAME = re.compile(r"^(?:(?:so|now|well|okay|ok|and|but|anyway|honestly|basically)\W+)*"
                         r"(?:i|my)\b.*?\b(?P<frame>(?:and|so) i (?:really |just )?"
                         r"(?:want|need|would (?:really )?(?:like|love)|am hoping|was hoping|hope) "
                         r"to (?:know|understand|learn|find out|figure out|work out|see))\b")

# A tag the recognizer wrote as a sentence of its own belongs to the one before: "I should
# let you go. Shouldn't I?"
_SPLIT_TAG = re.compile(r"(\w)[.!]\s+((?:is|was|are|were|do|does|did|has|have|had|should|would|could|"
                        r"can|will) not (?:it|you|that|she|he|they|there|this|i|we))\s*\?")
# A tag left alone once the remark it was on is set aside: "crazy how..., isn't it?"
_BARE_TAG = re.compile(r"(?:is|was|are|were|do|does|did|has|have|had) not (?:it|you|that|she|he|"
                       r"they|there|this)|(?:should|shall|will|can) (?:not )?i|right|correct|true|"
                       r"yes|no|eh|yeah")


def earnest_questions(t: str) -> list[str]:
    """The sentences of normalised text `t` that ask something in earnest."""
    earnest = []
    before = ""
    set_aside = False  # the sentence before asked, but nothing in earnest
    sentences = SENTENCE_BREAK.split(_SPLIT_TAG.sub(r"\1, \2?", _CHECK_IN.sub(" ", t)))
    for sentence, then in zip(sentences, [*sentences[1:], ""], strict=True):
        s, said_before, after_aside = sentence.strip(" ,"), before, set_aside
        before, set_aside = s, "?" in s
        if not s or not asks_question(s, word_set(s)) or _follows(s, said_before):
            continue
        # A fragment finishing a question set aside: "Is that a cat? On the shelf behind you?"
        # (one finishing an earnest question follows it: see `_follows`)
        if after_aside and not asks_question(s.rstrip(" ?"), word_set(s)):
            continue
        if _UPTALK.match(s) or _CAME_FOR.search(s):
            continue
        # A thing of theirs brought up rising, then remarked on: "your post about reconciling
        # store sales? I printed it." ("Your library? Is it for time series?" asks.)
        if (_THING_RAISED.search(s) and not _asks_by_words(s) and not then.rstrip().endswith("?")
                and _REMARKED_ON.search(then)):
            continue
        if _WITHDRAWN.match(then.strip()):
            continue  # "And is it, is that- sorry. Never mind, I lost it."
        # Trailing off unasked ("what am I hoping to... um") or asking leave to ask.
        if s.endswith(("...", "\u2026")) or _LEAVE_TO_ASK.match(s):
            continue
        clauses = [c.strip() for c in s.split(",")]
        # (A question word alone opens the question an aside interrupts: "what, in your
        # view, separates...?")
        kept = [c for c in clauses if not (_CLARIFYING.search(c) or _RHETORICAL.search(c)
                                           or _SMALL_TALK.search(c))
                or len(clauses) > 1 and re.fullmatch(_WH, c)]
        if len(kept) < len(clauses):
            # ...nor a false start of what was set aside: "is that, is that a cat?"
            dropped = [c for c in clauses if c not in kept]
            kept = [c for c in kept if not _BARE_TAG.fullmatch(c.rstrip(" ?"))
                    and not any(d.startswith(c.rstrip("- ")) for d in dropped)]
        # Cut off and taken back: "Is that- sorry".
        kept = [c for c in kept if not _CUT_OFF.fullmatch(c)]
        if len(kept) < len(clauses):
            # What is left must ask by its own words, not by the question mark the
            # pleasantry ended with: "sorry, what do you mean, how do you run it?"
            s = ", ".join(kept).rstrip(" ?")
            if not s or not asks_question(s, word_set(s)):
                continue
        set_aside = False
        earnest.append(s)
    return earnest


# Checking whom one is meeting: "Hey, Lorraine, right?", "Hi, Sunita?"
_NAME_CHECK = re.compile(r"(?:(?:hey|hi|hello|oh|so|um),? )?[\w'-]+(?: [\w'-]+)?,? (?:right|yes|"
                         r"yeah|correct|is that right)|(?:hey|hi|hello|oh|um),? [\w'-]+(?: [\w'-]+)?")


def _follows(s: str, said_before: str) -> bool:
    """A question that follows along rather than asks: a one-word echo, reaction or name
    ("Really?", "Nights?", "Lorraine?"; "Why?" still asks), a check on one's summary of
    their answer, or a goal for the meeting framed as what one wants to know."""
    words = s.rstrip(" ?.!").split()
    if len(words) == 1 and not re.fullmatch(_WH, words[0]):
        return True
    if _NAME_CHECK.fullmatch(s.rstrip(" ?.!")):
        return True
    if _PARAPHRASE.match(s) and (CONFIRMING_TAG.search(s) or not _asks_by_words(s)):
        return True
    if _SUMMARY_CHECK.fullmatch(s.rstrip(" ?.!")) and _PARAPHRASE.match(said_before):
        return True
    goal = _GOAL_FRAME.match(s)
    return goal is not None and not s.endswith("?") and not _asks_by_words(
        s[:goal.start("frame")] + "and i know" + s[goal.end("frame"):])


def _asks_by_words(s: str) -> bool:
    """Asks by how it is worded, not by a question mark alone."""
    plain = s.rstrip(" ?")
    return asks_question(plain, word_set(plain))
