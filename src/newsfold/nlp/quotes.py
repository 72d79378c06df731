"""Quotes and who said them: direct quotes (the words inside quotation marks) and indirect attributions.

A direct quote takes the cue and source of the attribution the parse finds around it ("..., he said"; "X told
reporters: ..."), else the cue verb nearest to it; a quote with no cue of its own continues the quote before it.
A source is named by the name in it, a pronoun by its antecedent in the parse (the subject of the clause above
it or of an earlier sentence), and a description without a name ("one of the strikers") by itself. Reported
speech without quotation marks ("X said that ...", "according to X, ...") comes from nlp.attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..models import Mention, Quote
from .attribution import Found, find_attributions, in_quotation, outermost, source_bounds, source_token
from .parse import Paragraph, Parsed

__all__ = ["extract_quotes"]

_ACCORDING = re.compile(r"according to (?:the )?(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)")
# Quotation styles beyond the parse's: doubled apostrophes (''...'', common in wire and archive copy) and a
# straight mark closed by a curly one or the reverse.
_MORE_QUOTES = re.compile(r"''((?:(?!'').){3,}?)''|\"([^\"“”\n]{3,}?)”|“([^\"“”\n]{3,}?)\"")
_CURLY = re.compile(r"[“”\n]")
# Pronouns by what they can stand for; "I", "we" and "you" outside a quote name no one.
_PRONOUN_KIND = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": "they",
                 "them": "they", "their": "they", "it": "it", "its": "it"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_AMOUNTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
# Nouns for what was issued rather than who issued it: "a statement from the Kremlin" speaks for the Kremlin.
_ISSUED = {"statement", "report", "communique", "release", "letter", "post", "tweet", "message", "announcement",
           "readout", "decree", "memo", "filing", "remark", "comment", "speech", "complaint", "lawsuit", "suit",
           "study", "analysis", "survey", "poll", "research", "paper", "document", "ruling", "order", "video"}
# Things that carry words but say nothing themselves: "banners responding to ...", "signs offering free rides".
_CARRIERS = {"banner", "sign", "placard", "poster", "slogan", "leaflet", "flyer", "flag", "graffiti", "t-shirt",
             "shirt", "sticker", "billboard", "board", "screen", "wall", "headline", "caption", "chant"}
_DESCRIPTION_DEPS = {"prep", "nummod", "compound", "amod", "pobj", "det", "cc", "conj"}
_SPEAKERS = {"i", "me", "we", "us", "you"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLAUSE_LINKS = {"ccomp", "xcomp", "advcl", "conj", "parataxis"}
_LOOK_BACK = 4  # sentences searched for a pronoun's antecedent
_GENDERED = {**dict.fromkeys(("woman", "mother", "wife", "daughter", "sister", "girl", "lady", "grandmother",
                              "widow", "aunt", "niece", "businesswoman", "congresswoman", "spokeswoman"), "she"),
             **dict.fromkeys(("man", "father", "husband", "son", "brother", "boy", "gentleman", "grandfather",
                              "widower", "uncle", "nephew", "businessman", "congressman", "spokesman"), "he")}
_TITLED = re.compile(r"\b(?P<title>Mr|Mrs|Ms)\.? (?:[A-Z][\w'-]+ )*?(?P<name>[A-Z][\w'-]+)\b(?! [A-Z])")

Speaker = tuple[str | None, int | None, int | None]  # (name, start, end) of the source


def last_person(mentions: list[Mention], before: int) -> Mention | None:
    people = [m for m in mentions if m.label == "PERSON" and m.end <= before and not m.in_quote]
    return people[-1] if people else None


class _Sources:
    """Who a source phrase names, from the parse of one article."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.offsets = {id(doc): para.start for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True)
                        if doc is not None}
        self.packs = {id(doc): pack for doc, pack in zip(parsed.docs, parsed.packs, strict=True) if doc is not None}
        self.sents = [sent for doc in parsed.docs if doc is not None for sent in doc.sents]
        self.sent_at = {(id(s.doc), s.start): k for k, s in enumerate(self.sents)}
        people = [m.text for m in parsed.mentions if m.label == "PERSON"]
        self.people = set(people) | {p.split()[-1] for p in people}
        # "he" or "she" by name from titles ("Mr. X", "Ms. Y"), so that "she" does not find a man
        self.gender = {m["name"]: "he" if m["title"] == "Mr" else "she" for m in _TITLED.finditer(parsed.article.text)}

    def offset(self, tok: Token) -> int:
        return self.offsets[id(tok.doc)] + tok.idx

    def token_at(self, offset: int) -> Token | None:
        k = bisect_right([p.start for p in self.parsed.paragraphs], offset) - 1
        doc = self.parsed.docs[k] if k >= 0 else None
        if doc is None:
            return None
        rel = offset - self.parsed.paragraphs[k].start
        return next((t for t in doc if t.idx <= rel < t.idx + len(t.text)), None)

    def mention(self, tok: Token) -> Mention | None:
        off = self.offset(tok)
        return next((m for m in self.parsed.mentions if m.start <= off < m.end), None)

    def is_person(self, tok: Token) -> bool | None:
        """True for a person's name, False for another kind of name, None for a word that is not a name."""
        mention = self.mention(tok)
        if mention is not None:
            return mention.label == "PERSON" or mention.text in self.people or mention.text.split()[-1] in self.people \
                or mention.text in self.gender
        if tok.text[:1].isupper() and (tok.text in self.people or tok.text in self.gender):
            return True  # a name the model missed here but knows elsewhere in the article
        return None

    def named(self, tok: Token) -> Mention | None:
        """The name a source phrase headed by ``tok`` carries: its own, an apposition's ("the leader, X"), the
        body it speaks for ("EU leaders", "Kremlin spokesman") or, for a statement or study, who issued it."""
        mention = self.mention(tok)
        if mention is not None:
            return mention
        phrase = [t for t in tok.subtree if not any(a.dep_ == "relcl" and a in tok.subtree for a in t.ancestors)]
        for child in phrase:  # "the president of X, Y": the parse may hang Y from X
            found = self.mention(child) if child.dep_ == "appos" else None
            if found is not None and (child.head == tok or found.label == "PERSON"
                                      and self.is_person(child.head) is not True):
                return found
        for child in tok.children:
            found = self.mention(child) if child.dep_ in ("compound", "poss", "nmod") else None
            if found is not None and found.label == "ORG":  # but "a New York judge" does not speak for New York
                return found
        if tok.lemma_.lower() in _ISSUED:
            named = [m for t in phrase if (m := self.mention(t)) and m.label in ("PERSON", "ORG")]
            return min(named, key=lambda m: m.label != "PERSON", default=None)  # "a study by X professor Y": Y
        return None

    def name(self, tok: Token, depth: int = 0) -> str | None:
        """Who ``tok`` (the head word of a source) is: a name, a pronoun's antecedent, or the description."""
        if depth > 4:
            return None
        low = tok.lower_
        if tok.pos_ == "PRON" and low in _PRONOUN_KIND:
            antecedent = self.antecedent(tok)
            return self.name(antecedent, depth + 1) if antecedent is not None else None
        if low in _RELATIVE and tok.tag_ in ("WP", "WDT"):
            antecedent = self._relative_antecedent(tok)
            return self.name(antecedent, depth + 1) if antecedent is not None else None
        if tok.pos_ == "PRON" and low in _SPEAKERS:
            return None  # "I", "we", "you" outside a quote: the writer or the reader
        mention = self.named(tok) if not any(c.dep_ == "conj" for c in tok.children) else None
        if mention is not None:  # a name the model ran across an editor's bracket ("Svetlana] Tikhanovskaya")
            return speaker_text(re.split(r"[\[\]]", mention.text)[-1])
        earlier = self._same_noun_before(tok)
        if earlier is not None:
            return earlier.text
        return self.describe(tok)

    def _same_noun_before(self, tok: Token) -> Mention | None:
        """ "The statement" after "a statement from the Kremlin", "the minister" after "Minister X": the name
        the same noun had when it came first."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(c.lower_ == "the" for c in tok.children):
            return None
        k = self.sent_at[(id(tok.doc), tok.sent.start)]
        for sent in reversed(self.sents[max(0, k - _LOOK_BACK): k + 1]):
            for t in reversed(sent):
                if t.lemma_ == tok.lemma_ and (t.doc is not tok.doc or t.i < tok.i):
                    found = self.named(t) or (self.mention(t.head) if t.dep_ == "compound" else None)
                    if found is not None:
                        return found
        return None

    def describe(self, tok: Token) -> str | None:
        """A source without a name, as the noun phrase that says who it is: "one of the strikers" (no
        apposition, relative clause or parenthesis after it)."""
        doc = tok.doc
        if tok.lemma_.lower() in _CARRIERS or tok.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            return None  # a banner, a sign or a clause fragment is no speaker: unknown is better
        lefts = [c.left_edge.i for c in tok.lefts
                 if c.dep_ not in ("acl", "advcl", "prep", "npadvmod", "punct", "advmod", "aux", "neg")]
        first, last = min(lefts + [tok.i]), tok.i
        for child in tok.rights:
            if child.dep_ not in _DESCRIPTION_DEPS and not (child.dep_ == "acl" and child.tag_ == "VBN"
                                                               and child.lemma_ in ("call", "name")):
                break  # "a group called X" keeps its name
            last = child.right_edge.i
        stop = next((i for i in range(tok.i + 1, last + 1) if doc[i].text in ",;:(—–"), None)
        last = stop - 1 if stop is not None else last
        text = doc[first: last + 1].text
        if len(text) > 80:
            text = doc[first: tok.i + 1].text
        return speaker_text(text.strip(" ,")) if len(text) <= 80 else None

    def antecedent(self, pron: Token) -> Token | None:
        """What a third-person pronoun stands for: the subject of a reporting clause above it ("X said that he
        ..."), else, in the nearest earlier sentence that has one, the main clause's subject or the latest
        phrase that agrees with it."""
        kind = _PRONOUN_KIND.get(pron.lower_)
        if kind is None:
            return None
        node = pron.head
        while node.dep_ in _CLAUSE_LINKS and node.head.i != node.i:  # up through clauses, not into a noun phrase
            node = node.head
            for c in node.children:
                if c.dep_ in _SUBJECT_DEPS and c.i < pron.i and not c.left_edge.i <= pron.i <= c.right_edge.i \
                        and self._agrees(c, kind, under=node.lemma_.lower()):
                    return c
        deps = _SUBJECT_DEPS + (("dobj", "conj", "attr") if kind == "they" else ("dobj", "conj", "attr", "appos",
                                                                                  "pobj", "poss"))
        earliest = pron.sent
        for sent in self._narrative_before(pron):  # this sentence up to the pronoun first
            earliest = sent
            words = [t for t in sent if t.doc is not pron.doc or t.i < pron.i]
            main = [t for t in words if t.dep_ in _SUBJECT_DEPS and t.head == sent.root]
            latest = [t for t in reversed(words) if t.dep_ in deps and t not in main]
            latest.sort(key=lambda t: self._gendered(t, kind))  # "the woman's ... Trump" for "she"
            for c in main + latest:
                if self._agrees(c, kind):
                    return c
        if kind in ("he", "she"):  # no clause to go by: the last person named before, if near
            person = last_person(self.parsed.mentions, self.offset(pron))
            return self.token_at(person.start) if person and person.start >= self.offset(earliest[0]) else None
        return None

    def _narrative_before(self, pron: Token) -> list[Span]:
        """The pronoun's sentence and the sentences before it that are not all quotation, nearest first."""
        k = self.sent_at[(id(pron.doc), pron.sent.start)]
        out = [self.sents[k]]
        for sent in reversed(self.sents[max(0, k - 3 * _LOOK_BACK): k]):
            if len(out) > _LOOK_BACK:
                break
            if any(t.is_alpha and not in_quotation(t) for t in sent):
                out.append(sent)
        return out

    def _gendered(self, cand: Token, kind: str) -> int:
        """0 for a name known to go with ``kind``, 1 for a noun that does ("the woman"), 2 for the rest."""
        mention = self.mention(cand)
        if self.gender.get(mention.text if mention is not None else cand.text) == kind:
            return 0
        return 1 if _GENDERED.get(cand.lemma_.lower()) == kind else 2

    def _agrees(self, cand: Token, kind: str, under: str = "") -> bool:
        """Whether ``cand`` can be what a pronoun of ``kind`` stands for; the subject of a reporting verb
        ``under`` which the pronoun stands may be a common noun ("one of the strikers said he ...")."""
        if cand.pos_ == "PRON":
            return _PRONOUN_KIND.get(cand.lower_) == kind
        if cand.ent_type_ in _AMOUNTS or in_quotation(cand) or cand.pos_ not in ("NOUN", "PROPN", "NUM"):
            return False
        plural = cand.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in cand.children)
        person = self.is_person(cand)
        mention = self.mention(cand)
        if kind == "they":
            return plural and (person is not False or mention is not None and mention.label in ("NORP", "ORG"))
        if kind == "it":
            return not plural and mention is not None and mention.label == "ORG" and person is False
        if plural:
            return False
        if person is not None:
            name = mention.text if mention is not None else cand.text
            return person and self.gender.get(name, self.gender.get(name.split()[-1], kind)) == kind
        if cand.lemma_.lower() in _GENDERED:
            return _GENDERED[cand.lemma_.lower()] == kind
        speech_verbs = self.packs[id(cand.doc)].speech_verbs
        return under in speech_verbs and cand.lemma_.lower() not in _ISSUED  # "X, a tall man, said he ..."

    def _relative_antecedent(self, rel: Token) -> Token | None:
        """The noun a relative clause hangs from; "who" right after a name the parse attached elsewhere ("In a
        video posted Monday, X — who claims ... — said") stands for that name, and never for a place."""
        verb = rel.head
        noun = verb.head if verb.dep_ == "relcl" else None
        before = next((rel.doc[i] for i in range(rel.i - 1, max(-1, rel.i - 3), -1) if not rel.doc[i].is_punct),
                      None)
        named = self.mention(before) if before is not None else None
        if rel.lower_ == "who" and named is not None and (named.label == "PERSON" or named.text in self.people) \
                and (noun is None or self.is_person(noun) is not True):
            return before
        if rel.lower_ == "who" and noun is not None and noun.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
            return None
        if noun is not None and noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
            return noun.head  # "workers, long X's core supporters, who heckled": the workers heckled
        return noun

    def speaker(self, found: Found) -> Speaker:
        """The source as written ("Paul Lindsay, a spokesman for the party"; "he") and who it names."""
        if found.source is None:
            return None, None, None
        start, end = found.source
        tok = self.token_at(found.head) if found.head is not None else None
        if tok is None:
            text = self.parsed.article.text[start:end]
            return (speaker_text(text) if len(text) < 80 else None), start, end
        return self._spoken_by(tok, start, end)

    def subject(self, subj: Token) -> Speaker:
        """The source phrase headed by ``subj`` and who it names."""
        bounds = source_bounds(subj)
        first, last = bounds if bounds else (subj.i, subj.i)
        start = self.offset(subj.doc[first])
        return self._spoken_by(subj, start, self.offset(subj.doc[last]) + len(subj.doc[last].text))

    def _spoken_by(self, tok: Token, start: int, end: int) -> Speaker:
        mention = self.named(tok) if tok.pos_ != "PRON" else None
        if mention is not None and any(m.start == start and m is not mention for m in self.parsed.mentions):
            start = mention.start  # "Interior Minister Oleksandr Bryl": the span must not open on another name
        return self.name(tok), start, end


