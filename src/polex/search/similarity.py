"""Name similarity: part against part, then name against name with parts aligned.

A part pair scores the best of three views of its sound (see ``polex.normalize.names``):
the loose spelling, the spelling with vowels blurred, the consonant skeleton; and an abjad
part against a Latin one, a fourth: their letters, with the vowels the abjad does not
write left out (``unwritten_vowels_similarity``). Coarser views are discounted because
unrelated names agree on them more often. Two parts that
share only a common family-name ending and begin with different sounds are compared on
their stems (``ending_rule``: Goncharenko / Bondarenko). A name pair aligns
parts greedily, best pairs first, so order does not matter, and also compares the names
written as one string, which catches parts split differently (Kim Jong-un / 김정은).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from polex.normalize.name_equivalents import equivalent_names
from polex.normalize.names import loose_key, skeleton_liquids_apart
from polex.search.match_form import NameForm, TokenForm, Views, _joined, spelling_views

__all__ = [
    "COMMON_ENDINGS", "SAME_NAME_FROM", "SHARED_ENDING_ONLY", "NameMatch", "PartMatch",
    "consonant_letters", "ending_rule", "joined_orders",
    "name_similarity", "token_similarity", "unwritten_vowels_similarity",
]

_VOWEL_BLEND = 0.6  # vowels are what romanisations disagree on most: half-trust the blur
_SKELETON_DISCOUNT = 0.85  # consonants only: many names share them
# Abjads write no short vowels, so consonants are all the evidence there is: no discount.
_ABJADS = frozenset({"Arab", "Hebr", "Syrc", "Thaa"})
_ABJAD_DISCOUNT = 1.0
_INITIAL_SIMILARITY = 0.7  # "J." for "John": consistent but weak
# Scripts that write l and r as one letter (kana ラ, hangul ㄹ) or whose readings in Latin
# letters swap them (Japanese readings of kanji, Thai speech): against a name in one of
# them, the skeleton merges l and r; every other pair of scripts writes two letters.
_ONE_LIQUID_SCRIPTS = frozenset({"Hang", "Kana", "Hira", "Hrkt", "Jpan", "Hani", "Thai"})


@dataclass(frozen=True, slots=True)
class PartMatch:
    """Which part matched which, how, and how closely (0..1)."""

    a: str
    b: str
    how: str
    similarity: float

    def to_dict(self) -> dict[str, object]:
        """The explanation row an officer reads."""
        return {"query": self.a, "record": self.b, "how": self.how,
                "similarity": round(self.similarity, 3)}


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The best alignment of two names' parts."""

    similarity: float
    parts: tuple[PartMatch, ...]
    unmatched: tuple[str, ...]
    extra: int  # parts of the longer name left without a partner
    aligned: tuple[PartMatch, ...] = ()  # the part pairs, even when "written as one" won
    # Where the unpaired parts stand in each name (a name may repeat a part: Mohammed
    # Mohammed Al-Jubouri, whose second is his father's name, unlike its first).
    unpaired_a: tuple[int, ...] = ()
    unpaired_b: tuple[int, ...] = ()


def _sim(a: str, b: str) -> float:
    return OSA.normalized_similarity(a, b)  # a transposition is one slip, not two


def _sim_first_apart(a: str, b: str) -> float:
    """``_sim`` with one edit more: the first sounds differ (``ending_rule``)."""
    longest = max(len(a), len(b))
    return max(0.0, 1.0 - (OSA.distance(a, b) + 1) / longest) if longest else 0.0


def _skeleton_sim(a: str, b: str, discount: float = _SKELETON_DISCOUNT,
                  sim: Callable[[str, str], float] = _sim) -> float:
    # A one-consonant skeleton ("M") says almost nothing; scale its weight with length.
    if not a or not b:
        return 0.0
    return sim(a, b) * discount * min(1.0, min(len(a), len(b)) / 3)


