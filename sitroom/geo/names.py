"""Place-name normalisation shared by the gazetteer and the resolver."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

# Words that follow a name without changing the place: "Chitral District", "Khyber Agency".
SUFFIXES = ("district", "province", "agency", "division", "tehsil", "governorate", "region", "county", "lga",
            "local government area", "upazila", "taluka", "taluk", "block", "commune", "oblast",
            "municipality", "prefecture", "state", "oblast", "raion", "department", "city", "town",
            "village", "subdistrict", "sub-district", "area", "valley", "desert region", "desert")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Letters that Unicode does not decompose into a base letter and an accent, spelled as English
# writers spell them: Azerbaijani "Gədəbəy" is Gadabay, Polish "Łódź" is Lodz, "Ørsta" Orsta.
_LETTERS = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                          "Đ": "D", "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                          "þ": "th", "Þ": "Th", "ð": "d", "ŋ": "ng", "ʻ": "", "ʼ": "", "ʿ": "", "ʾ": "", "’": ""})
_SUFFIX = re.compile(r"\s+(?:%s)$" % "|".join(re.escape(s) for s in SUFFIXES))


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """ASCII, lower case, punctuation to spaces: "Spīn Bōldak" -> "spin boldak"."""
    ascii_ = unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode()
    ascii_ = ascii_.replace("'", "").replace("`", "")
    return " ".join(_NON_WORD.sub(" ", ascii_.lower()).split())


def ascii_name(name: str | None) -> str | None:
    """The name without diacritics, case kept: "Kandahār" -> "Kandahar" (ACLED writes ASCII names)."""
    if not name:
        return name
    out = unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode()
    out = out.replace("`", "").strip()
    return out or name


def _mostly_lost(name: str, folded: str) -> bool:
    """Whether folding lost most of a name's letters: a name in a script ASCII cannot spell
    leaves a stray letter or two ("i", "e") that would match any capital "I" in English text."""
    if name.isascii():
        return False  # folding keeps every ASCII letter
    letters = sum(ch.isalpha() for ch in name)
    return 2 * sum(ch.isalpha() for ch in folded) < letters


_DOUBLED = re.compile(r"(.)\1+")


def loose(key: str) -> str:
    """A transliteration-tolerant key: no "h", no doubled letters ("Kachhi" = "Kacchi" = "~kaci")."""
    return "~" + _DOUBLED.sub(r"\1", key.replace("h", "")).replace(" ", "")


# The Arabic article as an opening word ("al hasakeh" is written "Hasakah" too); vowels after a
# word's first letter, which transliterations spell at will ("Idleb" / "Idlib", "Menbij" / "Manbij")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|az|at|an|ed|es|et|ez|en|ul) ")
_INNER_VOWELS = re.compile(r"\B[aeiouy]")
_FIRST_VOWEL = re.compile(r"\b[aeiouy]")
VOWELLESS_SHORTEST = 4  # letters a vowel-blind key needs to mean anything ("dlb" would match too much)


def file_under_keys(index: dict[str, list[int]], row: int, names) -> None:
    """Files ``row`` in ``index`` under every key of each of ``names``, once a key."""
    for name in names:
        for key in keys(name):
            rows = index.setdefault(sys.intern(key), [])
            if row not in rows:
                rows.append(row)


def without_article(key: str) -> str:
    """The key without its opening Arabic article ("as sawiyah" is "sawiyah"); "" when it has none."""
    bare = _ARTICLE.sub("", key)
    return bare if bare != key else ""


def without_particles(key: str) -> str:
    """The key without the Spanish or Portuguese particles inside it ("san andres de tuxtla" is
    "san andres tuxtla", "santa cruz do sul" "santa cruz sul"): writers add or drop them, and
    GeoNames keeps one spelling. "" when it has none, or when fewer than two words are left."""
    words = key.split()
    kept = [w for i, w in enumerate(words) if i == 0 or w not in _PARTICLES]
    return " ".join(kept) if len(kept) != len(words) and len(kept) >= 2 else ""


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos"})


def vowelless(key: str) -> str:
    """A key blind to vowels and the article: "al hasakeh" and "al hasakah" are "=hskh"; a
    word's opening vowel is kept as "a" ("Umran" and "Omran" are "=amrn", "Idleb" "=adlb").
    Empty when too little is left to tell names apart."""
    bare = _INNER_VOWELS.sub("", _ARTICLE.sub("", key))
    bare = _DOUBLED.sub(r"\1", _FIRST_VOWEL.sub("a", bare).replace(" ", ""))
    return "=" + bare if len(bare) >= VOWELLESS_SHORTEST else ""


# Words news writes shortened at the start of a name, and GeoNames sometimes in full:
# "St. Petersburg" is also Saint Petersburg, and "Mount Pleasant" also Mt Pleasant.
_SHORT_OPENINGS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SHORT_OPENINGS.update({full: short for short, full in list(_SHORT_OPENINGS.items())})


def spellings(key: str) -> list[str]:
    """A folded name and its other spellings with a word before its last shortened or written
    out: the opening one ("st petersburg"), or one inside ("bay st louis", "port saint lucie")."""
    words = key.split(" ")
    out = [key]
    for i, word in enumerate(words[:-1]):
        other = _SHORT_OPENINGS.get(word)
        if other:
            out.append(" ".join(words[:i] + [other] + words[i + 1:]))
    return out


def has_kind_word(name: str) -> bool:
    """Whether a name ends with a kind word ("West Virginia Division", "Chitral District")."""
    folded = fold(name)
    return bool(folded) and _SUFFIX.sub("", folded) != folded


def keys(name: str) -> list[str]:
    """Index keys of a name: folded, and without a trailing kind word ("chitral district" -> "chitral")."""
    folded = fold(name)
    if not folded or _mostly_lost(name, folded):
        return []
    out = [folded]
    stripped = _SUFFIX.sub("", folded)
    if stripped and stripped != folded:
        out.append(stripped)
    if folded.startswith("the "):
        out.append(folded[4:])
    return out


def one_letter_apart(written: str, known: str) -> bool:
    """Whether two names differ by at most one letter added, dropped or changed, the Arabic
    article aside ("Idleb" and "Idlib", "Quamishli" and "Al Qamishli"; not "Bolotene" and
    "Bolton")."""
    a, b = (_ARTICLE_OPENING.sub("", fold(n)).replace(" ", "").replace("-", "") for n in (written, known))
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


_ARTICLE_OPENING = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an)[ -]")
