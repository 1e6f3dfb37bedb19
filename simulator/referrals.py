"""Asking whom else to talk to: the referral ask career guides say to end a meeting with.

The ask names people (anyone, colleagues, "a newer nurse", "other analysts") and a way of
meeting them (talk to, have a coffee with, learn from, point me towards, connect me
with), in either order and with asides between ("anyone else, at X or elsewhere, you'd
suggest I have a chat with?"). Asking who is on their team, or to be pointed to a book,
names no meeting. Works on normalised text (simulator.words.normalise); the caller sets
aside introductions to whoever hires, which are job requests.
"""

from __future__ import annotations

from simulator.phrases import Rule

# Whom a user might ask to be pointed to.
_PEOPLE = (r"(?:anyone|anybody|someone|somebody|people|others|colleagues|contacts|folks|names|"
           r"other \w+s|any (?:\w+ )?\w+s)")
# A person named by what they do ("a newer nurse", "other analysts", "a former teacher"),
# not comparatives and things that happen to end like a job title ("a better way", "a
# chapter"), nor whoever hires (that is a job request).
_NOT_A_PERSON = (r"(?!(?:better|other|rather|further|either|neither|easier|bigger|smaller|later|"
                 r"earlier|sooner|number|order|paper|letter|chapter|center|centre|water|computer|"
                 r"career|matter|summer|winter|year|hour|door|floor|factor|sector|error|color|"
                 r"colour|behavior|behaviour|restaurant|important|hiring|recruit\w*)\b)")
_PERSON = (rf"(?:{_NOT_A_PERSON}(?:[a-z]+(?:er|or|ist|yst|ian|ant)s?|person|people|nurses?|"
           r"colleagues?|contacts?|folks|friends?|mentors?|peers?|alumn(?:i|us|a|ae)|grads?|"
           r"graduates?|students?|residents?|agents?|someone|somebody|anyone|anybody|others))")
# Asking a third party in: a determiner, up to two describing words, then the person.
_SOMEONE = (rf"(?:an?|any|another|some|other|one or two|a (?:couple|few) of|one of your) "
            rf"(?:[\w-]+ ){{0,2}}{_PERSON}\b")
# Ways of meeting someone to learn from them.
_MEET = (r"(?:talk|speak|reach out|connect|contact|chat|meet|get in touch|approach|look up|email|"
         r"write to|follow up with|learn from|sit down with|(?:have|grab|get|set up) (?:an? )?"
         r"(?:quick |short |brief |informal |little )?(?:chat|word|conversation|coffee|call) "
         r"with)")
# Up to a dozen words of aside between the people and the meeting.
_ASIDE = r"(?:[\s,;'-]+\w+){0,12}?[\s,;'-]+"

