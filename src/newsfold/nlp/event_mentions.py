"""Event mentions: PLOVER-typed triggers in each sentence, with actors, targets, places, date and figures."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..models import DateRef, EventMention, Figure, Mention, Quote, SetAside, Span
from .languages import LanguagePack, clause_words
from .parse import Parsed
from .relevance import (
    definite_reference,
    hypothetical,
    long_before,
    modifier_of_a_noun,
    one_act,
    part_of_the_told,
    purpose_of_another,
    recalled,
    refers_back,
    set_aside_reason,
    setting_of_a_statement,
    time_clause,
)

__all__ = ["extract_event_mentions"]

_ACTOR_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


# Nouns that, as the first word of a name, make the name an event: the March for Freedom, the Rally for Peace.
_NAMED_EVENTS = {"march", "rally", "protest", "strike", "demonstration", "vigil", "walkout"}


# Particles and prepositions that make a phrasal trigger: "walk out", "call for", "set up", "agree on".
_PARTICLES = frozenset({"out", "off", "for", "down", "up", "over", "back", "on", "to"})


def _trigger(tok: Token, pack: LanguagePack) -> tuple[str, tuple[str, str | None]] | None:
    """The trigger word(s) and its (PLOVER type, mode) when ``tok`` is one of the pack's event triggers."""
    triggers, lemma = pack.triggers, tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.lower_ in _NAMED_EVENTS and tok.lower_ in triggers and (
            tok.i == tok.sent.start or not doc_is_title(tok)):
        return tok.text, triggers[tok.lower_]
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    if lemma == "walk" and _walks_off_something_else(tok):
        return None  # "walked off the stage" is not a walkout
    if lemma == "rally" and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "rallying support" is not a rally
    if lemma == "meet" and any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "was met with chants": an idiom, not a meeting
    particles = [c.lower_ for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in _PARTICLES]
    for key, words in _keys(tok, lemma, particles):
        if key in triggers:
            return words, pack.refine(tok, triggers[key])
    for kind in (c for c in tok.children if c.dep_ == "compound" and tok.pos_ == "NOUN"):
        if f"{kind.lemma_.lower()} {lemma}" in triggers:  # "air strike", "drone strike"
            return f"{kind.text} {tok.text}", triggers[f"{kind.lemma_.lower()} {lemma}"]
    if lemma in ("call", "walk", "down", "crack", "step"):
        return None
    if lemma not in triggers:
        return _by_its_doers(tok, pack)
    if lemma in pack.needs_object and not ({t.lemma_.lower() for t in tok.sent} & pack.needs_object[lemma]):
        return None
    return tok.text, pack.refine(tok, triggers[lemma])


def _objects(tok: Token) -> list[Token]:
    """What a verb acts on: its object, or the subject of its passive ("weapons were seized"), with the words
    conjoined to it and what a measure of it holds ("a cache of arms")."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":  # "the seizure of weapons", "the recapture of the town"
        heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
    out = []
    for head in heads:
        out += [head, *(c for c in head.children if c.dep_ == "conj")]
        out += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
    return out


def _keys(tok: Token, lemma: str, particles: list[str]) -> list[tuple[str, str]]:
    """The multi-word trigger keys a word can stand in, with the words as written: "walk out", "seize weapon",
    "set up base", "use chemical weapon"."""
    keys = [(f"{lemma} {part}", f"{tok.text} {part}") for part in particles]
    for obj in _objects(tok):
        name = obj.lemma_.lower()
        keys += [(f"{lemma} {part} {name}", f"{tok.text} {part} {obj.text}") for part in particles]
        keys.append((f"{lemma} {name}", f"{tok.text} {obj.text}"))
        keys += [(f"{lemma} {m.lemma_.lower()} {name}", f"{tok.text} {m.text} {obj.text}") for m in obj.children
                 if m.dep_ in ("amod", "compound")]
    return keys


def _by_its_doers(tok: Token, pack: LanguagePack) -> tuple[str, tuple[str, str | None]] | None:
    """"Protesters shut down roads", "demonstrators blocked the highway": a verb of the pack's doer actions whose
    subject names the event's doers tells the event they do."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in pack.doer_actions:
        return None
    for subject in (c for c in tok.children if c.dep_ == "nsubj"):
        found = pack.doer_triggers.get(subject.lemma_.lower())
        if found:
            return f"{subject.text} {tok.text}", found
    return None