def _consonant_sim(a_loose: str, a_skel: str, b_loose: str, b_skel: str,
                   discount: float, one_liquid: bool = True,
                   sim: Callable[[str, str], float] = _sim) -> float:
    """The skeleton view of two spellings; with l and r apart unless ``one_liquid`` (a
    name is written in a script with one letter for both). Balázs Ildikó is not Miloš
    Radić (LDK, RDC), nor Emanuel منيرة mnira (ل and ر are two letters), though the plain
    skeletons agree. Never more than the plain skeleton view, which rank.py's bound reads."""
    plain = _skeleton_sim(a_skel, b_skel, discount, sim)
    if one_liquid or "R" not in a_skel + b_skel:
        return plain
    # Capped: the plain skeleton collapses rl to R (Orlov RP, RLP apart) and is then shorter,
    # which its scaling for short skeletons would otherwise count against it.
    return min(plain, _skeleton_sim(skeleton_liquids_apart(a_loose),
                                    skeleton_liquids_apart(b_loose), discount, sim))


# In a short part the vowels are much of the name (Zhang/Jun, Li/Lei, Jeong/Jun are
# different names whose vowel keys agree): the blur is trusted less, not at all up to three
# letters. Never more than _VOWEL_BLEND, so rank.py's bound (which uses it) still holds.
_SHORT_BLEND = {0: 0.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.3}


_ANY_LENGTH = 99  # a length past _SHORT_BLEND: the full blend
# Scripts whose romanisations differ chiefly in vowels even in short parts: Korean, and
# the abjads, whose vowels are unwritten and only guessed (حسن hsn, רחל rhl).
_VOWEL_VARIANT_SCRIPTS = frozenset({"Hang"}) | _ABJADS


def _blur_short(a: NameForm, b: NameForm) -> bool:
    return a.script in _VOWEL_VARIANT_SCRIPTS or b.script in _VOWEL_VARIANT_SCRIPTS


def _vowel_sim(a: str, b: str, loose: float, shortest: int | None = None,
               sim: Callable[[str, str], float] = _sim) -> float:
    """The vowel view blended with the loose one; ``shortest`` is the length that decides
    the blend (default: the shorter of the two vowel keys)."""
    blend = _SHORT_BLEND.get(min(len(a), len(b)) if shortest is None else shortest,
                             _VOWEL_BLEND)
    return blend * sim(a, b) + (1 - blend) * loose if blend else loose


# Family-name endings that a large share of a language's names share (written as loose
# keys: -sky is -ski, -ez is -es, -ovich is -ovij): Ukrainian -enko, -uk, -chuk; Russian
# -ov, -ev, -in and their feminines; Polish -ski, -ska, -wicz; South Slavic -ović; the
# patronymics; Armenian -ian; Scandinavian -son, -sen; Spanish -ez; Turkish -oglu; Persian
# -zadeh, -pour; Georgian -shvili, -dze; Greek -opoulos, -akis, -idis; Romanian -escu,
# -eanu; Lithuanian -auskas, -aitis; Italian -ini, -elli, -etti. Two names that share one
# agree in it by chance as often as the ending is common: what tells them apart is the
# rest (Goncharenko / Bondarenko: -arenko is most of the word, the names are two).
COMMON_ENDINGS: tuple[str, ...] = tuple(sorted({
    loose_key(e) for e in (
        "enko", "uk", "chuk", "yuk", "ov", "ova", "ev", "eva", "in", "ina", "sky", "ska",
        "wicz", "owicz", "ewicz", "ovic", "evic", "ovich", "evich", "ovna", "evna", "ian",
        "son", "sen", "ez", "oglu", "zadeh", "pour", "shvili", "dze", "opoulos", "akis",
        "idis", "escu", "eanu", "auskas", "aitis", "ini", "elli", "etti")
}, key=lambda e: (-len(e), e)))  # longest first: Ivanova's ending is -ova, not -ov
_MIN_STEM = 2  # letters left before the ending: Lin, Tian are no stem and an ending


# The first sound of a name: classes of the letters a name's first sound is written with,
# merged where transliterations of one name write it differently (Ж zh, j, sch; Ч ch, cz,
# tsch; Ц ts, c, z; Х kh, h, ch; ج j, g; pinyin q, WG ch; Г g, h: all one class); vowels
# and y have no class (Yuri, Iouri, Jurij; عمر Omar, Umar). Typing slips and
# romanisations seldom change a name's first sound (why Soundex keeps the first letter
# and Jaro-Winkler weighs agreement there), so two parts that begin with sounds of two
# classes are, more often than not, two names.
_FIRST_SOUND = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("kgqcxsztdjh", "K"),
                **dict.fromkeys("mn", "N"), **dict.fromkeys("lr", "R")}


