"""Reported speech and stance from the dependency parse: "X said (that) ...", "..., X said", "according to X, ...",
"X accused Y of ...", "X wants to ...". Each is a source, a cue and a content span, found sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..models import Mention
from .parse import Parsed

__all__ = ["Found", "Speaker", "CLAUSE_CUES", "OBJECT_CUES", "find_attributions", "outermost", "speaker",
           "last_person"]

# Verbs that report what someone said, wrote or thought, with the words as a clause ("said that ...").
CLAUSE_CUES = {
    "say", "tell", "add", "write", "tweet", "post", "email", "report", "note", "argue", "announce", "suggest",
    "claim", "warn", "insist", "deny", "admit", "acknowledge", "explain", "state", "declare", "confirm", "reveal",
    "indicate", "predict", "recall", "conclude", "respond", "reply", "answer", "ask", "vow", "promise", "pledge",
    "believe", "think", "expect", "hope", "fear", "worry", "feel", "assert", "contend", "maintain", "allege",
    "complain", "boast", "brag", "concede", "stress", "emphasize", "reiterate", "repeat", "mention", "observe",
    "remark", "retort", "joke", "quip", "speculate", "estimate", "agree", "wonder", "demand", "urge", "recommend",
    "propose", "advise", "caution", "signal", "hint", "imply", "disclose", "testify", "show", "find", "point",
    "assure", "guarantee", "lament", "charge", "counter", "scoff", "muse", "shout", "yell", "chant", "exclaim",
    "whisper", "proclaim", "doubt", "suspect",
}
# Verbs whose object or complement is the stance itself ("accused Y of ...", "endorsed Y", "wants to ...").
OBJECT_CUES = {
    "accuse", "blame", "criticize", "criticise", "blast", "slam", "praise", "endorse", "oppose", "reject",
    "dismiss", "defend", "condemn", "denounce", "decry", "mock", "ridicule", "cite", "describe", "call", "want",
    "plan", "intend", "seek", "refuse", "decline", "threaten", "prefer", "favor", "favour", "welcome", "applaud",
    "question", "challenge", "discuss", "attack", "thank", "apologize", "support", "back", "laud", "hail", "berate",
    "chide", "scold", "lambaste", "rebuke", "assail", "castigate", "label", "dub", "brand", "characterize", "tout",
    "highlight", "emphasize", "underscore", "acknowledge", "admit", "deny", "promise", "pledge", "vow", "urge",
    "demand", "propose", "recommend", "predict", "announce", "confirm", "reveal", "refer", "address", "dispute",
    "contest", "embrace", "mention", "talk", "offer", "express", "hope", "view", "regard", "recognize",
    "realize", "list", "remind", "portray", "order", "comment", "voice", "quote", "reference", "press", "convince",
    "persuade", "credit", "deem", "outline", "rail", "plead", "detail", "congratulate", "recount", "request",
    "rebut", "retweet", "vouch", "bemoan", "echo", "consider", "learn", "invoke", "cheer", "resist",
    "decide", "name", "publish", "issue",
}
_CUES = CLAUSE_CUES | OBJECT_CUES
# The small model's lemmatiser misreads a few forms ("hoped" -> "hop").
_LEMMA_FIXES = {"hop": "hope", "retweete": "retweet"}
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "dative", "prep", "attr", "acomp"}
# Verbs whose bare object is no attribution ("called the strike", but "called it a disgrace").
_NEEDS_COMPLEMENT = {"call"}
_CONTENT_PREPS = {"of", "for", "about", "on", "against", "over", "to", "that", "as"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PERSONAL = {"he", "she", "him", "her", "his", "i", "me", "my", "we", "us", "our", "they", "them", "their", "you",
             "it", "its"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_THIRD_PERSON = {"he", "she", "him", "her", "his"}
_NAME_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "PART"}
_TRAILING = {",", ".", ";", ":", "-", "—", "–", "!", "?", "(", ")"}
_OPENING = "\"“‘'«"
_CLOSING = "\"”’'»"


@dataclass(frozen=True)
class Found:
    """One attribution as character spans into the article text; ``source`` is None when no one is named."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: tuple[int, int] | None
    cue_text: str
    head: int | None = None  # where the source's head word starts ("Lindsay" in "Paul Lindsay, a spokesman")


Speaker = tuple[str | None, int | None, int | None]  # (name, start, end) of the source


