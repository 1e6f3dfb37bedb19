"""Whether a user turn asks a question, however it is punctuated (or not) and phrased.

Works on normalised text (simulator.words.normalise): speech recognisers drop question
marks, so a question is recognised by how its clauses open ("what...", "do you...") or by
the statements people ask with ("I was wondering...", "tell me about...").
"""

from __future__ import annotations

import re

from simulator.phrases import SENTENCE_BREAK, Rule, rx

# Where a new clause may begin without punctuation ("thanks and what does...").
_CLAUSE_BREAK = re.compile(r"[,.;:!?]+\s*|\b(?:and|so|but|(?<!\bi )(?<!\bwe )(?<!\bthey )also|okay|"
                           r"ok|thanks|thank you|yeah|oh|wow)\b\s*")
# Words a spoken question may open with before the question proper ("great, what...").
_OPENERS = r"(?:(?:great|cool|right|well|now|then|sure|alright|all right|perfect|got it) )*"
_WH = r"(?:what|how|why|when|where|who|whom|which|whose)"
_SUBJECT = r"(?:i|you|we|they|he|she|it|that|this|people)\b"
_AUX = (r"(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|have|has|had|may|"
        r"might|am)")
# Leave asked to say something, not a question: "may I say how much I admire what you have
# built", "can I just say what a pleasure this is".
_COURTESY = r"(?:may|can|might) i (?:just |first |also )?(?:say|add) (?:how|what)\b"
_ASKS_LEAVE_TO_SAY = re.compile(rf"^\W*(?:[\w']+,? ){{0,3}}?{_COURTESY}")
# A clause that opens like a question: "what...", "how come...", "do you...", "is there...".
_DIRECT_QUESTION = rx(
    rf"{_OPENERS}{_WH}\b(?! {_SUBJECT})(?! a\b)(?! (?:great|cool|interesting|nice|lovely|funny|"
    r"fascinating|amazing|wonderful|exciting)\b)"
    # What a thing does, said as the subject of "is": "what takes my time is the people",
    # "what matters is..." (a statement; "what takes the most time?" asks).
    # (Not an auxiliary: "what does your team think is hardest" asks.)
    # "What pulled me toward research was a small thing", "what drew me in was" likewise.
    r"(?! (?!(?:does|is|was|has)\b)[\w']+(?:s|ed)(?: [\w']+){0,4} (?:is|was)\b)"
    r"(?! (?!(?:does|do|did|is|was|has|have|had|would|will|can|could|should)\b)[\w']+ me"
    r"(?: [\w']+){0,4} (?:is|was)\b)",
    rf"{_OPENERS}how come\b",
    # The second of two alternatives, its question mark lost: "..., or do they just want to
    # see a case study."
    rf"or {_AUX} (?:not )?(?:you|i|it|there|they|we|he|she|people)\b(?! (?:know|think|mean)\b)",
    rf"{_OPENERS}(?!have a (?:great|good|nice|lovely|wonderful) )(?!{_COURTESY}){_AUX} (?:not )?"
    r"(?:you|your|i|it|there|that|the|they|we|he|she|this|a|an|any|people|someone|anyone|most|"
    r"many|some)\b",
)
# Questions asked as statements: "I was wondering...", "can you tell me...".
_EMBEDDED_QUESTION = Rule(
    "wondering tell love like interested keen curious understand learn know hear mind walk "
    "advice tips thoughts suggestions take share explain describe give say recommend suggest "
    "help introduce connect pass put keep refer send forward talk look wonder eager grateful "
    "appreciate view views opinion perspective ask asking getting trying find question wondered",
    r"\b(?:i was|i am|i have been|just) wondering\b", r"\bwondering (?:if|whether)\b",
    r"\b(?:can|could|would|will) you (?:please )?(?:tell|share|walk|talk|explain|describe|give|"
    r"say|recommend|suggest|help|introduce|connect|pass|put|keep|refer|send|forward|mind)\b",
    r"\btell me (?:about|more|how|what|why|when|where|who|a bit|a little|something)\b",
    # "I'd love to hear your story", "...to know how" (not "I'd love to learn the ropes").
    rf"\b(?:i would|i) (?:really )?(?:love|like) to (?:hear|ask|(?:know|learn|understand) "
    rf"(?:{_WH}|whether|if|about|more))\b",
    r"\b(?:i would be|i am) (?:really )?(?:interested|keen|curious) (?:to|in) "
    r"(?:hear|know|learn|hearing|knowing|learning)\b",
    r"\bi am (?:really )?curious (?:about|what|how|why|if|whether|to)\b",
    # "I'd be curious whether...", "I've always wondered what..." (not "he wondered why").
    r"\b(?:curious|wonder) (?:if|whether)\b",
    rf"\bi (?:have |had )?(?:always |often |long |sometimes |really )?wondered (?:about |"
    rf"(?:{_WH}|whether|if)\b)",
    rf"\b(?:want|wanted|hoped|hoping|trying) to (?:understand|learn|know|hear) {_WH}\b",
    r"\bdo you mind (?:sharing|telling|explaining|if)\b", r"\bwalk me through\b",
    # The question named, then asked: "What I'd really like to know is which...", "my main
    # question is whether...".
    r"\bwhat i (?:would |should |really |most |actually )*(?:like|love|want|wanted|need) to (?:know|"
    r"understand|ask|learn|find out|hear about) (?:is|was)\b",
    r"\bwhat i am (?:really |most |actually )*(?:wondering|curious about) (?:is|was)\b",
    # ...and the question framed: "so what I'm asking is whether a new grad can..." (not "I
    # know what I'm asking is a lot").
    rf"\bwhat i am (?:really |actually |basically )*(?:asking|getting at|trying to (?:ask|find "
    rf"out|figure out|work out|understand)) (?:is|was),? (?:{_WH}|whether|if)\b",
    rf"\bmy (?:\w+ )?question (?:is|was),? (?:{_WH}|whether|if)\b",
    # "What does X look like?" even when the recognizer loses the "what" ("Well, it does a
    # typical day look like for you").
    r"\b(?:does|do|did|would|will)\b(?: \w+){1,6} look like\b",
    r"\b(?:any|what is your|what are your) (?:advice|tips|thoughts|suggestions|take)\b",
    # Curiosity said as a statement, with or without "I": "Keen to hear what...", "Curious
    # what...", "I wonder how...", "Interested to know how...", "I'm interested in how...".
    rf"\b(?:curious|keen|interested|eager|wonder)(?: (?:to|in|about))?(?: (?:hear|"
    rf"know|learn|understand|find out|ask))?(?: (?:more )?about)? {_WH}\b",
    # "Love to hear how...", but not a likeness: "something like what you do".
    rf"\b(?:love|like) to (?:hear|know|learn|understand|find out|ask)(?: (?:more )?about)? "
    rf"{_WH}\b",
    r"\b(?:curious|keen|interested|eager)(?: to)? (?:hear|know|learn|understand|find out|ask) "
    r"(?:whether|if)\b", r"\bi wonder (?:if|whether)\b",
    # Asking for their view on something: "Would love your take on...", "I'd be grateful for
    # your thoughts on..."
    r"\b(?:love|like|appreciate|grateful for|welcome|interested in|keen on|curious about|value) "
    r"(?:your|any) (?:\w+ )?(?:take|thoughts|view|views|opinion|perspective|advice|sense|read)\b",
    # Asked outright: "Explain to me how...", "Please say me what..."
    rf"(?:^|[.!?,]\s*)(?:please |so |and |now )?(?:explain|describe|tell|say|share|talk me through|"
    rf"fill me in on)(?: to)?(?: me| us)? {_WH}\b",
)


