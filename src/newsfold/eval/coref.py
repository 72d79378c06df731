"""Coreference metrics (MUC, B-cubed, CEAF-e, CoNLL F1) and the CoNLL-2012 coreference file format.

Definitions follow the reference scorer (Pradhan et al. 2014): key and response are clusterings of mention ids,
singletons included; the two may hold different mentions (twinless mentions count against the side that has them).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

__all__ = ["CorefScore", "Clustering", "muc", "b_cubed", "ceaf_e", "conll_scores", "max_weight_assignment",
           "ConllDocument", "write_conll", "read_conll", "clusters_from_labels"]

Clustering = Sequence[frozenset[Hashable]]


@dataclass(frozen=True)
class CorefScore:
    """Recall and precision as numerator / denominator, as the reference scorer prints them."""

    recall_num: float
    recall_den: float
    precision_num: float
    precision_den: float

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _clean(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset[Hashable]]:
    out = [frozenset(c) for c in clusters]
    out = [c for c in out if c]
    seen: set[Hashable] = set()
    for c in out:
        if seen & c:
            raise ValueError(f"mentions {sorted(map(str, seen & c))} are in two clusters; give each mention one "
                             "cluster")
        seen |= c
    return out


def _cluster_of(clusters: list[frozenset[Hashable]]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(gold: list[frozenset[Hashable]], other: list[frozenset[Hashable]]) -> tuple[int, int]:
    """Sum of |K| - |partitions of K by the other side| and of |K| - 1; unaligned mentions are parts alone."""
    where = _cluster_of(other)
    num = den = 0
    for cluster in gold:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> CorefScore:
    """MUC (Vilain et al. 1995): links kept; singletons add nothing to either side."""
    k, r = _clean(key), _clean(response)
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    return CorefScore(rn, rd, pn, pd)


def _b3_side(gold: list[frozenset[Hashable]], other: list[frozenset[Hashable]]) -> tuple[float, int]:
    where = _cluster_of(other)
    num = 0.0
    for cluster in gold:
        overlap: dict[int, int] = defaultdict(int)
        for m in cluster:
            if m in where:
                overlap[where[m]] += 1
        num += sum(n * n for n in overlap.values()) / len(cluster)
    return num, sum(len(c) for c in gold)


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> CorefScore:
    """B-cubed (Bagga and Baldwin 1998): per mention, the share of its cluster the other side agrees on."""
    k, r = _clean(key), _clean(response)
    rn, rd = _b3_side(k, r)
    pn, pd = _b3_side(r, k)
    return CorefScore(rn, rd, pn, pd)


def _phi4_edges(k: list[frozenset[Hashable]], r: list[frozenset[Hashable]]) -> dict[int, dict[int, float]]:
    """phi4(K, R) = 2 |K & R| / (|K| + |R|) for every pair of clusters that share a mention."""
    where = _cluster_of(r)
    edges: dict[int, dict[int, float]] = {}
    for i, cluster in enumerate(k):
        shared: dict[int, int] = defaultdict(int)
        for m in cluster:
            if m in where:
                shared[where[m]] += 1
        if shared:
            edges[i] = {j: 2 * n / (len(cluster) + len(r[j])) for j, n in shared.items()}
    return edges


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> CorefScore:
    """Entity-based CEAF (Luo 2005) with phi4 and the optimal one-to-one alignment of clusters."""
    k, r = _clean(key), _clean(response)
    matching = max_weight_assignment(_phi4_edges(k, r))
    total = sum(w for _, _, w in matching)
    return CorefScore(total, len(k), total, len(r))


def conll_scores(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> dict[str, float]:
    """MUC, B3 and CEAF-e recall / precision / F1 in percent, and CoNLL F1 = the mean of the three F1s."""
    k, r = _clean(key), _clean(response)
    scores = {"muc": muc(k, r), "b3": b_cubed(k, r), "ceafe": ceaf_e(k, r)}
    out: dict[str, float] = {}
    for name, s in scores.items():
        out |= {f"{name}_r": 100 * s.recall, f"{name}_p": 100 * s.precision, f"{name}_f1": 100 * s.f1}
    out["conll_f1"] = sum(out[f"{name}_f1"] for name in scores) / 3
    return out


def max_weight_assignment(edges: dict[int, dict[int, float]]) -> list[tuple[int, int, float]]:
    """Exact maximum-weight one-to-one matching of rows to columns over positive-weight edges (others are 0).

    Kuhn-Munkres as successive shortest augmenting paths (Dijkstra with potentials) over the sparse graph: each
    row also has a private zero-weight column, so leaving a row unmatched is one of the choices. Costs are
    -weight; reduced costs stay non-negative, so each augmentation is a plain Dijkstra search.
    """
    rows = sorted(i for i, e in edges.items() if e)
    cols = sorted({j for i in rows for j in edges[i]})
    col_index = {j: n for n, j in enumerate(cols)}
    dummy = len(cols)  # column dummy + row position is that row's private "unmatched" column
    adj = [[(col_index[j], -w) for j, w in edges[i].items()] + [(dummy + n, 0.0)] for n, i in enumerate(rows)]
    u = [min(c for _, c in a) for a in adj]  # row potentials: reduced cost c - u - v >= 0 from the start
    v = [0.0] * (dummy + len(rows))
    row_of_col: list[int | None] = [None] * (dummy + len(rows))
    col_of_row: list[int | None] = [None] * len(rows)
    for r in range(len(rows)):
        _augment(r, adj, u, v, row_of_col, col_of_row)
    out = []
    for n, c in enumerate(col_of_row):
        if c is not None and c < dummy:
            out.append((rows[n], cols[c], edges[rows[n]][cols[c]]))
    return out


def _augment(r: int, adj: list[list[tuple[int, float]]], u: list[float], v: list[float],
             row_of_col: list[int | None], col_of_row: list[int | None]) -> None:
    """One shortest augmenting path from free row r, then potentials updated and the path flipped."""
    final: dict[int, float] = {}
    came_from: dict[int, int] = {}
    row_dist: dict[int, float] = {r: 0.0}
    heap = [(c - u[r] - v[j], j, r) for j, c in adj[r]]
    heapq.heapify(heap)
    sink = -1
    while heap:
        d, j, i = heapq.heappop(heap)
        if j in final:
            continue
        final[j], came_from[j] = d, i
        nxt = row_of_col[j]
        if nxt is None:
            sink = j
            break
        row_dist[nxt] = d  # the matched edge has reduced cost 0
        for j2, c in adj[nxt]:
            if j2 not in final:
                heapq.heappush(heap, (d + c - u[nxt] - v[j2], j2, nxt))
    top = final[sink]
    for i, d in row_dist.items():
        u[i] += top - d
    for j, d in final.items():
        v[j] -= top - d
    j = sink
    while True:
        i = came_from[j]
        previous = col_of_row[i]
        row_of_col[j], col_of_row[i] = i, j
        if i == r or previous is None:
            break
        j = previous


@dataclass
class ConllDocument:
    """Tokens by sentence, and mentions as (start, end, cluster) over the document's flat token positions."""

    name: str
    sentences: list[list[str]]
    mentions: list[tuple[int, int, Hashable]] = field(default_factory=list)  # end exclusive
    part: int = 0

    def tokens(self) -> list[str]:
        return [t for s in self.sentences for t in s]


