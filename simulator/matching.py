"""Recognising what a user turn is about: TF-IDF cosine over lightly stemmed words.

Everything here is pure Python and built once per scenario, so reading a turn costs a few
dozen dictionary look-ups. Recognised speech has no reliable punctuation or casing, so the
text is normalised (lower case, contractions expanded) before anything else looks at it.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable

from simulator.scenario import Scenario

# A topic is recognised when its best score reaches this.
TOPIC_MIN_SCORE = 0.3
# A question asks a profile fact when it is this close to one of the fact's phrasings and
# differs from it by at most this many words, added or missing ("...and how has that shaped
# your research?" is a real question that merely mentions the fact).
PROFILE_MIN_SCORE = 0.5
PROFILE_MAX_DIFFERING_WORDS = 1
# Example questions are the best evidence of a topic; answers are long prose, so they count less.
ANSWER_WEIGHT = 0.5
CENTROID_WEIGHT = 0.9
SINGLE_WORD_DAMPING = 0.45
# A keyword of the topic in the text is strong evidence on its own.
KEYWORD_SCORE = 0.45
KEYWORD_BONUS = 0.15
# Words that only occur in the persona's answers say less about the field than topic words.
ANSWER_WORD_WEIGHT = 0.5


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Contractions, with and without the apostrophe speech recognisers often drop.
_WHOLE_WORDS = {
    "can't": "cannot", "cant": "cannot", "won't": "will not", "wont": "will not",
    "let's": "let us", "i'm": "i am", "im": "i am", "youre": "you are", "ive": "i have",
    "whats": "what is", "thats": "that is", "wheres": "where is",
}
_SUFFIXES = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would",
             "'m": " am"}
# "'s" is "is" after these words and a possessive elsewhere ("Northbank's size").
_IS_BEFORE = _word_set("what that it where who how when there here he she why")
_NOT_WORDS = _word_set("dont doesnt didnt isnt arent wasnt werent wouldnt couldnt shouldnt "
                       "havent hasnt")
_CONTRACTION = re.compile(r"\b[a-z]+(?:n't|'[a-z]+)|\b(?:" + "|".join(
    sorted({w for w in _WHOLE_WORDS if "'" not in w} | _NOT_WORDS)) + r")\b")
_FILLERS = re.compile(r"\b(?:um+|uh+|erm+|hmm+|mm+)\b[,.]?\s*")
# "er" the hesitation, spelled in lower case; "ER" (the emergency room) stays.
_ER_FILLER = re.compile(r"\b[Ee]r\b[,.]?\s*")


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


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions expanded, hesitations dropped."""
    out = _ER_FILLER.sub("", text).lower()
    out = out.replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", ", ")
    out = _CONTRACTION.sub(_expand, out)
    out = _FILLERS.sub("", out)
    return " ".join(out.split())


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
current currently roughly exactly approximately originally
oh ah wow hey hi hello anyway gosh haha lol hmm good nice fine
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
}
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
    elif len(w) > 6 and w.endswith("er") and w[-3] not in "aeiou":
        w = w[:-2]  # teacher/teach, researcher/research, designer/design
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


