"""Words of a spoken turn: normalised, stemmed, stop words dropped, synonyms folded.

Recognised speech has no reliable punctuation or casing, so the text is normalised (lower
case, contractions expanded, hesitations dropped) before anything else looks at it.
"""

from __future__ import annotations

import functools
import re
import unicodedata


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Contractions, with and without the apostrophe speech recognisers often drop.
_WHOLE_WORDS = {
    "can't": "cannot", "cant": "cannot", "won't": "will not", "wont": "will not",
    "let's": "let us", "i'm": "i am", "im": "i am", "youre": "you are", "ive": "i have",
    "whats": "what is", "thats": "that is", "wheres": "where is",
    # The plural "you" of the American South: "if y'all ever need someone".
    "y'all": "you all", "yall": "you all",
}
_SUFFIXES = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would",
             "'m": " am"}
# "'s" is "is" after these words and a possessive elsewhere ("Northbank's size").
_IS_BEFORE = _word_set("what that it where who how when there here he she why")
_NOT_WORDS = _word_set("dont doesnt didnt isnt arent wasnt werent wouldnt couldnt shouldnt "
                       "havent hasnt")
_CONTRACTION = re.compile(r"\b[a-z]+(?:n't|'[a-z]+)|\b(?:" + "|".join(
    sorted({w for w in _WHOLE_WORDS if "'" not in w} | _NOT_WORDS)) + r")\b")
# A question word with "'d" before someone and a verb asks what happened: "what'd you get
# out as?", "where'd you study?" ("how'd you like..." and "who'd" stay "would").
_WH_DID = re.compile(r"\b(what|where|when|how|why)'d(?= (?:you|he|she|they|we) "
                     r"(?!like\b|love\b|prefer\b|rather\b|want\b|recommend\b|suggest\b)\w)")
# "Who else would you suggest...?" with its first word lost, as the recogniser often loses
# it: "Else would you suggest I talk to while I'm here?" No sentence begins with "else".
_WHO_LOST = re.compile(r"(?:^|(?<=[.!?] ))else(?=,? (?:would|should|could|can|do|does|did|is|"
                       r"might|may|will|ought)\b)")
# A dropped "g" written out ("I'm wantin' to find out", "how long you been runnin' it"),
# but not a word in single quotes ('Berlin').
_G_DROPPED = re.compile(r"(?<![\w'])([a-z]+in)'(?![a-z])")
# (with the commas around it: "thinking about, um, the trade" is "thinking about the trade";
# "so, uh what is it" keeps the pause after "so")
_FILLERS = re.compile(r"(?P<before>,\s*)?\b(?:um+|uh+|erm+|hmm+|mm+)\b(?P<after>[,.])?\s*")
# Disfluencies: a word begun and begun again ("I w- want", "th- th- thanks"), and a word or
# two said twice ("I'm, I'm thinking", "if, if it's realistic").
_RESTARTED = re.compile(r"\b([a-z]{1,3})- (?=\1)")
# (A hesitation dropped from between the two leaves a mark, so "I, um, I drive" is "I drive".)
_DROPPED = "\u2063"
_SAID_TWICE = re.compile(rf"\b([\w']+(?: [\w']+)?)(?:,| {_DROPPED})+ \1\b")
# "er" the hesitation, spelled in lower case; "ER" (the emergency room) stays, and so does
# "the er" once normalised, since a hesitation takes no article, even with a word between
# ("an american er"), nor comes before the people and work of a ward ("er nurses"):
# normalising twice must not lose the field.
_ER_FILLER = re.compile(r"\b[Ee]r\b[,.]?\s*")
_ER_NAMED = re.compile(r"\b(?:the|an|a|our|your|their|his|her|my|this|that)(?: [a-z-]+)? $")
_ER_WARD_WORDS = re.compile(r"(?:nurs\w*|doctors?|physicians?|techs?|department|shifts?|"
                            r"visits?|patients?|staff|teams?|floor|work|experience)\b")


def _drop_er_hesitation(m: re.Match[str]) -> str:
    before, after = m.string[:m.start()], m.string[m.end():]
    if _ER_NAMED.search(before.lower()) \
            or (m.group().strip() == "er" and _ER_WARD_WORDS.match(after)):
        return m.group()
    return ""


def _drop_filler(m: re.Match[str]) -> str:
    return f"{',' if m['before'] and m['after'] != ',' else ''} {_DROPPED} "


