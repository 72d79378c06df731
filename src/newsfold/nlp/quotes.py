"""Direct quotes with their speaker and cue verb.

The speaker is the subject of the cue verb next to the quote ("..., he said"; "X told reporters: ...";
"..., saying: ..."); a pronoun or a quote with no cue of its own takes the last person the text was about.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Mention, Quote
from .parse import Parsed

__all__ = ["extract_quotes", "CUE_LEMMAS"]

CUE_LEMMAS = {
    "say", "tell", "add", "tweet", "write", "shout", "warn", "state", "declare", "announce", "insist",
    "explain", "claim", "vow", "relate", "report", "chant", "reply", "ask", "note", "argue", "stress",
    "describe", "urge", "quote", "post", "scream", "yell", "promise", "admit", "recall", "continue",
}
_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_ACCORDING = re.compile(r"according to (?:the )?(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)")


def _cue_near(doc: Doc, q_start: int, q_end: int) -> Token | None:
    """The cue verb nearest the quote, outside it, in the sentence(s) touching the quote."""
    candidates = []
    for tok in doc:
        if q_start <= tok.idx < q_end or tok.lemma_.lower() not in CUE_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
            continue
        distance = q_start - tok.idx if tok.idx < q_start else tok.idx - q_end
        sent_ok = tok.sent.start_char <= q_end and q_start <= tok.sent.end_char
        if sent_ok and distance < 160:
            candidates.append((distance, tok))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _subject(cue: Token) -> Token | None:
    verb: Token | None = cue
    for _ in range(3):  # "..., saying:" and "adding that" hang off the main verb: climb to its subject
        if verb is None:
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent[0]
        verb = verb.head if verb.head.i != verb.i else None
    return None


def _last_person(mentions: list[Mention], before: int) -> Mention | None:
    people = [m for m in mentions if m.label == "PERSON" and m.end <= before and not m.in_quote]
    return people[-1] if people else None


def _mention_covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for m in mentions:
        if m.start <= start < m.end or start <= m.start < end:
            return m
    return None


def _speaker(parsed: Parsed, offset: int, cue: Token | None, q_start: int
             ) -> tuple[str | None, int | None, int | None]:
    if cue is not None:
        after = offset + cue.idx + len(cue.text)
        inverted = [m for m in parsed.mentions
                    if m.label == "PERSON" and 0 <= m.start - after <= 2 and cue.lemma_ != "tell"]
        if inverted:  # '"...," tweeted Oliver Name'
            return inverted[0].text, inverted[0].start, inverted[0].end
        subj = _subject(cue)
        if subj is not None and subj.lower_ in ("they", "we", "it", "i", "you"):
            return None, None, None
        if subj is not None and subj.lower_ not in _PRONOUNS:
            sub_start = offset + subj.left_edge.idx
            sub_end = offset + subj.right_edge.idx + len(subj.right_edge.text)
            mention = _mention_covering(parsed.mentions, offset + subj.idx, offset + subj.idx + len(subj))
            if mention:
                return mention.text, mention.start, mention.end
            text = parsed.article.text[sub_start:sub_end].split(",")[0].strip()
            sub_end = sub_start + len(text)
            if len(text) < 80:
                return text, sub_start, sub_end
    person = _last_person(parsed.mentions, q_start)
    return (person.text, person.start, person.end) if person else (None, None, None)


def extract_quotes(parsed: Parsed) -> list[Quote]:
    article = parsed.article
    out: list[Quote] = []
    previous: Quote | None = None
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None:
            continue
        for q_start, q_end in parsed.quotes:
            if not (para.start <= q_start < para.end):
                continue
            text = article.text[q_start:q_end]
            cue = _cue_near(doc, q_start - para.start, q_end - para.start)
            alone = len(para.text.strip(" \"“”'.")) <= len(text) + 2
            same_para = previous is not None and para.start <= previous.start
            inherited = cue is None and previous is not None and (same_para or alone)
            if cue is None and not inherited and not _looks_spoken(text):
                continue  # scare quotes and titles ("March for Freedom") are not quotes
            if inherited and previous is not None:
                name, s, e, cue_text = previous.speaker_name, previous.speaker_start, previous.speaker_end, None
            else:
                name, s, e = _speaker(parsed, para.start, cue, q_start)
                cue_text = cue.text if cue is not None else None
                if cue is None:
                    according = _ACCORDING.search(para.text)
                    if according:
                        cue_text = "according to"
            quote = Quote(f"{article.id}-q{len(out)}", article.id, q_start, q_end, text, cue_text, name, s, e)
            out.append(quote)
            previous = quote
    return out


def _looks_spoken(text: str) -> bool:
    return len(text.split()) >= 4 and bool(re.search(r"\b(I|we|you|my|our|us|me)\b", text, re.I))