def speaker_text(text: str | None) -> str | None:
    """A speaker as written, or None for a fragment that names no one: words with a colon ("Workers to
    condemn:"), a bracket left from an editor's insertion, or nothing but punctuation."""
    if text is None:
        return None
    text = text.strip(" ,;")
    if not any(ch.isalpha() for ch in text) or any(ch in text for ch in ":[]{}"):
        return None
    return text


def _cue_near(doc: Doc, q_start: int, q_end: int, cues: frozenset[str]) -> Token | None:
    """The cue verb nearest the quote, outside it, in the sentence(s) touching the quote."""
    candidates = []
    for tok in doc:
        if q_start <= tok.idx < q_end or tok.lemma_.lower() not in cues or tok.pos_ not in ("VERB", "AUX"):
            continue
        distance = q_start - tok.idx if tok.idx < q_start else tok.idx - q_end
        sent_ok = tok.sent.start_char <= q_end and q_start <= tok.sent.end_char
        if sent_ok and distance < 160:
            candidates.append((distance, tok))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _subject(cue: Token) -> Token | None:
    found, _ = source_token(cue)
    if found is not None:
        return found
    verb: Token | None = cue
    for _ in range(3):  # "quoted as saying by ...": climb to the subject of whatever the cue hangs from
        if verb is None:
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return None if in_quotation(subj[0]) and not in_quotation(cue) else subj[0]
        agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent[0]
        verb = verb.head if verb.head.i != verb.i else None
    return None