def _subtree_bounds(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Token range without the punctuation at its edges (closing quotation marks stay with what they close)."""
    while first <= last and (doc[first].is_punct and doc[first].text not in _OPENING or doc[first].is_space):
        first += 1
    while first <= last and (doc[last].text in _TRAILING or doc[last].is_space or doc[last].pos_ == "CCONJ"
                             or doc[last].text in _OPENING and last > first):
        if doc[last].text == ")" and "(" in doc[first:last].text:
            break  # "Sen. Jack Reed (D-R.I.)" keeps its closing parenthesis
        last -= 1
    if first <= last and doc[last].text in _CLOSING and not any(doc[i].text in _OPENING for i in range(first, last)):
        last -= 1  # a closing mark whose opening lies outside the span
        while first <= last and doc[last].text in _TRAILING:
            last -= 1
    return (first, last) if first <= last else None


def _chars(doc: Doc, offset: int, first: int, last: int) -> tuple[int, int]:
    return offset + doc[first].idx, offset + doc[last].idx + len(doc[last].text)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a participle ("..., adding that"), an infinitive ("is expected to endorse") or a
    second verb ("smiled and said") borrows the subject of the verb it hangs from."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return None
        subj = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subj:
            return subj[0]
        agent = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent[0]
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _clause_content(verb: Token) -> tuple[int, int] | None:
    """The reported clause: the verb's clausal complement, or the clause the cue is tacked onto ("..., X said")."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        return min(c.left_edge.i for c in comps), max(c.right_edge.i for c in comps)
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp") or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.left_edge.i > head.left_edge.i and verb.right_edge.i >= head.right_edge.i:  # "..., X said."
        return head.left_edge.i, verb.left_edge.i - 1
    if verb.left_edge.i <= head.left_edge.i:  # "X said, ..." read as a parenthesis
        return verb.right_edge.i + 1, head.right_edge.i
    return head.left_edge.i, head.right_edge.i  # "..., X said, ...": around the cue


def _source_bounds(subj: Token) -> tuple[int, int] | None:
    """The subject's phrase; an apposition keeps the comma that closes it ("X, a spokesman for Y, said")."""
    bounds = _trim(subj.doc, *_subtree_bounds(subj))
    if bounds is None:
        return None
    first, last = bounds
    after = last + 1
    if after < len(subj.doc) and subj.doc[after].text == "," and "," in subj.doc[first:after].text:
        return first, after
    return bounds


def _when(prep: Token) -> bool:
    """ "on Saturday", "over the weekend": a time, not a topic."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _complemented(verb: Token) -> bool:
    """The verb says something about its object: a clause, an object with a predicate, "for" or "on" a topic."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"ccomp", "xcomp"}) or {"dobj", "oprd"} <= deps or any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "as") and not _when(c) for c in verb.children)


def _object_content(verb: Token, clause_verb: bool) -> tuple[int, int] | None:
    """What the stance is about: the objects and complements right of the verb ("Y of ...", "to ...")."""
    if verb.lemma_.lower() in _NEEDS_COMPLEMENT and not _complemented(verb):
        return None  # "called the strike", not "called it a disgrace" or "called for talks"
    parts = []
    for child in verb.rights:
        if child.dep_ not in _CONTENT_DEPS:
            continue
        if child.dep_ == "prep" and (child.lower_ not in _CONTENT_PREPS or _when(child)):
            continue
        if child.dep_ in ("dobj", "dative") and clause_verb and verb.lemma_.lower() in ("tell", "ask"):
            continue  # "told reporters", "asked him": the addressee, not the message
        parts.append(_subtree_bounds(child))
    if not parts:
        return None
    return min(p[0] for p in parts), max(p[1] for p in parts)


def _cue_bounds(verb: Token) -> tuple[int, int]:
    """The cue verb with its auxiliaries and negation ("has said", "did not deny") and a particle ("point out")."""
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "neg") and c.i >= verb.i - 3])
    last = max([verb.i] + [c.i for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1])
    return first, last


