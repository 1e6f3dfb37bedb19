"""Asking whom else to talk to: the referral ask career guides say to end a meeting with.

However it is worded, the ask has three parts in one sentence: other people ("anyone",
"another forecaster", "other vets", "a friend electrician", "who", "whose brain"); a way
of reaching them that runs between them and me ("I should talk to", "I could call", "give
me half an hour", "hear from me", "point me to", "worth a phone call", or what they would
do in my place: "who would you call if you were me?"); and a request (a question, or "I'd
love an introduction", "if someone comes to mind"). Merely mentioning people ("do you
still talk to people from the paper?", "who else was on the project?", "my friend told me
to talk to you") has no way of reaching them for me. Works on normalised text
(simulator.words.normalise); the caller sets aside introductions to whoever hires, which
are job requests.
"""

from __future__ import annotations

import re

from simulator.phrases import NOT_A_PERSON, SENTENCE_BREAK, rx
from simulator.questions import asks_question

# People named by what they are to me or what they do, singular or plural.
_PERSON = (rf"(?:{NOT_A_PERSON}[a-z]+(?:er|or|ist|yst|ian|ant|ary)s?|persons?|people|nurses?|"
           r"colleagues?|contacts?|folks|friends?|mentors?|peers?|alumn(?:i|us|a|ae)|grads?|"
           r"graduates?|students?|residents?|agents?|vets|veterans?|pms?|names|others|guys|gals)")
PEOPLE = rx(
    r"\b(?:who|whom|whose \w+)\b",
    r"\b(?:anyone|anybody|someone|somebody|people|others|folks|names|contacts|one else)\b",
    # "another forecaster", "any PM friends", "a couple of HR folks", "other vets"
    rf"\b(?:an?|any|another|other|some|a couple of|a few|one or two|(?:one|some|any) of (?:your|"
    rf"the)|which)(?: [\w-]+){{0,3}}? {_PERSON}\b",
    # Plural, with no determiner: "are there colleagues of yours...", "engineers you know".
    rf"\b(?:colleagues|friends|contacts|peers|alumni|mentors|vets|veterans|{NOT_A_PERSON}[a-z]+"
    r"(?:er|or|ist|yst|ian|ant)s)\b",
    r"\b(?:another|other) (?!than\b)[\w-]+\b", rf"\bfriends? {_PERSON}\b",
)
_THEM = re.compile(r"\b(?:them|him|her)\b")
# How far apart (in characters, about a dozen words) the people and the way of reaching
# them may be.
_NEAR = 80
# Reaching someone, as I would do it.
_REACH = (r"(?:talk|talking|speak|speaking|chat|chatting|meet|meeting|call|calling|ring|phone|"
          r"email|message|ping|contact|reach|reaching|connect|ask|learn from|follow up|"
          r"get in touch|touch base|grab coffee|grab a coffee|have (?:a )?coffee|sit(?:ting)? down|"
          r"sat down|knock|bother|look up|approach|write to|pick|go see|visit|meet with|"
          # as people say it: "who else should I hit up?", "...I have a yarn with?"
          r"hit up|have a (?:yarn|word|natter|chinwag|chat) with|"
          # formally: "a colleague whom you would recommend I consult"
          r"consult|confer with)(?:s|ed|ing)?")
