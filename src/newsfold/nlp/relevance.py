"""Relevance: whether an event trigger reports a contentious event where it stands, from the word's sense in its
sentence (the paragraph's language pack) and what the article is about.

A page mostly about sport, markets, culture or science yields a protest, assault or arrest only from a sentence
that speaks of contention (protesters, police, strikers ...); elsewhere a trigger counts unless its pack reads it
in another sense ("Russia beat Croatia", "in March", "shares rallied"). Nor does what is only asked for or may
happen, a plural that refers back to a movement, a noun that only modifies another, the setting of a statement or
a day long before the article; and one act in one sentence is one event. What is set aside is kept with its reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..models import DateRef, EventMention, SetAside
from .languages import LanguagePack, clause_words
from .parse import Parsed

__all__ = ["CONTENTIOUS", "article_topic", "set_aside_reason", "hypothetical", "refers_back", "time_clause",
           "part_of_the_told", "modifier_of_a_noun", "setting_of_a_statement", "long_before", "one_act"]

# PLOVER types that conflict data codes (ACLED, CCC): they need a contentious sense to count.
CONTENTIOUS = frozenset({"PROTEST", "ASSAULT", "COERCE", "FIGHT"})
# A topic decides an article when this share of its words (and at least _MIN_WORDS of them) are the topic's and
# it has more than _OVER times as many of them as words of contention.
_SHARE, _MIN_WORDS, _OVER = 0.02, 6, 2


def article_topic(docs: Iterable[tuple[Doc | None, LanguagePack]]) -> str | None:
    """The topic (a key of the packs' ``topic_words``) an article is mostly about, or None (news of any kind)."""
    counts: Counter[str] = Counter()
    words = contention = 0
    for doc, pack in docs:
        if doc is None:
            continue
        for tok in doc:
            if not tok.is_alpha:
                continue
            words += 1
            lemma = tok.lemma_.lower()
            contention += lemma in pack.contention_words
            counts.update(topic for topic, vocabulary in pack.topic_words.items() if lemma in vocabulary)
    if not counts:
        return None
    topic, n = counts.most_common(1)[0]
    return topic if n >= _MIN_WORDS and n >= _SHARE * words and n > _OVER * contention else None


def _speaks_of_contention(tok: Token, pack: LanguagePack) -> bool:
    return any(t.lemma_.lower() in pack.contention_words for t in tok.sent if t.i != tok.i)


def set_aside_reason(tok: Token, plover: str, pack: LanguagePack, topic: str | None) -> str | None:
    """Why the trigger ``tok`` (of PLOVER type ``plover``) is not taken for an event, or None when it is."""
    sense = pack.other_sense(tok)
    if sense:
        return sense
    if topic is not None and plover in CONTENTIOUS and not _speaks_of_contention(tok, pack):
        return f"an article about {topic}, and a sentence that speaks of no contention"
    return None


def hypothetical(tok: Token, pack: LanguagePack) -> str | None:
    """Why the event is not reported as having happened ("may go on strike", "calls for demonstrations"), or
    None. The modal words are the pack's ``hypothetical``; the asking words its ``clause_words``."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN") and (tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"):
        verb = tok.head.head  # "they may go on strike": the verb the event noun hangs from carries the mood
    elif tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        verb = tok.head  # "would impose sanctions"
    for child in [*tok.children, *(verb.children if verb is not tok else [])]:
        if child.dep_ in ("aux", "auxpass") and child.lemma_.lower() in pack.hypothetical:
            return f"hypothetical ({child.text})"
        if child.dep_ == "neg":
            return f"negated ({child.text})"
    head, words = tok.head, clause_words(pack)
    if tok.dep_ == "pobj" and head.lower_ in words.denying:
        return f"negated ({head.text})"  # "the rally passed off without arrests"
    asking = pack.hypothetical | words.asking_verbs
    if tok.dep_ == "pobj" and head.lower_ in words.asking and head.head.lemma_.lower() in asking:
        return f"asked for, not reported ({head.head.text} {head.text})"  # "calls for continued demonstrations"
    if tok.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in asking:
        return f"asked for, not reported ({head.text})"
    return None


def refers_back(tok: Token, pack: LanguagePack) -> bool:
    """"the protests", "a symbol of the protests": a plural event noun that refers back to a movement or a kind
    of event; without a date or a count of its own it reports no one event. "riots erupted", "staged protests"
    and "met with chants" tell events. The determiners and prepositions are the pack's ``clause_words``."""
    if tok.pos_ != "NOUN" or "Number=Plur" not in str(tok.morph):
        return False
    words = clause_words(pack)
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in words.definite for c in tok.children)
    # "with protests exploding to new levels": the state of things a sentence starts from, not its news
    with_ = tok.head.lower_ in words.circumstance or any(c.dep_ == "mark" and c.lower_ in words.circumstance
                                                         for c in tok.children)
    circumstance = with_ and any(c.dep_ == "acl" for c in tok.children)
    return definite or circumstance or (tok.dep_ == "pobj" and tok.head.lower_ in words.background)


def definite_reference(tok: Token, pack: LanguagePack) -> bool:
    """"the strike entered its fifth day", "denied that the arrest had anything to do with it": a singular event
    noun with a definite determiner names an event the story tells elsewhere; undated, the events stage joins it
    to that event when the story has one such event dated (``events.merge``)."""
    if tok.pos_ != "NOUN" or "Number=Sing" not in str(tok.morph):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in clause_words(pack).definite for c in tok.children)


