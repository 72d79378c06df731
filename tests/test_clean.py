"""Clean stage on hand-written pages: furniture removed, news kept, embeds separated, outlet blocks learned."""

from __future__ import annotations

import pytest

from newsfold.clean import clean_document, infer_outlet, learn_repeated_blocks
from newsfold.models import RawDoc
from newsfold.settings import CleanSettings

SETTINGS = CleanSettings(min_repeated_block_chars=40, languages=("en", "ru", "de"), language_accuracy="high",
                         paragraph_min_letters=80)
NEWS = ("Farmers blocked the ring road around the capital on Tuesday, demanding lower fuel prices.",
        "Police said about 300 tractors took part, while organisers put the number at 1,200.",
        "The agriculture minister agreed to meet union leaders on Thursday.")


def _clean(text, learned=frozenset()):
    return clean_document(RawDoc(path="x.txt", text=text, format="text"), "x", set(learned), SETTINGS)


def test_radio_widget_copyright_and_caption_are_removed():
    page = "\n".join([
        "© 2023 KXYZ", "Play Live Radio", "Next Up:", "0:00 0:00", "Available On Air Stations", "",
        "Farmers Block Ring Road Over Fuel Prices", "",
        "Tractors queue on the ring road on Tuesday.", "Jana Novak", "Getty Images",
        "Tractors queue on the ring road on Tuesday.", "",
        *NEWS, "", "Copyright 2024 KXYZ. To see more, visit https://example.org.",
    ])
    article = _clean(page)
    assert article.text.split("\n\n") == list(NEWS)
    assert article.title == "Farmers Block Ring Road Over Fuel Prices"
    assert article.outlet == "KXYZ"
    reasons = {r.reason for r in article.removed}
    assert {"copyright line", "navigation or widget", "media player", "photo caption", "photo credit"} <= reasons
    assert article.published is None  # a copyright year is never a publication date


def test_donation_appeal_at_the_end_is_removed():
    appeal = ["Support Example Post!", "We have a small favor to ask. Please support us with a donation.",
              "Our reporters rely on you.", "Remind me later.", "Read more"]
    article = _clean("\n\n".join([*NEWS, *appeal]))
    assert article.text.split("\n\n") == list(NEWS)
    assert any(r.reason == "donation appeal (continued)" for r in article.removed)


def test_caption_with_photographer_credit_is_removed():
    article = _clean("\n\n".join(["Tractors on the ring road on Tuesday. Ivo Marek / Example Press", *NEWS]))
    assert article.text.split("\n\n") == list(NEWS)


def test_embedded_post_is_separated_with_author_handle_date_language():
    post = ("Сотни тракторов на кольцевой дороге сегодня утром. pic.twitter.com/AbC123 — "
            "Ирина Петрова (@ipetrova) March 2, 2021")
    article = _clean("\n\n".join([NEWS[0], post, NEWS[1]]))
    assert article.text.split("\n\n") == [NEWS[0], NEWS[1]]
    [embed] = article.embeds
    assert (embed.handle, embed.date, embed.language) == ("ipetrova", "2021-03-02", "ru")
    assert embed.text.startswith("Сотни тракторов") and embed.author == "Ирина Петрова"


def test_byline_is_removed_and_kept_as_metadata():
    article = _clean("\n".join(["Farmers block ring road", "By Jana Novak in Prague March 2, 2021", *NEWS]))
    assert article.metadata["byline"] == {"author": "Jana Novak", "place": "Prague", "date": "March 2, 2021"}
    assert article.text.split("\n\n") == list(NEWS)


def test_repeated_outlet_blocks_are_learned_but_copies_teach_nothing():
    block = "Every story on this site is free to read because readers like you chip in each month."
    lead = "Nurses at the city hospital stopped work for two hours on Monday over unpaid overtime."
    a = RawDoc("a.txt", "\n\n".join([lead, block]), "text", outlet="Post")
    b = RawDoc("b.txt", "\n\n".join(["A different story about a school strike that went on for a week.", block]),
               "text", outlet="Post")
    copy = RawDoc("c.txt", "\n\n".join(NEWS), "text", outlet="Post")
    copy2 = RawDoc("d.txt", "\n\n".join(NEWS[:2]), "text", outlet="Post")
    learned = learn_repeated_blocks([(d.outlet, d) for d in (a, b, copy, copy2)], 40)
    cleaned = clean_document(a, "a", learned["Post"], SETTINGS)
    assert block not in cleaned.text and lead in cleaned.text
    assert all(clean_document(copy, "c", learned["Post"], SETTINGS).text.count(n) == 1 for n in NEWS)


def test_outlet_from_support_line():
    assert infer_outlet(RawDoc("x", "Support The Daily Example!\n\n" + NEWS[0], "text")) == "The Daily Example"


SHORT_PAGES = {  # one sentence each, written for this test, in languages a narrow detector took for others
    "hu": "A tüntetők kedden a parlament elé vonultak, és a kormány lemondását követelték.",
    "et": "Meeleavaldajad kogunesid teisipäeval parlamendi ette ja nõudsid valitsuse tagasiastumist.",
    "fi": "Mielenosoittajat kokoontuivat tiistaina eduskuntatalon eteen ja vaativat hallituksen eroa.",
    "sq": "Protestuesit u mblodhën të martën para parlamentit dhe kërkuan dorëheqjen e qeverisë.",
    "ro": "Protestatarii s-au adunat marți în fața parlamentului și au cerut demisia guvernului.",
    "mk": "Демонстрантите во вторник се собраа пред парламентот и побараа оставка на владата.",
    "be": "Пратэстоўцы ў аўторак сабраліся каля парламента і запатрабавалі адстаўкі ўрада.",
    "uk": "Протестувальники у вівторок зібралися біля парламенту і вимагали відставки уряду.",
    "ja": "抗議者たちは火曜日に議会の前に集まり、政府の辞任を要求した。",
    "ka": "მომიტინგეები სამშაბათს პარლამენტთან შეიკრიბნენ და მთავრობის გადადგომა მოითხოვეს.",
}


@pytest.mark.parametrize("code", sorted(SHORT_PAGES))
def test_short_pages_in_smaller_languages_are_identified(code):
    from newsfold.clean.language import detect_language
    from newsfold.settings import default_settings

    clean = default_settings().clean
    assert detect_language(SHORT_PAGES[code], clean.languages, clean.language_accuracy) == code


@pytest.mark.parametrize("line", ["Lire aussi : Les tracteurs bloquent le périphérique", "Mehr zum Thema",
                                  "Читайте также: Фермеры перекрыли дорогу", "Czytaj też: Rolnicy blokują drogi"])
def test_read_more_in_other_languages_is_removed(line):
    article = _clean("\n\n".join([*NEWS, line]))
    assert article.text.split("\n\n") == list(NEWS)
    assert _clean("\n\n".join([*NEWS, "Mehr zum Thema Benzinpreise stand nicht im Bericht der Polizei, die "
                                      "am Dienstag eine lange Erklärung zu den Blockaden und zu den Forderungen "
                                      "der Bauern veröffentlichte."])).text.count("\n\n") == 3  # a long paragraph
