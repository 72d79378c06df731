"""Reported speech and stance from the dependency parse: "X said (that) ...", "..., X said", "according to X, ...",
"X accused Y of ...", "X wants to ...". Each is a source, a cue and a content span, found sentence by sentence;
who a source names (a pronoun's antecedent, the name in a description) is settled in nlp.quotes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .languages import LanguagePack
from .parse import Parsed

__all__ = ["Found", "find_attributions", "outermost", "in_quotation", "source_bounds", "source_token"]

# The small model's lemmatiser misreads a few forms ("hoped" -> "hop").
_LEMMA_FIXES = {"hop": "hope", "retweete": "retweet"}
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "dative", "prep", "attr", "acomp"}
# Verbs whose bare object is no attribution ("called the strike", but "called it a disgrace").
_NEEDS_COMPLEMENT = {"call"}
# Verbs whose direct object is who is affected, not what is held ("the strikes worry him", not "worry that").
_NO_OBJECT_CONTENT = {"worry"}
_CONTENT_PREPS = {"of", "for", "about", "on", "against", "over", "to", "that", "as"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_THIRD_PERSON = {"he", "she", "him", "her", "his"}
_PEOPLE = {"him", "her", "them", "me", "us", "you"}
_NAME_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "PART"}
_TRAILING = {",", ".", ";", ":", "-", "—", "–", "!", "?", "(", ")"}
_OPENING = "\"“‘'«"
_CLOSING = "\"”’'»"
_FINITE = {"VBD", "VBZ", "VBP"}
# A parenthesis closed by the first mark is opened by the second: ", a spokesman," "— who ... —" "( ... )".
_PAIRED = {",": ",", "—": "—", "–": "–", ")": "("}
# Prepositions of place and direction: "marched out of the gates chanting ..." is the marchers chanting.
_PLACES = {"out", "into", "from", "at", "in", "on", "through", "across", "to", "toward", "towards", "onto", "past",
           "along", "around", "outside", "inside", "near", "down", "up", "off"}
_REFLEXIVE = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}


@dataclass(frozen=True)
class Found:
    """One attribution as character spans into the article text; ``source`` is None when no one is named."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: tuple[int, int] | None
    cue_text: str
    head: int | None = None  # where the source's head word starts ("Lindsay" in "Paul Lindsay, a spokesman")
    lemma: str = ""  # the cue's lemma ("say"; "according to"; ":" for a headline)