def recalled(tok: Token, dates: list[DateRef], offset: int, published: str | None) -> DateRef | None:
    """"Belarus last saw such protests ahead of the breakup of the Soviet Union in 1991": an undated event noun
    in a sentence whose dates all lie long before the article tells history, not news (the date that hangs from
    another word dates it no less). Returns that date, or None."""
    sent = tok.sent
    inside = [d for d in dates if offset + sent.start_char <= d.start < offset + sent.end_char]
    if tok.pos_ != "NOUN" or not inside or not all(long_before(d, published) for d in inside):
        return None
    return inside[0]


def time_clause(tok: Token, pack: LanguagePack) -> bool:
    """"since the protests began", "since the strike started": an event noun that is the subject of a clause
    saying only from when something counts. Undated, it tells no event of its own (dated, "since the strike
    began on Monday" is a look back, which the events stage joins to the event it tells). The words that open
    such a clause are the pack's background ``clause_words``."""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in clause_words(pack).background for c in head.children)


def part_of_the_told(tok: Token, trigger: str, etype: str, pack: LanguagePack, told: list[EventMention],
                      parsed: Parsed, paragraph: int) -> str | None:
    """"Some protesters threw bottles" after a march the article has just told (this paragraph or the one before)
    is part of that march, not another event: doers tell their own event only where none of its kind is told."""
    if not trigger.endswith(" " + tok.text) or tok.lemma_.lower() in pack.triggers:
        return None  # not read from its doers
    since = min((p.start for p in parsed.paragraphs if p.index >= paragraph - 1), default=0)
    earlier = next((m for m in told if m.type == etype and m.start >= since), None)
    return f"part of the {etype.lower()} told before ({earlier.trigger})" if earlier else None


def modifier_of_a_noun(tok: Token, pack: LanguagePack) -> str | None:
    """"pipeline protest laws", "a strike fund": an event noun that only says what kind another thing is."""
    head = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ in ("compound", "amod") and head.pos_ == "NOUN" and \
            head.lemma_.lower() not in pack.triggers:
        return f"a modifier of another noun ({tok.text} {head.text})"
    return None


def purpose_of_another(tok: Token, pack: LanguagePack, trigger_ids: set[int]) -> str | None:
    """"went on strike in protest against the results", "resigned in protest": a bare event noun after the pack's
    purpose preposition says why another act the sentence tells was done; that act is the event. ("put down
    their bows in protest", where no other event word stands, stays the protest.)"""
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or head.lower_ not in clause_words(pack).purpose or \
            any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    act = head.head
    if act.i in trigger_ids or (act.dep_ in ("dobj", "pobj") and act.head.i in trigger_ids) or (
            act.pos_ == "AUX" or act.lemma_.lower() == "go") and any(c.i in trigger_ids for c in act.subtree):
        return f"the purpose of another act ({head.text} {tok.text})"
    return None


def setting_of_a_statement(tok: Token, pack: LanguagePack) -> str | None:
    """"Trump said at a rally": the event word is where something was said, and the sentence reports the saying."""
    head = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and head.lower_ in clause_words(pack).setting and \
            head.head.lemma_.lower() in pack.speech_verbs | pack.quote_cues:
        return f"the setting of a statement ({head.head.text} {head.text} ...)"
    return None


def long_before(ref: DateRef, published: str | None) -> bool:
    """A date more than a year before the article's own: history the article recalls, not its news."""
    if not published or not ref.value or ref.future:
        return False
    value = ref.value
    last = value + "-12-31" if len(value) == 4 else (value + "-28" if len(value) == 7 else value)
    try:
        return date.fromisoformat(last) < date.fromisoformat(published) - timedelta(days=366)
    except ValueError:
        return False


def _same_speaker(act: EventMention, statement: EventMention) -> bool:
    """The act's doer is the statement's speaker, or the statement's cue is the act's own word ("dismissed")."""
    said_by = {(x.start, x.end) for x in statement.actor_mentions}
    if said_by & {(x.start, x.end) for x in act.actor_mentions}:
        return True
    return bool(set(statement.trigger.lower().split()) & set(act.trigger.lower().split()))


# Types whose event is something said: a statement in the same sentence is that act's words, not a second event.
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def one_act(mentions: list[EventMention], statements: list[EventMention], set_aside: list[SetAside]
             ) -> tuple[list[EventMention], list[SetAside]]:
    """"X called for new elections, saying ...": one act, a REQUEST with the words attached, not a REQUEST and a
    STATEMENT. Only when the same person does both: "Lukashenko vowed ... as workers demanded" is two acts."""
    out = list(mentions)
    for st in statements:
        n = next((i for i, m in enumerate(out) if m.start == st.start and m.type in _SPEECH_ACTS
                  and _same_speaker(m, st)), None)
        if n is None:
            out.append(st)
            continue
        act = out[n]
        out[n] = replace(act, quote=act.quote or st.quote, speaker_name=act.speaker_name or st.speaker_name,
                         actor_mentions=act.actor_mentions or st.actor_mentions)
        set_aside.append(SetAside(st.article, st.start, st.end, st.trigger, "STATEMENT",
                                  f"one act: the {act.type.lower()} ({act.trigger}) is what was said"))
    return out, set_aside
