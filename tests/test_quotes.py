"""Quotes and attributions (nlp.quotes, nlp.attribution) on short texts written for these tests."""

from __future__ import annotations

import pytest

from newsfold.models import Article, Quote
from newsfold.nlp.parse import load_model, parse_articles
from newsfold.nlp.quotes import extract_quotes


@pytest.fixture(scope="module")
def quotes_of(settings):
    nlp = load_model(settings.nlp.model)

    def run(text: str) -> list[Quote]:
        parsed = next(parse_articles([Article(id="t", path="t", text=text, language="en")], nlp))
        found = extract_quotes(parsed)
        for q in found:  # every span points into the text
            assert text[q.start:q.end] == q.text
            if q.cue_start is not None and q.cue_end is not None:
                assert text[q.cue_start:q.cue_end] == q.cue
        return found

    return run


def _source(text: str, quote: Quote) -> str | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return text[quote.speaker_start:quote.speaker_end]


def _one(quotes: list[Quote], direct: bool) -> Quote:
    found = [q for q in quotes if q.direct is direct]
    assert len(found) == 1, [(q.text, q.direct) for q in quotes]
    return found[0]


def test_direct_quote_with_inverted_cue(quotes_of):
    text = '"We will not back down," said Maria Lenz, a spokeswoman for the dockers.'
    q = _one(quotes_of(text), direct=True)
    assert q.text == "We will not back down,"
    assert q.cue == "said" and q.speaker_name == "Maria Lenz"
    assert _source(text, q).startswith("Maria Lenz")


def test_pronoun_source_names_the_last_person(quotes_of):
    text = 'Tomas Reval spoke to workers at the gate on Monday.\n\n"The port will stay closed," he said.'
    q = _one(quotes_of(text), direct=True)
    assert q.speaker_name == "Tomas Reval"
    assert _source(text, q) == "he"  # the source as written; the name says who it is


def test_indirect_said_that(quotes_of):
    text = "The mayor said that the bridge would reopen in May."
    q = _one(quotes_of(text), direct=False)
    assert q.text == "that the bridge would reopen in May"
    assert q.cue == "said" and _source(text, q) == "The mayor"


def test_indirect_clause_then_speaker(quotes_of):
    text = "The talks had broken down, a government spokesman said."
    q = _one(quotes_of(text), direct=False)
    assert q.text == "The talks had broken down"
    assert _source(text, q) == "a government spokesman"


def test_according_to(quotes_of):
    text = "According to the fire brigade, three people were injured in the blaze."
    q = _one(quotes_of(text), direct=False)
    assert q.cue == "According to"
    assert _source(text, q) == "the fire brigade"
    assert q.text == "three people were injured in the blaze"


def test_told_reporters_takes_the_message_not_the_audience(quotes_of):
    text = "Reval told reporters the strike would continue."
    q = _one(quotes_of(text), direct=False)
    assert q.text == "the strike would continue"
    assert q.speaker_name == "Reval"


def test_accused_of(quotes_of):
    text = "Maria Lenz accused the ministry of ignoring the workers."
    q = _one(quotes_of(text), direct=False)
    assert q.cue == "accused" and q.text == "the ministry of ignoring the workers"
    assert q.speaker_name == "Maria Lenz"


def test_nested_attribution_is_the_outer_one(quotes_of):
    text = "The minister said she wants to sell the port."
    q = _one(quotes_of(text), direct=False)
    assert q.cue == "said" and q.text == "she wants to sell the port"


def test_pronoun_speaker_of_an_indirect_attribution(quotes_of):
    text = "Anna Kask runs the harbour authority.\n\nShe warned that ships would be diverted to other ports."
    q = _one(quotes_of(text), direct=False)
    assert _source(text, q) == "She" and q.speaker_name == "Anna Kask"
    assert q.text == "that ships would be diverted to other ports"


def test_doubled_apostrophes_are_quotation_marks(quotes_of):
    text = "''We are ready for talks,'' Reval said."
    q = _one(quotes_of(text), direct=True)
    assert q.text == "We are ready for talks,"
    assert q.speaker_name == "Reval"