class _Vectoriser:
    """TF-IDF weights learnt from the scenario's own text; unseen words weigh the most."""

    def __init__(self, documents: Iterable[list[str]]) -> None:
        docs = list(documents)
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(set(doc))
        n = len(docs)
        self._idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
        self._unseen = math.log(n + 1) + 1.0

    def vector(self, toks: list[str]) -> dict[str, float]:
        counts = Counter(toks)
        vec = {w: (1.0 + math.log(c)) * self._idf.get(w, self._unseen) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {w: v / norm for w, v in vec.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


class TopicIndex:
    """The scenario's topics, profile facts and field vocabulary, ready for fast look-ups."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        persona = scenario.persona
        # The organisation's name and "the company" are the same thing to a question.
        self._org_words = frozenset(tokens(persona.organisation)) - {"org"}
        topic_examples = {t.id: [self.tokens(e) for e in t.examples] for t in scenario.topics}
        topic_answers = {t.id: [self.tokens(a) for a in t.answers] for t in scenario.topics}
        self._keywords = {t.id: [tuple(self.tokens(k)) for k in t.keywords if self.tokens(k)]
                          for t in scenario.topics}
        fact_asks = [[self.tokens(a) for a in f.asks] for f in scenario.public_profile]
        people_words = self.tokens(f"{persona.role} {persona.organisation}")
        corpus = [d for docs in topic_examples.values() for d in docs]
        corpus += [d for docs in topic_answers.values() for d in docs]
        corpus += [d for docs in fact_asks for d in docs]
        corpus += [list(k) for ks in self._keywords.values() for k in ks]
        corpus.append(people_words)
        self._vec = _Vectoriser(corpus)
        v = self._vec.vector
        self._examples = {tid: [v(d) for d in docs] for tid, docs in topic_examples.items()}
        # The whole topic as one document catches questions that mix words from two examples.
        self._centroids = {tid: v([w for d in docs for w in d]
                                  + [w for k in self._keywords[tid] for w in k])
                           for tid, docs in topic_examples.items()}
        self._answers = {tid: [v(d) for d in docs] for tid, docs in topic_answers.items()}
        self._fact_asks = [[v(d) for d in docs] for docs in fact_asks]
        self._fact_personal = [[_addresses_you(a) for a in f.asks] for f in scenario.public_profile]
        self._field_weight: dict[str, float] = {}
        for docs in topic_answers.values():
            for d in docs:
                self._field_weight.update(dict.fromkeys(d, ANSWER_WORD_WEIGHT))
        strong = {w for docs in topic_examples.values() for d in docs for w in d}
        strong |= {w for ks in self._keywords.values() for k in ks for w in k}
        strong |= set(people_words) | set(CAREER_WORDS)
        strong |= {w for term in scenario.vocabulary for w in self.tokens(term)}
        self._field_weight.update(dict.fromkeys(strong, 1.0))
        for w in QUESTION_WORDS:  # they say nothing about the field
            self._field_weight.pop(w, None)
        self._org_patterns = _org_patterns(persona.organisation)
        self._query_memo: tuple[str | None, list[str], dict[str, float]] = (None, [], {})
        self._best_memo: tuple[str | None, tuple[str | None, float]] = (None, (None, 0.0))

    # --- public look-ups ---------------------------------------------------------------

    def best(self, text: str) -> tuple[str | None, float]:
        """The topic `text` is most likely about, and how sure (0..1); None below the bar."""
        if self._best_memo[0] == text:
            return self._best_memo[1]
        toks, q = self._query(text)
        content = sum(1 for w in toks if w not in QUESTION_WORDS)
        if not content:
            return None, 0.0
        # One word ("good", "team") is thin evidence however well it matches.
        damping = SINGLE_WORD_DAMPING if content == 1 else 1.0
        best_id, best_score = None, 0.0
        for tid in self._examples:
            score = self._topic_score(tid, q, toks, damping)
            if score > best_score:
                best_id, best_score = tid, score
        result = (best_id if best_score >= TOPIC_MIN_SCORE else None,
                  round(min(1.0, best_score), 3))
        self._best_memo = (text, result)
        return result

    def profile_fact(self, text: str) -> int | None:
        """Index of the public-profile fact `text` asks for, or None."""
        _, q = self._query(text)
        if not q:
            return None
        best_i, best_score = None, 0.0
        # "How long have you been licensed?" asks the persona; "how long does it take to
        # get licensed?" asks about the field: a fact asked of "you" needs "you" in the turn.
        personal = _addresses_you(text)
        for i, asks in enumerate(self._fact_asks):
            for ask, ask_personal in zip(asks, self._fact_personal[i], strict=True):
                if ask_personal and not personal:
                    continue
                # Question words count: "how did you start here" is not "when did you start".
                differing = sum(1 for w in q if w not in ask) + sum(1 for w in ask if w not in q)
                score = cosine(q, ask)
                if differing <= PROFILE_MAX_DIFFERING_WORDS and score > best_score:
                    best_i, best_score = i, score
        return best_i if best_score >= PROFILE_MIN_SCORE else None

    def relatedness(self, text: str) -> float:
        """How much `text` is about the persona's work, field or careers in general (0..1)."""
        toks = [t for t in self._query(text)[0] if t not in QUESTION_WORDS]
        if not toks:
            return 0.0
        field = sum(self._field_weight.get(t, 0.0) for t in toks) / len(toks)
        _, topic_score = self.best(text)
        return round(min(1.0, max(field, topic_score)), 3)

    def org_basic(self, text: str) -> str | None:
        """A short label when `text` asks a basic public fact about the organisation (what it
        does, its size, where it is based, when it was founded); None otherwise."""
        t = normalise(text)
        for label, pattern in self._org_patterns:
            if pattern.search(t):
                return label
        return None

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two free texts under this scenario's weights."""
        v = self._vec.vector
        return round(cosine(v(self.tokens(a)), v(self.tokens(b))), 3)

    def analyse(self, text: str) -> list[str]:
        """The content stems this index sees in `text` (cached for the last text)."""
        return self._query(text)[0]

    def vector(self, text: str) -> dict[str, float]:
        """`text` as a unit TF-IDF vector under this scenario's weights."""
        return self._query(text)[1]

    def tokens(self, text: str) -> list[str]:
        """Content stems, with the organisation's name folded into "org"."""
        return ["org" if w in self._org_words else w for w in tokens(text)]

    def _query(self, text: str) -> tuple[list[str], dict[str, float]]:
        # The reader asks about the same turn several times in a row: analyse it once.
        if self._query_memo[0] != text:
            toks = self.tokens(text)
            self._query_memo = (text, toks, self._vec.vector(toks))
        return self._query_memo[1], self._query_memo[2]

    # --- scoring ------------------------------------------------------------------------

    def _topic_score(self, tid: str, q: dict[str, float], toks: list[str],
                     damping: float) -> float:
        score = max((cosine(q, e) for e in self._examples[tid]), default=0.0)
        score = max(score, CENTROID_WEIGHT * cosine(q, self._centroids[tid]))
        score = max(score, ANSWER_WEIGHT * max((cosine(q, a) for a in self._answers[tid]),
                                               default=0.0))
        score *= damping
        hits = sum(1 for k in self._keywords[tid] if _contains(toks, k))
        if hits:
            score = max(score, KEYWORD_SCORE) + KEYWORD_BONUS * hits
        return score


_ORG_NOUNS = r"(?:company|organi[sz]ation|org|firm|bank|employer|business|agency|institution)"


def org_name_pattern(organisation: str) -> str:
    """A regex alternative matching the organisation's name in normalised text."""
    name = normalise(organisation)
    names = {re.escape(name), re.escape(name.removeprefix("the "))}
    return rf"(?:the )?(?:{'|'.join(sorted(names))})"


def _org_patterns(organisation: str) -> list[tuple[str, re.Pattern[str]]]:
    """Questions whose answers are on the organisation's own website."""
    org = rf"(?:{org_name_pattern(organisation)}|(?:your|the|this) {_ORG_NOUNS}|you guys)"
    near = rf"(?:{org}|it|here|there)"  # once the organisation is the subject, "it" will do
    end = r"\s*(?:[?.!,;]|$)"
    return [
        (f"what {organisation} does", re.compile(
            rf"\bwhat (?:exactly |actually )?(?:does|do) {org} (?:actually |exactly |even )?do"
            rf"(?: exactly| as an? {_ORG_NOUNS}| for a living)?{end}"
            rf"|\bwhat (?:kind|sort|type) of {_ORG_NOUNS} is {org}"
            rf"|\bwhat (?:is|does) {org}(?: do)?{end}"
            rf"|\bwhat (?:industry|sector|line of business) is {org} in")),
        (f"how big {organisation} is", re.compile(
            rf"\bhow (?:many|much) (?:people|employees|staff|workers|folks|persons)"
            rf" (?:work|are employed|are there) (?:at|for|in) {near}"
            rf"|\bhow (?:many|much) (?:people|employees|staff|workers) (?:does|do) {org}"
            rf" (?:have|employ)"
            rf"|\b(?:how big|how large|what size) is {org}"
            rf"|\bwhat is (?:the size of|the headcount (?:at|of)) {org}")),
        (f"where {organisation} is based", re.compile(
            rf"\bwhere (?:is|are) {near}(?: actually)? (?:based|headquartered|located|hq)"
            rf"|\bwhere (?:is|are) (?:{org} )?(?:the |its |your )?(?:headquarters|hq|head office|"
            rf"main office|head ?quarters)"
            rf"|\b(?:is|are) {org} (?:based|headquartered) (?:in|out of)"
            rf"|\bwhere is {org}{end}")),
        (f"when {organisation} was founded", re.compile(
            rf"\b(?:when|what year) (?:was|did) {org} (?:first )?(?:founded|established|"
            rf"started|set up|created|get started|start|begin|open)"
            rf"|\b(?:when|what year) was {near} (?:founded|established|set up)"
            rf"|\bhow old is {org}|\bwho founded {org}"
            rf"|\bhow long has {org} (?:been around|existed|been in business|been going)")),
    ]


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b")


def _addresses_you(text: str) -> bool:
    return bool(_YOU.search(normalise(text)))


def _contains(toks: list[str], phrase: tuple[str, ...]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in toks
    n = len(phrase)
    return any(toks[i] == phrase[0] and tuple(toks[i:i + n]) == phrase
               for i in range(len(toks) - n + 1))