def doc_is_title(tok: Token) -> bool:
    """The word before is capitalised too: "Women's March", "Freedom Rally" (a name, but not one it starts)."""
    before = tok.doc[tok.i - 1]
    return before.is_title and before.pos_ == "PROPN"


def _walks_off_something_else(tok: Token) -> bool:
    following = [t for t in tok.doc[tok.i + 1: tok.i + 5]]
    if not following or following[0].lower_ != "off":
        return False
    noun = next((t for t in following[1:] if t.pos_ == "NOUN" and t.dep_ != "compound"), None)  # shop *floors*
    return noun is not None and noun.lemma_.lower() not in {"job", "work", "floor", "shift", "line"}


def _spans_in(mentions: list[Mention], start: int, end: int, labels: set[str]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions if m.label in labels and start <= m.start and m.end <= end
            and not m.in_quote]


def _located(article: str, spans: list[tuple[int, int]] | list[tuple[int | None, int | None]]) -> list[Span]:
    return [Span(article, s, e, "nlp") for s, e in spans if s is not None and e is not None]


def _subtree_span(tok: Token, offset: int) -> tuple[int, int]:
    return offset + tok.left_edge.idx, offset + tok.right_edge.idx + len(tok.right_edge.text)


# Verbs whose subject does the event their noun names: "workers held a rally", "went on strike".
_LIGHT_VERBS = {"hold", "stage", "go", "take", "join", "launch", "organise", "organize", "lead", "begin", "start",
                "call", "continue", "mount", "attend", "participate", "announce", "plan", "carry", "conduct", "make"}


def _arguments(tok: Token, offset: int, mentions: list[Mention], sent: tuple[int, int]
               ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    actors: list[tuple[int, int]] = []
    targets: list[tuple[int, int]] = []
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.pos_ == "ADP" and verb.head.pos_ == "VERB":  # "went on strike", "took part in the march"
        verb = verb.head
    if verb is not tok and verb.lemma_.lower() not in _LIGHT_VERBS:
        verb = tok  # "Lukashenko dismissed the walkouts": who dismisses them is not who walked out
    for child in verb.children:
        s, e = _subtree_span(child, offset)
        # "was confronted by workers": the agent acts and the subject is the target; "was met by" is mutual
        if child.dep_ in ("nsubj", "agent", "nsubjpass" if verb.lemma_ == "meet" else "_"):
            # a name the model took for a town may be a company ("workers from Grodno Azot"): the corpus decides
            actors += _spans_in(mentions, s, e, _ACTOR_LABELS | {"GPE"})
        elif child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "prep" and child.lower_ in ("against", "with")):
            targets += _spans_in(mentions, s, e, _ACTOR_LABELS)
    if tok.pos_ == "NOUN":
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "amod") or (child.dep_ == "prep" and child.lower_ in ("of", "by")):
                actors += _spans_in(mentions, *_subtree_span(child, offset), _ACTOR_LABELS)
    places = _spans_in(mentions, sent[0], sent[1], _PLACE_LABELS)
    for m in mentions:  # a factory or ministry the event happens at is its place
        if m.label == "ORG" and sent[0] <= m.start < sent[1] and not m.in_quote and (m.start, m.end) not in actors:
            before = _text_before(tok.doc, m.start - offset)
            if before in ("at", "outside", "from", "in", "near", "inside"):
                places.append((m.start, m.end))
    return actors, targets, places


def _text_before(doc: Doc, char: int) -> str:
    words = doc.text[:char].split()
    return words[-1].lower() if words else ""


def _governor(tok: Token) -> Token:
    """The verb (or event noun) a date phrase hangs from."""
    head = tok.head
    for _ in range(len(tok.doc)):
        if head.pos_ in ("VERB", "NOUN") and head.dep_ != "pobj" and head.i != tok.i:
            return head
        if head.head.i == head.i:
            return head
        tok, head = head, head.head
    return head