_REACHING = rx(
    # I reach them: "I should talk to", "I could call", "for me to contact", "I can ask".
    # Not "what I'm asking is whether a new grad can...", nor "the reason I ask about travel
    # is...": the asking frames my own question.
    # (Not someone else reaching me: "I'm the person they ask".)
    rf"(?<!\bwhat )(?<!\breason )(?<!\bwhy )\b(?:i|me)\b(?: (?!what\b|they\b|he\b|she\b|"
    rf"everyone\b|everybody\b|people\b)\w+){{0,4}}? {_REACH}\b",
    # They give me their time: "talk to me", "hear from me", "give me half an hour",
    # "take a call from me", "let me ask them".
    r"\b(?:talk|speak|chat|meet) (?:to|with) me\b", r"\bhear(?:ing)? from me\b",
    # Their time, not something else they give: "give me a rough figure for..." reaches no one.
    r"\b(?:give|spare|offer) me (?:some|a few|half|an|a|their|his|her|ten|twenty|thirty) "
    r"(?:[\w-]+ ){0,2}?(?:minutes?|hours?|time|call|ring|chat|coffee|moment|slot|meeting|"
    r"conversation|word|intro|introduction|look-in)\b",
    r"\btake a call from me\b", r"\blet me (?:ask|talk|call|pick)\b",
    r"\b(?:mind|up for|open to) (?:an? )?(?:quick |short )?(?:call|chat|coffee|email|message|"
    r"question|few questions)\b",
    # Good to reach, for me: "who'd be good to talk to next?"
    r"\b(?:good|worth|useful|helpful|best|smart) (?:for me )?to (?:talk|speak|chat|meet|reach|"
    r"call|contact|ask)\b",
    # Names are for reaching people: "any names you have of folks who..."
    r"\b(?:take|get|have|grab|pass|share|send|give) (?:me )?(?:any |a few |some |a couple of |"
    r"a )?names?\b",
    # ...welcomed: "I'd be glad of any names", "grateful for a name or two".
    r"\b(?:glad|grateful|thankful|happy|delighted) (?:of|for|to have|to get) (?:any |a few |some |"
    r"a couple of |a )?names?\b",
    # ...handed over after them: "any names you could send my way", "names you'd share?"
    r"\bnames?\b(?: [\w']+){0,6}? (?:(?:pass|send|give|forward|hand)(?:s|ed|ing)?|gave|sent) "
    r"(?:me|my way|along|on|over)\b",
    r"\bnames?\b(?: [\w']+){0,6}? (?:share|sharing|pass along|pass on|passing on)\s*(?:[,?.!]|$)",
    # Willing to meet, maybe over something: "up for grabbing coffee", "open to a quick call".
    r"\b(?:open|willing|happy|glad|up) (?:to|for) (?:(?:grab|grabbing|have|having|get|getting) )?"
    r"(?:an? )?(?:quick |short |brief |informal |little )?"
    r"(?:chat|chatting|talk|talking|call|coffee|conversation|meeting|questions|hearing)\b",
    # What you would do in my place, in either order: "who would you call if you were me?",
    # "who are the two people you would call next?"
    rf"\b(?:(?:would|should|could|might) you|you (?:would|should|could|might)) (?:\w+ ){{0,3}}?"
    rf"{_REACH}\b(?=.*\b(?:if you were me|if i were you|in my (?:place|position|shoes)|you were "
    r"in my|next|if you were starting (?:over|out|again|now|today))\b)",
    rf"^(?:if you were (?:me|in my \w+)|in my (?:place|position|shoes)),? .*\b(?:(?:would|should) "
    rf"you|you (?:would|should)) (?:\w+ ){{0,3}}?{_REACH}\b",
    # Reaching them as a thing worth having: "worth a phone call", "I'd love an intro".
    r"\bworth (?:my |me )?(?:an? )?(?:phone call|call|chat|coffee|conversation|talking|speaking|"
    r"reaching out|contacting|meeting|time)\b",
    # Some of my time: "worth fifteen minutes of my time", "worth an hour of my time".
    r"\bworth (?:(?:a few|a couple of|half an|an?|[\w-]+) )?(?:minutes?|hours?) of my time\b",
    r"\b(?:an? )?(?:intro|introduction)s?\b",
    # Someone to reach, or for my list: "who else should be on my list to talk to?"
    r"\bto (?:talk|speak|chat|meet) (?:to|with)\s*(?:[?.!,]|$|next\b)",
    r"\b(?:on|to|for) my (?:list|radar)\b",
    r"\bwhose (?:brain|door|ear|number)\b.*\b(?:should i|would you|could i|can i|do i|to)\b",
    # Their view sought by me: "anyone else whose perspective you would suggest I seek?"
    r"\bwhose (?:perspectives?|views?|advice|input|thoughts|takes?|opinions?|insights?|counsel)\b"
    r"(?: [\w']+){0,5}? i (?:(?:should|could|might|ought to|may|can|would|must) )?(?:seek|seek out|"
    r"get|hear|ask for)\b",
    # Whoever I might see next: "someone you think I could pester next".
    r"\b(?:i|me) (?:could|should|might|can|ought to|to) (?:\w+ )?\w+ (?:next|after you|after this)\b",
)
# People as the one I would do something to or with next, whatever the verb: "anybody else
# you think I should bug?", "anyone at the meetups you would say I should look out for?",
# "someone in your world I ought to hear from". The people head the clause; between them
# and me only where they are and what you think may stand ("what do people think I should
# do?" has people thinking, not people for me).
_PEOPLE_FOR_ME = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|who|whom|people|folks|others|colleagues|contacts|"
    r"friends|names|peers|alumni|mentors|veterans|vets)(?: else)?"
    r"(?: (?:at|in|on|from|of|with|around|across|inside|within|among|near)(?: [\w'-]+){1,6}?)?"
    r"(?: (?:that|who|whom))?"
    r"(?: (?:(?:do|would|did) you|you(?: would| might)?) (?:think|reckon|say|suggest|recommend|"
    r"feel|believe|imagine|know))?"
    r" (?:i|me) (?:should|ought to|could|might|must|need to|have to|can|may|would)\b(?! not\b)")
