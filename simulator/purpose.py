"""Stating what the user hopes to get from the meeting, or where they are heading.

However it is worded, a goal has two parts: the user wanting or weighing something ("I
want", "I'm hoping", "what I'm after", "my plan is", "aiming", "I'm considering", or the
subject dropped: "Want to move into product."), and that something being a direction in
work ("move into product", "become an electrician", "a shot at data science") or a
question about it ("see whether content strategy is where I could land", "suss out
whether that's a ticket into HR", "an honest read on whether a litigator can make it").
Someone else wanting ("my daughter wants to be a teacher"), wanting something that is
not work ("I want to get a coffee after this", "I'm hoping the rain holds off") and vague
wants ("I just wanted to chat and pick your brain") are no goal. The caller says what is
about work (the scenario's field, or careers in general). Works on normalised text
(simulator.words.normalise).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from simulator.phrases import ROLE_NOUN
from simulator.words import QUESTION_WORDS, tokens

# A sentence, as far as a goal goes (a colon introduces one: "Goal for today: figure out...").
_SENTENCE = re.compile(r"\s*(?:[.!?;]+|\bbut\b)\s*")
_WEIGHING = (r"exploring|considering|thinking|weighing|torn|deciding|choosing|researching|"
             # whisper's "weighing", heard as "wearing": no one wears a move or a whether
             r"wearing(?= (?:(?:a|the) (?:possible |potential )?(?:move|switch|change|jump|career)|"
             r"whether|if|up)\b)|"
             # ...or "waiting": no one waits whether, nor waits a move
             r"waiting(?= (?:whether|(?:a|the) (?:possible |potential )?(?:move|switch|change|jump|"
             r"career))\b)|"
             # A decision I face: "I must decide", "I cannot decide which..."
             r"(?:must|have to|need to|got to|cannot|can not|still) (?:decide|choose)|"
             r"evaluating|wondering|interested in|curious (?:about|whether|if)|"
             # "looking hard at ER nursing"
             r"looking (?:(?:hard|seriously|closely|properly|really) )?(?:at|into)|"
             r"(?:working|figuring|sussing) out(?= (?:whether|if|which|what|how|where)\b)|"
             # Finding out on one's own: "doing some recon on whether going in-house..."
             r"doing (?:some |a bit of |a little |my |a lot of )?(?:research|recon|reconnaissance|"
             r"homework|digging|fact-finding|due diligence|legwork|scouting)(?= (?:on|into|about|"
             r"around)\b)|"
             r"leaning|drawn to|(?:going )?back and forth|(?:poking|nosing|sniffing) around|"
             r"on the fence|undecided|unsure|"
             # stuck on a choice, not on a climbing problem since January
             r"stuck(?= (?:between|on (?:whether|which|what|how)|choosing|deciding))|"
             r"not sure")
_HEADING = (r"aim|aims|aiming|aimed|am (?:\w+ )?after|set on|heading|headed|"
            # already on the way: "I'm a teacher moving into UX research"
            r"(?:moving|switching|transitioning|pivoting|retraining|breaking|changing careers|"
            r"going back to school)(?: \w+)? (?:into|in to|to|toward|towards|over to|as|from|for)")
_WANTING = (r"want|wants|wanted|wanting|wanna|wish|wishes|hope|hopes|hoped|hoping|trying|try|keen|"
            r"(?:would|should) (?:\w+ )?(?:like|love)|need|needs|looking(?! forward)|am here|came(?: here)?|"
            r"reached out|asked to meet|planning|search|searching|ready (?:for|to)|"
            # "I've come to learn how...", and the South's "I'm fixing to figure out..."
            r"(?:have|has) come(?: here| along| today)?(?= to\b)|fixing(?= to\b)")
_PLAIN_GOAL_NOUNS = (r"goal|aim|plan|hope|idea|purpose|objective|object|reason|mission|question for me|"
                     r"big question|real question|dream|ambition")
_GOAL_NOUN_WORDS = frozenset(_PLAIN_GOAL_NOUNS.split("|"))
_GOAL_NOUNS = (_PLAIN_GOAL_NOUNS
               # "my question for this meeting is...", "so my question is, is it realistic..."
               + r"|question for (?:this|the|our|today|today's) (?:meeting|chat|conversation|call)"
               # "my question for today is...", "my question today, put simply, is..."
               + r"|(?<=my )question(?=(?: for (?:today|you|this \w+|our \w+|the \w+))?"
               + r"(?: today| here)?(?:,[^,]{1,40},)? is\b)"
               # "the question I am seeking to resolve is whether...", "the question with which
               # I am concerned is whether..."
               + r"|(?<=the )question (?:(?:that|which|with which|to which|on which) )?i (?:am|have|"
               + r"would|want|need|came|keep|hope)(?: [\w']+){0,4}? is(?= (?:whether|if)\b)")
_INTENT = re.compile(rf"\b(?:(?P<weighing>{_WEIGHING})|(?P<heading>{_HEADING})|"
                     rf"(?P<wanting>{_WANTING})|(?P<goal>{_GOAL_NOUNS}))\b")
# Words between the subject and the intent that leave the user the subject ("I'm also
# really seriously thinking", "I'm a pharmacy tech exploring", "what I'm sort of hoping").
_BETWEEN_MAX = 9
_OTHER_SUBJECT = re.compile(r"\b(?:you|he|she|they|we|it|kids|children|son|daughter|wife|"
                            r"husband|partner|friend|friends|family|parents|boss|everyone|"
                            r"people|nobody)\b")
# Talk before a dropped subject: "So, um, basically want to move into product."
_FILLER_WORDS = ("so and but well basically honestly really just also now mostly mainly yeah ok "
                 "okay anyway right um uh sure look long story short quick context background "
                 "i suppose guess mean")
_FILLERS = frozenset(_FILLER_WORDS.split())
_DETERMINERS = re.compile(r"(?:\b(?:my|the|our|one|main|real|big|whole|primary|biggest) "
                          r"(?:\w+ )?|^)$")
# Where a want leads: a move in work...
_DIRECTION = re.compile(
    # "be an electrician", and in learner's English "be electrician"
    r"\b(?:into|in to|toward|towards|become|becoming|be an?|be(?= \w+(?:ian|ist|er|or|nurse|"
    r"analyst|manager|designer|researcher|scientist|engineer)\b)|transition\w*|switch\w*|pivot\w*|"
    r"move|moving|retrain\w*|careers?|profession|land|landing|next (?:step|move|chapter)|"
    r"change (?:careers|fields|jobs|to)|change to|get started|start(?:ing)? out|break in|way in|"
    # not slipping away for the afternoon: "hoping to duck out of work early Friday"
    r"(?<!duck )(?<!sneak )(?<!slip )out of|a shot at|"
    # "a job in policy", "my first job as a developer"
    r"(?:an?|my) (?:first |next |new |first proper |proper )?(?:job|role|position|career) (?:in|as)|"
    # A place for me in a field: "whether there is a place in food distribution for a cook".
    r"(?:a|any|some) (?:place|future|home|niche) (?:for (?:me|someone like me) )?in|"
    r"work (?:in|as|on|at|for|with|somewhere|like)|for a living|"
    r"(?:end|ending|ended|wind|winding) up|make the (?:jump|move|switch|leap)|direction|"
    r"(?:go|going|get|getting|move|moving) (?:in-house|"
    r"freelance|independent|full-time|part-time|back)|"
    r"(?:do|doing) what you do|suits?|fit|(?:go|going) back to school|(?:get|go) in|start in|"
    r"be (?:doing|working))\b")
# ...or a question about it.
_INQUIRY = re.compile(
    r"\b(?:(?:see|know|find out|work out|figure out|suss out|check|decide|ask|hear|tell me|"
    r"learn|understand|wonder\w*|think through|think about|weigh up|discover|determine|gauge|"
    r"establish|assess) (?:\w+ )?(?:if|whether|how|"
    r"what|which|where|why|when)|"
    # a choice named as one: "for me actuary is good choice or not?"
    r"(?:good|right|wise|smart|bad) (?:choice|fit|idea|move)|"
    r"understand|learn (?:about|more about|what|how)|explore|exploring|"
    r"(?:a|an|some|the|your) (?:\w+ ){0,2}(?:sense|feel|picture|read|idea|understanding|view|"
    r"handle|perspective|insight|advice|take)|reality check|advice|between|whether|options?|"
    r"choose|pick|decide)\b")
# What "thinking about" leads to must be a change, not a thing ("thinking about lunch").
_THINKING_OF_A_THING = re.compile(r"^thinking\b(?! (?:\w+ ){0,3}?about (?:\w+ing\b|(?:an? |the )?"
                                  r"(?:move|switch|change|career|transition|shift|jump|pivot|"
                                  r"retraining)\b))")
# "...about data science", not "...about the data science meetup tonight".
_FIELD_THOUGHT_OF = re.compile(r"^\s*about (?!the |your |my |a |an |this |that )[\w -]+?\s*"
                               r"(?:after|once|when|next|now|later|as (?:a|an|my)|for|$)")
# Their field named by its kind, as a tradesperson names theirs: "thinking about the trade",
# "...about your profession".
_THEIR_FIELD = re.compile(r"^\s*about (?:the|this|your) (?:trade|profession|field|industry|"
                          r"line of work)\s*(?:after|once|when|next|now|later|for|$)")

# Weighing what is already theirs, the conversation, or nothing named is no direction:
# "exploring your work", "considering what you said", "just exploring, seeing what's out
# there".
_NOT_AN_OPTION = re.compile(r"^\s*(?:[,;]|(?:your|you|what|how|why|that|this|it|things|"
                            r"everything|stuff)\b)")
# Options left unnamed: "exploring different industries", "weighing my options", "looking
# at a few things" (not "different roles in healthcare", which names a field).
_UNSPECIFIED = re.compile(
    r"^\s*(?:(?:just|all|the|my|some|a few|different|various|several|multiple|many|other|lots of|"
    r"a lot of|a range of|a variety of|all kinds of|all sorts of|possible) )+(?:[\w-]+ )?"
    r"(?:industries|fields|options|paths|careers|sectors|areas|directions|things|possibilities|"
    r"opportunities|roles|jobs|professions|avenues)\b(?! (?:in|within|like|such as|including|"
    r"related to|around|between|across)\b)")
# A career choice that fits: "...is the right next step for me", "...would suit me".
_STEP = r"(?:fit|step|move|path|option|choice|direction|career)"
# (Not something good for me to do: "she said it'd be good for me to talk to people"; but "is
# it realistic for me to start now" weighs a move.)
_IS_A = r"\b(?:is|would be|could be|might be|are) (?:the |a |an )?"
_FITS_ME = re.compile(
    rf"{_IS_A}(?:(?:right|realistic|good|better|sensible|natural) (?:next )?{_STEP} |"
    rf"(?:next )?{_STEP} )for me\b|"
    rf"{_IS_A}(?:right|realistic|sensible|natural) (?:next )?for me\b|"
    rf"{_IS_A}(?:good|better) (?:next )?for me\b(?! to\b)|"
    r"\bwould suit me\b|\b(?:is|be) my next (?:step|move|career|chapter)\b")
# A field that draws me, named before: "analytics seems like the obvious next step",
# "product work looks like the way out", "UX research keeps coming up"...
_DRAWS_ME = re.compile(
    r"\b(?:seems?|looks?|feels?|sounds?) like (?:the|a|an|my) (?:\w+ ){0,2}(?:next step|way out|"
    r"way in|way forward|fit|option|path|move|answer|direction|next thing)\b|"
    r"\bkeeps? com(?:ing|in'?) up\b|"
    # It pulls at me, calls to me, appeals to me; not someone pulling me into a meeting.
    r"\b(?:pull|pulls|pulling|pulled|tug|tugs|tugging|call|calls|calling|nag|nags|nagging|draw|"
    r"draws|drew|drawing)(?: at| to)? me\b(?! (?:in|into|onto|on|to|over|aside|off|out|back)\b)|"
    r"\b(?:appeals?|appealed|appealing|speaks?|spoke) to me\b|"
    r"\b(?:is|are) (?:one of |among )?(?:the |my )?(?:\w+ )?options?\b")
# Someone, not a field, doing the pulling: "my manager keeps pulling at me".
_PERSON_BEFORE = re.compile(rf"\b(?:he|she|they|someone|somebody|(?:my|our|his|her) (?:\w+ )?"
                            rf"{ROLE_NOUN}|(?:my|our|his|her) (?:\w+ )?(?:boss|friends?|mentor|"
                            r"family|parents|mum|mom|dad|wife|husband|partner|team))"
                            r"(?: \w+){0,3}\s*$")
# ...or after: "that's what got me thinking about nursing".
_GOT_ME = re.compile(r"\b(?:got|gets|made|has|have) me (?:thinking|interested|curious|looking) "
                     r"(?:about|in|into|at)\b")
# The words of asking, set aside to see what is asked about.
_ASKING = re.compile(r"\b(?:learn\w*|understand\w*|know|knowing|see|seeing|find out|figure out|"
                     r"discover\w*|determin\w*|gaug\w*|establish\w*|assess\w*|"
                     r"choos\w*|pick|work out|suss out|hear\w*|ask\w*|explor\w*|get|getting|sense|feel|"
                     r"picture|read|idea|view|handle|perspective|insight|advice|take|reality "
                     r"check|decid\w*|wonder\w*|whether|more)\b")
_THEIR_VIEW = re.compile(r"\b(?:what|how) you (?:think|feel)\b|\byour (?:view|opinion|thoughts|take)\b")
# Asking for their story, not saying where I am heading: "I'd love to hear how you ended up
# in pricing" ("I wanted to understand how you decide..." says what I came for).
_ABOUT_THEM = re.compile(r"^\W*(?:to )?hear(?: \w+)?? (?:(?:how|what|why|when|where|which|"
                         r"whether|if) (?:(?:made|got|took|drove|pushed|led|brought|was it for|"
                         r"it was like for) )?(?:you|your)|about (?:you|your))\b")
# Wondering about their experience asks them, not where I am heading: "I was wondering
# whether the accounting side ever gets in the way, whether you had to unlearn..."
_WONDERING_ABOUT_THEM = re.compile(r"\b(?:you|your)\b(?! (?:think|would|reckon|suggest|recommend|"
                                   r"advise)\b)")
_MINE = re.compile(r"\b(?:i|me|my)\b")
_SOMETIME = re.compile(r"\b(?:next|eventually|someday|one day|soon|later|in the future|long term|"
                       r"this year|next year|at some point)\b")
# A question, not a statement: "Do I need...?", "Should I aim for...?" ("what I'm after is"
# is a statement).
_ASKED = re.compile(r"^(?:(?:so|and|but|okay|ok|well) )?"
                    # a look back or aside before the question: "Looking back, did the PhD..."
                    r"(?:(?:looking back|thinking back|in hindsight|honestly|in your experience|"
                    r"out of interest|realistically),? )?"
                    r"(?:(?:do|does|did|should|shall|can|could|would|will|is|are|am|must) "
                    r"(?:i|you|we|it|there|the|your|this|that)\b|(?:how|when|where|why|"
                    r"which|what) (?!i\b))")
# "When my dad was in hospital, ...": a time clause before a statement, not a question.
_SINCE_THEN = re.compile(r"^(?:when|where) (?!(?:do|does|did|is|are|was|were|can|could|would|"
                         r"should|will|have|has|had|you)\b)[^,]+,")
# Words that leave a goal vague: "I just wanted to learn more about you".
VAGUE = frozenset(tokens("more you things stuff chat talk bit general little everything anything "
                         "connect catch meet say hello brain pick"))
# A field named as a noun: "backend development", "software engineering", "operations".
_FIELD_NOUN = re.compile(r"\b\w{3,}(?:ing|ics|ology|ment|tion|tions|sion|ism|ence|ance|ship)\b")

AboutWork = Callable[[str], bool]


def states_goal(t: str, about_work: AboutWork) -> bool:
    """Whether normalised text `t` states a goal for the meeting or a direction in work;
    `about_work` says whether a piece of text is about work."""
    sentences = _SENTENCE.split(t)
    for n, sentence in enumerate(sentences):
        # A decision named in one sentence may have its options in the next: "This year I
        # must decide something. Or I start the CPA exams, or I go to data analysis."
        later = sentences[n + 1] if n + 1 < len(sentences) else ""
        if _DECIDING.search(sentence) and _ALTERNATIVES.search(later):
            sentence = f"{sentence} {later}"
        if _ASKED.match(sentence) and not _SINCE_THEN.match(sentence):
            continue  # "Do I need a certification to get into HR?" asks advice
        if _NO_AIM.search(sentence):
            continue  # "I'm not sure what I'm after, honestly" says there is none yet
        if _FITS_ME.search(sentence) and about_work(sentence):
            return True
        draws, got = _DRAWS_ME.search(sentence), _GOT_ME.search(sentence)
        if (draws and about_work(sentence[:draws.start()])
                and not _PERSON_BEFORE.search(sentence[:draws.start()])
                or got and about_work(sentence[got.end():])):
            return True
        for intent in _INTENT.finditer(sentence):
            if _by_me(sentence[:intent.start()], intent) and _leads_to_work(
                    intent, sentence[intent.end():], sentence, about_work, t):
                return True
    return False


# Saying one has no aim yet: "I'm not sure what I'm after", "no idea what I want".
_NO_AIM = re.compile(r"\b(?:not (?:really )?(?:sure|certain|clear)|no (?:real )?idea|do not (?:really )?"
                     r"know|unsure|no clue)(?: (?:yet|really|exactly|honestly))?,? (?:what|which|"
                     r"where) (?:exactly )?i (?:am |was |would be |really )?(?:after|looking for|"
                     r"want|wanted|hoping for|here for|heading|aiming for)\b")
_DECIDING = re.compile(r"\b(?:decid\w*|decision|choos\w*|choice|dilemma|torn|crossroads)\b")
_ALTERNATIVES = re.compile(r"\bor\b")


def _by_me(before: str, intent: re.Match[str]) -> bool:
    """The user wants it: "I" is the nearest subject, or the subject is dropped."""
    if (intent["goal"] or intent.group() in _GOAL_NOUN_WORDS) and _DETERMINERS.search(before):
        return True  # "my goal is...", "my hope is..."
    words = re.findall(r"[\w']+", before)[-_BETWEEN_MAX:]
    if "i" in words:
        between = " ".join(words[len(words) - 1 - words[::-1].index("i") + 1:])
        return not _OTHER_SUBJECT.search(between)
    # "Physics teacher. Want out of teaching", "Sysadmin, want to move...": no subject said.
    clause = re.split(r"[,:]", before)[-1]
    if all(w in _FILLERS for w in re.findall(r"[\w']+", clause)):
        return True
    # The subject said once for two clauses: "I'm leaving the Navy next year and looking at
    # supply chain jobs".
    first, _, second = clause.rpartition(" and ")
    return bool(first) and all(w in _FILLERS for w in re.findall(r"[\w']+", second)) \
        and _by_me(first + " ", intent)


_JUST = re.compile(r"\bjust (?:kind of |sort of |a (?:little|bit) |really |generally )?$")


# Wanting the work itself, said short: "Want the trade.", "I want a career in nursing."
_A_WANTED_THING = re.compile(r"^\s*(?:the|a|an) [\w-]+(?: [\w-]+)?\s*$")

# A goal that is a place in work, named bare: "my dream is the emergency department", "the
# goal job is ER nursing" (whether it is work, the field decides below).
_GOAL_IS_A_PLACE = re.compile(r"^\s*(?:(?:job|career|role) )?(?:is|has always been|would be) "
                              r"(?:the |an? )?[\w -]+(?:,|$)")
_PLACE_GOALS = frozenset({"goal", "aim", "dream", "ambition", "objective"})

# A move named bare, its field said elsewhere in the turn: "I've been reading about UX
# research... I'm trying to decide whether to make the jump."
_BARE_MOVE = re.compile(r"\b(?:make|making|take|taking) the (?:jump|leap|plunge|switch|move)\b|"
                        r"\b(?:change|changing|switch|switching) (?:careers|fields)\b|"
                        # what one wants to know first: "want the honest picture before I jump"
                        r"\bbefore (?:i|we) (?:jump|leap|commit|switch|take the plunge|make the "
                        r"(?:move|switch|jump|leap))\b|"
                        # "...whether this is a real option for someone like me"
                        r"\b(?:this|that|it) (?:is|would be|could be|might be) (?:a |an )?(?:\w+ )?"
                        r"(?:option|path|move|step|choice|fit|career)\b")


# An aside between the weighing and what is weighed: "I have been wondering, in a rather
# general way, whether nursing might ever be possible for me".
_ASIDE_FIRST = re.compile(r"^\s*,[^,]{1,40},(?=\s*(?:whether|if|about|how|what)\b)")


# Wanting the move they made, told before in the turn: "...how you passed from accounting to
# data, because I want to do the same", "...you went from teaching to design; I hope to
# follow your path", "my sister moved into analytics; I want to do the same".
_SAME_AS_YOU = re.compile(r"^\W*(?:to )?(?:(?:do|make|take|try) (?:exactly |just )?the same"
                          r"(?: (?:thing|move|switch|jump|change|path|route|journey|step))?|"
                          r"(?:do|try) what you did|follow (?:in )?your (?:foot ?steps|path|"
                          r"route|lead|example))\b(?: (?:myself|too|one day|someday|"
                          r"(?:as|like) you did))?\s*(?:[,.;!?]|$)")
_THEIR_MOVE = re.compile(r"\b(?:from [\w -]+? (?:in)?to|(?:got|went|came|"
                         r"made it) into|(?:moved|switched|passed|transitioned|pivoted) (?:in)?to|"
                         r"(?:switched|changed) (?:careers|fields))\b")


# Waiting to see what comes of it asks nothing: "...have some conversations and see what
# shakes out", "see what's out there".
_SEE_WHAT_COMES = re.compile(r"\b(?:and )?(?:see|find out|figure out) (?:what|where) (?:shakes out|"
                             r"happens|comes (?:of it|up|next|along)|is out there|turns up|sticks|"
                             r"pans out|it leads|that leads|this leads|things go)\b")


def _leads_to_work(intent: re.Match[str], after: str, sentence: str,
                   about_work: AboutWork, turn: str = "") -> bool:
    after = _SEE_WHAT_COMES.sub(" ", _ASIDE_FIRST.sub(" ", after))
    before = sentence[:intent.start()]
    if intent["wanting"] and _SAME_AS_YOU.match(after):
        told = f"{turn[:max(turn.find(sentence), 0)]} {before}"
        return bool(_THEIR_MOVE.search(told) and about_work(told))
    if intent["weighing"]:
        # Weighing nothing named, or a thing ("thinking about lunch"), heads nowhere unless
        # a move is in it: "I've been thinking about moving into...".
        # A field thought about is an option ("thinking about data science after I finish"),
        # unlike "thinking about lunch".
        if _THEIR_FIELD.match(after):
            return True
        thing = _THINKING_OF_A_THING.match(intent.group() + after) and not (
            _FIELD_THOUGHT_OF.match(after) and about_work(after))
        no_option = _NOT_AN_OPTION.match(after) or _UNSPECIFIED.match(after) or thing
        if no_option and not _DIRECTION.search(after):
            return False
        # "I'm just kind of curious about the whole startup world": curiosity, no direction.
        if _JUST.search(sentence[:intent.start()]) and intent.group().startswith("curious") \
                and not _DIRECTION.search(after):
            return False
    elif not intent["heading"] and not (_DIRECTION.search(after) or _INQUIRY.search(after)
                                        or _A_WANTED_THING.match(after)
                                        and intent.group().startswith(("want", "wanna"))
                                        or intent.group() in _PLACE_GOALS and _GOAL_IS_A_PLACE.match(after)):
        return False
    if re.search(r"\b(?:do|doing) what you do\b", after):
        return True  # their own work is the field
    if _THEIR_VIEW.search(after) or _ABOUT_THEM.match(after):
        return False  # "I want to know what you think about AI" asks them
    if intent.group() == "wondering" and _WONDERING_ABOUT_THEM.search(after) \
            and not _MINE.search(after):
        return False
    if _BARE_MOVE.search(after) and about_work(turn.replace(sentence, " ")):
        return True
    # "Folks say I'd be good in HR, and I'm trying to figure out if that's true": what is
    # asked about is what was said before it.
    if _WHETHER_SO.match(after) and about_work(sentence[:intent.start()]):
        return True
    # "HR is where I want to..."
    named = _named(_BARE_MOVE.sub(" ", after)) or _named(sentence[:intent.start()])
    if not _names_something(named):
        return False
    # What is asked about comes first; asides after it ("whether HR, at my age and coming
    # from a classroom, is realistic") should not drown it.
    first = _named(named.split(",")[0])
    return (about_work(named) or _names_something(first) and about_work(first)
            or bool(_DIRECTION.search(after) and (_FIELD_NOUN.search(named)
                                                  or _A_SIDE.search(named)
                                                  or _A_ROLE.search(named))))


_WHETHER_SO = re.compile(r"^\W*(?:to )?(?:\w+ ){1,2}?(?:if|whether) (?:that|it|this|they|she|he)"
                         r"(?: is|'s| are|'re| was| were) (?:really |actually |even |at all )?"
                         r"(?:true|right|so|the case|realistic|accurate|fair)\b")


# A line of work named by who does it: "become a developer", "my first job as a welder".
# (not growing as one already is: "a better listener")
_A_ROLE = re.compile(rf"\b(?:an?|the) (?!(?:better|stronger|good|great|more|best)\b)"
                     rf"(?:[\w-]+ )?{ROLE_NOUN}\b")
# A line of work called a side: "switching to the actuarial side", "the product side".
_A_SIDE = re.compile(r"\bthe (?!other\b|far\b|same\b|wrong\b|right\b|left\b|bright\b|sunny\b)"
                     r"[\w-]+ side\b(?! of\b)")


def _names_something(named: str) -> bool:
    return bool(named) and not all(w in VAGUE for w in tokens(named, normalised=True))


def _named(text: str) -> str:
    """What `text` names, without the asking or the moving ("learn more about you" names
    only "you", "move into a bigger flat" only the flat); empty when nothing is left."""
    named = _SOMETIME.sub(" ", _DIRECTION.sub(" ", _ASKING.sub(" ", text)))
    words = [w for w in tokens(named, normalised=True) if w not in QUESTION_WORDS]
    return named if words else ""
