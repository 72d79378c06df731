"""Reading ECB+ (Cybulska and Vossen 2014): its XML documents with their tokens and gold event mentions.

Also the topic splits of Cybulska and Vossen (2015) and the sentences validated for coreference; nothing here
runs spaCy or scores (that is ``ecbplus``).
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

__all__ = ["SPLITS", "EcbMention", "EcbDocument", "load_documents", "read_splits", "read_sentence_filter",
           "detokenize", "parse_document", "CaseTable"]

SPLITS = ("train", "dev", "test")
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d",
                    "'m", "''", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}
_NUMBER_GLUE = {".", ":", "/", "-"}
_DOC_NAME = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)$")


@dataclass(frozen=True)
class EcbMention:
    """One gold event mention: token positions in its document, the sentence, and its coreference chain."""

    doc: str
    m_id: str
    tokens: tuple[int, ...]  # positions in EcbDocument.tokens, ascending
    sentence: int
    chain: str
    tag: str

    @property
    def id(self) -> tuple[str, str]:
        return (self.doc, self.m_id)


@dataclass
class EcbDocument:
    """One ECB+ file: tokens with sentence numbers, a text built from them, gold event mentions.

    ``topic`` and ``subtopic`` come from the file name and serve only as the gold standard for scoring."""

    name: str  # e.g. "36_1ecbplus"
    topic: str
    subtopic: str  # e.g. "36ecbplus"
    tokens: list[str]
    sentence_of: list[int]
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)  # token -> (start, end) in text
    mentions: list[EcbMention] = field(default_factory=list)
    link_sentence: int | None = None  # the source address some files carry as sentence 0

    def sentence_tokens(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sentence_of):
            out[s].append(i)
        return dict(out)

    def body(self) -> str:
        """The text without the source-address line: what a reader of the article sees."""
        if self.link_sentence is None:
            return self.text
        kept = [i for i, s in enumerate(self.sentence_of) if s != self.link_sentence]
        return self.text[self.offsets[kept[0]][0]:] if kept else ""


def detokenize(tokens: list[str], sentence_of: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Text with one paragraph per sentence (blank lines between) and English spacing; each token's span."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    glue = True
    for i, token in enumerate(tokens):
        if i and sentence_of[i] != sentence_of[i - 1]:
            parts.append("\n\n")
            length += 2
            glue = True
        elif _inside_number(tokens, i):
            glue = True
        if not glue and token not in _NO_SPACE_BEFORE:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
        glue = token in _NO_SPACE_AFTER
    return "".join(parts), offsets


def _inside_number(tokens: list[str], i: int) -> bool:
    """Digits split at "." ":" "/" "-" ("4 . 6", "10 : 04", "2 / 3 / 2009") are written back together."""
    if tokens[i] in _NUMBER_GLUE:
        return i > 0 and tokens[i - 1][-1:].isdigit() and tokens[i + 1:i + 2] != [] and tokens[i + 1][:1].isdigit()
    return i > 1 and tokens[i - 1] in _NUMBER_GLUE and tokens[i - 2][-1:].isdigit() and tokens[i][:1].isdigit()


def _chains(root: etree._Element, name: str) -> dict[str, str]:
    """Markable id -> chain: the instance_id of a cross-document target, or one id per intra-document chain."""
    instance = {m.get("m_id", ""): m.get("instance_id", "") for m in root.iterfind("Markables/*")
                if m.find("token_anchor") is None}
    out: dict[str, str] = {}
    for relation in root.iterfind("Relations/*"):
        target = relation.find("target")
        if target is None:
            continue
        if relation.tag == "CROSS_DOC_COREF":
            chain = instance.get(target.get("m_id", "")) or relation.get("note", "")
        else:
            chain = f"INTRA_{relation.get('r_id')}_{name}"
        for source in relation.iterfind("source"):
            out.setdefault(source.get("m_id", ""), chain)
    return out


def parse_document(path: Path) -> EcbDocument:
    """One ECB+ XML file: tokens, text, and every event mention (singletons get a chain of their own)."""
    root = etree.parse(str(path)).getroot()
    name = path.name.removesuffix(".xml")
    match = _DOC_NAME.match(name)
    topic, kind = (match.group(1), match.group(3)) if match else (name.split("_")[0], "ecb")
    position: dict[str, int] = {}
    tokens: list[str] = []
    sentence_of: list[int] = []
    for tok in root.iterfind("token"):
        position[tok.get("t_id", "")] = len(tokens)
        tokens.append(tok.text or "_")
        sentence_of.append(int(tok.get("sentence", "0")))
    doc = EcbDocument(name, topic, topic + kind, tokens, sentence_of)
    doc.text, doc.offsets = detokenize(tokens, sentence_of)
    if tokens and tokens[0].lower() in ("http", "https", "www"):
        doc.link_sentence = sentence_of[0]
    chains = _chains(root, name)
    for markable in root.iterfind("Markables/*"):
        anchors = [position[a.get("t_id", "")] for a in markable.iterfind("token_anchor")
                   if a.get("t_id", "") in position]
        if not anchors or not markable.tag.startswith(("ACTION_", "NEG_ACTION_")):
            continue
        m_id = markable.get("m_id", "")
        chain = chains.get(m_id, f"SINGLETON_{name}_{m_id}")
        doc.mentions.append(EcbMention(name, m_id, tuple(sorted(anchors)), sentence_of[min(anchors)], chain,
                                       markable.tag))
    doc.mentions.sort(key=lambda m: m.tokens)
    return doc


def read_splits(data_dir: Path) -> dict[str, list[str]]:
    """split name -> topic numbers, from splits_cybulska_vossen_2015.txt."""
    out: dict[str, list[str]] = {}
    for line in (data_dir / "splits_cybulska_vossen_2015.txt").read_text(encoding="utf-8").splitlines():
        key, _, rest = line.partition(":")
        if key.strip() in SPLITS and not line.startswith("#"):
            out[key.strip()] = rest.split()
    return out


def read_sentence_filter(data_dir: Path) -> dict[str, set[int]]:
    """document name -> the sentence numbers validated for coreference (ECBplus_coreference_sentences.csv)."""
    out: dict[str, set[int]] = defaultdict(set)
    path = data_dir / "ECB+_LREC2014" / "ECBplus_coreference_sentences.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return dict(out)


def load_documents(data_dir: Path, topics: list[str] | None = None) -> list[EcbDocument]:
    """Every document of the given topics (all topics when None), in file-name order."""
    corpus = data_dir / "ECB+_LREC2014" / "ECB+"
    folders = sorted((p for p in corpus.iterdir() if p.is_dir()), key=lambda p: int(p.name) if p.name.isdigit() else 0)
    wanted = set(topics) if topics is not None else None
    return [parse_document(path) for folder in folders if wanted is None or folder.name in wanted
            for path in sorted(folder.glob("*.xml"))]


class CaseTable:
    """How each word is written inside ordinary sentences, to write title-case headlines ("Jury Convicts Man Of
    Murder") in sentence case before parsing: the tagger reads capitalised verbs there as names."""

    def __init__(self, docs: list[EcbDocument], min_share: float = 0.85) -> None:
        self.min_share = min_share
        self.lower: Counter[str] = Counter()
        self.upper: Counter[str] = Counter()
        for doc in docs:
            for positions in doc.sentence_tokens().values():
                words = [doc.tokens[p] for p in positions]
                if self.is_title(words):
                    continue
                for word in words[1:]:  # the first word is capitalised whatever it is
                    if word[:1].isupper():
                        self.upper[word.lower()] += 1
                    elif word.islower():
                        self.lower[word] += 1

    def is_title(self, words: list[str]) -> bool:
        """Most longer words capitalised (short ones such as "of", "to" may not be)."""
        long = [w for w in words if len(w) > 3 and w.isalpha()]
        return len(long) >= 3 and sum(w[0].isupper() for w in long) >= self.min_share * len(long)

    def sentence_case(self, words: list[str]) -> list[str]:
        """The words of a title-case sentence with those usually written lower case lowered; others unchanged."""
        if not self.is_title(words):
            return words
        return [w.lower() if w[:1].isupper() and w[1:].islower() and self.lower[w.lower()] > self.upper[w.lower()]
                else w for w in words]  # "CA" and "DeGeneres" are never lowered
