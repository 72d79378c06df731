"""The nominal linker's inputs read off spaCy's parses: named mentions with the title words written before them
("President" in "President Alexander Lukashenko"), and noun phrases that name no entity by themselves ("the tractor
plant", "the embattled leader") with their head, modifiers and apposition. The pipeline takes the phrases from
spaCy's noun chunks; the NewsWCL50 evaluation from its gold mentions. The linker (resolve/nominals.py) reads only
these records.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..models import Mention, NamedMention, Nominal
from .parse import Parsed

__all__ = ["token_span", "named_mention", "nominal", "find_nominals", "titled_mentions"]

_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "nummod", "punct"})


def token_span(parsed: Parsed, start: int, end: int) -> tuple[Span, int] | None:
    """The tokens covering text[start:end] (within one paragraph), and the paragraph's offset in the text."""
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None or not para.start <= start < para.end:
            continue
        span = doc.char_span(start - para.start, min(end, para.end) - para.start, alignment_mode="expand")
        return (span, para.start) if span is not None and len(span) else None
    return None


def _reaches(token: Token, root: Token, end: int) -> bool:
    """Whether the token hangs off ``root`` through words before ``end`` (it belongs to the root's phrase)."""
    while token.i != root.i:
        if token.head.i == token.i or token.head.i >= end:
            return False
        token = token.head
    return True


def _title(span: Span) -> tuple[tuple[str, ...], int]:
    """The words written before a name in its phrase: "former FBI director" in "former FBI director James Comey"."""
    root, doc = span.root, span.doc
    if span.start == 0 or doc[span.start - 1].ent_type_:
        return (), span.start_char  # a name before a name ("the Obama Iran deal") is no title
    words: list[str] = []
    i = span.start - 1
    while i >= span.sent.start:
        token = doc[i]
        if token.dep_ not in _TITLE_DEPS or token.is_quote or token.text in (",", "(", ")"):
            break
        if not _reaches(token, root, span.end):
            break
        words.insert(0, token.lemma_.lower())
        i -= 1
    return tuple(w for w in words if w.replace(".", "").replace("-", "").isalnum()), doc[i + 1].idx


def named_mention(parsed: Parsed, article: str, start: int, end: int, entity: str, label: str) -> NamedMention:
    found = token_span(parsed, start, end)
    if found is None:
        return NamedMention(article, start, end, entity, label, parsed.article.text[start:end])
    title, title_start = _title(found[0])
    return NamedMention(article, start, end, entity, label, parsed.article.text[start:end], title,
                        found[1] + title_start if title else None)


def _head(span: Span) -> Token:
    root = span.root
    if root.pos_ in _HEADS:
        return root
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else root


def _partner(head: Token, span: Span) -> Token | None:
    """The head of a phrase in apposition to this one, or the subject this one is the copula complement of."""
    if head.dep_ == "appos" and not span.start <= head.head.i < span.end:
        return head.head
    appos = [c for c in head.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
    if appos:
        return appos[0]
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def nominal(parsed: Parsed, article: str, start: int, end: int) -> Nominal | None:
    """The noun phrase at text[start:end] as the linker sees it; None where the parse has no tokens there."""
    found = token_span(parsed, start, end)
    if found is None:
        return None
    span, offset = found
    head = _head(span)
    modifiers = tuple(t.lemma_.lower() for t in span if t.i != head.i and t.pos_ in _CONTENT)
    partner = _partner(head, span)
    return Nominal(article, start, end, head.lemma_.lower(), offset + head.idx, modifiers,
                   plural=head.tag_ in ("NNS", "NNPS"), proper=_proper(head),
                   partner=None if partner is None else offset + partner.idx, several=_several(head),
                   indefinite=any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children))


def _several(head: Token) -> bool:
    """"the two leaders", "both sides": a number above one or "both" before a plural head."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.i < head.i and (c.lower_ == "both" or c.pos_ == "NUM" and c.lower_ not in ("one", "1"))
               for c in head.children)


def _proper(head: Token) -> bool:
    """A proper noun, or a capitalised word (the tagger misses names in brackets: "[Trump] said"), or the end of
    a hyphenated name ("Jae-in")."""
    if head.pos_ == "PROPN" or head.text[:1].isupper():
        return True
    doc, i = head.doc, head.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and doc[i - 2].text[:1].isupper()


def titled_mentions(parsed: Parsed) -> list[Mention]:
    """The article's entity mentions, each with the title words written before it."""
    out = []
    for m in parsed.mentions:
        found = token_span(parsed, m.start, m.end)
        if found is None:
            out.append(m)
            continue
        title, title_start = _title(found[0])
        out.append(replace(m, title=title, title_start=found[1] + title_start if title else None))
    return out


def find_nominals(parsed: Parsed) -> list[Nominal]:
    """Noun phrases with a common-noun head that no entity mention covers, outside quotation marks."""
    named = [(m.start, m.end) for m in parsed.mentions]
    out = []
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None:
            continue
        for chunk in doc.noun_chunks:
            head = chunk.root
            start, end = para.start + chunk.start_char, para.start + chunk.end_char
            at = para.start + head.idx
            if head.pos_ != "NOUN" or any(s <= at < e for s, e in named) or parsed.in_quote(start, end):
                continue
            found = nominal(parsed, parsed.article.id, start, end)
            if found is not None:
                out.append(found)
    return out
