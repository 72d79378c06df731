"""The Arabic pack: names by the words beside them, quotes and events read by their words with their clitics off,
dates (both sets of month names, Arabic-Indic digits) and figures, through the nlp stage as ``newsfold run`` runs
it. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from lexical_checks import event, quote, set_aside, written
from newsfold.nlp.languages import pack_for, paragraph_pack
from newsfold.nlp.languages.ar.words import Stemmer, normalise
from newsfold.nlp.lexical_dates import normalise_lexical

MARCH = ("تظاهر آلاف من عمال الموانئ يوم الأربعاء في مدينة بورت سيرين احتجاجا على بيع محطة الحاويات. "
         "واعتقلت الشرطة ما لا يقل عن 140 شخصا يوم الأربعاء.\n\n"
         "وقال أحمد سالم، رئيس نقابة عمال الموانئ: «لن نتراجع عن مطالبنا».\n\n"
         "وفقا لنقابة عمال الموانئ، شارك ١٢٬٠٠٠ شخص في المسيرة. ولم تعتقل الشرطة أي صحفي.")


def test_the_pack_reads_arabic_but_not_persian_paragraphs():
    pack = pack_for("ar")
    assert pack.code == "ar" and paragraph_pack("en", "تظاهر آلاف من عمال الموانئ في المدينة.") is pack
    assert paragraph_pack("fa", "هزاران کارگر بندر در شهر راهپیمایی کردند و پلیس گفت") is not pack
    assert set(pack.not_analysed) == {"parse"}


def test_clitics_and_endings_come_off_only_where_a_word_of_the_pack_remains():
    stem = Stemmer(["متظاهر", "مظاهرة", "قال"])
    assert stem("والمتظاهرين") == "متظاهر" and stem("بالمظاهرات") == normalise("مظاهرة") and stem("وقال") == "قال"
    assert stem("وزير") == "وزير"  # no "زير": what remains is no word of the pack


def test_a_march_its_arrest_with_date_and_count_and_a_negated_arrest(read_text):
    analysis, text = read_text("ar", MARCH, published="2025-03-05")
    march = next(e for e in analysis.events if e.trigger == "تظاهر")
    assert (march.type, march.mode, march.date) == ("PROTEST", "demonstrate", "2025-03-05")
    assert written(text, march.place_mentions) == ["بورت سيرين"]
    arrest = event(analysis, text, "COERCE", "arrest")
    assert arrest.trigger == "واعتقلت" and arrest.date == "2025-03-05"
    [count] = [f for f in analysis.figures if f.id in arrest.figures]
    assert (count.low, count.high, count.category) == (140, None, "arrests")
    assert set_aside(analysis, "تعتقل") == "negated (ولم)"


def test_a_quote_takes_the_name_after_its_speech_verb_and_figures_their_claimant(read_text):
    analysis, text = read_text("ar", MARCH, published="2025-03-05")
    said = quote(analysis)
    assert (said.text, said.cue, said.speaker_name) == ("لن نتراجع عن مطالبنا", "وقال", "أحمد سالم")
    assert ("نقابة عمال الموانئ", "ORG") in {(m.text, m.label) for m in analysis.mentions}
    [crowd] = [f for f in analysis.figures if f.value == 12000]
    assert crowd.category == "participants" and crowd.claimed_by_name == "نقابة عمال الموانئ"
    assert text[crowd.start:crowd.end] == "١٢٬٠٠٠"


def test_a_future_march_is_set_aside_and_its_day_looks_ahead(read_text):
    analysis, _ = read_text("ar", "وسيتظاهر المعلمون يوم الجمعة المقبل.", published="2025-03-05")
    assert set_aside(analysis, "وسيتظاهر") == "future (وسيتظاهر)" and not analysis.events
    assert [(d.text, d.value) for d in analysis.dates] == [("الجمعة المقبل", "2025-03-07")]


def test_dates_in_either_set_of_month_names_and_in_arabic_indic_digits():
    base = date(2025, 3, 9)
    assert normalise_lexical("5 آذار 2025", "ar", None)[0] == "2025-03-05"
    assert normalise_lexical("٥ مارس ٢٠٢٥", "ar", None)[0] == "2025-03-05"
    assert normalise_lexical("5 مارس/آذار", "ar", base)[0] == "2025-03-05"
    assert normalise_lexical("أمس", "ar", base)[0] == "2025-03-08"


def test_reported_speech_with_its_subject_between_and_a_count_its_verb_opens(read_text):
    analysis, _ = read_text("ar", "وأكدت منظمة العفو الدولية أن قوات الأمن قتلت ثلاثة متظاهرين وأصيب 25 آخرون.")
    reported = quote(analysis, direct=False)
    assert reported.speaker_name == "منظمة العفو الدولية" and reported.text.startswith("قوات الأمن قتلت")
    assert {(f.value, f.category) for f in analysis.figures} == {(3, "deaths"), (25, "injuries")}