def _subtree_bounds(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Token range without the punctuation at its edges (closing quotation marks stay with what they close)."""
    while first <= last and (doc[first].is_punct and (doc[first].text not in _OPENING or doc[first].tag_ == "''")
                             or doc[first].is_space):
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


def _lemma(tok: Token) -> str:
    return _LEMMA_FIXES.get(tok.lemma_.lower(), tok.lemma_.lower())


def in_quotation(tok: Token) -> bool:
    """Whether the token lies between an opening and a closing quotation mark of its paragraph."""
    depth = 0
    for t in tok.doc[: tok.i]:
        if t.tag_ == "``" or t.text in "“«":
            depth += 1
        elif (t.tag_ == "''" or t.text in "”»") and depth:
            depth -= 1
    return depth > 0 and any(t.tag_ == "''" or t.text in "”»" for t in tok.doc[tok.i:])  # a stray mark opens none


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a participle ("..., adding that"), an infinitive ("is expected to endorse") or a
    second verb ("smiled and said") borrows the subject of the verb it hangs from, and a participle after a
    noun ("protesters demanding ...") has that noun for subject."""
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
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if not _a_place(current.head):
                return current.head
            current = next((t for t in current.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            continue
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _a_place(noun: Token) -> bool:
    """ "out of the factory gates", "into the square": the noun names where, not who."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    return prep.lower_ in _PLACES or prep.lower_ == "of" and prep.head.dep_ == "prep" and prep.head.lower_ in _PLACES


def _inverted(verb: Token) -> Token | None:
    """ '"...," said the minister' and '"Who voted?" shouts a worker': right after a closing quotation mark the
    speaker follows the verb, however the parse labelled it."""
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or not (doc[before].tag_ == "''" or doc[before].text in "”»") or _lemma(verb) == "tell":
        return None
    after = [c for c in verb.rights if c.left_edge.i == verb.i + 1 and c.pos_ in ("NOUN", "PROPN")
             and c.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "dative", "oprd", "appos")]
    return after[0] if after else None


def _quote_before(verb: Token) -> tuple[int, int] | None:
    """The quoted words just before an inverted cue, marks included."""
    doc = verb.doc
    close = verb.i - 1
    while close >= 0 and doc[close].text == ",":
        close -= 1
    opening = next((i for i in range(close - 1, -1, -1) if doc[i].tag_ == "``" or doc[i].text in "“«"), None)
    return (opening, close) if opening is not None else (verb.sent.start, close)


def _subject_before(verb: Token) -> Token | None:
    """A finite reporting verb the parse left without a subject ("X — who ... — said"; "Speaking to Y, X, the
    leader, described"): the name right before it, past one parenthesis."""
    if verb.tag_ not in _FINITE:
        return None
    doc = verb.doc
    i = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod") and c.i >= verb.i - 3]) - 1
    if i >= 0 and doc[i].text in _PAIRED:
        opener = _PAIRED[doc[i].text]
        i = next((j for j in range(i - 1, max(verb.sent.start, i - 15) - 1, -1) if doc[j].text == opener), -1) - 1
    if i < verb.sent.start or doc[i].pos_ not in ("PROPN", "NOUN") or doc[i].ent_type_ in ("DATE", "TIME"):
        return None
    return doc[i]


def source_token(verb: Token) -> tuple[Token | None, bool]:
    """The head word of who speaks through the cue ``verb``, and whether it follows the verb ('"...," said X').
    A subject inside the quotation before the cue is part of the quote, not its source."""
    subj = _subject(verb)
    if subj is not None and (subj.i < verb.i and in_quotation(subj) and not in_quotation(verb)
                             or subj.dep_ == "csubj" and subj.tag_ == "VBG"):
        subj = None  # '"... Thousands remain," tweeted X'; "Speaking to Y, X said" read as a clausal subject
    if subj is None:
        inverted = _inverted(verb)
        if inverted is not None:
            return inverted, True
        return _subject_before(verb), False
    return subj, False


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


def source_bounds(subj: Token) -> tuple[int, int] | None:
    """The subject's phrase; an apposition keeps the comma that closes it ("X, a spokesman for Y, said"), and
    a phrase the parse hung before the name ("Speaking to Y, X ...") is left out."""
    first, last = _subtree_bounds(subj)
    for child in subj.lefts:
        if child.dep_ in ("acl", "advcl", "prep", "npadvmod") and child.right_edge.i + 1 < subj.i \
                and subj.doc[child.right_edge.i + 1].text == ",":
            first = child.right_edge.i + 2
    bounds = _trim(subj.doc, first, last)
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
        c.dep_ == "prep" and c.lower_ in ("for", "on", "as") and not _when(c) or _for_to(c) for c in verb.children)


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _for_to(tok: Token) -> bool:
    """ "(calling) for the minister to resign" """
    return tok.dep_ == "advcl" and _infinitive(tok) and any(c.dep_ == "mark" and c.lower_ == "for"
                                                            for c in tok.children)


def _object_content(verb: Token, clause_verb: bool) -> tuple[int, int] | None:
    """What the stance is about: the objects and complements right of the verb ("Y of ...", "to ..."), with the
    infinitive that completes them ("calling for X to step down")."""
    lemma = _lemma(verb)
    if lemma in _NEEDS_COMPLEMENT and not _complemented(verb):
        return None  # "called the strike", not "called it a disgrace" or "called for talks"
    parts: list[tuple[int, int]] = []
    for child in verb.rights:
        if child.dep_ == "advcl" and _infinitive(child) and (parts and child.left_edge.i <= parts[-1][1] + 2
                                                             or _for_to(child)):
            parts.append(_subtree_bounds(child))  # "for X to step down"
            continue
        if child.dep_ not in _CONTENT_DEPS:
            continue
        if child.dep_ == "prep" and (child.lower_ not in _CONTENT_PREPS or _when(child)):
            continue
        if child.dep_ in ("dobj", "dative") and (clause_verb and lemma in ("tell", "ask")
                                                 or lemma in _NO_OBJECT_CONTENT):
            continue  # "told reporters", "asked him": the addressee, not the message
        parts.append((max(child.left_edge.i, verb.i + 1), child.right_edge.i))  # "which he claims to have won"
    if not parts:
        return None
    first, last = min(p[0] for p in parts), max(p[1] for p in parts)
    if first == last and clause_verb and verb.doc[first].lower_ in _PEOPLE:
        return None  # "shouted him down", "warned them": who heard it, not what was said
    return first, last


def _cue_bounds(verb: Token) -> tuple[int, int]:
    """The cue verb with its auxiliaries and negation ("has said", "did not deny") and a particle ("point out")."""
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "neg") and c.i >= verb.i - 3])
    last = max([verb.i] + [c.i for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1])
    return first, last