# A statement turned into a question by a tag, as people check a fact: "...in 2019, right",
# "...headquartered there, I assume" (not "that's right", "sounds right" or "all right", nor
# an acknowledgement: "right, right", "okay, right").
CONFIRMING_TAG = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!sounds)(?<!seems)(?<!looks)(?<!feels)(?<!exactly)"
    r"(?<!\ball)(?<!quite)(?<!just)(?<!\bright)(?<!\byeah)(?<!\bokay)(?<!\bok)(?<!\byes)"
    r"(?<!\bright,)(?<!\byeah,)(?<!\bokay,)(?<!\bok,)(?<!\byes,)(?:,\s*|\s)"
    r"(?:right|correct|is that (?:right|correct|true)|"
    r"am i right|is that so|if i am not mistaken|if i (?:remember|recall)(?: (?:right|rightly|"
    r"correctly))?|i (?:assume|presume|gather|take it)|(?:is|was|are|were|do|does|did|has|have|"
    r"had) not (?:it|you|that|she|he|they|there))\s*[?.!]*$")

# An alternative that only hedges a guess at a fact: "is Saint Brendan's a trauma center, or is
# that a different hospital?", "..., or am I thinking of somewhere else?". What is asked is
# the guess; so is "..., or was your degree in something else?".
HEDGED_ALTERNATIVE = re.compile(
    r",?\s*\bor (?:(?:(?:is|was|are|were) (?:that|it|this|they|those) )?(?:(?:a |an |some )?(?:different|"
    r"another|other) (?:one|ones|person|people|place|hospital|company|firm|organi[sz]ation|team|"
    r"department|unit|office|site|agency|bank|school|city|center|centre|group|lab|paper|"
    r"newspaper|outlet|shop|store|branch|practice|clinic)s?|somewhere else|someone else|"
    r"elsewhere|one of the others)|(?:[\w']+ ){0,5}?(?:something|anything) else(?: entirely| altogether)?|"
    r"am i (?:thinking of|mixing (?:it |that |them )?up with|confusing (?:it |that |"
    r"them )?with))\b[^?.!]*(?=[?.!]|$)")