def _another_nouns(span: SpacySpan, trigger_ids: set[int]) -> bool:
    """"arrested in April for the March 21 call": a date that modifies a noun which is no event is that noun's."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.pos_ == "NOUN" and \
        root.head.i not in trigger_ids


def _attached_date(dates: list[DateRef], tok: Token, offset: int, only_trigger: bool,
                   trigger_ids: set[int], same_kind: set[int], quoted: frozenset[int] = frozenset(),
                   deadline: frozenset[str] = frozenset()) -> DateRef | None:
    """The date of the sentence that grammatically belongs to this trigger (or the only one, if unique); never
    a deadline's ("the strike will go on until the vote on Tuesday": ``deadline`` holds the pack's "until")."""
    sent = tok.sent
    start, end = offset + sent.start_char, offset + sent.end_char
    inside = [d for d in dates if start <= d.start < end and d.granularity in ("day", "week", "month", "year")]
    mine = ({tok.i, tok.head.i} if tok.pos_ == "NOUN" else {tok.i}) | same_kind
    # "X vowed Monday ... as workers walked off": a clause of time overlap shares its main verb's date
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in tok.children):
        mine.add(tok.head.i)
    free = []
    for d in inside:
        span = tok.doc.char_span(d.start - offset, d.end - offset, alignment_mode="expand")
        if span is None:
            continue
        if _another_nouns(span, trigger_ids) or _after_deadline(span, tok, deadline):
            continue
        free.append(d)
        # words inside quotation marks do not own a date outside them: chants of "Leave!" on Monday
        owner = next((a for a in span.root.ancestors if a.i not in quoted and (a.i in trigger_ids or a.pos_ == "VERB")),
                     None)
        if (owner or _governor(span.root)).i in mine:
            return d
    return free[0] if only_trigger and len(inside) == 1 and free else None


def _after_deadline(span: SpacySpan, trigger: Token, deadline: frozenset[str]) -> bool:
    """Whether a deadline preposition stands between a date and the trigger ("until [the vote on] Tuesday")."""
    for word in span.root.ancestors:
        if word.i == trigger.i or word.pos_ == "VERB":
            return False
        if word.lower_ in deadline:
            return True
    return False


def _figure_governor(tok: Token) -> Token:
    """The word a figure's count belongs to: "6,700 people arrested" -> arrested; "hundreds marched" -> marched."""
    noun = tok
    while noun.dep_ in ("nummod", "quantmod", "compound", "amod", "advmod", "npadvmod") and noun.head.i != noun.i:
        noun = noun.head
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.pos_ in ("VERB", "ADJ", "NOUN"):
            return child
    return noun.head


def _figure_owners(figures: list[Figure], triggers: list[Token], doc: Doc, offset: int) -> dict[str, int]:
    """figure id -> token index of the trigger it counts for (grammar first, then nearness)."""
    owners: dict[str, int] = {}
    if not triggers:
        return owners
    for fig in figures:
        span = doc.char_span(fig.start - offset, fig.end - offset, alignment_mode="expand")
        if span is None:
            continue
        gov = _figure_governor(span[-1])
        chosen = next((t for t in triggers if t.i == gov.i or (t.pos_ == "NOUN" and t.head.i == gov.i)), None)
        if chosen is None:
            chosen = min(triggers, key=lambda t: abs(t.i - span[-1].i))
        owners[fig.id] = chosen.i
    return owners


def _token_at(parsed: Parsed, start: int | None) -> tuple[Token, int] | None:
    """The token at an article offset, with its paragraph's offset."""
    if start is None:
        return None
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is not None and para.start <= start < para.end:
            span = doc.char_span(start - para.start, start - para.start + 1, alignment_mode="expand")
            return (span[0], para.start) if span is not None and len(span) else None
    return None


def _statement_date(cue: Token | None, offset: int, dates: list[DateRef], sent_dates: list[DateRef]
                    ) -> DateRef | None:
    """The day a statement was made: a date in the saying verb's own clause ("said Monday", "in a video posted
    Monday, she said"), not one of something it mentions ("since the Aug. 9 election, which he claims")."""
    if cue is None:
        return sent_dates[0] if len(sent_dates) == 1 else None
    heads = {cue.i} | ({cue.head.i} if cue.dep_ == "conj" else set())
    for d in sent_dates:
        span = cue.doc.char_span(d.start - offset, d.end - offset, alignment_mode="expand")
        if span is None:
            continue
        path = [span.root, *span.root.ancestors]
        if any(t.i in heads for t in path) and not any(t.dep_ in ("relcl", "acl") and t.i not in heads
                                                       and t.head.i in heads for t in path):
            return d
    return None


def _background(cue: Token | None) -> bool:
    """A saying verb inside a relative clause is background ("the election, which he claims to have won")."""
    return cue is not None and (cue.dep_ == "relcl" or any(t.dep_ == "relcl" for t in cue.ancestors))


