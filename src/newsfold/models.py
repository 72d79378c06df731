"""The data classes every stage reads and writes, in one place.

Every extracted item carries ``article`` and ``start``/``end`` offsets into its article's clean text, and the stage
that produced it; a bare location is a ``Span``. The records are frozen: a stage that learns something about an
earlier stage's record returns a new record (a link, an inferred date) and the pipeline builds the updated copy
(``dataclasses.replace``). ``RawDoc`` alone is a builder: a reader fills it field by field before it is stored.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Rejected:
    """An input that could not be ingested: a value, never an exception."""

    path: str
    reason: str


@dataclass
class RawDoc:
    """One article as a reader found it, before cleaning (built field by field by the readers; never changed after it
    is stored)."""

    path: str
    text: str
    format: str  # "text" | "jsonl" | "html"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    """Where something was read: offsets into the clean text of ``article`` (into the text of its embedded post
    number ``embed`` when that is set) and the stage that read it."""

    article: str
    start: int
    end: int
    stage: str
    embed: int | None = None


@dataclass(frozen=True)
class Removed:
    """A block taken out of the body, with the rule that took it."""

    text: str
    reason: str


@dataclass(frozen=True)
class EmbedName:
    """A name found in an embedded post: offsets into the post's text, the name's normal form (the nominative of an
    inflected Cyrillic name) and its kind."""

    start: int
    end: int
    name: str
    label: str  # PERSON, ORG, GPE, LOC
    stage: str = "embeds"


@dataclass(frozen=True)
class Embed:
    """An embedded social post separated from the body."""

    text: str
    author: str | None
    handle: str | None
    date: str | None
    language: str | None
    url: str | None = None
    entities: list[EmbedName] = field(default_factory=list)  # names in ``text``, filled by the embeds stage


@dataclass(frozen=True)
class Article:
    """A cleaned article: ``text`` is the canonical text all offsets index."""

    id: str
    path: str
    text: str
    format: str = "text"
    raw_hash: str = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    story: str | None = None
    # the language of each paragraph of ``text`` (split at blank lines) where some paragraph's is not ``language``
    # (a quoted post in another language); empty when all are ``language``: see ``paragraph_language``
    paragraph_languages: list[str | None] = field(default_factory=list)

    def paragraph_language(self, index: int) -> str | None:
        """The language paragraph ``index`` is written in."""
        found = self.paragraph_languages
        return found[index] if index < len(found) else self.language


@dataclass(frozen=True)
class PublishedDate:
    """A publication date worked out for an article its metadata did not date: from its byline or dateline, from a
    copy of its text, or inferred from its story (``source`` "inferred", with the ``reasons``)."""

    article: str
    value: str  # YYYY-MM-DD
    source: str  # "byline" | "dateline" | "duplicate:ID" | "inferred"
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    article: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """An entity mention found by NER: offsets into the clean text."""

    article: str
    start: int
    end: int
    text: str
    label: str
    sentence: int
    in_quote: bool = False
    stage: str = "nlp"
    title: tuple[str, ...] = ()  # lower-case lemmas written before the name in its phrase: ("president",)
    title_start: int | None = None


@dataclass(frozen=True)
class DateRef:
    """A date expression normalised against the article's own date."""

    article: str
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be anchored
    granularity: str  # "day" | "week" | "month" | "year" | "unknown"
    weekday: str | None = None
    stage: str = "dates"
    future: bool = False  # the words leading to it look ahead ("will meet on Wednesday")


@dataclass(frozen=True)
class Quote:
    """Who said what: a direct quote (the words inside the marks) or an indirect attribution (the reported
    clause). ``speaker_start``/``speaker_end`` mark the source as written (a pronoun stays a pronoun);
    ``speaker_name`` is who that is."""

    id: str
    article: str
    start: int
    end: int
    text: str
    cue: str | None
    speaker_name: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None  # canonical entity id, filled by resolve
    stage: str = "quotes"
    direct: bool = True  # False for reported speech ("X said that ...", "according to X, ...")
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.0  # from what supports it (events/confidence.py), set by the confidence stage


@dataclass(frozen=True)
class Figure:
    id: str
    article: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    counted: str | None
    category: str
    qualifier: str | None = None
    claimed_by_name: str | None = None
    claimed_by: str | None = None  # canonical entity id
    as_of: str | None = None
    cumulative: bool = False  # a running count ("bringing the tally to", "since the protests began")
    event: str | None = None
    stage: str = "figures"