# Per loose key, not per pair: the pairs compared are too many to keep (a cache of pairs
# missed 77,740 of 94,787 times on compare_speed's sets), the parts are few.
@lru_cache(maxsize=1 << 17)
def _shape(loose: str) -> tuple[str, str | None]:
    """The longest common ending of a loose key that leaves a stem ("" if none), and the
    class of its first sound (None for a vowel)."""
    first = _FIRST_SOUND.get(loose[:1])
    for ending in COMMON_ENDINGS:
        if loose.endswith(ending) and len(loose) - len(ending) >= _MIN_STEM:
            return ending, first
    return "", first


@lru_cache(maxsize=1 << 17)
def _stem_views(loose: str, cut: int) -> Views:
    """The views of a spelling with its last ``cut`` letters (the ending) cut off."""
    return spelling_views(loose[: len(loose) - cut])


# What an officer reads when the rule leaves two parts below the same name's level.
SHARED_ENDING_ONLY = "shared ending, different first sound"
SAME_NAME_FROM = 0.7  # below it, two parts are two names (features.given_name_mismatch)


def ending_rule(a_loose: str, b_loose: str) -> int:
    """The letters of a common ending two parts as written (loose keys) share, when their
    stems begin with different sounds (Goncharenko / Bondarenko: 4, -enko); else 0.

    Decided on the parts as written, then applied to every pair of their spellings (a
    reading may write the ending otherwise: Honcharenko's Russian reading onsaranko).
    Not when one part is the other with letters before it (De Vries / Devries: a particle
    written joined, not another first sound).
    """
    ending, first = _shape(a_loose)
    if not ending or first is None:
        return 0
    other_ending, other_first = _shape(b_loose)
    if other_ending != ending or other_first is None or other_first == first:
        return 0
    if a_loose.endswith(b_loose) or b_loose.endswith(a_loose):
        return 0
    return len(ending)


def _stem_similarity(x: Views, y: Views, cut: int, discount: float, shortest: int | None,
                     one_liquid: bool) -> float:
    """The three views of two spellings' stems (``cut`` letters of ending off each): the
    shared ending is not counted, and the different first sound costs one edit more."""
    if min(len(x[0]), len(y[0])) - cut < 1:
        return 1.0  # a spelling shorter than the ending: the rule says nothing of it
    sx, sy = _stem_views(x[0], cut), _stem_views(y[0], cut)
    loose = _sim_first_apart(sx[0], sy[0])
    # How far vowels are trusted follows the parts, not their stems.
    parts_length = min(len(x[1]), len(y[1])) if shortest is None else shortest
    vowel = _vowel_sim(sx[1], sy[1], loose, parts_length, _sim_first_apart)
    return max(loose, vowel, _consonant_sim(sx[0], sx[2], sy[0], sy[2], discount, one_liquid,
                                            _sim_first_apart))


def _views_similarity(x: Views, y: Views, discount: float, shortest: int | None = None,
                      one_liquid: bool = True, cut: int = 0) -> float:
    loose = _sim(x[0], y[0])  # every pair of spellings runs through here: kept inline
    best = max(loose, _vowel_sim(x[1], y[1], loose, shortest),
               _consonant_sim(x[0], x[2], y[0], y[2], discount, one_liquid))
    if not cut:
        return best
    # Never more than the views as they stand (what rank.py's bound reads).
    return min(best, _stem_similarity(x, y, cut, discount, shortest, one_liquid))


# --- An abjad writes no short vowels: its part against a Latin one, letter by letter. ---
_UNWRITTEN_MISS = 0.25  # a long vowel one side writes and the other does not, or another
# What a vowel the abjad writes (its romanisation: ا a, و u/o, ي i, final ה/ة a) may be
# written as in Latin letters (the loose key's: y is i, ou/oo u, ee i).
_VOWEL_CLASS = {"a": "ae", "e": "aei", "i": "ie", "o": "ou", "u": "uo"}


def _vowel_gaps(loose: str) -> tuple[str, tuple[str, ...]]:
    """A part's consonants, and the vowels before, between and after them."""
    consonants, gaps, gap = [], [], []
    for letter in loose:
        if letter in "aeiou":
            gap.append(letter)
        else:
            gaps.append("".join(gap))
            gap = []
            consonants.append(letter)
    gaps.append("".join(gap))
    return "".join(consonants), tuple(gaps)


