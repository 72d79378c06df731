"""Quotes in sentences no parser reads: the words inside the pack's quotation marks (two words at least) with the
cue verb and speaker the sentence gives, and reported speech without marks ("a déclaré que ...", "по словам X").

With no parse, the speaker of a direct quote is the name (a person or an organisation) standing next to the
pack's speech verb nearest the quote, in a sentence the quote touches or the sentence before that introduces it
with a colon ("«…», — заявил Лукашенко", "Merkel sagte: „…“"); a quote with a cue but no name beside it has an
unknown speaker (never a fragment of the sentence), and one with no cue at all is not taken for a quote (titles
and names in marks: «Единая Россия»). Reported speech is a speech verb followed by the pack's complementizer
("dit que", "заявил, что"), the clause after it its content, or an "according to" phrase and the name after it.
"""

from __future__ import annotations

from ..models import Mention, Quote
from .lexical_tokens import LexicalSentence, Word, lexical_sentences
from .parse import Parsed, enough_words

__all__ = ["lexical_quotes"]

_SPEAKER_LABELS = {"PERSON", "ORG"}
# How far (characters) a cue may stand from its quote, and a name from its cue.
_CUE_REACH, _NAME_REACH = 120, 40
_TRIM = " \t\n,;:—–-，；：،؛"  # Latin, Chinese and Arabic punctuation


def _cues(sent: LexicalSentence, lemmas: frozenset[str]) -> list[Word]:
    return [w for w in sent.words if w.lemma in lemmas or w.lower in lemmas]


def _speaker(parsed: Parsed, cue: Word, spans: list[tuple[int, int]]) -> Mention | None:
    """The name nearest the cue verb on either side, outside every quote, with no quotation between them."""
    best: tuple[int, Mention] | None = None
    for m in parsed.mentions:
        if m.label not in _SPEAKER_LABELS or m.in_quote:
            continue
        gap = (cue.start - m.end) if m.end <= cue.start else (m.start - cue.end)
        lo, hi = sorted((m.end if m.end <= cue.start else cue.end, cue.start if m.end <= cue.start else m.start))
        if 0 <= gap <= _NAME_REACH and not any(lo <= s < hi for s, _ in spans) and (best is None or gap < best[0]):
            best = (gap, m)
    return best[1] if best else None


def _cue_for(parsed: Parsed, sents: list[LexicalSentence], start: int, end: int) -> Word | None:
    """The pack's quote cue nearest the quote, outside it, in a sentence it touches; else in the sentence before
    when that one ends with a colon."""
    touching = [k for k, s in enumerate(sents) if s.start <= end and start <= s.end]
    if not touching:
        return None
    words = [w for k in touching for w in _cues(sents[k], sents[k].pack.quote_cues | sents[k].pack.speech_verbs)
             if not start <= w.start < end and not parsed.in_quote(w.start, w.end)]
    near = [(min(abs(w.start - end), abs(start - w.end)), w) for w in words]
    near = [(d, w) for d, w in near if d <= _CUE_REACH]
    if near:
        return min(near, key=lambda x: x[0])[1]
    k = touching[0] - 1
    if k >= 0 and parsed.article.text[sents[k].start:sents[k].end].rstrip().endswith((":", "：")):
        cues = _cues(sents[k], sents[k].pack.quote_cues | sents[k].pack.speech_verbs)
        return cues[-1] if cues else None
    return None


def _direct(parsed: Parsed, sents: list[LexicalSentence], first_id: int) -> list[Quote]:
    article, out = parsed.article, list[Quote]()
    for qs, qe in parsed.quotes:
        if not any(s.start <= qs < s.end for s in sents):
            continue
        text = article.text[qs:qe]
        start, end = qs + len(text) - len(text.lstrip()), qs + len(text.rstrip())
        cue = _cue_for(parsed, sents, start, end)
        if not enough_words(article.text[start:end]) or cue is None:
            continue
        who = _speaker(parsed, cue, parsed.quotes)
        out.append(Quote(f"{article.id}-q{first_id + len(out)}", article.id, start, end, article.text[start:end],
                         cue.text, who.text if who else None, who.start if who else None, who.end if who else None,
                         cue_start=cue.start, cue_end=cue.end, stage="lexical_quotes"))
    return out


def _mostly_quoted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    inside = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in spans)
    return inside >= 0.5 * max(1, end - start)


def _content(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
    text = parsed.article.text
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _TRIM + ".!?。！？" or text[end - 1].isspace()):
        end -= 1
    return start, end


def _reported_in(parsed: Parsed, sent: LexicalSentence) -> list[tuple[int, int, Word, Mention | None]]:
    """(content start, end, cue, speaker) of reported speech in one sentence."""
    words, lexical, out = sent.words, sent.lexical, []
    for k, word in enumerate(words):
        if not (word.lemma in sent.pack.speech_verbs or word.lower in sent.pack.speech_verbs):
            continue
        after = words[k + 1: k + 1 + lexical.complementizer_reach]
        mark = next((w for w in after if w.lower in lexical.complementizers), None)
        if mark is not None:
            out.append((*_content(parsed, mark.end, sent.end), word, _speaker(parsed, word, parsed.quotes)))
            break
    for k, word in enumerate(words):
        phrase = [word.lower, f"{word.lower} {words[k + 1].lower}" if k + 1 < len(words) else ""]
        if not any(p in lexical.according_to for p in phrase):
            continue
        width = 2 if phrase[1] in lexical.according_to else 1
        cue_end = words[k + width - 1].end
        who = next((m for m in parsed.mentions if m.label in _SPEAKER_LABELS and 0 <= m.start - cue_end <= 2), None)
        if who is None:
            continue
        comma = min((i for i in (parsed.article.text.find(c, who.end, sent.end) for c in ",،，") if i >= 0),
                    default=-1)
        span = (comma + 1, sent.end) if word.start == sent.start and comma > 0 else (sent.start, word.start)
        out.append((*_content(parsed, *span), Word(word.start, cue_end, parsed.article.text[word.start:cue_end],
                                                   word.lower, word.lemma), who))
    return out


def _reported(parsed: Parsed, sents: list[LexicalSentence], first_id: int) -> list[Quote]:
    article, out = parsed.article, list[Quote]()
    for sent in sents:
        for start, end, cue, who in _reported_in(parsed, sent):
            if not enough_words(article.text[start:end]) or _mostly_quoted(parsed.quotes, start, end):
                continue
            out.append(Quote(f"{article.id}-q{first_id + len(out)}", article.id, start, end, article.text[start:end],
                             cue.text, who.text if who else None, who.start if who else None,
                             who.end if who else None, direct=False, cue_start=cue.start, cue_end=cue.end,
                             stage="lexical_quotes"))
    return out


def lexical_quotes(parsed: Parsed, first_id: int = 0) -> list[Quote]:
    """Direct quotes, then reported speech, of the sentences no parser reads; ids follow ``first_id``."""
    sents = lexical_sentences(parsed)
    if not sents:
        return []
    direct = _direct(parsed, sents, first_id)
    return direct + _reported(parsed, sents, first_id + len(direct))