@dataclass(frozen=True)
class EventMention:
    """One sentence-level report of an event, typed with PLOVER."""

    id: str
    article: str
    start: int
    end: int
    text: str
    trigger: str
    type: str
    mode: str | None
    date: str | None
    date_granularity: str | None
    weekday: str | None = None
    date_text: str | None = None  # the date expression as written, for completing its year from the story
    date_start: int | None = None  # where that DateRef starts: re-dating an undated article finds it again
    actor_mentions: list[Span] = field(default_factory=list)
    place_mentions: list[Span] = field(default_factory=list)
    target_mentions: list[Span] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    quote: str | None = None  # for STATEMENT mentions: the words quoted
    speaker_name: str | None = None  # for STATEMENT mentions: who said it (a pronoun's antecedent)
    stage: str = "events"
    acled: str | None = None  # the event typer's CASE / ACLED-style label ("PEACE_PROTEST"; "OTHER" if not coded)
    reference: bool = False  # undated "the strike": names an event told elsewhere, joined to it when it is plain


@dataclass(frozen=True)
class MentionContext:
    """What is known about one event mention for cross-document coreference (built by nlp.mention_context from
    the parse); ``id`` is the caller's key: the EventMention id in the pipeline."""

    id: Hashable
    doc: str
    sentence: int  # the sentence's position in its document
    lemma: str  # head lemma, lower case
    pos: str
    words: frozenset[str]  # lemmas of the mention's own tokens
    subjects: frozenset[str]  # content lemmas under the head's subject
    objects: frozenset[str]
    participants: frozenset[str]  # words of the sentence's person / organisation names
    places: frozenset[str]
    times: frozenset[str]
    context: tuple[str, ...]  # content lemmas of the sentence, the mention's own left out
    window: tuple[str, ...] = ()  # content lemmas within a few tokens of the mention
    acronym: str = ""  # initials of a several-word mention ("driving under the influence" -> "dui")
    vector: tuple[float, ...] = ()  # the parser's contextual vector of the head
    context_vector: tuple[float, ...] = ()  # the mean contextual vector of the sentence's content words
    role: str = ""  # the head's dependency label and fine tag, "amod/JJ" (a modifier is seldom told again)

    def with_vectors(self, vector: tuple[float, ...], context_vector: tuple[float, ...]) -> MentionContext:
        return replace(self, vector=vector, context_vector=context_vector)


@dataclass(frozen=True)
class NamedMention:
    """A mention resolved to a canonical entity, with the words written before it in its noun phrase."""

    article: str
    start: int
    end: int
    entity: str  # canonical entity id
    label: str  # the entity's type: PERSON, ORG, GPE, NORP, FAC, LOC
    text: str  # as written: "Donald Trump", "Minsk Tractor Works"
    title: tuple[str, ...] = ()  # lower-case lemmas before the name in its phrase: ("former", "fbi", "director")
    title_start: int | None = None  # where those words begin


@dataclass(frozen=True)
class Nominal:
    """A noun phrase that names no entity by itself: offsets of the phrase and of its head word."""

    article: str
    start: int
    end: int
    head: str  # lower-case lemma of the head: "plant"
    head_start: int
    modifiers: tuple[str, ...] = ()  # lower-case lemmas of the phrase's other content words: ("tractor",)
    plural: bool = False
    proper: bool = False  # the head is a proper noun (a name the recogniser missed, or a capitalised title)
    partner: int | None = None  # offset of the head of a phrase in apposition to this one, or of its copula subject
    several: bool = False  # counted or paired ("the two leaders", "both sides"): stands for no one entity
    indefinite: bool = False  # "a migrant", "an official": one of a kind, never a known entity by its head alone

    @property
    def id(self) -> tuple[str, int, int]:
        return (self.article, self.start, self.end)


@dataclass(frozen=True)
class SetAside:
    """A trigger word the nlp stage did not take for an event, and why: "the month March", "a market rally", "an
    article about sport, and a sentence that speaks of no contention", "hypothetical", "before the story (1967)"."""

    article: str
    start: int
    end: int
    text: str
    type: str  # the PLOVER type the word would have given
    reason: str
    stage: str = "relevance"


@dataclass(frozen=True)
class Analysis:
    """Everything extracted from one article; cached by clean-text hash."""

    article: str
    clean_hash: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    nominals: list[Nominal] = field(default_factory=list)  # noun phrases naming no entity by themselves
    contexts: list[MentionContext] = field(default_factory=list)  # per event mention, for learned coreference
    set_aside: list[SetAside] = field(default_factory=list)  # trigger words not taken for events, with the reason
    topic: str | None = None  # what the article is mostly about when it is sport, markets, culture or science
    # per language pack that read some paragraph (for a language with no pack, the article's label), the analyses
    # it could not give ({"nl": ["parse", "entities", ...]})
    not_analysed: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class NominalMention:
    """A noun phrase that stands for an entity ("the tractor plant"), and the rule that linked it."""

    span: Span
    rule: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)  # where its names are written in the clean texts
    embed_mentions: list[Span] = field(default_factory=list)  # its names in embedded posts (``Span.embed`` set)
    # noun phrases that stand for it ("the tractor plant"), with the rule that linked each (resolve/nominals.py)
    nominal_mentions: list[NominalMention] = field(default_factory=list)
    confidence: float = 0.0  # from how often the texts name it (events/confidence.py)