@lru_cache(maxsize=1 << 16)
def consonant_letters(loose: str) -> str:
    """A part's consonants as its loose key writes them (rank.py bounds with them)."""
    return _vowel_gaps(loose)[0]


def _gap_agrees(written: str, latin: str) -> bool:
    """Whether a Latin part's vowels between two consonants may be what the abjad wrote
    there: none written, so none or one short vowel (not a long ei, ou, ai); else one of
    the written vowel's ways."""
    if not written:
        return len(latin) <= 1
    return any(letter in _VOWEL_CLASS[w] for w in written for letter in latin)


@lru_cache(maxsize=1 << 16)
def unwritten_vowels_similarity(abjad: str, latin: str) -> float:
    """An abjad part's loose key against a Latin one's: 0 unless they have the same
    consonants (two or more), then 1 less a quarter for each place among them (before,
    between, after) where the Latin vowels cannot be what the abjad wrote. לוי lvi / Levi,
    משה msha / Moshe, حسن hsn / Hassan score 1; حسن / Hussein 0.75 (ei is a long vowel
    that حسن does not write). A short vowel the abjad leaves out may be any: משה is Misha's
    letters too, as it is Moshe's."""
    letters, written = _vowel_gaps(abjad)
    latin_letters, latin = _vowel_gaps(latin)
    if letters != latin_letters or len(letters) < 2:
        return 0.0
    # A word's first vowel is written with a carrier (ا ع, א ע), whatever vowel it is; its
    # last is written (ة ى ي و, ה י ו): a name says no short vowel after its last consonant.
    first = bool(written[0]) != bool(latin[0])
    last = bool(written[-1]) != bool(latin[-1]) or not _gap_agrees(written[-1], latin[-1])
    middle = sum(not _gap_agrees(w, v) for w, v in zip(written[1:-1], latin[1:-1],
                                                       strict=True))
    return max(0.0, 1.0 - _UNWRITTEN_MISS * (first + last + middle))


def _unwritten_similarity(a: TokenForm, b: TokenForm, abjad_latin: int) -> float:
    """``unwritten_vowels_similarity`` over every spelling of the two parts; ``abjad_latin``
    1 if ``a`` is the abjad part, 2 if ``b`` is."""
    abjad, latin = (a, b) if abjad_latin == 1 else (b, a)
    return max(unwritten_vowels_similarity(x[0], y[0])
               for x in abjad.spellings for y in latin.spellings)


def _alt_similarity(a: TokenForm, b: TokenForm, discount: float,
                    shortest: int | None = None, cyrillic: bool = False,
                    one_liquid: bool = True, cut: int = 0, crossed: bool = True) -> float:
    """The best over every other pair of spellings (surname spellings, foreign readings;
    against a Cyrillic name, a Latin part's Russian readings too); with ``crossed`` False,
    only a part's own spelling against the other's others, never two others."""
    va = a.spellings_for_cyrillic if cyrillic else a.spellings
    vb = b.spellings_for_cyrillic if cyrillic else b.spellings
    return max(_views_similarity(x, y, discount, shortest, one_liquid, cut)
               for i, x in enumerate(va) for j, y in enumerate(vb)
               if (i or j) and (crossed or not (i and j)))