def _statements(parsed: Parsed, dates: list[DateRef], quotes: list[Quote], first_id: int) -> list[EventMention]:
    """Every attributed quote is a public statement by its speaker."""
    out: list[EventMention] = []
    for q in quotes:
        if q.speaker_start is None or q.speaker_end is None or len(q.text) < 20:
            continue
        index = parsed.sentence_at(q.start)
        if index is None:
            continue
        sent = parsed.sentences[index]
        found = _token_at(parsed, q.cue_start)
        cue, offset = found if found else (None, 0)
        if _background(cue):
            continue
        in_sentence = [d for d in dates if sent.start <= d.start < sent.end and d.granularity == "day"
                       and not q.start <= d.start < q.end]  # a date inside the quote is not when it was said
        date = _statement_date(cue, offset, dates, in_sentence)
        out.append(EventMention(
            id=f"{parsed.article.id}-e{first_id + len(out)}", article=parsed.article.id, start=sent.start,
            end=sent.end, text=parsed.article.text[sent.start: sent.end], trigger=q.cue or "quote",
            type="STATEMENT", mode="quote" if q.direct else "reported", date=date.value if date else None,
            date_granularity=date.granularity if date else None, weekday=date.weekday if date else None,
            actor_mentions=_located(parsed.article.id, [(q.speaker_start, q.speaker_end)]),
            quote=q.text if q.direct else None,
            speaker_name=q.speaker_name, date_text=date.text if date else None,
            date_start=date.start if date else None,
        ))
    return out


def extract_event_mentions(parsed: Parsed, dates: list[DateRef], figures: list[Figure],
                           quotes: list[Quote] | None = None, topic: str | None = None
                           ) -> tuple[list[EventMention], list[SetAside]]:
    """The event mentions of an article, and the trigger words not taken for events with the reason. ``topic``:
    what the article is mostly about (``relevance.article_topic``), None for news of any kind."""
    article = parsed.article
    out: list[EventMention] = []
    set_aside: list[SetAside] = []
    counted: set[str] = set()
    for para, doc, pack in zip(parsed.paragraphs, parsed.docs, parsed.packs, strict=True):
        if doc is None:
            continue
        for sent in doc.sents:
            s_start, s_end = para.start + sent.start_char, para.start + sent.end_char
            seen: set[tuple[str, str | None]] = set()
            first_here, verbs = len(out), []
            # a word in quotation marks is someone's words, not the reporter's account; a name in them
            # ("March for Freedom") is still the event's name
            triggers = [(tok, found) for tok in sent if (found := _trigger(tok, pack)) is not None and (
                tok.pos_ == "PROPN" or not parsed.in_quote(para.start + tok.idx, para.start + tok.idx + 1))]
            n_triggers, trigger_ids = len(triggers), {t.i for t, _ in triggers}
            quoted = frozenset(t.i for t in sent if parsed.in_quote(para.start + t.idx, para.start + t.idx + 1))
            in_sentence = [f for f in figures if s_start <= f.start < s_end]
            owner = _figure_owners(in_sentence, [t for t, _ in triggers], doc, para.start)
            counted.update(owner)  # a figure a trigger owns is no orphan, even where it cannot count that event
            for tok, (trigger, (etype, mode)) in triggers:
                if (etype, mode) in seen:
                    continue
                reason = hypothetical(tok, pack) or set_aside_reason(tok, etype, pack, topic) or \
                    setting_of_a_statement(tok, pack) or modifier_of_a_noun(tok, pack) or \
                    part_of_the_told(tok, trigger, etype, pack, out, parsed, para.index) or \
                    purpose_of_another(tok, pack, trigger_ids - {tok.i})
                if reason:
                    start = para.start + tok.idx
                    set_aside.append(SetAside(article.id, start, start + len(tok.text), tok.text, etype, reason))
                    continue
                seen.add((etype, mode))
                actors, targets, places = _arguments(tok, para.start, parsed.mentions, (s_start, s_end))
                same_kind = {t.i for t, (_, kind) in triggers if kind == (etype, mode)}
                leads = tok.pos_ in ("VERB", "PROPN") and not any(t.dep_ in ("relcl", "acl")
                                                                  for t in (tok, *tok.ancestors))
                date = _attached_date(dates, tok, para.start, n_triggers == 1 and leads, trigger_ids,
                                      same_kind, quoted, clause_words(pack).deadline)
                owned = [f.id for f in in_sentence if owner.get(f.id) in same_kind
                         and etype in _FIGURE_TYPES.get(f.category, {etype})]
                late = date if date is not None and long_before(date, article.published) else \
                    recalled(tok, dates, para.start, article.published) if date is None else None
                timed = date is None and time_clause(tok, pack)
                if late or timed or (date is None and not owned and refers_back(tok, pack)):
                    start = para.start + tok.idx
                    set_aside.append(SetAside(article.id, start, start + len(tok.text), tok.text, etype,
                                              f"long before the article ({late.text})" if late else
                                              "a time reference (since it began): no event of its own" if timed
                                              else "a background mention: many events, none dated or counted"))
                    continue
                out.append(EventMention(
                    id=f"{article.id}-e{len(out)}", article=article.id, start=s_start, end=s_end,
                    text=article.text[s_start:s_end], trigger=trigger, type=etype, mode=mode,
                    date=date.value if date else None, date_granularity=date.granularity if date else None,
                    actor_mentions=_located(article.id, actors),
                    place_mentions=_located(article.id, sorted(set(places))),
                    target_mentions=_located(article.id, targets),
                    figures=owned, weekday=date.weekday if date else None, date_text=date.text if date else None,
                    date_start=date.start if date else None,
                    reference=date is None and not owned and definite_reference(tok, pack),
                ))
                if leads:  # an event verb, or the event's own name, outside relative clauses ("who claims she won")
                    verbs.append(out[-1])
            days = [d for d in dates if s_start <= d.start < s_end and d.granularity == "day" and not (
                (span := doc.char_span(d.start - para.start, d.end - para.start, alignment_mode="expand")) is not None
                and _another_nouns(span, trigger_ids))]
            out[first_here:] = _lead_date(out[first_here:], verbs, days)
    _attach_orphan_figures(parsed, out, [f for f in figures if f.id not in counted])
    statements = _statements(parsed, dates, quotes or [], len(out))
    return one_act(out, statements, set_aside)