def _speaker(parsed: Parsed, sources: _Sources, offset: int, cue: Token | None, q_start: int) -> Speaker:
    """The subject of the cue verb (or the name right after it: '"...," said X'); failing that the last person."""
    if cue is not None:
        after = offset + cue.idx + len(cue.text)
        inverted = [m for m in parsed.mentions
                    if m.label == "PERSON" and 0 <= m.start - after <= 2 and cue.lemma_ != "tell"]
        if inverted:
            return inverted[0].text, inverted[0].start, inverted[0].end
        subj = _subject(cue)
        if subj is not None:
            return sources.subject(subj)
    person = last_person(parsed.mentions, q_start)
    return (person.text, person.start, person.end) if person else (None, None, None)


def _found_speaker(parsed: Parsed, sources: _Sources, found: Found, q_start: int) -> Speaker:
    if found.source is None:  # no subject ("Asked about it, ..."): the last person the text was about
        person = last_person(parsed.mentions, q_start)
        return (person.text, person.start, person.end) if person else (None, None, None)
    return sources.speaker(found)


def _found_for(found: list[Found], q_start: int, q_end: int, speech_verbs: frozenset[str]) -> Found | None:
    """The attribution whose content takes in the quote, its cue outside the quotation marks, nearest first; a
    stance inside a report ('X said that he wanted "..."') leaves the quote to the report."""
    around = [f for f in found if f.content[0] < q_end and q_start < f.content[1]
              and not (q_start <= f.cue[0] < q_end)]
    reports = [f for f in around if f.lemma in speech_verbs or f.lemma in (":", "according to")
               or not any(g.content[0] <= f.cue[0] < g.content[1] for g in around if g is not f)]
    return min(reports, key=lambda f: min(abs(f.cue[0] - q_end), abs(f.cue[1] - q_start))) if reports else None


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """ 'the "Sasha 3%" meme': quoted words before the noun they modify are a name, not a quote."""
    inside = [t for t in doc if start <= t.idx < end]
    tops = [t for t in inside if not start <= t.head.idx < end]
    return bool(tops) and all(t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ in ("NOUN", "PROPN")
                              and t.head.idx >= end for t in tops)