def _verb_attribution(verb: Token, offset: int) -> Found | None:
    lemma = _LEMMA_FIXES.get(verb.lemma_.lower(), verb.lemma_.lower())
    if verb.pos_ != "VERB" or lemma not in _CUES or _is_passive(verb):
        return None
    content: tuple[int, int] | None = None
    if lemma in CLAUSE_CUES:
        content = _clause_content(verb)
    if content is None:
        content = _object_content(verb, lemma in CLAUSE_CUES)
    if content is None:
        return None
    doc = verb.doc
    trimmed = _trim(doc, *content)
    if trimmed is None:
        return None
    subj = _subject(verb)
    bounds = _source_bounds(subj) if subj is not None else None
    source = _chars(doc, offset, *bounds) if bounds else None
    cue_first, cue_last = _cue_bounds(verb)
    cue = _chars(doc, offset, cue_first, cue_last)
    head = None
    if subj is not None and source:  # "X, who said": the head is X, the noun the clause describes
        head = offset + (subj.head.head.idx if subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl" else subj.idx)
    return Found(cue, _chars(doc, offset, *trimmed), source, doc[cue_first: cue_last + 1].text, head)


def _according_to(tok: Token, offset: int) -> Found | None:
    """ "according to X": X is the source, the rest of the clause is what X says."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ != "to":
        return None
    doc, to = tok.doc, tok.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    src = _trim(doc, *_subtree_bounds(objects[0]))
    sent = tok.sent
    pp_first, pp_last = tok.i, max(to.right_edge.i, objects[0].right_edge.i)
    if pp_first - sent.start >= sent.end - 1 - pp_last:
        content = _trim(doc, sent.start, pp_first - 1)
    else:
        content = _trim(doc, pp_last + 1, sent.end - 1)
    if content is None or src is None:
        return None
    cue = _chars(doc, offset, tok.i, to.i)
    return Found(cue, _chars(doc, offset, *content), _chars(doc, offset, *src), doc[tok.i: to.i + 1].text,
                 offset + objects[0].idx)


def _headline(sent: Span, offset: int) -> Found | None:
    """ "Graham: Trump's rhetoric is destroying the party": a short name, a colon, then what they said."""
    colon = next((t for t in sent[:7] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or sent.end - colon.i < 4:
        return None
    who = sent.doc[sent.start: colon.i]
    if not all(t.pos_ in _NAME_POS or t.text in ".'’-" for t in who) \
            or not any(t.pos_ == "PROPN" or t.lower_ in _THIRD_PERSON for t in who):
        return None
    content = _trim(sent.doc, colon.i + 1, sent.end - 1)
    if content is None:
        return None
    return Found(_chars(sent.doc, offset, colon.i, colon.i), _chars(sent.doc, offset, *content),
                 _chars(sent.doc, offset, sent.start, colon.i - 1), ":", offset + who.root.idx)


def _candidates(doc: Doc, offset: int) -> Iterator[Found]:
    for sent in doc.sents:
        headline = _headline(sent, offset)
        if headline is not None:
            yield headline
    for tok in doc:
        found = _according_to(tok, offset) or _verb_attribution(tok, offset)
        if found is not None:
            yield found


def outermost(found: list[Found]) -> list[Found]:
    """One attribution per stretch of text: a cue inside another attribution's content is nested and dropped
    (the wider one wins: "X said Y wants ..." is X's attribution)."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: f.content[0] - f.content[1]):
        if any(k.content[0] <= f.cue[0] < k.content[1] for k in kept):
            continue
        if any(f.content[0] <= k.cue[0] < f.content[1] for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.cue[0])


def find_attributions(parsed: Parsed, quotes: list[tuple[int, int]]) -> list[Found]:
    """Every attribution in the article whose cue is not inside one of the ``quotes`` spans, nested ones too."""
    found: list[Found] = []
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None:
            continue
        for f in _candidates(doc, para.start):
            if not any(qs <= f.cue[0] and f.cue[1] <= qe for qs, qe in quotes):
                found.append(f)
    return found


def last_person(mentions: list[Mention], before: int) -> Mention | None:
    people = [m for m in mentions if m.label == "PERSON" and m.end <= before and not m.in_quote]
    return people[-1] if people else None


def _mention_in(parsed: Parsed, start: int, end: int, head: int | None) -> Mention | None:
    """The name inside a source: the one its head word belongs to, else the first person, else organisation."""
    inside = [m for m in parsed.mentions if start <= m.start and m.end <= end]
    covering = [m for m in inside if head is not None and m.start <= head < m.end]
    ranked = covering + sorted((m for m in inside if m.label in ("PERSON", "ORG")), key=lambda m: m.label != "PERSON")
    return ranked[0] if ranked else None


def speaker(parsed: Parsed, found: Found, before: int) -> Speaker:
    """The source as written ("Paul Lindsay, a spokesman for the party"; "he") and who it names: the entity
    mention in it, for a personal pronoun the last person mentioned before ``before``, for a relative pronoun
    ("X, who said") the name it follows; a description without a name is its own name."""
    if found.source is None:
        return None, None, None
    start, end = found.source
    text = parsed.article.text[start:end]
    low = text.lower()
    if low in _PERSONAL:
        person = last_person(parsed.mentions, min(before, start)) if low in _THIRD_PERSON else None
        return (person.text if person else None), start, end
    if low in _RELATIVE:
        head = found.head
        antecedent = [m for m in parsed.mentions if head is not None and m.start <= head < m.end]
        return (antecedent[0].text if antecedent else None), start, end
    mention = _mention_in(parsed, start, end, found.head)
    if mention is None:
        return (text if len(text) < 80 else None), start, end
    if any(m.start == start and m is not mention for m in parsed.mentions):
        start = mention.start  # "Interior Minister Oleksandr Bryl": the span must not open on another name
    return mention.text, start, end
