"""The nominal linker on small hand-written texts: titles, organisation names, appositions, countries, head
clusters, and the hard negatives (two plants, two presidents) it must leave unlinked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsfold.errors import ConfigError
from newsfold.resolve.nominals import NamedMention, Nominal, link_nominals
from newsfold.settings import default_settings


class Text:
    """One article's text, with helpers that find a phrase (its nth occurrence) and build the linker's records."""

    def __init__(self, article: str, text: str):
        self.article, self.text = article, text

    def at(self, phrase: str, nth: int = 0) -> int:
        pos = -1
        for _ in range(nth + 1):
            pos = self.text.index(phrase, pos + 1)
        return pos

    def name(self, phrase: str, entity: str, label: str, title: str = "", nth: int = 0) -> NamedMention:
        """A named mention of ``phrase``, with ``title`` the words written just before it."""
        start = self.at(phrase, nth)
        title_start = start - len(title) - 1 if title else None
        assert title_start is None or self.text[title_start:start - 1] == title
        return NamedMention(self.article, start, start + len(phrase), entity, label, phrase,
                            tuple(title.lower().split()), title_start)

    def nominal(self, phrase: str, head: str, lemma: str | None = None, nth: int = 0, partner: str | None = None,
                **flags: bool) -> Nominal:
        """The phrase as a nominal whose head is the word ``head`` (its lemma ``lemma``); other content words
        (not "the") are its modifiers."""
        start = self.at(phrase, nth)
        head_start = start + phrase.index(head)
        modifiers = tuple(w.lower() for w in phrase.replace(head, " ").split() if w.lower() not in ("the", "a", "of"))
        return Nominal(self.article, start, start + len(phrase), lemma or head.lower(), head_start, modifiers,
                       partner=self.at(partner) if partner else None, **flags)


def _links(named: list[NamedMention], nominals: list[Nominal], **settings: object) -> list[tuple[str, str]]:
    """Links by the full linker (every rule on, as NewsWCL50 scores it), with ``settings`` changed."""
    linker = replace(default_settings().nominals, **({"country_modifier": True} | settings))
    return [(link.cluster, link.rule) for link in link_nominals(named, nominals, linker)]


def test_a_title_written_before_a_name_links_the_bare_title():
    a = Text("a", "President Donald Trump flew to Paris. The president said little.")
    named = [a.name("Donald Trump", "TRUMP", "PERSON", title="President"), a.name("Paris", "PARIS", "GPE")]
    assert _links(named, [a.nominal("The president", "president")]) == [("TRUMP", "title")]


def test_an_organisation_name_says_what_it_is_and_its_other_words_pick_among_several():
    a = Text("a", "Minsk Tractor Works (MTZ) and Minsk Automobile Plant went on strike. The tractor plant stopped; "
                  "the automobile plant did not. The plant will reopen.")
    named = [a.name("Minsk Tractor Works", "MTZ", "ORG"), a.name("Minsk Automobile Plant", "MAZ", "ORG")]
    nominals = [a.nominal("The tractor plant", "plant"), a.nominal("the automobile plant", "plant"),
                a.nominal("The plant", "plant")]
    # hard negative: with two plants in play, "the plant" goes to neither
    assert _links(named, nominals) == [("MTZ", "title"), ("MAZ", "title"), ("head:plant", "head")]


def test_one_plant_in_play_takes_the_bare_head():
    a = Text("a", "Workers at Minsk Tractor Works walked out. The plant's director refused to meet them.")
    named = [a.name("Minsk Tractor Works", "MTZ", "ORG")]
    assert _links(named, [a.nominal("The plant", "plant")]) == [("MTZ", "title")]


def test_two_presidents_in_one_text_are_never_merged():
    a = Text("a", "President Trump met President Macron in Washington. The president spoke first.")
    named = [a.name("Trump", "TRUMP", "PERSON", title="President"),
             a.name("Macron", "MACRON", "PERSON", title="President"), a.name("Washington", "DC", "GPE")]
    assert _links(named, [a.nominal("The president", "president")]) == [("head:president", "head")]
    # a word the title was written with tells them apart
    b = Text("a", "U.S. President Trump met French President Macron. The French president spoke first.")
    named = [b.name("Trump", "TRUMP", "PERSON", title="U.S. President"),
             b.name("Macron", "MACRON", "PERSON", title="French President")]
    assert _links(named, [b.nominal("The French president", "president")]) == [("MACRON", "title")]


def test_the_group_decides_a_head_the_article_does_not_know_when_one_entity_dominates():
    a = Text("a", "President Trump spoke. President Trump left. President Trump won. President Macron came.")
    b = Text("b", "The president said nothing.")
    named = [a.name("Trump", "TRUMP", "PERSON", title="President", nth=i) for i in range(3)]
    named.append(a.name("Macron", "MACRON", "PERSON", title="President"))
    assert _links(named, [b.nominal("The president", "president")]) == [("TRUMP", "title")]
    assert _links(named, [b.nominal("The president", "president")], dominance=4) == [("head:president", "head")]


def test_apposition_links_and_teaches_the_head_to_other_articles():
    a = Text("a", "Sergei Dylevsky, the leader of the protest, was detained.")
    b = Text("b", "The leader was released on Friday.")
    named = [a.name("Sergei Dylevsky", "DYLEVSKY", "PERSON")]
    nominals = [a.nominal("the leader of the protest", "leader", partner="Dylevsky"), b.nominal("The leader", "leader")]
    assert _links(named, nominals) == [("DYLEVSKY", "apposition"), ("DYLEVSKY", "title")]


def test_an_indefinite_apposition_links_itself_but_teaches_nothing():
    a = Text("a", "Byron Claros, a Salvadoran migrant, joined the caravan. A migrant said the migrants were tired.")
    named = [a.name("Byron Claros", "CLAROS", "ORG")]  # mistyped as an organisation: only the grammar can tell
    nominals = [a.nominal("a Salvadoran migrant", "migrant", partner="Claros", indefinite=True),
                a.nominal("A migrant", "migrant", indefinite=True),
                a.nominal("the migrants", "migrants", "migrant", plural=True)]
    assert _links(named, nominals) == [("CLAROS", "apposition"), ("head:migrant", "head"), ("head:migrant", "head")]


def test_a_plural_takes_only_what_was_seen_in_the_plural():
    a = Text("a", "Workers at Minsk Tractor Works struck. The plants of the region stood still.")
    named = [a.name("Minsk Tractor Works", "MTZ", "ORG")]
    assert _links(named, [a.nominal("The plants", "plants", "plant", plural=True)]) == [("head:plant", "head")]


def test_a_plural_or_counted_phrase_is_never_a_person():
    a = Text("a", "President Trump met the presidents of two banks. The two presidents left.")
    named = [a.name("Trump", "TRUMP", "PERSON", title="President")]
    nominals = [a.nominal("the presidents", "presidents", "president", plural=True),
                a.nominal("The two presidents", "presidents", "president", plural=True, several=True)]
    assert [cluster for cluster, _ in _links(named, nominals)] == ["head:president", "head:president"]


def test_a_name_inside_the_phrase_must_agree_with_the_candidate():
    a = Text("a", "Prime Minister Theresa May met Japan's envoy. The Japanese prime minister was absent.")
    named = [a.name("Theresa May", "MAY", "PERSON", title="Prime Minister"), a.name("Japan", "JAPAN", "GPE"),
             a.name("Japanese", "JAPANESE", "NORP")]
    nominal = a.nominal("The Japanese prime minister", "minister")
    # May's country is unknown, so the adjective cannot rule her out unless told to be strict
    assert _links(named, [nominal], unknown_country=False, country_modifier=False) == [("head:minister", "head")]
    # once her title says she is British ("British" read as Britain's), a Japanese prime minister is not her
    b = Text("b", "British Prime Minister Theresa May met Japan's envoy in Britain. The Japanese prime minister was "
                  "absent.")
    named = [b.name("British", "BRITISH", "NORP"), b.name("Japan", "JAPAN", "GPE"), b.name("Britain", "UK", "GPE"),
             b.name("Theresa May", "MAY", "PERSON", title="British Prime Minister"),
             b.name("Japanese", "JAPANESE", "NORP")]
    assert _links(named, [b.nominal("The Japanese prime minister", "minister")]) == [("JAPAN", "country")]
    assert _links(named, [b.nominal("The Japanese prime minister", "minister")], unknown_country=True,
                  country_modifier=False) == [("head:minister", "head")]


def test_a_country_named_in_the_phrase_stands_for_it_and_spreads_to_bare_uses():
    a = Text("a", "Russia denied it. Russian officials met U.S. officials in Geneva. The officials agreed.")
    named = [a.name("Russia", "RUSSIA", "GPE"), a.name("Russian", "RUSSIAN", "NORP"), a.name("U.S.", "USA", "GPE"),
             a.name("Geneva", "GENEVA", "GPE")]
    nominals = [a.nominal("Russian officials", "officials", "official", plural=True),
                a.nominal("U.S. officials", "officials", "official", plural=True),
                a.nominal("The officials", "officials", "official", plural=True)]
    # two countries share the head: the bare "officials" stays unlinked
    assert _links(named, nominals) == [("RUSSIA", "country"), ("USA", "country"), ("head:official", "head")]
    assert _links(named, nominals[:1] + nominals[2:]) == [("RUSSIA", "country"), ("RUSSIA", "spread")]
    assert [rule for _, rule in _links(named, nominals, country_modifier=False)] == ["head"] * 3


def test_a_person_s_country_comes_from_their_titles():
    a = Text("a", "U.S. President Donald Trump arrived. The Trump administration said so.")
    named = [a.name("U.S.", "USA", "GPE"), a.name("Donald Trump", "TRUMP", "PERSON", title="U.S. President"),
             a.name("Trump", "TRUMP", "PERSON", nth=1)]
    nominal = a.nominal("The Trump administration", "administration")
    assert _links(named, [nominal]) == [("USA", "country")]
    assert _links(named, [nominal], person_country=False) == [("head:administration", "head")]


def test_a_proper_head_the_recogniser_missed_takes_the_one_name_it_belongs_to():
    a = Text("a", "Theresa May spoke. Later, [May] said she would stay.")
    named = [a.name("Theresa May", "MAY", "PERSON")]
    assert _links(named, [a.nominal("May", "May", nth=1, proper=True)]) == [("MAY", "name")]


def test_unlinked_nominals_share_a_cluster_by_head_lemma_across_articles():
    a = Text("a", "The caravan reached Tijuana. Migrants waited.")
    b = Text("b", "A migrant told reporters the caravan would stay.")
    named = [a.name("Tijuana", "TIJUANA", "GPE")]
    nominals = [a.nominal("The caravan", "caravan"), a.nominal("Migrants", "Migrants", "migrant", plural=True),
                b.nominal("A migrant", "migrant"), b.nominal("the caravan", "caravan")]
    clusters = [cluster for cluster, _ in _links(named, nominals)]
    assert clusters == ["head:caravan", "head:migrant", "head:migrant", "head:caravan"]


def test_links_name_only_entities_given_and_keep_the_order():
    a = Text("a", "President Trump met President Moon. The president and the country and the plant.")
    named = [a.name("Trump", "TRUMP", "PERSON", title="President"), a.name("Moon", "MOON", "PERSON", title="President")]
    nominals = [a.nominal("the plant", "plant"), a.nominal("The president", "president"),
                a.nominal("the country", "country")]
    links = link_nominals(named, nominals)
    assert [link.nominal for link in links] == nominals
    assert {link.entity for link in links} <= {"TRUMP", "MOON", None}


def test_settings_say_how_to_fix_a_bad_value():
    with pytest.raises(ConfigError, match="use 1 or more"):
        replace(default_settings().nominals, dominance=0.5)


def test_one_country_adjective_read_by_many_phrases_links_each_of_them():
    """The countries an adjective names are worked out once per group and shared by every phrase that holds it."""
    a = Text("a", "Russia denied it. Russian officials met. Later Russian officials left. Russian diplomats spoke.")
    named = [a.name("Russia", "RUSSIA", "GPE")] + [a.name("Russian", "RUSSIAN", "NORP", nth=n) for n in range(3)]
    nominals = [a.nominal("Russian officials", "officials", "official", plural=True),
                a.nominal("Russian officials", "officials", "official", nth=1, plural=True),
                a.nominal("Russian diplomats", "diplomats", "diplomat", plural=True)]
    assert _links(named, nominals) == [("RUSSIA", "country")] * 3