# A reaching whose preposition is left at the end of the clause points back at people named
# earlier, however far: "who do you know that went from X into Y, that I might reach out to?"
_STRANDED = re.compile(r"(?: out| up| in| down)?(?: (?:to|with|from|for))?\s*(?:[?.!,;]|$)")
# Reaching out that led to this meeting, not to the next one: "my adviser told me to reach
# out", "the reason I wanted to meet", "...get in touch with you".
_THIS_MEETING = re.compile(r"\b(?:told|asked|advised|encouraged|suggested|said|wanted|hoped|"
                           r"came|reached)\b")
_TO_YOU = re.compile(r"\s*(?:(?:to|with|out to) )?(?:you|yourself)\b")
# People they know who made a move, asked for: "who do you know that went from paralegal
# work into privacy?", "do you know anybody who made the switch late?". Spoken, the reaching
# that would follow ("..., that I might reach out to?") may be cut off at a comma's pause.
_PEOPLE_THEY_KNOW = re.compile(
    r"\bwho (?:else )?do you know (?:that|who|from|at|in|on|with)\b|"
    r"\b(?:do|would) you (?:happen to )?know (?:of )?(?:anyone|anybody|someone|somebody|any [\w-]+s) "
    r"(?:else )?(?:that|who) (?:came|went|moved|switched|made|did|got|left|changed|"
    r"transitioned|started|has (?:made|done|moved|switched))\b|"
    # Someone else, besides them, who did it: "is there anybody else who's made the jump?"
    r"\b(?:is there|are there|any) (?:anyone|anybody|someone|somebody|people|others) else "
    r"(?:who|that) (?:has |have |is )?(?:made|came|come|went|gone|moved|switched|done|did|left|"
    r"changed|transitioned|started|got|gotten)\b")