def test_a_title_in_quotation_marks_is_no_quote(quotes_of):
    assert quotes_of('Thousands joined the "March for Freedom" on Sunday.') == []


def test_a_date_is_not_what_was_called(quotes_of):
    assert quotes_of("The union has called a stoppage at the port on Friday.") == []


def test_speaker_after_the_cue_read_as_its_object(quotes_of):
    text = '"Who gave the order?" shouts a docker, and the room falls silent.'
    q = _one(quotes_of(text), direct=True)
    assert q.speaker_name == "a docker" and _source(text, q) == "a docker"


def test_a_subject_inside_the_quote_is_not_its_source(quotes_of):
    text = '"The gates are shut. Hundreds wait outside," tweeted Maria Lenz, a reporter for the local paper.'
    q = _one(quotes_of(text), direct=True)
    assert q.speaker_name == "Maria Lenz"


def test_they_names_the_group_before_it(quotes_of):
    text = ('The harbour director came to the port, but the striking dockers left before he arrived.\n\n'
            'In the afternoon they marched into the square, chanting "We want our jobs back".')
    q = _one(quotes_of(text), direct=True)
    assert _source(text, q) == "they" and q.speaker_name == "the striking dockers"


def test_she_is_the_subject_before_not_the_last_name(quotes_of):
    text = "Anna Kask met Tomas Reval at the harbour on Monday.\n\nShe said the port would stay closed."
    q = _one(quotes_of(text), direct=False)
    assert _source(text, q) == "She" and q.speaker_name == "Anna Kask"


def test_an_unnamed_speaker_keeps_its_description(quotes_of):
    text = ('One of the dockers, a tall man with a cap, said that he wanted "to keep the port open for '
            'everyone who works here."')
    q = _one(quotes_of(text), direct=True)
    assert q.cue == "said" and q.speaker_name == "One of the dockers"


def test_a_demand_keeps_its_infinitive(quotes_of):
    text = "Dockers walked off the job on Friday, calling for the minister to resign."
    q = _one(quotes_of(text), direct=False)
    assert q.text == "for the minister to resign" and _source(text, q) == "Dockers"


def test_a_participle_after_a_noun_has_that_noun_for_source(quotes_of):
    text = "Dockers joined hundreds of protesters demanding the resignation of the minister."
    q = _one(quotes_of(text), direct=False)
    assert q.text == "the resignation of the minister" and _source(text, q) == "hundreds of protesters"


def test_who_shouted_him_down_says_nothing(quotes_of):
    assert not [q for q in quotes_of("The dockers, who shouted him down, left the hall.") if q.text == "him"]


def test_a_quote_inside_a_quote_is_one_quote(quotes_of):
    text = '“We were told to lie down. “Face the floor,” they yelled. Then they left us,” Reval recalled.'
    q = _one(quotes_of(text), direct=True)
    assert q.text.startswith("We were told") and q.text.endswith("left us,") and q.speaker_name == "Reval"


def test_quoted_words_naming_a_thing_are_no_quote(quotes_of):
    text = 'Fans shared the “Big Red Machine” meme all week, the club said.'
    assert not [q for q in quotes_of(text) if q.direct]


def test_a_name_hung_on_the_wrong_noun(quotes_of):
    text = "The mayor of Talvik, Maria Lenz, vowed to reopen the port."
    q = _one(quotes_of(text), direct=False)
    assert q.speaker_name == "Maria Lenz"


def test_the_statement_speaks_for_who_issued_it(quotes_of):
    text = ("A statement from NATO said the drills would go ahead.\n\n"
            'The statement also warned of "serious consequences" for any incursion.')
    q = next(q for q in quotes_of(text) if q.direct)
    assert q.text == "serious consequences" and q.speaker_name == "NATO"


def test_a_participle_after_a_place_belongs_to_the_marchers(quotes_of):
    text = 'Workers marched out of the factory gates chanting "We want new elections now".'
    q = _one(quotes_of(text), direct=True)
    assert q.speaker_name == "Workers"