def _lead_date(mentions: list[EventMention], verbs: list[EventMention], days: list[DateRef]) -> list[EventMention]:
    """A sentence's only day that no event word owns by the parse goes to its first event verb ("Workers
    confronted him with chants of "Leave!" on Monday as ...", which the parser hangs from a later verb); an
    event noun ("over a disputed election") is what the sentence talks about, not what it dates."""
    if len(days) != 1 or not verbs or any(m.date_start is not None for m in mentions):
        return mentions
    first, day = verbs[0], days[0]
    dated = replace(first, date=day.value, date_granularity=day.granularity, weekday=day.weekday,
                    date_text=day.text, date_start=day.start)
    return [dated if m is first else m for m in mentions]


# What a figure can count: a crowd counts a protest (a resignation has no crowd), an arrest count an arrest.
_FIGURE_TYPES = {"participants": {"PROTEST"}, "arrests": {"COERCE"}, "vote share": {"ELECTION", "STATEMENT"},
                 "deaths": {"ASSAULT", "PROTEST", "COERCE", "FIGHT"},
                 "injuries": {"ASSAULT", "PROTEST", "COERCE", "FIGHT"}}


def _attach_orphan_figures(parsed: Parsed, mentions: list[EventMention], figures: list[Figure]) -> None:
    """A count in a sentence with no event word ("Police put the crowd at 3,000.") belongs to the event the
    text was just telling, if one of a fitting type stands in the same or the previous paragraph; failing that,
    to one the next paragraph tells (a quote that answers a claim made just after it)."""
    used = {fid for m in mentions for fid in m.figures}
    para_of = {p.index: p for p in parsed.paragraphs}
    last = max(para_of) if para_of else 0
    for fig in figures:
        wanted = _FIGURE_TYPES.get(fig.category)
        if fig.id in used or not wanted:
            continue
        here = next(p.index for p in parsed.paragraphs if p.start <= fig.start <= p.end)
        lower = para_of[max(0, here - 1)].start
        before = [m for m in mentions if m.type in wanted and lower <= m.start <= fig.start]
        after = [m for m in mentions if m.type in wanted and fig.start < m.start <= para_of[min(last, here + 1)].end]
        if before:
            before[-1].figures.append(fig.id)
        elif after:
            after[0].figures.append(fig.id)