def _coref_column(doc: ConllDocument, numbers: dict[Hashable, int]) -> list[str]:
    cells: list[list[str]] = [[] for _ in doc.tokens()]
    # Longer spans open first and close last, so nested brackets read back as they were written.
    for start, end, cluster in sorted(doc.mentions, key=lambda m: (m[0], -m[1])):
        n = numbers.setdefault(cluster, len(numbers))
        if end - start == 1:
            cells[start].append(f"({n})")
        else:
            cells[start].append(f"({n}")
    for start, end, cluster in sorted(doc.mentions, key=lambda m: (-m[0], m[1])):
        if end - start > 1:
            cells[end - 1].append(f"{numbers[cluster]})")
    return ["|".join(c) if c else "-" for c in cells]


def write_conll(out: TextIO, documents: Iterable[ConllDocument]) -> dict[Hashable, int]:
    """Write documents in the CoNLL-2012 layout the reference scorer reads; returns cluster -> number used.

    Clusters get integer ids shared across documents, so one cluster may span documents (cross-document
    coreference); write key and response files with their own numbering, the scorer only compares partitions.
    """
    numbers: dict[Hashable, int] = {}
    for doc in documents:
        column = _coref_column(doc, numbers)
        out.write(f"#begin document ({doc.name}); part {doc.part:03d}\n")
        position = 0
        for sentence in doc.sentences:
            for index, token in enumerate(sentence):
                text = "".join(token.split()) or "_"  # the scorer splits columns on whitespace
                out.write(f"{doc.name}\t{doc.part}\t{index}\t{text}\t{column[position]}\n")
                position += 1
            out.write("\n")
        out.write("#end document\n")
    return numbers


def _parse_cell(cell: str) -> list[tuple[str, str]]:
    """("open" | "close" | "single", label) for each part of a coreference cell such as "(3|4)" or "(x)| 7)"."""
    out = []
    for part in cell.split("|"):
        part = part.strip()
        if not part or part == "-":
            continue
        if part.startswith("(") and part.endswith(")") and len(part) > 2:
            out.append(("single", part[1:-1]))
        elif part.startswith("("):
            out.append(("open", part[1:]))
        elif part.endswith(")"):
            out.append(("close", part[:-1]))
    return out


def read_conll(lines: Iterable[str], token_column: int = 3) -> list[ConllDocument]:
    """Documents from CoNLL coreference text: columns split on tabs, the coreference cell is the last column."""
    docs: list[ConllDocument] = []
    doc: ConllDocument | None = None
    open_spans: dict[str, list[int]] = defaultdict(list)
    sentence: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.startswith("#begin document"):
            name = line[len("#begin document"):].split(";")[0].strip().strip("()")
            doc, sentence = ConllDocument(name, []), []
            docs.append(doc)
            open_spans.clear()
            continue
        if doc is None:
            continue
        if line.startswith("#end document") or not line.strip():
            if sentence:
                doc.sentences.append(sentence)
                sentence = []
            continue
        cols = line.split("\t")
        while len(cols) > token_column + 2 and not cols[-1].strip():
            cols.pop()
        position = sum(len(s) for s in doc.sentences) + len(sentence)
        sentence.append(cols[token_column])
        for kind, label in _parse_cell(cols[-1]):
            if kind == "single":
                doc.mentions.append((position, position + 1, label))
            elif kind == "open":
                open_spans[label].append(position)
            elif open_spans[label]:
                doc.mentions.append((open_spans[label].pop(), position + 1, label))
    return docs


def clusters_from_labels(labelled: Iterable[tuple[Hashable, Hashable]]) -> list[frozenset[Hashable]]:
    """(mention id, cluster label) pairs to a clustering; a mention listed twice keeps its first label."""
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    seen: set[Hashable] = set()
    for mention, label in labelled:
        if mention not in seen:
            seen.add(mention)
            groups[label].add(mention)
    return [frozenset(g) for g in groups.values()]
