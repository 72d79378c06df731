"""Croatian words that say what a name names: organisation nouns, nouns that make a name a place, titles before a
person, the prepositions of a place, capitals that name a country, and the case endings of a man's surname."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="hr",
    lemma_code="hbs",  # simplemma's one dictionary for Serbo-Croatian
    frequency_code="sh",  # wordfreq's
    org_heads=frozenset({
        "stranka", "ministarstvo", "komisija", "vijeće", "sud", "banka", "sveučilište", "agencija", "savez",
        "zaklada", "institut", "ured", "društvo", "sabor", "parlament", "kongres", "vlada", "policija",
        "tužiteljstvo", "udruga", "organizacija", "odbor", "vojska", "federacija", "komora", "akademija", "škola",
        "bolnica", "televizija", "radio", "fond", "koalicija", "skupština", "crkva", "klub", "skupina", "koncern",
        "tvrtka", "korporacija", "služba", "inspekcija", "unija", "savezništvo", "pokret", "fronta", "centar",
        "senat"}),
    place_heads=frozenset({
        "more", "ocean", "otok", "otoci", "planina", "rijeka", "jezero", "zaljev", "poluotok", "ulica", "trg",
        "zračna", "luka", "kanal", "tjesnac", "pustinja", "dolina", "regija", "pokrajina", "država", "županija"}),
    person_titles=frozenset({
        "predsjednik", "predsjednica", "premijer", "ministar", "ministrica", "gospodin", "gospođa", "senator",
        "kandidat", "kandidatkinja", "guverner", "zastupnik", "sudac", "general", "papa", "kralj", "kraljica",
        "princ", "svećenik", "dr", "prof", "gradonačelnik", "ravnatelj", "glasnogovornik", "potpredsjednik",
        "kancelar", "šef", "čelnik", "veleposlanik", "kongresnik"}),
    place_prepositions=frozenset({"u"}),
    place_abbreviations=frozenset({"SAD", "RH", "BiH", "UAE"}),
    surname_endings=(("om", ""), ("em", ""), ("u", ""), ("a", "")),
    demonym_endings=("anin", "ac", "an", "ka"),
)
