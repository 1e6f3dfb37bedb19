"""Recognising what a user turn is about: TF-IDF cosine over lightly stemmed words.

Everything here is pure Python and built once per scenario, so reading a turn costs a few
dozen dictionary look-ups. The words themselves (normalising, stemming, stop words) are in
simulator.words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from simulator.public_facts import ORG_NOUNS, PublicFacts
from simulator.scenario import Scenario
from simulator.words import (
    CAREER_WORDS,
    JUDGEMENTS,
    QUESTION_WORDS,
    normalise,
    stem,
    tokens,
)

__all__ = ["CAREER_WORDS", "QUESTION_WORDS", "TOPIC_MIN_SCORE", "TopicIndex",
           "cosine", "normalise", "org_aliases", "org_name_pattern", "stem", "tokens"]

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
# Two topics one keyword lifts alike ("switch" is both how they got in and advice on
# switching) are told apart by the rest of the words when those clearly favour one ("whether
# it's realistic for someone switching in from teaching", 0.38 against 0.07, is the advice;
# "how did you end up switching", 0.31 against 0.28, stays with the first, their story).
TIE_MARGIN = 0.1
# Words that only occur in the persona's answers say less about the field than topic words.
ANSWER_WORD_WEIGHT = 0.5


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
        # The organisation's name and "the company" are the same thing to a question; only
        # the words people call it by fold ("Caerleon", not "construction").
        self.org_aliases = org_aliases(scenario)
        self.org_pattern = org_name_pattern(self.org_aliases)
        self._org_words = frozenset(w for a in self.org_aliases[1:] or self.org_aliases
                                    for w in tokens(a)) - {"org"}
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
        self._fact_wh = [[_wh_words(a) for a in f.asks] for f in scenario.public_profile]
        self._field_weight: dict[str, float] = {}
        for docs in topic_answers.values():
            for d in docs:
                self._field_weight.update(dict.fromkeys(d, ANSWER_WORD_WEIGHT))
        strong = {w for docs in topic_examples.values() for d in docs for w in d}
        strong |= {w for ks in self._keywords.values() for k in ks for w in k}
        strong |= set(people_words) | set(CAREER_WORDS)
        strong |= {w for term in scenario.vocabulary for w in self.tokens(term)}
        self._field_weight.update(dict.fromkeys(strong, 1.0))
        # Words that name the field or careers themselves (not words the examples happen
        # to use, like "year" or "people", nor judgements like "fun" or "hard"): evidence
        # a turn is about work.
        self.field_words = frozenset(
            set(CAREER_WORDS) | set(people_words) | {"org"}
            | {w for ks in self._keywords.values() for k in ks for w in k}
            | {w for term in scenario.vocabulary for w in self.tokens(term)}) - JUDGEMENTS
        for w in QUESTION_WORDS:  # they say nothing about the field
            self._field_weight.pop(w, None)
        self.public_facts = PublicFacts(
            [f.fact for f in scenario.public_profile], persona.organisation, self._org_words,
            frozenset(tokens(persona.name)),
            [text for t in scenario.topics for text in (*t.examples, *t.keywords)], persona.role)
        # What is around the meeting ("the spools of wire behind the desk"): remarks about it
        # are about being there, not a change of subject.
        self.setting_words = frozenset(self.tokens(scenario.setting))
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
        best_id, best_score, best_own = None, 0.0, 0.0
        for tid in self._examples:
            score, own = self._topic_score(tid, q, toks, damping)
            if score > best_score or score == best_score and own > best_own + TIE_MARGIN:
                best_id, best_score, best_own = tid, score, own
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
        wh = _wh_words(text)
        for i, asks in enumerate(self._fact_asks):
            for ask, ask_personal, ask_wh in zip(asks, self._fact_personal[i], self._fact_wh[i],
                                                 strict=True):
                # Question words must agree: "how did you start here" is not "when did you
                # start", nor "how do you get licensed?" "how long have you been licensed?".
                if ask_personal and not personal or wh != ask_wh:
                    continue
                differing = sum(1 for w in q if w not in ask) + sum(1 for w in ask if w not in q)
                # A phrasing of one word ("what does X do") shares too little with a question
                # to tolerate another ("what does a storyboard look like at X?").
                content = sum(1 for w in ask if w not in QUESTION_WORDS)
                allowed = PROFILE_MAX_DIFFERING_WORDS if content > 1 else 0
                score = cosine(q, ask)
                if differing <= allowed and score > best_score:
                    best_i, best_score = i, score
        return best_i if best_score >= PROFILE_MIN_SCORE else None

    def field_weight(self, token: str) -> float:
        """How much one content stem says about the field: 1 for topic, career and
        scenario words, less for words only the persona's answers use, else 0."""
        return self._field_weight.get(token, 0.0)

    def relatedness(self, text: str, ignoring: frozenset[str] = frozenset()) -> float:
        """How much `text` is about the persona's work, field or careers in general (0..1),
        apart from the words `ignoring`."""
        toks = [t for t in self._query(text)[0] if t not in QUESTION_WORDS and t not in ignoring]
        if not toks:
            return 0.0
        field = sum(self._field_weight.get(t, 0.0) for t in toks) / len(toks)
        _, topic_score = self.best(text)
        return round(min(1.0, max(field, topic_score)), 3)

    def org_basic(self, text: str) -> str | None:
        """A short label when `text` asks a basic public fact about the organisation (what it
        does, its size, where it is based, when it was founded); None otherwise."""
        return self.public_facts.org_basic(text)

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
        """Content stems, with the organisation's name (or "the company") folded into "org"."""
        t = _THE_COMPANY.sub(" org ", normalise(text))
        return ["org" if w in self._org_words else w for w in tokens(t, normalised=True)]

    def _query(self, text: str) -> tuple[list[str], dict[str, float]]:
        # The reader asks about the same turn several times in a row: analyse it once.
        if self._query_memo[0] != text:
            toks = self.tokens(text)
            self._query_memo = (text, toks, self._vec.vector(toks))
        return self._query_memo[1], self._query_memo[2]

    # --- scoring ------------------------------------------------------------------------

    def _topic_score(self, tid: str, q: dict[str, float], toks: list[str],
                     damping: float) -> tuple[float, float]:
        """(the score, the words' own match to the topic before any keyword lifts it)."""
        score = max((cosine(q, e) for e in self._examples[tid]), default=0.0)
        score = max(score, CENTROID_WEIGHT * cosine(q, self._centroids[tid]))
        score = max(score, ANSWER_WEIGHT * max((cosine(q, a) for a in self._answers[tid]),
                                               default=0.0))
        score *= damping
        hits = sum(1 for k in self._keywords[tid] if _contains(toks, k))
        if hits:
            return max(score, KEYWORD_SCORE) + KEYWORD_BONUS * hits, score
        return score, score