# Asking them to name people for me: "could you suggest one or two people who...".
_NAME_PEOPLE = re.compile(
    rf"\b(?:suggest|recommend|name)(?: me)? (?:(?:an?|any|some|one|two|three|a few|a couple of|"
    rf"one or two|two or three)(?: (?!(?:for|of|to|with|on|about|in)\b)[\w-]+){{0,2}}? {_PERSON}|"
    r"someone|somebody|anyone|anybody|(?:some |a few )?names)\b|"
    # Being put in touch names people, whoever the recognizer made of "who": "what do you put
    # me in touch with?", "what do you recommend I reach out to?" (no one reaches out to a
    # thing)
    r"\b(?:put|get|putting|getting) me in (?:touch|contact) with\b|"
    r"^\W*(?:(?:and|so|okay|ok)\W+)*what (?:do|would|could) you (?:recommend|suggest|think) i "
    r"(?:should )?(?:reach out to|talk to|speak (?:to|with)|get in touch with)\s*\?")
# You pointing me to them: the people follow ("point me to a couple of HR folks").
_POINT_ME = re.compile(r"\b(?:point|pointing|send|sending|steer|direct|refer|referring|introduce|"
                       r"introducing|connect|connecting|put|putting) me (?:in touch with|to|"
                       r"toward|towards|with|at|in the direction of)\b(?P<rest>.*)")
_HEAD_END = re.compile(r"\b(?:on|about|for|in|from|at|who|that|which|with|by|like)\b")
# Nothing named after "point me to": the people came first ("anyone you'd point me to?").
# A purpose after it names nobody either: "a veteran you'd point me toward to talk to?"
_NOTHING_AFTER = re.compile(rf"^\W*(?:(?:then|next|first|too|as well|at all|please|now|maybe|"
                            rf"to {_REACH}(?: to| with)?)\W*)*$")
# A request, when the sentence is no question: "I'd love an introduction", "if someone
# comes to mind, that would be wonderful", "names of anyone else I should bother".
# ("I love talking to users" says what I enjoy: loving and liking ask only as wishes.)
_REQUEST = re.compile(r"\bi would (?:\w+ )?(?:love|like|appreciate|welcome|be grateful)\b|"
                      r"\bi (?:\w+ )?(?:appreciate|welcome)\b|"
                      r"\bi would be (?:\w+ )?(?:grateful|thankful|glad|delighted|happy|keen)\b|"
                      r"\b(?:happy|glad) to (?:take|get|have|hear)\b|"
                      r"\bcomes? to mind\b|\bnames of\b|\bplease\b|\b(?:could|would|can) you\b|"
                      r"\bthat would be (?:great|wonderful|amazing|helpful|lovely|brilliant)\b|"
                      # Asked short, its question mark lost: "And somebody else I can talk to,
                      # somebody who knows the papers."
                      r"(?:^|, )(?:(?:and|so|okay|ok|also|maybe),? )*(?:someone|somebody|anyone|"
                      r"anybody) else (?:that |who |whom )?i (?:can|could|should|might|ought to)\b")


# Things to learn from rather than people: a book, a course, a newsletter.
_RESOURCES = re.compile(
    r"\b(?:books?|courses?|classes|class|newsletters?|podcasts?|resources?|websites?|sites?|"
    r"blogs?|articles?|readings?|reading list|materials?|textbooks?|videos?|youtube|"
    r"certifications?|certificates?|programs?|programmes?|bootcamps?|tutorials?|journals?|"
    # things to practise on: "any public datasets you'd suggest I practise on?"
    r"datasets?|data sets?|exercises?|practice problems?|case studies|templates?|tools?|"
    # ...or to read of theirs: "any reports, besides yours, you'd suggest I read?"
    r"reports?|papers?|studies|publications?)\b")


# Whom the things are for, not people to meet: "podcasts for someone starting out".
_FOR_WHOM = re.compile(r"\bfor (?:someone|somebody|anyone|anybody|people|beginners|newcomers)"
                       r"(?: (?:like me|starting out|new to [\w-]+|in my (?:shoes|position)))?")


def asks_for_resources(t: str) -> bool:
    """Whether normalised text `t` asks for things to learn from and names no people: "any
    books or newsletters you would point me to?" is no referral ask, however it is put."""
    if not _RESOURCES.search(t):
        return False
    asked = [s for s in SENTENCE_BREAK.split(t) if asks_question(s, frozenset(s.split()))]
    return not any(PEOPLE.search(_FOR_WHOM.sub(" ", s)) for s in asked)


