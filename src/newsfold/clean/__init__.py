"""Clean stage: strip boilerplate and captions, separate embedded posts, find title, byline and language.

Input is a RawDoc; output is an Article whose ``text`` is the canonical text every later offset indexes.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from ..ingest.checks import calendar_date
from ..models import Article, Embed, RawDoc, Removed
from ..nlp.languages import date_locales
from ..settings import CleanSettings
from . import patterns as P
from .language import detect_language, letter_count, page_languages, paragraph_languages

__all__ = ["Line", "split_lines", "infer_outlet", "learn_repeated_blocks", "learn_from_blocks", "block_sizes",
           "clean_document", "clean_text", "language_texts", "with_languages", "block_key"]


@dataclass
class Line:
    text: str
    gap: int  # blank lines before this one
    reason: str | None = None
    embed: int | None = None
    meta: dict[str, str] = field(default_factory=dict)


def split_lines(text: str) -> list[Line]:
    """Each non-empty line is a paragraph; remember how many blank lines preceded it."""
    out: list[Line] = []
    gap = 0
    for raw in text.split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", raw).strip()
        if not line:
            gap += 1
            continue
        out.append(Line(line, gap))
        gap = 0
    return out


def block_key(text: str) -> str:
    norm = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.sha1(norm.encode()).hexdigest()[:16]


def infer_outlet(raw: RawDoc) -> str | None:
    """Outlet from metadata, else from a copyright or "Support X!" line near the edges of the text."""
    if raw.outlet:
        return raw.outlet
    lines = [ln.text for ln in split_lines(raw.text)]
    for line in lines[:8] + lines[-8:]:
        for pattern in (P.COPYRIGHT_HOLDER, P.SUPPORT_HOLDER):
            match = pattern.match(line)
            if match:
                return match["holder"].strip()
    return None


def block_sizes(lines: list[Line], min_chars: int) -> dict[str, int]:
    """The block key and length of each line of at least ``min_chars`` characters: what learning reads."""
    return {block_key(ln.text): len(ln.text) for ln in lines if len(ln.text) >= min_chars}


def learn_repeated_blocks(docs: list[tuple[str | None, RawDoc]], min_chars: int) -> dict[str, set[str]]:
    """Blocks that repeat across different articles of one outlet are that outlet's boilerplate.

    Articles that share most of their blocks are copies of each other, not evidence of boilerplate.
    """
    return learn_from_blocks([(outlet, block_sizes(split_lines(raw.text), min_chars)) for outlet, raw in docs])


def learn_from_blocks(docs: list[tuple[str | None, dict[str, int]]]) -> dict[str, set[str]]:
    """``learn_repeated_blocks`` from each article's outlet and ``block_sizes`` (kept between runs)."""
    by_outlet: dict[str, list[dict[str, int]]] = defaultdict(list)
    for outlet, sizes in docs:
        if outlet:
            by_outlet[outlet].append(sizes)
    learned: dict[str, set[str]] = {}
    for outlet, blocks in by_outlet.items():
        found: set[str] = set()
        index: dict[str, list[int]] = defaultdict(list)
        for i, sizes in enumerate(blocks):
            for key in sizes:
                index[key].append(i)
        pairs = {(i, j) for ids in index.values() if len(ids) < 50 for i in ids for j in ids if i < j}
        for i, j in sorted(pairs):
            shared = blocks[i].keys() & blocks[j].keys()
            smaller = min((blocks[i], blocks[j]), key=lambda b: sum(b.values()))
            own = sum(size for key, size in smaller.items() if key not in shared)
            if own >= 0.3 * sum(smaller.values()):  # mostly its own text: not a copy of the other
                found |= shared
        learned[outlet] = found
    return learned


def _mark_patterns(lines: list[Line], learned: set[str]) -> None:
    donation_seen = False
    total = sum(len(ln.text) for ln in lines) or 1
    position = 0
    for line in lines:
        position += len(line.text)
        if block_key(line.text) in learned:
            line.reason = "repeated outlet block"
        for pattern, reason in P.LINE_PATTERNS:
            if line.reason is None and pattern.match(line.text):
                line.reason = reason
        if line.reason is None and P.DONATION.search(line.text) and len(line.text) < 1200:
            line.reason = "donation appeal"
        if line.reason in ("donation appeal", "repeated outlet block") and position > total * 0.5:
            donation_seen = True
        elif donation_seen and line.reason is None and len(line.text) < 400:
            line.reason = "donation appeal (continued)"


def _mark_captions(lines: list[Line]) -> None:
    for line in lines:
        if line.reason is None and len(line.text) < 600 and P.CAPTION_CREDIT.search(line.text):
            line.reason = "photo caption"
    credit_idx = [i for i, ln in enumerate(lines) if ln.reason == "photo credit"]
    for i in credit_idx:
        prev = i - 1
        if prev >= 0 and lines[prev].reason is None and P.NAME_LINE.match(lines[prev].text):
            lines[prev].reason = "photo credit"
    for i, line in enumerate(lines):  # the short sentence just above a credit block is its caption
        if line.reason is None and i + 1 < len(lines) and lines[i + 1].reason == "photo credit" \
                and len(line.text) < 250 and not re.search(r"[\"“”]", line.text) \
                and len(re.findall(r"[.!?](\s|$)", line.text)) <= 1:
            line.reason = "photo caption"
    for i, line in enumerate(lines[:15]):  # "Jane Doe" alone under the headline furniture: the author line
        if line.reason is None and i > 0 and lines[i - 1].reason is not None and P.NAME_LINE.match(line.text) \
                and len(line.text.split()) <= 3:
            line.reason = "author line"
    texts = defaultdict(list)
    for i, ln in enumerate(lines):
        texts[ln.text].append(i)
    for positions in texts.values():
        if len(positions) < 2 or len(lines[positions[0]].text) > 300:
            continue
        near_credit = any(abs(p - c) <= 3 for p in positions for c in credit_idx)
        if near_credit:
            for p in positions:
                if lines[p].reason is None:
                    lines[p].reason = "photo caption"


