"""What it takes for an event read by its words (a French report) to merge with the same event an English report
tells (``events/merge.py``): one story, the same day and a shared place. The sentences were written for this test;
the story and the French date are given here as the stories and dates stages would give them."""

from __future__ import annotations

from dataclasses import replace

from newsfold.events.features import MentionFeatures, content_words
from newsfold.events.merge import cluster_mentions

ENGLISH = "Thousands of teachers marched in Paris on Saturday against the pension reform."
FRENCH = "Des milliers d'enseignants ont manifesté samedi à Paris contre la réforme des retraites."


def _features(read_text, code: str, text: str, date: str | None) -> MentionFeatures:
    analysis, _ = read_text(code, text, published="2026-03-08")
    [march] = [e for e in analysis.events if e.type == "PROTEST"]
    march = replace(march, date=date, date_granularity="day" if date else None)
    places = [text[s.start:s.end] for s in march.place_mentions]  # one entity per name, as resolve joins them
    return MentionFeatures(march, 0, code, "S-march", set(places), [], places, [], content_words(march.text),
                           None, "2026-03-08")


def test_a_french_report_joins_the_english_one_with_a_day_and_a_place_in_common(read_text, settings):
    english = _features(read_text, "en", ENGLISH, "2026-03-07")
    assert english.places == ["Paris"] and english.mention.date == "2026-03-07"
    dated = _features(read_text, "fr", FRENCH, "2026-03-07")  # "samedi", once the dates stage reads French
    assert dated.places == ["Paris"] and dated.mention.mode == english.mention.mode == "demonstrate"
    [one] = cluster_mentions([english, dated], settings.events)
    assert {m.mention.article for m in one.members} == {"en", "fr"}
    undated = _features(read_text, "fr", FRENCH, None)  # as today: no French dates yet
    assert len(cluster_mentions([english, undated], settings.events)) == 2
    elsewhere = replace(dated, places=[], entities=set())  # the place not joined across the two languages
    assert len(cluster_mentions([english, elsewhere], settings.events)) == 2


def test_a_figure_counting_the_same_thing_is_evidence_in_any_language(read_text, settings):
    """No place in common, but both reports count the same marchers: "40,000" and "40 000" read alike."""
    english = replace(_features(read_text, "en", ENGLISH, "2026-03-07"), entities=set(), places=[])
    french = replace(_features(read_text, "fr", FRENCH, "2026-03-07"), entities=set(), places=[])
    assert len(cluster_mentions([english, french], settings.events)) == 2
    counted = [replace(f, counts={("participants", 40000.0)}) for f in (english, french)]
    [one] = cluster_mentions(counted, settings.events)
    assert {m.mention.article for m in one.members} == {"en", "fr"}
    other = replace(counted[1], counts={("participants", 4000.0)})  # another number is no evidence
    assert len(cluster_mentions([counted[0], other], settings.events)) == 2


def test_one_quotation_in_two_reports_is_recognised_in_any_script():
    from newsfold.events.merge import same_quote

    said = "«Мы не отступим, пока правительство не отменит продажу терминала», — сказал Дорофеев журналистам."
    copied = "Мы не отступим, пока правительство не отменит продажу терминала"
    other = "«Полиция применила силу только после того, как на неё напали», — заявил представитель полиции."
    assert same_quote(said, copied)
    assert not same_quote(said, other)
    assert same_quote("Nous ne reculerons pas tant que la vente du terminal n'est pas annulée.",
                      "« Nous ne reculerons pas tant que la vente du terminal n'est pas annulée », a-t-il dit.")