# How I would reach the people just asked about: "I could talk with them", not what I do
# ("In my platoon, if a soldier's struggling, I'm knocking on his door").
_WOULD_REACH = re.compile(r"\b(?:i|we) (?:could|would|might|can|should|will|may|am happy to|"
                          r"want to|hope to|(?:would )?(?:love|like) to)\b")


def asks_for_referral(t: str) -> bool:
    """Whether normalised text `t` asks whom else to talk to."""
    people_before = asked_about_people = False
    for sentence in SENTENCE_BREAK.split(t):
        asked = asks_question(sentence, frozenset(sentence.split()))
        # "Maybe you know someone who came from bookkeeping? I could talk with them." The
        # second sentence says how I would reach the people just asked about.
        if _asks(sentence, asked or asked_about_people and bool(_WOULD_REACH.search(sentence)),
                 people_before):
            return True
        people_before = bool(PEOPLE.search(sentence))
        asked_about_people = asked and people_before
    return False


def _asks(s: str, asked: bool, people_before: bool) -> bool:
    if not (asked or _REQUEST.search(s)):
        return False
    if _NAME_PEOPLE.search(s):
        return True
    pointed = _POINT_ME.search(s)
    if pointed:
        # What I am pointed to is people: "a couple of HR folks at...", not "a good book on
        # interviewing users"; or they came first: "anyone you'd point me to at...?"
        head = _HEAD_END.split(pointed["rest"], maxsplit=1)[0]
        if _NOTHING_AFTER.match(head):
            return bool(PEOPLE.search(s[:pointed.start()]))
        return bool(PEOPLE.search(head))
    if _PEOPLE_FOR_ME.search(s) or _PEOPLE_THEY_KNOW.search(s):
        return True
    # One's list of questions reaches no one: "Question one on my list: what does an
    # analyst do?" (unlike "who else should be on my list?"); nor does asking leave to ask:
    # "Who keeps the lights on at Keystone, if I may ask?"
    s = ASKING_LEAVE.sub(" ", _MY_QUESTION_LIST.sub(" ", s))
    people = [m.start() for m in PEOPLE.finditer(s)]
    if people_before:
        people += [m.start() for m in _THEM.finditer(s)]
    # The people and the reaching belong together, not at two ends of a monologue, unless
    # the reaching ends the clause and so points back at them.
    return any(abs(p - r.start()) <= _NEAR or (p < r.start() and _STRANDED.match(s, r.end()))
               for p in people for r in _REACHING.finditer(s) if not _reaches_this_meeting(s, r))


ASKING_LEAVE = re.compile(r"\bif (?:i|we) (?:may|might|can|could) ask\b|\bif you do not mind me "
                           r"asking\b")
_MY_QUESTION_LIST = re.compile(r"\b(?:question|item|point|thing|topic|first|second|third|next|"
                               r"last|number)s? (?:[\w-]+ )?(?:on|from|of) my list\b")


def _reaches_this_meeting(s: str, reach: re.Match[str]) -> bool:
    """The reaching is how this meeting came about, or reaches them."""
    lead_in = " ".join(s[:reach.start()].split()[-2:])
    return bool(_THIS_MEETING.search(f"{lead_in} {reach.group()}")
                or _TO_YOU.match(s, reach.end())
                or reach.group().endswith("ask") and _LEAVE_TO_ASK.match(s[:reach.start()]) is not None)


# Asking leave to ask them, first thing in the sentence: "could I ask, um, what separates the
# engineers you rate...?"
_LEAVE_TO_ASK = re.compile(r"^\W*(?:(?:so|and|okay|ok|um|uh|sorry|oh|but|well|actually|also|first),?\s+)*"
                           r"(?:can|could|may|might|if)\s*$")
