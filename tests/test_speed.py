"""Work done once: the languages of a batch of texts detected together, the paragraphs an article shares with its
copies parsed once, and the analyses given back in the articles' order. The texts are written for this test."""

from __future__ import annotations

from dataclasses import replace

from newsfold.clean import clean_document, clean_text, language_texts, with_languages
from newsfold.clean.language import KnownLanguages, detect_language, detect_languages
from newsfold.models import Article, RawDoc
from newsfold.nlp import _in_order, analyse, copy_groups
from newsfold.nlp.parse import Reads, parse_articles
from newsfold.settings import default_settings

ENGLISH = ("Thousands of people marched through the city centre on Saturday, and the police said the march "
           "passed off peacefully.")
POLISH = ("Tysiące ludzi przeszły w sobotę przez centrum miasta, a policja poinformowała, że marsz przebiegł "
          "spokojnie.")
GERMAN = "Tausende Menschen zogen am Samstag durch die Innenstadt, die Polizei sprach von einem friedlichen Marsch."
OTHER = "The union said on Monday that the strike at the port would go on until the government answered."


def test_texts_detected_together_get_the_languages_they_get_one_by_one():
    clean = default_settings().clean
    texts = [ENGLISH, POLISH, "too short", GERMAN, ENGLISH]
    together = detect_languages(texts, clean.languages, clean.language_accuracy)
    assert together == [detect_language(t, clean.languages, clean.language_accuracy) for t in texts]
    assert together == ["en", "pl", None, "de", "en"]


def test_a_detector_reads_a_batch_once_and_remembers_it():
    clean = default_settings().clean
    detector = KnownLanguages(clean.languages, clean.language_accuracy)
    detector.known = {}
    detector.detect_all([ENGLISH, POLISH, ENGLISH])
    assert sorted(detector.found.values()) == ["en", "pl"]
    assert detector(POLISH) == "pl" and len(detector.found) == 2


def test_cleaning_then_adding_languages_is_cleaning_with_them():
    clean = default_settings().clean
    page = f"{ENGLISH}\n\n{POLISH}\n\nShort line.\n\n{ENGLISH} {ENGLISH}\n"
    raw = RawDoc(path="a.txt", text=page, format="text")
    draft = clean_text(raw, "a", set())
    assert draft.language is None and language_texts(draft, clean)[0] == draft.text
    assert len(language_texts(draft, clean)) == 4  # the page, and its three long paragraphs
    assert with_languages(draft, clean) == clean_document(raw, "a", set(), clean)
    labelled = replace(draft, metadata={"language": "en"})
    assert draft.text not in language_texts(labelled, clean)  # a labelled page is not detected whole


def test_copies_are_grouped_with_their_original_in_the_original_s_place():
    articles = [Article(id=i, path=i, text="x", duplicate_of=of) for i, of in
                [("a", None), ("b", None), ("a2", "a"), ("c", None), ("b2", "b"), ("a3", "a")]]
    assert copy_groups(articles) == [[0, 2, 5], [1, 4], [3]]


def test_grouped_results_come_back_one_by_one_in_the_articles_order():
    groups = [[0, 2, 5], [1, 4], [3]]
    done = [["r0", "r2", "r5"], ["r1", "r4"], ["r3"]]
    assert list(_in_order(groups, iter(done))) == ["r0", "r1", "r2", "r3", "r4", "r5"]


def test_a_paragraph_a_copy_shares_is_parsed_once_and_read_the_same(settings):
    from newsfold.nlp.parse import load_model

    nlp = load_model(settings.nlp.model)
    original = Article(id="o", path="o", text=f"{ENGLISH}\n\n{OTHER}", language="en")
    copy = Article(id="c", path="c", text=f"{OTHER}\n\n{ENGLISH}\n\nUPDATED with more details.", language="en")
    shared = Reads()
    together = list(parse_articles([original, copy], nlp, reads=shared))
    assert len(shared.docs) == 3  # three distinct paragraphs, each parsed once
    alone = list(parse_articles([original, copy], nlp))
    for one, other in zip(together, alone, strict=True):
        assert analyse(one) == analyse(other)
    assert together[1].docs[0] is together[0].docs[1]


def test_a_paragraph_no_pipeline_parses_is_split_and_named_once_for_the_copies(settings):
    from newsfold.nlp.parse import load_model

    nlp = load_model(settings.nlp.model)
    russian = ("Тысячи людей прошли в субботу по центру Москвы. Об этом сообщил Иван Петров из полиции.\n\n"
               "Шествие прошло спокойно и без задержаний, сообщила полиция.")
    original = Article(id="o", path="o", text=russian, language="ru")
    copy = Article(id="c", path="c", text=russian + "\n\nОбновлено.", language="ru")
    shared = Reads()
    together = list(parse_articles([original, copy], nlp, reads=shared))
    assert not shared.docs and len(shared.bounds) == 3 and len(shared.names) == 3
    alone = list(parse_articles([original, copy], nlp))
    for one, other in zip(together, alone, strict=True):
        assert (one.sentences, one.mentions) == (other.sentences, other.mentions)
        assert analyse(one) == analyse(other)
    assert any(m.text == "Иван Петров" for m in together[1].mentions)
