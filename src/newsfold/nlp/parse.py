"""Sentences and entity mentions per paragraph, as offsets: each paragraph goes to its language pack (the spaCy
pipeline for a pack it parses, the pack's own name finder otherwise); one spaCy model per process."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError
from ..models import Article, Mention, Sentence
from .languages import EntitySpan, FallbackPack, LanguagePack, paragraph_pack, quote_pairs
from .lexicon import reads_dates, reads_figures

__all__ = ["Paragraph", "Parsed", "Reads", "load_model", "paragraphs", "parse_articles", "quote_spans", "enough_words"]

# Chinese and Japanese characters: a text in them has no spaces, about two characters a word.
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_PER_WORD = 2


def enough_words(text: str) -> bool:
    """Whether a quotation is two words long at least (four characters of Chinese, which has no spaces)."""
    return len(text.split()) >= 2 or len(_HAN.findall(text)) >= 2 * _HAN_PER_WORD


def _quote_pattern(pairs: list[tuple[str, str]]) -> re.Pattern[str]:
    """One group per pair of marks, holding what is between them: no closing mark or line break inside."""
    return re.compile("|".join(f"{re.escape(opening)}([^{re.escape(closing)}\\n]{{3,}}?)[{re.escape(closing)}]"
                               for opening, closing in pairs))


# The quotation marks of every language pack; the content must be at least two words long.
_QUOTE = _quote_pattern(quote_pairs())
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Every pack's quotation marks, one character each.
_MARKS = frozenset(ch for pair in quote_pairs() for ch in "".join(pair))


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Parsed:
    """One article with a spaCy Doc per paragraph its pack parses (None for the others) and each paragraph's
    language pack."""

    article: Article
    paragraphs: list[Paragraph]
    docs: list[Doc | None]
    sentences: list[Sentence]
    mentions: list[Mention]
    quotes: list[tuple[int, int]]
    packs: list[LanguagePack] = field(default_factory=list)

    def sentence_at(self, offset: int) -> int | None:
        for i, sent in enumerate(self.sentences):
            if sent.start <= offset < sent.end:
                return i
        return None

    def in_quote(self, start: int, end: int) -> bool:
        return any(qs <= start and end <= qe for qs, qe in self.quotes)

    def not_analysed(self) -> dict[str, list[str]]:
        """Per pack that read some non-empty paragraph, the analyses it could not give (for a language with no
        pack, all of them, under the article's label), less the dates and figures that the language's words give
        without a pack or a parse (``nlp.lexicon``)."""
        out: dict[str, list[str]] = {}
        for para, pack in zip(self.paragraphs, self.packs, strict=True):
            if pack.not_analysed and para.text.strip():
                language = (self.article.language or "unknown") if isinstance(pack, FallbackPack) else pack.code
                given = {"dates"} if reads_dates(language) else set()
                given |= {"figures"} if reads_figures(language) else set()
                if missing := [part for part in pack.not_analysed if part not in given]:
                    out[language] = missing
        return out


@Language.component("newsfold_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """A sentence does not start with a lower-case word after "!" or "?" (closing quote or not): in
    'confronted him with chants of "Leave!" on Monday' the parser would otherwise cut before "on"."""
    for tok in doc[2:]:
        before = doc[tok.i - 1]
        mark = doc[tok.i - 2] if before.is_quote else before
        if tok.is_lower and tok.is_alpha and mark.text in ("!", "?"):
            tok.is_sent_start = False
    return doc


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    try:
        module = importlib.import_module(name)
        nlp: Language = module.load()
    except ImportError:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ConfigError(f"spaCy model {name!r} is not installed; run `pip install -e .` again "
                              "or set [nlp] model to an installed pipeline") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsfold_sentence_hints", before="parser")
    return nlp


def paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for index, chunk in enumerate(text.split("\n\n")):
        out.append(Paragraph(index, pos, pos + len(chunk), chunk))
        pos += len(chunk) + 2
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (the inside of the marks)."""
    spans = []
    for match in _QUOTE.finditer(text):
        group = next(g for g in range(1, _QUOTE.groups + 1) if match.group(g) is not None)
        if enough_words(match.group(group)):
            spans.append((match.start(group), match.end(group)))
    return spans


@dataclass
class Reads:
    """What paragraphs gave, kept for the articles read next (copies of one article share most paragraphs): the
    spaCy Doc by paragraph text (spaCy parses a paragraph the same whatever else is in its batch), and by (language,
    text) the sentence bounds and the pack's names of a paragraph no pipeline parses."""

    docs: dict[str, Doc] = field(default_factory=dict)
    bounds: dict[tuple[str, str], list[tuple[int, int]]] = field(default_factory=dict)
    names: dict[tuple[str, str], list[EntitySpan]] = field(default_factory=dict)


def parse_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 8,
                   n_process: int = 1, reads: Reads | None = None) -> Iterator[Parsed]:
    """Parse articles paragraph by paragraph, streaming one Parsed per article: ``nlp`` parses the paragraphs
    whose pack it serves (a pipeline for the pack's language). ``reads``: what paragraphs read before gave, used
    for the same paragraphs here and filled with the new ones (by default, each article is read afresh)."""
    for article in articles:
        known = reads or Reads()
        paras = paragraphs(article.text)
        packs = [paragraph_pack(article.paragraph_language(p.index), p.text) for p in paras]
        todo = [p for p, pack in zip(paras, packs, strict=True) if pack.parses_with(nlp.lang or "")
                and len(p.text) < nlp.max_length]  # a longer "paragraph" is not prose: its names only, no parse
        new = list(dict.fromkeys(p.text for p in todo if p.text not in known.docs))
        known.docs.update(zip(new, nlp.pipe(new, batch_size=batch_size, n_process=n_process), strict=True))
        docs: list[Doc | None] = [None] * len(paras)
        for para in todo:
            docs[para.index] = known.docs[para.text]
        yield _collect(article, paras, docs, packs, known)