# Name parts repeat (a few thousand distinct in 100,000 persons), so the same pairs meet
# again and again; a pure function of its arguments: kept (~200 B a pair, ≤ ~30 MB).
# Half the pairs of 300 different demo searches had been compared before.
@lru_cache(maxsize=1 << 17)
def token_similarity(
    a: TokenForm, b: TokenForm, discount: float = _SKELETON_DISCOUNT, blur_short: bool = False,
    cyrillic: bool = False, one_liquid: bool = True, endings: bool = False,
    both_han: bool = False, abjad_latin: int = 0,
) -> tuple[float, str]:
    """How alike two name parts sound (0..1) and which view decided it.

    ``blur_short``: trust the vowel view in short parts too (Korean romanisations differ
    chiefly in vowels: 정 Jeong, Jung, Chong; abjads write none: عمر Omar, Umar).
    ``cyrillic``: one of the names is written in Cyrillic, so a Latin part's Russian
    readings count (Volker / Фолькер).
    ``one_liquid``: one of the names is written in a script with one letter for l and r
    (kana, hangul), so its skeleton merges them.
    ``endings``: both names are written in alphabets that write their vowels (Latin,
    Cyrillic, Greek, Armenian…), so a shared common ending is one (``ending_rule``): two
    parts that share only it and begin with different sounds (Goncharenko / Bondarenko)
    are compared on their stems, the first sound costing one edit more. Abjads write no
    short vowels (حسين hsin ends in -in by chance); Han, kana and hangul syllables end in
    -in, -ian as syllables do.
    ``both_han``: both names are written in Han, so their parts' other spellings (how Hong
    Kong, Taiwan, Japan write a character) are not compared with each other: 刘 liu and 罗
    luo, Lau and Law in Hong Kong, are two names a letter apart there too.
    ``abjad_latin``: 1 if ``a`` is written in an abjad and ``b`` in Latin letters, 2 if the
    other way round: their consonants compared letter by letter, the vowels the abjad does
    not write left out (``unwritten_vowels_similarity``).
    """
    shortest = _ANY_LENGTH if blur_short else None
    if a.text == b.text:
        return 1.0, "same"
    if cyrillic and (a.loose in b.cyrillic_alts or b.loose in a.cyrillic_alts):
        return 0.97, "transcription"
    if a.loose == b.loose or a.loose in b.alts or b.loose in a.alts:
        # Пётр / Peter: another language's form of the name, not another spelling of it.
        same_form = a.loose == b.loose or not equivalent_names(a.text, b.text)
        return 0.97, "spelling variant" if same_form else "equivalent name"
    if len(a.text) == 1 or len(b.text) == 1:
        same = a.text[0] == b.text[0]
        return (_INITIAL_SIMILARITY, "initial") if same else (0.0, "different")
    loose = _sim(a.loose, b.loose)
    vowel = _vowel_sim(a.vowel, b.vowel, loose, shortest)
    skel = _consonant_sim(a.loose, a.skel, b.loose, b.skel, discount, one_liquid)
    best = max(loose, vowel, skel)
    if best == loose:
        how = "typo" if Levenshtein.distance(a.loose, b.loose) <= 2 else "similar spelling"
    else:
        how = "vowels differ" if best == vowel else "same consonants"
    cut = ending_rule(a.loose, b.loose) if endings else 0
    if cut:
        best = min(best, _stem_similarity(a.spellings[0], b.spellings[0], cut, discount,
                                          shortest, one_liquid))
    if a.alts or b.alts or (cyrillic and (a.cyrillic_alts or b.cyrillic_alts)):
        alt = _alt_similarity(a, b, discount, shortest, cyrillic, one_liquid, cut,
                              crossed=not both_han)
        if alt > best:
            best, how = alt, "other spelling"
    if abjad_latin and best < 1.0:
        unwritten = _unwritten_similarity(a, b, abjad_latin)
        if unwritten > best:
            best, how = unwritten, "same letters, vowels unwritten"
    if cut and best < SAME_NAME_FROM:
        how = SHARED_ENDING_ONLY  # why these are two names, not how their letters differ
    return best, how


def _cyrillic_pair(a: NameForm, b: NameForm) -> bool:
    """Whether a Latin part's Russian readings count: one name is written in Cyrillic."""
    return a.script == "Cyrl" or b.script == "Cyrl"


def _one_liquid(a: NameForm, b: NameForm) -> bool:
    """Whether the skeleton merges l and r: a name is in kana, hangul, Han or Thai."""
    return a.script in _ONE_LIQUID_SCRIPTS or b.script in _ONE_LIQUID_SCRIPTS


def _abjad_latin(a: NameForm, b: NameForm) -> int:
    """1 if ``a`` is written in an abjad and ``b`` in Latin letters, 2 if the other way
    round, else 0 (token_similarity's ``abjad_latin``)."""
    if a.script in _ABJADS and b.script == "Latn":
        return 1
    return 2 if b.script in _ABJADS and a.script == "Latn" else 0


def _discount(a: NameForm, b: NameForm) -> float:
    return _ABJAD_DISCOUNT if a.script in _ABJADS or b.script in _ABJADS else _SKELETON_DISCOUNT