@dataclass(frozen=True)
class Conflict:
    field: str
    values: list[dict[str, Any]]
    kind: str  # "supersedes" | "scope" | "claimant" | "disagreement"
    explanation: str


@dataclass(frozen=True)
class Place:
    """A place in the gazetteer; countries and regions carry no coordinates. A facility (street, square, building)
    has no GeoNames id of its own: it takes the coordinates of the town it is ``within``."""

    name: str
    country: str
    country_code: str
    iso_numeric: int | None
    admin1: str | None  # the first-level region's name ("Texas", "Minsk Region") where the gazetteer has it
    latitude: float | None
    longitude: float | None
    precision: str  # "facility" | "city" | "region" | "country"
    geonameid: int | None = None
    within: str | None = None


@dataclass(frozen=True)
class Location:
    """One of an event's places resolved against the gazetteer (``place``), or the reason it could not be
    (``place`` None): "not in the gazetteer", "ambiguous: ...". The offsets are one mention of the place."""

    name: str  # the place entity's canonical name, or the country's for a place taken from the story
    entity: str | None
    place: Place | None
    reason: str | None = None
    basis: str = "event"  # "event": a place the event's sentences name; "story": its story's most named country
    article: str | None = None
    start: int | None = None
    end: int | None = None
    stage: str = "geocode"


@dataclass(frozen=True)
class Claim:
    """What a crowd demanded or opposed, as one report words it: "the release of all detainees" after the cue
    "demanding"."""

    article: str
    start: int
    end: int
    text: str
    cue: str  # "demanding", "calling for", "against", ...
    stage: str = "claims"


@dataclass(frozen=True)
class Title:
    """A name the reports give the event, written in quotation marks: "March for Fair Wages"."""

    article: str
    start: int
    end: int
    text: str
    stage: str = "titles"


@dataclass(frozen=True)
class Tactic:
    """A means of force or damage a report names at an event: "tear gas", "water cannon", "looted"."""

    article: str
    start: int
    end: int
    text: str
    kind: str  # "crowd-control weapon" | "property damage"
    stage: str = "tactics"


@dataclass(frozen=True)
class ActorGroup:
    """A party to an event named the way conflict data names parties: a side ("Protesters", "Police Forces"), an
    identity group read from what its figures count ("Labor Group" for workers) or a named actor."""

    name: str  # "Protesters", "Police Forces", "Labor Group", or the entity's canonical name
    kind: str  # "side" | "state" | "identity" | "named"
    role: str  # "actor" | "associated actor" | "target" | "associated target"
    basis: str  # what it was read from: "a PROTEST event", "the mode strike", "a figure counts workers", ...
    country: str | None = None  # the event's country, for "Protesters (Belarus)"; None for named actors
    entity: str | None = None  # canonical entity id of a named actor
    article: str | None = None
    start: int | None = None
    end: int | None = None
    stage: str = "actor_groups"


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    mode: str | None
    date: str | None
    summary: str
    places: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    size_low: float | None = None
    size_high: float | None = None
    mentions: list[str] = field(default_factory=list)  # EventMention ids
    sources: list[str] = field(default_factory=list)  # article ids
    independent_sources: int = 0
    source_chain: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    story: str | None = None
    # per field (size, arrests, ...): the value the record settles on and the rule that chose it
    resolved: list[dict[str, Any]] = field(default_factory=list)
    # ACLED's event_type and sub_event_type from the event typer; None when ACLED codes no mention of it
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    # filled after merging by events/enrich.py, each item with its offsets and the stage that produced it
    claims: list[Claim] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    tactics: list[Tactic] = field(default_factory=list)
    actor_groups: list[ActorGroup] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)  # every place of the event, resolved or with the reason
    location: Location | None = None  # the one place the exports give: the most precise resolved one
    confidence: float = 0.0  # from what supports it (events/confidence.py), with the parts in ``support``
    support: list[str] = field(default_factory=list)  # "+0.50 2 independent sources", "+0.15 dated to a day ..."


def to_dict(obj: Any) -> dict[str, Any]:
    """Dataclass to plain dict (for JSON storage)."""
    return asdict(obj)