def _collect(article: Article, paras: list[Paragraph], docs: list[Doc | None], packs: list[LanguagePack],
             reads: Reads) -> Parsed:
    quotes = quote_spans(article.text)
    parsed = Parsed(article, paras, docs, [], [], quotes, packs)
    for para, doc, pack in zip(paras, docs, packs, strict=True):
        if doc is None:
            parsed.sentences += _split(article, para, pack, reads)
            continue
        for sent in doc.sents:
            parsed.sentences.append(Sentence(article.id, para.start + sent.start_char,
                                             para.start + sent.end_char, para.index))
    for para, doc, pack in zip(paras, docs, packs, strict=True):
        if doc is None:
            _add_pack_names(parsed, para, pack, reads)
            continue
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            start, end = _trim(article.text, para.start + ent.start_char, para.start + ent.end_char)
            if end <= start:
                continue
            index = parsed.sentence_at(start)
            parsed.mentions.append(Mention(article.id, start, end, article.text[start:end], ent.label_,
                                           index if index is not None else -1, parsed.in_quote(start, end)))
    return parsed


@lru_cache(maxsize=32)
def sentencizer(code: str) -> Language:
    """spaCy's tokenizer and punctuation sentence rules for a language (``spacy.blank``), for paragraphs no
    pipeline parses; spaCy's multi-language "xx" for a language it does not know or cannot tokenize here."""
    try:
        nlp = spacy.blank(code)
    except Exception:  # an unknown code, or a tokenizer that needs a package not installed (ja, th, ko)
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def _split(article: Article, para: Paragraph, pack: LanguagePack, reads: Reads) -> list[Sentence]:
    """The sentences of a paragraph no pipeline parses, by its pack's language (the article's label for the
    fallback pack), as offsets into the clean text; a blank paragraph is one (empty) sentence."""
    code = pack.code if pack.code != FallbackPack.code else article.language or FallbackPack.code
    if not para.text.strip():
        return [Sentence(article.id, para.start, para.end, para.index)]
    if (code, para.text) not in reads.bounds:
        reads.bounds[code, para.text] = _bounds(para.text, code)
    return [Sentence(article.id, para.start + start, para.start + end, para.index)
            for start, end in reads.bounds[code, para.text]]


def _bounds(text: str, code: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph in language ``code``, as offsets into it."""
    bounds = _joined_decimals(text, [(s.start_char, s.end_char) for s in sentencizer(code)(text).sents])
    for k in range(len(bounds) - 1):  # an opening quotation mark after a space begins the next sentence
        (start, end), (_, after) = bounds[k], bounds[k + 1]
        if end - start > 2 and text[end - 1] in _MARKS and text[end - 2].isspace():
            bounds[k], bounds[k + 1] = (start, end - 2), (end - 1, after)
    return bounds


def _joined_decimals(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut at the point of a decimal number joined again ("1.2万" where each character is a token)."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        if out and text[out[-1][1] - 1] == "." and out[-1][1] - 2 >= 0 and text[out[-1][1] - 2].isdigit() \
                and text[start:start + 1].isdigit() and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _add_pack_names(parsed: Parsed, para: Paragraph, pack: LanguagePack, reads: Reads) -> None:
    """Mentions in a paragraph no spaCy pipeline parses, from its pack's own name finder (natasha for Cyrillic);
    ``text`` is the name's normal form (nominative), the form it is matched by, and the clean text at the offsets
    keeps the name as written."""
    article = parsed.article
    if (pack.code, para.text) not in reads.names:
        reads.names[pack.code, para.text] = pack.entities(para.text)
    for rel_start, rel_end, name, label in reads.names[pack.code, para.text]:
        start, end = para.start + rel_start, para.start + rel_end
        index = parsed.sentence_at(start)
        parsed.mentions.append(Mention(article.id, start, end, name, label, index if index is not None else -1,
                                       parsed.in_quote(start, end), stage=pack.names_stage))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from an entity span."""
    span = text[start:end]
    if span.lower().startswith("the "):
        start += 4
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return start, end