def _expand(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _WHOLE_WORDS:
        return _WHOLE_WORDS[word]
    if word in _NOT_WORDS:
        return word[:-2] + " not"
    for suffix, expansion in _SUFFIXES.items():
        if word.endswith(suffix):
            return word[: -len(suffix)] + expansion
    if word.endswith("'s"):
        stem_ = word[:-2]
        return f"{stem_} is" if stem_ in _IS_BEFORE else stem_
    return word


def _without_accents(text: str) -> str:
    """"Sinéad" as "sinead": a name or loan word is one word however it is accented, and the
    recogniser writes accents only sometimes."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions expanded, hesitations dropped."""
    out = _ER_FILLER.sub(_drop_er_hesitation, text).lower()
    if not out.isascii():
        out = _without_accents(out)
    out = out.replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", ", ")
    out = _G_DROPPED.sub(r"\1g", out)
    out = _WH_DID.sub(r"\1 did", out)
    out = _CONTRACTION.sub(_expand, out)
    out = _WHO_LOST.sub("who else", out)
    out = _FILLERS.sub(_drop_filler, out)
    out = _RESTARTED.sub("", out)
    while (said_once := _SAID_TWICE.sub(r"\1", out)) != out:
        out = said_once
    return " ".join(out.replace(_DROPPED, " ").split())


# Function words and meta-question words ("tell me", "wondering") carry no topic.
STOPWORDS = _word_set("""
a about above after again all also am an and any anything are as at be been before being
below between both but by can cannot could did do does doing done down during each either
else even ever every few for from further get gets getting got had has have having he her
here hers him his i if in into is it its itself just kind know let lot lots maybe me might
mine more most much must my myself no nor not now of off ok okay on once only or other our
ours out over own per perhaps quite rather really right same say she should so some
something sort such than that the their theirs them then there these they thing things
this those though through to too under until up upon us very was way we well were
whether which while will with would yeah yes yet you your yours yourself
um uh like actually basically literally probably pretty stuff ask asking question questions
tell telling wonder wondering wondered curious love hear hearing share sharing explain
describe walk interested interesting great thanks thank please sure cool awesome
look looks looked see think thought want wanted hope hoped hoping mind bit little
current currently roughly exactly approximately originally thereabouts
oh ah wow hey hi hello anyway gosh haha lol hmm good nice fine finally mr mrs
use uses used using
""")

# Different words for the same thing, folded to one token before weighting.
_SYNONYM_GROUPS = {
    "org": "company companies organisation organisations organization organizations firm "
           "firms employer employers bank agency",
    "size": "big bigger large larger size sized",
    "start": "begin began begun beginning start started starting join joined joining",
    "study": "study studied studying major majored",
    "role": "job jobs role roles position positions",
    "hard": "hard hardest difficult challenge challenges challenging tough toughest struggle",
    "advice": "advice tip tips suggestion suggestions recommendation recommendations",
    "enjoy": "enjoy enjoyed favourite favorite fun rewarding",
    "day": "day days daily",
    "tool": "tool tools software",
    "skill": "skill skills skillset",
    "resume": "resume resumes cv cvs",
    "path": "path paths route routes journey trajectory",
    "people": "people guys folks",
    # Irregular past forms the suffix stripper cannot join to their verbs.
    "teach": "teach taught", "lead": "lead led", "write": "write wrote written",
    "build": "build built", "leave": "leave left",
}
# Synonym groups that judge rather than name a subject ("fun", "the hardest part").
JUDGEMENTS = frozenset({"enjoy", "hard"})
_SYNONYMS = {w: canon for canon, words in _SYNONYM_GROUPS.items() for w in words.split()}
# (a word the text must contain for the rewrite to apply, pattern, replacement)
_PHRASES = [(guard, re.compile(p), r) for guard, p, r in [
    ("experience", r"\buser experience\b", "ux"), ("to", r"\bday[- ]to[- ]day\b", "day"),
    ("like", r"\b(you|i|they|people|we) like\b", r"\1 enjoy"),
    # Plain-English equivalents of the question words profile facts are asked with.
    ("year", r"\bwhat year\b", "when"), ("years", r"\bhow many years\b", "how long"),
    ("to", r"\b(?:go|gone|went) to (?:grad school|school|university|college|uni)\b", "study"),
    # Phrasal verbs for entering a field, whose parts are all stop words.
    ("into", r"\b(?:get|got|gotten|getting|break|broke|breaking|move|moved|moving) into\b",
     "enter"),
    ("up", r"\b(?:end|ended|ending) up (?:in|as|at|doing)\b", "enter"),
]]
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_KEEP_DOUBLE = set("lsz")


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light suffix stripper: enough to join study/studied/studies, not a full Porter."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    w = word
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith(("ed", "sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif len(w) > 6 and w.endswith("ly"):
        w = w[:-2]
    # A state or standing shares its root: chartership/chartered, internship/intern.
    if len(w) > 8 and w.endswith("ship"):
        w = w[:-4]
    # teacher/teach, researcher/research, designer/design: plural or not ("researchers").
    if len(w) > 6 and w.endswith("er") and w[-3] not in "aeiou":
        w = w[:-2]
    if w != word and len(w) > 2 and w[-1] == w[-2] and w[-1] not in _KEEP_DOUBLE:
        w = w[:-1]  # getting -> gett -> get
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # make/making, manage/managing meet at one stem
    return _SYNONYMS.get(w, w)


def tokens(text: str, normalised: bool = False) -> list[str]:
    """Content stems of `text`, in order, stop words removed."""
    t = text if normalised else normalise(text)
    for guard, pattern, repl in _PHRASES:
        if guard in t:
            t = pattern.sub(repl, t)
    out = []
    for word in _WORD.findall(t):
        if word in STOPWORDS:
            continue
        s = stem(word.replace("'", ""))
        if s not in _STOP_STEMS:
            out.append(s)
    return out


QUESTION_WORDS = frozenset(stem(w) for w in ("how", "what", "when", "where", "who", "why"))
_STOP_STEMS = STOPWORDS | {stem(w) for w in STOPWORDS}

# General career vocabulary: a question using these is about work even if no topic matches.
CAREER_WORDS = frozenset(stem(w) for w in _word_set("""
career careers job role team teams skill skills industry field fields path background advice
learn learning hiring hire hired portfolio degree certification certificate transition
transitioning work working worked experience company manager managers interview interviews
resume course courses bootcamp study school project projects mentor mentors network
networking promotion salary research design product products user users client clients
customer customers stakeholder stakeholders colleague colleagues office remote
profession professional training grow growth junior senior entry level switch switching
pivot apply applying application recruit recruiter day typical week responsibilities
challenge challenges rewarding decision decisions meeting meetings boss organisation
org leadership lead leading report reports data analysis method methods tool tools
qualification qualifications internship internships teach teacher engineer analyst
opening openings vacancy market candidate candidates recruiting culture values workload
balance hours benefits pay promotion management
"""))