def _quote_in(parsed: Parsed, sources: _Sources, para: Paragraph, doc: Doc, span: tuple[int, int],
              found: list[Found], previous: Quote | None, number: int) -> Quote | None:
    q_start, q_end = span
    article = parsed.article
    text = article.text[q_start:q_end]
    if _is_name(doc, q_start - para.start, q_end - para.start):
        return None
    pack = parsed.packs[para.index]
    attribution = _found_for(found, q_start, q_end, pack.speech_verbs)
    cue = None if attribution else _cue_near(doc, q_start - para.start, q_end - para.start, pack.quote_cues)
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
        name, s, e = _found_speaker(parsed, sources, attribution, q_start)
        return Quote(qid, article.id, q_start, q_end, text, attribution.cue_text, name, s, e,
                     cue_start=attribution.cue[0], cue_end=attribution.cue[1])
    name, s, e = _speaker(parsed, sources, para.start, cue, q_start)
    if cue is None:
        cue_text = "according to" if _ACCORDING.search(para.text) else None
        return Quote(qid, article.id, q_start, q_end, text, cue_text, name, s, e)
    start = para.start + cue.idx
    return Quote(qid, article.id, q_start, q_end, text, cue.text, name, s, e, cue_start=start,
                 cue_end=start + len(cue.text))


