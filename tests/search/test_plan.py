"""What a person search reads of the index: the spellings it seeks, which rows of each
key, and how the births read agree with the date sought."""

from __future__ import annotations

from polex.search import plan
from polex.search.keys import form_keys
from polex.search.match_form import match_form
from polex.search.name_counts import pair_keys
from polex.search.person_v1 import ALGORITHM
from polex.search.selection import Sought
from polex.search.service import POSSIBLE_MATCH


def test_only_parts_of_one_syllable_are_sought_joined() -> None:
    groups = plan.spellings(match_form({"name": "Yang Min Jun"}))
    assert {"s:MNJN", "v:manjan"} in groups and {"s:NMN", "v:anman"} in groups
    # Parts of two syllables each: their own keys, nothing joined (mariarossi).
    assert plan.spellings(match_form({"name": "Maria Rossi"})) == [{"v:mara"}, {"v:rasa"}]


def test_a_part_s_other_spellings_are_read_for_the_months_close_to_the_date_only() -> None:
    form = match_form({"name": "伊藤 大輔", "birth_dates": ["1966-05-11"]})
    spellings = plan.spellings(form)
    assert {"v:ata"} in spellings and {"v:dasaka"} in spellings  # Ito, Daisuke
    counts = {"p:ata+daf": 23, "p:atan+daf": 23, "v:ata": 2444, "v:dasaka": 1403,
              "v:daf": 787, "v:atan": 5000}
    read = ["p:ata+daf", "p:atan+daf"]
    spelled = plan.unread_spellings(read, counts, 1_000_000, spellings)
    assert spelled == ["v:daf", "v:dasaka", "v:ata", "v:atan"]  # rarest first
    assert plan.unread_spellings([*read, "v:ata"], counts, 1_000_000, spellings, 2) == [
        "v:daf", "v:dasaka"]
    sought = Sought.of(form)
    steps = plan.read_plan(read, counts, sought, spelled=["v:dasaka"])
    assert [w for w in steps if w[0] == "v:dasaka"] == [
        ("v:dasaka", *span) for span in sought.close_ranges()]
    undated = Sought.of(match_form({"name": "伊藤 大輔"}))
    assert plan.read_plan(read, counts, undated, spelled=["v:dasaka"]) == [
        (key, 0, 9999_12) for key in read]


def test_only_a_hit_threshold_needs_the_month() -> None:
    assert plan.month_needed(ALGORITHM.threshold)
    assert not plan.month_needed(POSSIBLE_MATCH) and not plan.month_needed(0.0)


def test_only_a_hit_threshold_needs_the_day() -> None:
    assert plan.day_needed(ALGORITHM.threshold)
    assert not plan.day_needed(POSSIBLE_MATCH) and not plan.day_needed(0.0)


def test_a_search_that_needs_the_day_reads_each_key_on_each_day_sought() -> None:
    sought = Sought.of(match_form({"name": "Maria Garcia",
                                   "birth_dates": ["1981-05-03", "1979-01-01"]}))
    steps = plan.day_plan(["v:maria", "q:mr+grs"], sought, ["v:garsia"])
    # 1 January is the year alone to the comparison: no record agrees with it as a day.
    assert steps == [("v:maria", 19810503), ("q:mr+grs", 19810503), ("v:garsia", 19810503)]
    for partial in (["1981-05"], ["1981"], []):
        undated = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": partial}))
        assert plan.day_plan(["v:maria"], undated) == []


def test_the_births_of_what_the_index_read_agree_as_its_rows_do() -> None:
    # The index reads a key's ids and months as two columns, by month: the rows outside
    # the years sought are skipped by bisection, and would agree with nothing anyway.
    sought = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981-05-03"]}))
    reads = [(["d", "b", "a", "b", "e", "c", "f", "e"],
              [0, 0, 197001, 198103, 198105, 198200, 198305, 198412]),
             (["b", "g"], [198001, 200012]), ([], [])]
    rows = [(rid, month) for ids, months in reads for rid, month in zip(ids, months, strict=True)]
    assert plan.born_levels(sought, reads) == sought.levels(rows) == {"b": 2, "e": 2, "c": 1}
    assert plan.born_levels(Sought(), reads) == Sought().levels(rows) == {}


def test_a_search_for_hits_only_reads_each_key_for_the_months_sought_alone() -> None:
    sought = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981-05-03"]}))
    counts = {"v:maria": 50_000, "q:mr+grs": 40}
    steps = plan.read_plan(["v:maria", "q:mr+grs"], counts, sought, month_needed=True)
    assert steps == [("v:maria", 198103, 198103), ("v:maria", 198105, 198105),
                    ("q:mr+grs", 198103, 198103), ("q:mr+grs", 198105, 198105)]
    undated = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981"]}))
    assert plan.read_plan(["v:maria"], counts, undated, month_needed=True) == []


def test_a_query_seeks_the_keys_of_each_of_its_names() -> None:
    # The keys are kept per name (names repeat from search to search): together they are
    # the form's keys, as the index computes them for a record with the same names.
    form = match_form({"names": [{"full": "Олег Петренко"}, {"full": "Oleh Petrenko"},
                                 {"full": "Ahmed Ben Salah"}]})
    own, _ = plan.sought_keys(form)
    assert own == form_keys(form)
    assert plan.name_keys(form.names[2]) < own
    assert {k for k in own if k.startswith("q:")} == set().union(*pair_keys(form))


def test_a_patronymic_is_read_alone_but_still_counts_the_name() -> None:
    # Paired with the family name, a patronymic finds the family: undated, Alina Petrivna
    # SHEVCHENKO at a million persons read her father's other children first, and Alina
    # Schewtschenko was never scored. Its pairs are not read for candidates; they still
    # say how common the name is.
    for written in ("Alina Petrivna Shevchenko", "SHEVCHENKO Alina Petrivna"):
        name = match_form({"name": written}).names[0]
        read = plan.reading_keys(name)
        assert {"q:ln+svjnk", "s:PTRPN"} <= read  # the given name with the family; alone
        assert not {k for k in read if k[:2] in ("q:", "i:") and "ptrvn" in k}
        assert {"q:ln+ptrvn", "q:ptrvn+svjnk"} <= set().union(*pair_keys(
            match_form({"name": written})))
    # After a patronymic, the last part is the family name, paired as any other.
    abramovich = match_form({"name": "Roman Arkadyevich Abramovich"}).names[0]
    assert "q:brmvj+rmn" in plan.reading_keys(abramovich)
    # Heinrich ends in -ich, and Vukovich last is a family name: no patronymic.
    assert plan.unread_keys(match_form({"name": "Hans Heinrich Vukovich"})) == set()
