"""The match form: what matching reads, stored with a record and decoded from the index."""

import pickle

from polex.search.match_form import MatchForm, match_form, spelling_views


def _round_trip(form: MatchForm) -> MatchForm:
    return MatchForm.from_json(form.to_json())


def test_a_stored_form_decodes_to_the_form_that_was_built():
    form = match_form({"names": [{"full": "박지민"}, {"full": "Park Ji-min"}],
                       "birth_dates": ["1990-04"], "sex": "f", "nationalities": ["KOR"]})
    decoded = _round_trip(form)
    assert decoded == form
    assert decoded.sex == "F" and decoded.birth_dates == ((1990, 4, None),)


def test_the_derived_views_of_a_decoded_form_are_those_of_the_built_one():
    form = match_form({"names": [{"full": "Ivanova Anna Sergeyevna"}, {"full": "박지민"}]})
    for built, decoded in zip(form.names, _round_trip(form).names, strict=True):
        assert decoded.joined == built.joined
        assert decoded.joined_reversed == built.joined_reversed
        assert decoded.vowel_total == built.vowel_total
        for b, d in zip(built.tokens, decoded.tokens, strict=True):
            assert d.alt_views == b.alt_views == tuple(map(spelling_views, b.alts))


def test_a_name_written_as_one_joins_its_parts_both_ways_round():
    name = match_form({"name": "Chen Lei"}).names[0]
    chen, lei = name.tokens
    assert name.joined == (chen.loose + lei.loose, chen.vowel + lei.vowel, chen.skel + lei.skel)
    assert name.joined_reversed[0] == lei.loose + chen.loose
    assert name.vowel_total == len(chen.vowel) + len(lei.vowel)


def test_records_sharing_a_name_part_share_its_decoded_form():
    # A million stored persons hold a few thousand distinct parts: decoding shares them.
    one = _round_trip(match_form({"name": "Maria Garcia Lopez"}))
    two = _round_trip(match_form({"name": "Lucia Garcia"}))
    assert one.names[0].tokens[1] is two.names[0].tokens[1]


def test_a_form_survives_pickling_with_its_derived_views():
    # Index workers hand forms to the writer process pickled.
    form = match_form({"names": [{"full": "Пётр Ильич Чайковский"}]})
    again = pickle.loads(pickle.dumps(form))
    assert again == form
    assert again.names[0].joined == form.names[0].joined
    assert again.names[0].tokens[0].alt_views == form.names[0].tokens[0].alt_views