def org_aliases(scenario: Scenario) -> tuple[str, ...]:
    """The organisation's name as people say it, normalised: the full name, and the shortest
    leading part of it the scenario's own text uses alone ("Caerleon" for Caerleon
    Construction, "Saint Brendan's" for Saint Brendan's Medical Center)."""
    name = scenario.persona.organisation
    words = name.split()
    prose = "\n".join(_scenario_prose(scenario))
    names = [normalise(name)]
    for k in range(1, len(words)):
        prefix = " ".join(words[:k])
        if not tokens(prefix):  # "The" of "The Keystone Institute" is no name
            continue
        alone = rf"\b{re.escape(prefix)}(?:'s)?\b(?! {re.escape(words[k])})"
        if re.search(alone, prose):
            names.append(normalise(prefix))
            break
    return tuple(dict.fromkeys(n.removeprefix("the ") for n in names))


def _scenario_prose(scenario: Scenario) -> list[str]:
    out = [scenario.title, scenario.setting]
    for t in scenario.topics:
        out += [*t.examples, *t.answers, *t.keywords]
    for f in scenario.public_profile:
        out += [f.fact, *f.asks]
    out += [line for lines in scenario.lines.model_dump().values() for line in lines or []]
    return out


def org_name_pattern(aliases: Iterable[str]) -> str:
    """A regex alternative matching any of the organisation's names in normalised text."""
    names = sorted({re.escape(a) for a in aliases}, key=len, reverse=True)
    return rf"(?:the )?(?:{'|'.join(names)})\b"


_THE_COMPANY = re.compile(rf"\b(?:the|your|this|our) {ORG_NOUNS}\b")
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b")
_WH = re.compile(r"\b(?:how (?:long|many|much|old|often|big|large)|what|when|where|who|"
                 r"whom|why|which|how)\b")


def _wh_words(text: str) -> frozenset[str]:
    """The question words of `text`, "how long" and "how many" counting as their own."""
    t = normalise(text).replace("what year", "when").replace("how many years", "how long")
    t = t.replace("which", "what")
    return frozenset(_WH.findall(t))


def _addresses_you(text: str) -> bool:
    return bool(_YOU.search(normalise(text)))


def _contains(toks: list[str], phrase: tuple[str, ...]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in toks
    n = len(phrase)
    return any(toks[i] == phrase[0] and tuple(toks[i:i + n]) == phrase
               for i in range(len(toks) - n + 1))