def _nested_spans(text: str) -> list[tuple[int, int]]:
    """Curly quotes inside a curly quote (“... “Get down,” they yelled. ...”): the outer pair, whose first
    closing mark closes the inner quote, not the outer one."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    nested = False
    for match in _CURLY.finditer(text):
        mark = match.group()
        if mark == "\n":
            stack, nested = [], False
        elif mark == "“":
            nested = nested or bool(stack)
            stack.append(match.end())
        elif stack:
            start = stack.pop()
            if not stack and nested:
                spans.append((start, match.start()))
                nested = False
    return spans


def _quote_spans(parsed: Parsed) -> list[tuple[int, int]]:
    """The parse's quoted passages and those in the other styles, each at least two words long; a quote with a
    quote inside it is one passage."""
    text = parsed.article.text
    outer = _nested_spans(text)
    spans = [s for s in parsed.quotes if not any(o[0] <= s[1] and s[0] <= o[1] for o in outer)] + outer
    for match in _MORE_QUOTES.finditer(text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        if len(match.group(group).split()) >= 2 and not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


def _direct_quotes(parsed: Parsed, sources: _Sources, found: list[Found], spans: list[tuple[int, int]]
                   ) -> list[Quote]:
    out: list[Quote] = []
    previous: Quote | None = None
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None:
            continue
        for span in spans:
            if para.start <= span[0] < para.end:
                quote = _quote_in(parsed, sources, para, doc, span, found, previous, len(out))
                if quote is not None:
                    out.append(quote)
                    previous = quote
    return out


def _mostly_quoted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    inside = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in spans)
    return inside >= 0.5 * (end - start)


def _indirect_quotes(parsed: Parsed, sources: _Sources, found: list[Found], spans: list[tuple[int, int]],
                     first_id: int) -> list[Quote]:
    """Reported speech, mostly outside quotation marks. A mixed quote ('he called the plan "a disaster"') gives
    both: the quoted words as a direct quote and the reported clause as an indirect one."""
    article = parsed.article
    out: list[Quote] = []
    for f in found:
        if _mostly_quoted(spans, *f.content):
            continue
        start, end = f.content
        name, s, e = sources.speaker(f)
        out.append(Quote(f"{article.id}-q{first_id + len(out)}", article.id, start, end, article.text[start:end],
                         f.cue_text, name, s, e, direct=False, cue_start=f.cue[0], cue_end=f.cue[1]))
    return out


def extract_quotes(parsed: Parsed) -> list[Quote]:
    """Direct quotes first (their ids stay stable), then indirect attributions."""
    spans = _quote_spans(parsed)
    found = find_attributions(parsed, spans)
    sources = _Sources(parsed)
    direct = _direct_quotes(parsed, sources, found, spans)  # the cue nearest a quote, nested or not
    return direct + _indirect_quotes(parsed, sources, outermost(found), spans, len(direct))


def _looks_spoken(text: str) -> bool:
    return len(text.split()) >= 4 and bool(re.search(r"\b(I|we|you|my|our|us|me)\b", text, re.I))