# A relative clause mid-sentence: "..., which was fine, and then I moved...", "..., which maybe
# says something about my job", "..., who told me to reach out". A question after a comma
# turns its verb round: "..., which one would you pick", "..., when do you start".
_ASKED_OF = (r"(?:you|your|i|it|there|that|the|they|we|he|she|this|a|an|any|people|someone|"
             r"anyone|most|many|some)\b")
# ("Which one", "which way" choose, as a question does, though the auxiliary is dropped as a
# learner of English may: "union or non-union, which one you think is better".)
_RELATIVE = re.compile(r",\s*(?:which(?! (?:(?:one|ones)(?! of\b)|way|kind|type|part|route|path|"
                       r"option|options|sort|is better|would be better)\b)|who|whom|whose|where|"
                       r"when)\b"
                       rf"(?!(?: \w+)? {_AUX} {_ASKED_OF})[^,.;:!?]*")


# Someone named between commas, then what they did: the verb after the second comma is the
# statement's, not a question ("my career advisor, Ms. Patel, is the one who told me", "a
# former student of mine, Kevin, is an actuary").
_APPOSITIVE = re.compile(r"\b((?:my|our|his|her|their|the|a|an) [\w'-]+(?: [\w'-]+){0,3}), "
                         r"[\w.'-]+(?: [\w.'-]+){0,4}, (?=(?:is|was|are|were|has|had)\b)")


# A sentence that opens on its auxiliary asks, whatever its subject ("Does Keystone take
# interns", "Is programming important"): no statement starts so, bar a dropped subject
# ("Could be worse", "Would love to") and "Do come in".
# (Not "was", "had": "Was great meeting you", "Had a great time there".)
_AUX_FIRST = re.compile(r"^(?:(?:so|and|okay|ok|also),? )?(?:do|does|did|is|are|were|can|could|"
                        r"would|will|should) (?!(?:not|be|been|being|have|do|so|too|as|to|love|"
                        r"like|appreciate|say|come|go|help|make|need|great|good|nice|fine)\b)"
                        r"[\w'-]+ [\w'-]+")


# "So did the banks.": someone else too, not a question (short, and of no "you").
_SO_DID = re.compile(r"^so (?:do|does|did|is|are|was|were|have|has|had|can|could|would|will) "
                     r"(?!(?:you|i|we|they|he|she|it|your|that|this|there)\b)(?:[\w'-]+ )?[\w'-]+\W*$")


# A clause saying when, before a statement's subject: "When the actuaries come down to ask why
# the numbers look odd, I'm the person they ask" (not "When you hire, do you look at...").
_SETS_THE_TIME = re.compile(r"((?:^|[.!;]\s*|,\s*))(?:when|whenever|once|while|as soon as)\b"
                            r"[^,.;:!?]*,(?=\s*(?:i|we|they|he|she|it|there|my|our|that)\b"
                            r"(?! (?:do|does|did|is|are|was|were|can|could|would|will|should)\b))")


# A statement made a question by asking for a view at its end, its mark lost or never said:
# "The electrical work is harder on the body than that, you think." (not "I think").
_VIEW_TAG = re.compile(r",\s*(?:do |would )?you (?:think|reckon|say|agree)\s*[.!]*$|"
                       r",\s*would (?:not )?you say\s*[.!]*$")


def asks_question(t: str, words: frozenset[str]) -> bool:
    """Whether normalised text `t` (with its word set) asks something."""
    if "?" in t and all(_ASKS_LEAVE_TO_SAY.match(s) for s in SENTENCE_BREAK.split(t) if "?" in s):
        t = t.replace("?", ".")  # "May I say how much I admire what you have built?"
    if ("?" in t or _EMBEDDED_QUESTION.search(t, words) or CONFIRMING_TAG.search(t)
            or _VIEW_TAG.search(t)):
        return True
    sentences = [s for s in SENTENCE_BREAK.split(t) if not _SO_DID.match(s)]
    if any(_AUX_FIRST.match(s) for s in sentences):
        return True
    t = " ".join(sentences)
    plain = _SETS_THE_TIME.sub(r"\1", _RELATIVE.sub(",", _APPOSITIVE.sub(r"\1 ", t)))
    return any(_DIRECT_QUESTION.match(clause) for clause in _CLAUSE_BREAK.split(plain) if clause)
