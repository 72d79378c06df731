"""Quotes and who said them: direct quotes (the words inside quotation marks) and indirect attributions.

A direct quote takes the cue and source of the attribution the parse finds around it ("..., he said"; "X told
reporters: ..."), else the cue verb nearest to it; a pronoun source names the last person the text was about,
and a quote with no cue of its own continues the quote before it. Reported speech without quotation marks
("X said that ...", "according to X, ...") comes from nlp.attribution.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Mention, Quote
from .attribution import Found, Speaker, find_attributions, last_person, outermost, speaker
from .parse import Paragraph, Parsed

__all__ = ["extract_quotes", "CUE_LEMMAS"]

CUE_LEMMAS = {
    "say", "tell", "add", "tweet", "write", "shout", "warn", "state", "declare", "announce", "insist",
    "explain", "claim", "vow", "relate", "report", "chant", "reply", "ask", "note", "argue", "stress",
    "describe", "urge", "quote", "post", "scream", "yell", "promise", "admit", "recall", "continue",
}
_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_NAMELESS = {"they", "we", "it", "i", "you"}
_ACCORDING = re.compile(r"according to (?:the )?(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)")
# Quotation styles beyond the parse's: doubled apostrophes (''...'', common in wire and archive copy) and a
# straight mark closed by a curly one or the reverse.
_MORE_QUOTES = re.compile(r"''((?:(?!'').){3,}?)''|\"([^\"“”\n]{3,}?)”|“([^\"“”\n]{3,}?)\"")


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


def _mention_covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for m in mentions:
        if m.start <= start < m.end or start <= m.start < end:
            return m
    return None


def _speaker(parsed: Parsed, offset: int, cue: Token | None, q_start: int) -> Speaker:
    """The subject of the cue verb (or the name right after it: '"...," said X'); failing that the last person."""
    if cue is not None:
        after = offset + cue.idx + len(cue.text)
        inverted = [m for m in parsed.mentions
                    if m.label == "PERSON" and 0 <= m.start - after <= 2 and cue.lemma_ != "tell"]
        if inverted:
            return inverted[0].text, inverted[0].start, inverted[0].end
        subj = _subject(cue)
        if subj is not None:
            sub_start = offset + subj.idx
            sub_end = sub_start + len(subj.text)
            if subj.lower_ in _NAMELESS:
                return None, sub_start, sub_end
            if subj.lower_ in _PRONOUNS:
                person = last_person(parsed.mentions, q_start)
                return (person.text if person else None), sub_start, sub_end
            mention = _mention_covering(parsed.mentions, sub_start, sub_end)
            if mention:
                return mention.text, mention.start, mention.end
            sub_start = offset + subj.left_edge.idx
            text = parsed.article.text[sub_start: offset + subj.right_edge.idx + len(subj.right_edge.text)]
            text = text.split(",")[0].strip()
            if len(text) < 80:
                return text, sub_start, sub_start + len(text)
    person = last_person(parsed.mentions, q_start)
    return (person.text, person.start, person.end) if person else (None, None, None)


def _found_speaker(parsed: Parsed, found: Found, q_start: int) -> Speaker:
    if found.source is None:  # no subject ("Asked about it, ..."): the last person the text was about
        person = last_person(parsed.mentions, q_start)
        return (person.text, person.start, person.end) if person else (None, None, None)
    return speaker(parsed, found, q_start)


def _found_for(found: list[Found], q_start: int, q_end: int) -> Found | None:
    """The attribution whose content takes in the quote, its cue outside the quotation marks."""
    around = [f for f in found if f.content[0] < q_end and q_start < f.content[1]
              and not (q_start <= f.cue[0] < q_end)]
    return min(around, key=lambda f: min(abs(f.cue[0] - q_end), abs(f.cue[1] - q_start))) if around else None


def _quote_in(parsed: Parsed, para: Paragraph, doc: Doc, span: tuple[int, int], found: list[Found],
              previous: Quote | None, number: int) -> Quote | None:
    q_start, q_end = span
    article = parsed.article
    text = article.text[q_start:q_end]
    attribution = _found_for(found, q_start, q_end)
    cue = None if attribution else _cue_near(doc, q_start - para.start, q_end - para.start)
    alone = len(para.text.strip(" \"“”'.")) <= len(text) + 2
    same_para = previous is not None and para.start <= previous.start
    inherited = attribution is None and cue is None and previous is not None and (same_para or alone)
    if attribution is None and cue is None and not inherited and not _looks_spoken(text):
        return None  # scare quotes and titles ("March for Freedom") are not quotes
    qid = f"{article.id}-q{number}"
    if inherited and previous is not None:
        return Quote(qid, article.id, q_start, q_end, text, None, previous.speaker_name, previous.speaker_start,
                     previous.speaker_end)
    if attribution is not None:
        name, s, e = _found_speaker(parsed, attribution, q_start)
        return Quote(qid, article.id, q_start, q_end, text, attribution.cue_text, name, s, e,
                     cue_start=attribution.cue[0], cue_end=attribution.cue[1])
    name, s, e = _speaker(parsed, para.start, cue, q_start)
    if cue is None:
        cue_text = "according to" if _ACCORDING.search(para.text) else None
        return Quote(qid, article.id, q_start, q_end, text, cue_text, name, s, e)
    start = para.start + cue.idx
    return Quote(qid, article.id, q_start, q_end, text, cue.text, name, s, e, cue_start=start,
                 cue_end=start + len(cue.text))


def _quote_spans(parsed: Parsed) -> list[tuple[int, int]]:
    """The parse's quoted passages and those in the other styles, each at least two words long."""
    spans = list(parsed.quotes)
    for match in _MORE_QUOTES.finditer(parsed.article.text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        if len(match.group(group).split()) >= 2 and not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


def _direct_quotes(parsed: Parsed, found: list[Found], spans: list[tuple[int, int]]) -> list[Quote]:
    out: list[Quote] = []
    previous: Quote | None = None
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None:
            continue
        for span in spans:
            if para.start <= span[0] < para.end:
                quote = _quote_in(parsed, para, doc, span, found, previous, len(out))
                if quote is not None:
                    out.append(quote)
                    previous = quote
    return out


def _mostly_quoted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    inside = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in spans)
    return inside >= 0.5 * (end - start)


def _indirect_quotes(parsed: Parsed, found: list[Found], spans: list[tuple[int, int]], first_id: int
                     ) -> list[Quote]:
    """Reported speech, mostly outside quotation marks. A mixed quote ('he called the plan "a disaster"') gives
    both: the quoted words as a direct quote and the reported clause as an indirect one."""
    article = parsed.article
    out: list[Quote] = []
    for f in found:
        if _mostly_quoted(spans, *f.content):
            continue
        start, end = f.content
        name, s, e = speaker(parsed, f, start)
        out.append(Quote(f"{article.id}-q{first_id + len(out)}", article.id, start, end, article.text[start:end],
                         f.cue_text, name, s, e, direct=False, cue_start=f.cue[0], cue_end=f.cue[1]))
    return out


def extract_quotes(parsed: Parsed) -> list[Quote]:
    """Direct quotes first (their ids stay stable), then indirect attributions."""
    spans = _quote_spans(parsed)
    found = find_attributions(parsed, spans)
    direct = _direct_quotes(parsed, found, spans)  # the cue nearest a quote, nested or not
    return direct + _indirect_quotes(parsed, outermost(found), spans, len(direct))


def _looks_spoken(text: str) -> bool:
    return len(text.split()) >= 4 and bool(re.search(r"\b(I|we|you|my|our|us|me)\b", text, re.I))