def _align(a: NameForm, b: NameForm) -> tuple[list[PartMatch], set[int], set[int]]:
    """The part pairs, best first, and the parts of each name paired."""
    scored = []
    discount = _discount(a, b)
    blur = _blur_short(a, b)
    cyrillic = _cyrillic_pair(a, b)
    one_liquid = _one_liquid(a, b)
    # Both names in alphabets that write their vowels: no abjad (blur), no Han, kana,
    # hangul or Thai (one_liquid); token_similarity's ``endings``.
    endings = not (one_liquid or blur)
    both_han = a.script == b.script == "Hani"
    abjad_latin = _abjad_latin(a, b)
    for i, ta in enumerate(a.tokens):
        for j, tb in enumerate(b.tokens):
            # Only a part with Russian readings needs the flag: the others share one
            # cached result whatever script the other name is in.
            readings = cyrillic and bool(ta.cyrillic_alts or tb.cyrillic_alts)
            sim, how = token_similarity(ta, tb, discount, blur, readings, one_liquid, endings,
                                        both_han, abjad_latin)
            scored.append((sim, i, j, how))
    scored.sort(key=lambda x: -x[0])
    used_a: set[int] = set()
    used_b: set[int] = set()
    parts = []
    for sim, i, j, how in scored:
        # Two names that share only an ending are paired even at 0: they clash as two
        # names (given_name_mismatch), rather than leave parts unpaired.
        if i in used_a or j in used_b or (sim <= 0.0 and how != SHARED_ENDING_ONLY):
            continue
        used_a.add(i)
        used_b.add(j)
        parts.append(PartMatch(a.tokens[i].text, b.tokens[j].text, how, sim))
    return parts, used_a, used_b


def joined_orders(name: NameForm) -> tuple[Views, ...]:
    """A name's views written as one string, in each order its parts may be written: as
    written, reversed, and for three parts or more, the first part moved to the end and the
    last to the front (a family name written first or last: Jo Min Jun is Min-jun Cho;
    reversing would make it Jun Min Jo)."""
    tokens = name.tokens
    if len(tokens) == 1:
        return (name.joined,)
    if len(tokens) == 2:
        return name.joined, name.joined_reversed
    return (name.joined, name.joined_reversed, _joined(tokens[1:] + tokens[:1]),
            _joined(tokens[-1:] + tokens[:-1]))


def _concat_similarity(a: NameForm, b: NameForm) -> float:
    best = 0.0
    discount = _discount(a, b)
    one_liquid = _one_liquid(a, b)
    # Joined, short parts keep their say on vowels (陈磊 Chen Lei is not Chen Li): the blend
    # follows the parts' mean length.
    if _blur_short(a, b):
        shortest = _ANY_LENGTH
    else:
        total = a.vowel_total + b.vowel_total
        shortest = round(total / (len(a.tokens) + len(b.tokens)) + 0.01)  # 3.5 rounds up
    b_loose, b_vowel, b_skel = b.joined  # b as written, a in each order it may be read
    for a_loose, a_vowel, a_skel in joined_orders(a):
        loose = _sim(a_loose, b_loose)
        vowel = _vowel_sim(a_vowel, b_vowel, loose, shortest)
        skel = _consonant_sim(a_loose, a_skel, b_loose, b_skel, discount, one_liquid)
        best = max(best, loose, vowel, skel)
    return best


def name_similarity(a: NameForm, b: NameForm) -> NameMatch:
    """Align the parts of two names; similarity is over the parts of the shorter name."""
    parts, used_a, used_b = _align(a, b)
    shorter = min(len(a.tokens), len(b.tokens))
    aligned = sum(p.similarity for p in parts) / shorter if shorter else 0.0
    unpaired_a = tuple(i for i in range(len(a.tokens)) if i not in used_a)
    unpaired_b = tuple(j for j in range(len(b.tokens)) if j not in used_b)
    unmatched = tuple(a.tokens[i].text for i in unpaired_a) + tuple(
        b.tokens[j].text for j in unpaired_b)
    extra = max(len(a.tokens), len(b.tokens)) - len(parts)
    # Two different names that share an ending are not made one by reading the names as
    # one string, where the other parts' letters would dilute their difference
    # (Yuriy Oleksandrovych Goncharenko / Bondarenko, 0.93 written as one).
    different = any(p.how == SHARED_ENDING_ONLY for p in parts)
    if len(a.tokens) + len(b.tokens) > 2 and not different:
        whole = _concat_similarity(a, b)
        if whole > aligned:
            joined = PartMatch(a.latin, b.latin, "written as one", whole)
            return NameMatch(whole, (joined,), (), 0, tuple(parts))
    return NameMatch(aligned, tuple(parts), unmatched, extra, tuple(parts), unpaired_a,
                     unpaired_b)