def _content(verb: Token, lemma: str, inverted: bool, pack: LanguagePack) -> tuple[int, int] | None:
    if inverted:
        return _quote_before(verb)
    content: tuple[int, int] | None = None
    if lemma in pack.speech_verbs:
        content = _clause_content(verb)
    if content is None:
        content = _object_content(verb, lemma in pack.speech_verbs)
    return content


def _verb_attribution(verb: Token, offset: int, pack: LanguagePack) -> Found | None:
    lemma = _lemma(verb)
    if verb.pos_ != "VERB" or lemma not in pack.speech_verbs and lemma not in pack.stance_verbs \
            or _is_passive(verb):
        return None
    subj, inverted = source_token(verb)
    content = _content(verb, lemma, inverted, pack)
    trimmed = _trim(verb.doc, *content) if content is not None else None
    if trimmed is None or lemma == "find" and verb.doc[trimmed[0]].lower_ in _REFLEXIVE:
        return None  # "found themselves facing ...": where they ended up, not what they found
    doc = verb.doc
    bounds = source_bounds(subj) if subj is not None else None
    if bounds and bounds[0] <= verb.i <= bounds[1]:  # "protesters demanding ...": the noun without the cue
        bounds = _trim(doc, bounds[0], verb.left_edge.i - 1) if verb.left_edge.i > bounds[0] else None
    source = _chars(doc, offset, *bounds) if bounds else None
    cue_first, cue_last = _cue_bounds(verb)
    cue = _chars(doc, offset, cue_first, cue_last)
    head = offset + subj.idx if subj is not None and source else None
    return Found(cue, _chars(doc, offset, *trimmed), source, doc[cue_first: cue_last + 1].text, head, lemma)


def _reported_sentence(tok: Token) -> tuple[int, int]:
    """The sentence around ``tok``, reaching back over sentence breaks inside a quotation ('"Thank you. You can
    go," he said, according to X')."""
    sent = tok.sent
    start = sent.start
    for _ in range(3):
        if start == 0 or not in_quotation(tok.doc[start]):
            break
        start = tok.doc[start - 1].sent.start
    return start, sent.end


def _according_to(tok: Token, offset: int) -> Found | None:
    """ "according to X": X is the source, the rest of the clause is what X says."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ != "to":
        return None
    doc, to = tok.doc, tok.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    src = _trim(doc, *_subtree_bounds(objects[0]))
    start, end = _reported_sentence(tok)
    pp_first, pp_last = tok.i, max(to.right_edge.i, objects[0].right_edge.i)
    if pp_first - start >= end - 1 - pp_last:
        content = _trim(doc, start, pp_first - 1)
    else:
        content = _trim(doc, pp_last + 1, end - 1)
    if content is None or src is None:
        return None
    cue = _chars(doc, offset, tok.i, to.i)
    return Found(cue, _chars(doc, offset, *content), _chars(doc, offset, *src), doc[tok.i: to.i + 1].text,
                 offset + objects[0].idx, "according to")


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
                 _chars(sent.doc, offset, sent.start, colon.i - 1), ":", offset + who.root.idx, ":")


def _candidates(doc: Doc, offset: int, pack: LanguagePack) -> Iterator[Found]:
    for sent in doc.sents:
        headline = _headline(sent, offset)
        if headline is not None:
            yield headline
    for tok in doc:
        found = _according_to(tok, offset) or _verb_attribution(tok, offset, pack)
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
    for para, doc, pack in zip(parsed.paragraphs, parsed.docs, parsed.packs, strict=True):
        if doc is None:
            continue
        for f in _candidates(doc, para.start, pack):
            if not any(qs <= f.cue[0] and f.cue[1] <= qe for qs, qe in quotes):
                found.append(f)
    return found