REFERRAL = Rule(
    "else introduce connect put who people contacts names colleagues anyone someone somebody "
    "anybody others folks recommend suggest intro introduction introducing connecting putting "
    "other talk speak chat meet point steer direct send there know think",
    r"\bwho else\b(?: \w+){0,8} (?:talk|speak|reach out|connect|meet|contact|chat|ask|recommend|"
    r"suggest|get in touch|touch base|approach|look up|point me|send me|steer me|direct me|"
    r"be (?:good|worth|helpful|useful))",
    # "one else": how a recognizer often hears a quick "anyone else".
    r"\b(?:anyone|anybody|someone|somebody|people|others|colleagues|one) else\b(?: \w+){0,8} "
    r"(?:recommend|suggest|talk|speak|reach out|connect|meet|contact|chat)",
    r"\b(?:introduce|introducing|connect|connecting|put|putting) me (?:to|with|in touch with) "
    r"(?:someone|somebody|anyone|anybody|another|other|others|people|an?|one of|some|any|a few|"
    r"a couple)\b",
    r"\bwho (?:would|do|should|could|might) (?:you )?(?:recommend|suggest|think)\b(?: \w+){0,6} "
    r"(?:talk|speak|reach|connect|contact|chat|meet)",
    rf"\bwho (?:should|could|would|might) i {_MEET}\b",
    # "...you'd suggest I have a chat with", however the start of the question was said.
    rf"\byou (?:would |might |could )?(?:recommend|suggest) (?:that )?i {_MEET}\b",
    # "Is there a newer nurse you think I could speak with?", "any analysts you know who..."
    rf"\b(?:is there|are there|do you know|would you know|could you recommend|can you think of) "
    rf"(?:{_SOMEONE}|{_PEOPLE}){_ASIDE}(?:i|me) (?:should |could |might |can |ought to |to )?"
    rf"{_MEET}\b",
    r"\b(?:other )?(?:people|contacts|names) (?:(?:that|who) )?(?:you think )?(?:i|you would "
    r"recommend i) should (?:talk|speak|reach|meet|connect)",
    r"\bdo you know (?:anyone|someone|somebody|anybody)(?: else)?(?: \w+){0,6} (?:who|that|i) "
    r"(?:could|might|would|should|would be) (?:talk|speak|chat|help|be (?:willing|open|happy)|"
    r"i could|i should)",
    r"\bany (?:other )?(?:contacts|people|names|colleagues) (?:you|that you) (?:would|could|"
    r"might) (?:recommend|suggest|share|introduce)",
    # "Anyone else who made the jump that you'd point me towards?", "point me to a couple of
    # people who..."
    rf"\b{_PEOPLE}(?: else)?\b{_ASIDE}(?:point|send|steer|direct) me (?:to|toward|towards|"
    r"in the direction)",
    rf"\b(?:point|send|steer|direct) me (?:to|toward|towards|in the direction of) "
    rf"(?:{_SOMEONE}|{_PEOPLE}|a (?:couple|few) of people)",
    # Someone they could put me in touch with: "a grad you'd be comfortable connecting me with"
    rf"\b(?:{_SOMEONE}|{_PEOPLE})(?: else)?{_ASIDE}(?:connect|connecting|introduce|introducing|"
    r"put|putting) me (?:with|to|in touch)\b",
    rf"\b{_PEOPLE}(?: else)?\b(?: \w+){{0,8}} worth (?:my |me )?(?:talking|speaking|"
    r"reaching out|chatting|meeting|contacting|an? (?:chat|conversation|call|coffee))",
    # Someone who would talk *with me*: "anybody in your network, maybe at the city, who
    # might be willing to talk with me?", "anyone at other firms who'd be open to a chat?"
    rf"\b{_PEOPLE}(?: else)?\b(?:[\s,;'-]+\w+){{0,14}}?[\s,;'-]+(?:open|willing|happy|glad|up) "
    r"(?:to|for) (?:an? )?(?:quick |short |brief |informal |little )?(?:chat|chatting|talk|"
    r"talking|speak|speaking|conversation|coffee|call|meet|meeting|hear from me|help me)\b",
    rf"\b{_PEOPLE}(?: else)?\b(?:[\s,;'-]+\w+){{0,14}}?[\s,;'-]+(?:i|me) (?:should|could|might|can|"
    rf"ought to|to)? ?{_MEET}\b",
    rf"\b{_PEOPLE}(?: else)?\b(?:[\s,;'-]+\w+){{0,10}}?[\s,;'-]+(?:talk|speak|chat|meet) (?:to|with) "
    r"me\b",
    rf"\b{_PEOPLE}(?: else)?\b(?:[\s,;'-]+\w+){{0,10}}?[\s,;'-]+(?:good|worth|helpful|useful|great) "
    r"(?:for me )?to (?:talk|speak|chat|meet|reach out|contact|get in touch)",
    r"\b(?:an? )?(?:intro|introduction)s? to (?:someone|somebody|anyone|anybody|people|others|"
    r"a colleague|one of|other)\b",
    r"\bi would (?:love|like|appreciate|welcome|be grateful for) (?:an? )?(?:intro|introduction)\b",
    rf"\b{_PEOPLE}\b(?:[\s,;'-]+\w+){{0,12}}?[\s,;'-]+(?:might|would|could|will) (?:be (?:up for|"
    r"happy to|willing to|open to) )?(?:an? )?(?:chat|talk|speak|meet)\b",
    r"\bwho (?:would|should|might|could) you (?:\w+ )?(?:talk|speak|reach out|turn|go) to\b",
)