def _mark_embeds(lines: list[Line]) -> list[Embed]:
    embeds: list[Embed] = []
    for idx, line in enumerate(lines):
        if line.reason is not None:
            continue
        match = P.EMBED_SIGNATURE.search(line.text)
        if not match:
            continue
        first = idx
        # A post copied from a page keeps its own blank lines: extend over lines set apart by 2+ blanks.
        while first > 0 and lines[first].gap >= 2 and lines[first - 1].reason is None \
                and not P.EMBED_SIGNATURE.search(lines[first - 1].text):
            first -= 1
        body = " ".join([ln.text for ln in lines[first:idx]] + [line.text[: match.start()].strip()]).strip()
        for ln in lines[first: idx + 1]:
            ln.reason, ln.embed = "embedded post", len(embeds)
        embeds.append(Embed(
            text=body, author=match["author"].strip(), handle=match["handle"], date=_embed_date(match["date"]),
            language=None, url=match["pic"],
        ))
    return embeds


def _embed_date(text: str) -> str | None:
    import dateparser

    parsed = dateparser.parse(text, languages=date_locales())
    return parsed.date().isoformat() if parsed else None


def _mark_title_and_byline(lines: list[Line], raw: RawDoc) -> tuple[str | None, dict[str, str]]:
    title = raw.title
    byline: dict[str, str] = {}
    body = [ln for ln in lines if ln.reason is None]
    for pos, line in enumerate(body[:8]):
        if title and line.text.strip().lower() == title.strip().lower():
            line.reason = "title"
            continue
        match = P.BYLINE.match(line.text)
        if match and len(line.text) < 160:
            line.reason = "byline"
            byline = {k: v for k, v in match.groupdict().items() if v}
            continue
        is_title_like = len(line.text) < 200 and not re.search(r"[.!?\"”:]$", line.text)
        if title is None and pos == 0 and is_title_like and len(body) > 1:
            title, line.reason = line.text, "title"
    return title, byline


def clean_document(raw: RawDoc, article_id: str, learned: set[str], settings: CleanSettings,
                   language_of: Callable[[str], str | None] | None = None) -> Article:
    """Turn one RawDoc into an Article with clean text, removed blocks, embeds and their languages (found by
    ``language_of`` when given, e.g. a detector that remembers texts it has seen)."""
    return with_languages(clean_text(raw, article_id, learned), settings, language_of)


def clean_text(raw: RawDoc, article_id: str, learned: set[str]) -> Article:
    """``clean_document`` without the languages (``with_languages`` adds them)."""
    lines = split_lines(raw.text)
    _mark_patterns(lines, learned)
    _mark_captions(lines)
    embeds = _mark_embeds(lines)
    title, byline = _mark_title_and_byline(lines, raw)
    kept = [ln.text for ln in lines if ln.reason is None]
    removed = [Removed(ln.text, ln.reason) for ln in lines if ln.reason not in (None, "embedded post")]
    metadata = dict(raw.metadata)
    if byline:
        metadata["byline"] = byline
    # a date stored by an older newsfold without the reader's checks is read as unknown, never trusted
    published = calendar_date(raw.published) if raw.published else None
    return Article(
        id=article_id, path=raw.path, text="\n\n".join(kept), format=raw.format,
        raw_hash=hashlib.sha1(raw.text.encode()).hexdigest(), url=raw.url, title=title,
        outlet=infer_outlet(raw), published=published, published_source=raw.published_source if published else None,
        removed=removed, embeds=embeds, metadata=metadata,
    )


def language_texts(article: Article, settings: CleanSettings) -> list[str]:
    """The texts ``with_languages`` detects the language of (for a detector to read them all at once first)."""
    paragraphs = [p for p in article.text.split("\n\n") if letter_count(p) >= settings.paragraph_min_letters]
    whole = [] if article.metadata.get("language") else [article.text]
    return [e.text for e in article.embeds] + whole + paragraphs


def with_languages(article: Article, settings: CleanSettings,
                   language_of: Callable[[str], str | None] | None = None) -> Article:
    """The article with its language, its paragraphs' and its embeds' (found by ``language_of`` when given)."""
    language_of = language_of or partial(detect_language, languages=settings.languages,
                                         accuracy=settings.language_accuracy)
    embeds = [replace(e, language=language_of(e.text)) for e in article.embeds]
    if article.metadata.get("language"):  # the source's own label wins over the detector's
        language = article.metadata["language"]
        languages = paragraph_languages(article.text, language, settings, language_of)
    else:
        language, languages = page_languages(article.text, settings, language_of)
    return replace(article, language=language, embeds=embeds,
                   paragraph_languages=languages if any(found != language for found in languages) else [])
