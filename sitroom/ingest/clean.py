"""Stage ``clean``: scraped article text without its boilerplate.

Works line by line (a line of scraped text is a paragraph).  The rules live in
``data/boilerplate.yaml``: lines dropped anywhere (ads, comment forms, share and
navigation prompts), markers that open a trailing block of teasers or comments,
one-line teasers ("Read more: ..."), credit lines, breadcrumbs and date lines.
Every dropped line is kept on the document with the reason, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..document import Document
from ..knowledge import KnowledgeError, compile_patterns, load_yaml, require
from ..pipeline import stage
from ..settings import Settings
from .dates import parse_date
from .offsets import OffsetMap, given_lines

RULES_FILE = "boilerplate.yaml"
_DECORATION = " \t-–—•·|*#=_~>»«[]/\\"
# A run of spaces and tabs becomes one space. The pattern leaves single plain spaces alone
# (every word gap would otherwise be replaced by an equal copy).
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\Z""")
_TRUNCATED = re.compile(r"""(\.\.\.|…)\s*["'”’)\]]*\Z""")


@dataclass(frozen=True)
class Rules:
    drop: tuple[tuple[str, re.Pattern[str]], ...]
    tail: tuple[re.Pattern[str], ...]
    teaser: re.Pattern[str]
    credit: tuple[re.Pattern[str], ...]
    crumb_first: frozenset[str]
    crumb_split: re.Pattern[str]
    date_lines: tuple[re.Pattern[str], ...]
    # the tail and drop patterns as one alternation: most lines match none of them, and that is
    # found in one scan instead of one call a pattern (None if they cannot be joined)
    any_tail_or_drop: re.Pattern[str] | None = None
    # a tail marker inside a body line, after its last sentence (``inline_tail_markers``)
    inline_tail: re.Pattern[str] | None = None


def _joined(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    except re.error:  # a group name used twice, say: each pattern is still tried alone
        return None


@cache
def rules() -> Rules:
    data = load_yaml(RULES_FILE)
    drop_groups = require(RULES_FILE, data, "drop", dict)
    drop: list[tuple[str, re.Pattern[str]]] = []
    for group, patterns in drop_groups.items():
        drop += [(group, p) for p in compile_patterns(RULES_FILE, f"drop.{group}", patterns)]
    prefixes = require(RULES_FILE, data, "teaser_prefixes", list)
    crumbs = require(RULES_FILE, data, "breadcrumb", dict)
    seps = crumbs.get("separators")
    if not isinstance(seps, list) or not seps:
        raise KnowledgeError(f"{RULES_FILE}: breadcrumb.separators must be a non-empty list")
    try:
        teaser = re.compile(rf"(?:{'|'.join(prefixes)})\s*:\s*\S.*", re.IGNORECASE)
    except re.error as exc:
        raise KnowledgeError(f"{RULES_FILE}: teaser_prefixes: invalid pattern: {exc}") from None
    tail = compile_patterns(RULES_FILE, "tail_markers", data.get("tail_markers"))
    return Rules(
        drop=tuple(drop),
        tail=tuple(tail),
        teaser=teaser,
        credit=tuple(compile_patterns(RULES_FILE, "credit_lines", data.get("credit_lines"))),
        crumb_first=frozenset(w.lower() for w in crumbs.get("first_words") or []),
        crumb_split=re.compile("|".join(re.escape(s) for s in seps)),
        date_lines=tuple(compile_patterns(RULES_FILE, "date_lines", data.get("date_lines"))),
        any_tail_or_drop=_joined(tail + [p for _, p in drop]),
        inline_tail=_inline_tail(data.get("inline_tail_markers")),
    )


def _inline_tail(markers) -> re.Pattern[str] | None:
    """A tail marker written after a sentence's end inside a line, before a capitalised word."""
    if not markers:
        return None
    if not isinstance(markers, list) or not all(isinstance(m, str) for m in markers):
        raise KnowledgeError(f"{RULES_FILE}: inline_tail_markers must be a list of patterns")
    try:
        return re.compile(rf"(?<=[.!?\"”’])\s+(?:{'|'.join(markers)})\s+(?=[A-Z])")
    except re.error as exc:
        raise KnowledgeError(f"{RULES_FILE}: inline_tail_markers: invalid pattern: {exc}") from None


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    credits: list[str] = field(default_factory=list)
    published: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # (reason, line)
    # (number of the line in the text cleaned, the line as kept), in the order of ``text``
    kept_lines: list[tuple[int, str]] = field(default_factory=list)


def normalise_line(line: str) -> str:
    if line.isascii():  # no invisible characters, and only spaces and tabs to fold
        if "  " in line or "\t" in line:
            line = _SPACES.sub(" ", line)
        return line.strip()
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def _folded(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def is_headline(line: str) -> bool:
    if len(line) > 200:  # before splitting: a long line would be split into all its words
        return False
    words = line.split()
    return 2 <= len(words) <= 30 and not re.search(r"[.,;:]\Z", line)


def is_body_paragraph(line: str) -> bool:
    return len(line) >= 120 and bool(_SENTENCE_END.search(line)) and not _TRUNCATED.search(line)


def _is_breadcrumb(line: str, r: Rules) -> bool:
    # "Home > News > Pakistan": a first word and at least two separators; found without
    # splitting the line (a long line would be cut into every piece between separators)
    first = r.crumb_split.search(line)
    if first is None or line[: first.start()].strip().lower() not in r.crumb_first:
        return False
    return r.crumb_split.search(line, first.end()) is not None


def _date_line(core: str, r: Rules) -> str | None:
    for pattern in r.date_lines:
        match = pattern.match(core)
        if match:
            found = parse_date(match.group("date"))
            if found:
                return found
    return None


def clean_text(text: str, *, find_title: bool = True, known_title: str | None = None) -> Cleaned:
    """Remove boilerplate lines from already-extracted article text."""
    r = rules()
    numbered = [(k, normalise_line(line)) for k, line in enumerate(text.split("\n"))]
    numbered = [(k, line) for k, line in numbered if line]
    total = sum(len(line) for _, line in numbered) or 1
    out = Cleaned(text="")
    kept: list[str] = []
    numbers: list[int] = []
    seen_chars = 0
    zone: str | None = None  # None, "closable" or "to-end"
    for number, line in numbered:
        position, seen_chars = seen_chars, seen_chars + len(line)
        core = line.strip(_DECORATION)
        if not core or not re.search(r"\w", core):
            out.removed.append(("decoration", line))
            continue
        if zone:
            if zone == "closable" and is_body_paragraph(line):
                zone = None
            else:
                out.removed.append(("teaser", line))
                continue
        reason = _classify(core, r, out, header=not kept)
        if reason == "tail":
            zone = "closable" if position < total / 2 else "to-end"
        if reason:
            out.removed.append((reason, line))
            continue
        cut = r.inline_tail.search(line) if r.inline_tail is not None else None
        if cut is not None:
            # "... police said. Related Articles Oakland: ...": the body ends at the marker
            out.removed.append(("tail", line[cut.start():].strip()))
            line = line[:cut.start()]
            zone = "closable" if position < total / 2 else "to-end"
        kept.append(line)
        numbers.append(number)
    title = known_title
    if find_title and not known_title and len(kept) > 1 and is_headline(kept[0]):
        title = kept.pop(0)
        numbers.pop(0)
        out.title = title
    if title:
        folded = _folded(title)
        same = [len(line) < 2 * len(title) and _folded(line) == folded for line in kept]
        out.removed += [("title", line) for line, dup in zip(kept, same) if dup]
        numbers = [n for n, dup in zip(numbers, same) if not dup]
        kept = [line for line, dup in zip(kept, same) if not dup]
    out.text = "\n\n".join(kept)
    out.kept_lines = list(zip(numbers, kept))
    return out


def offset_map(given: str, cleaned: Cleaned) -> OffsetMap | None:
    """The map from the cleaned text's offsets to those of ``given`` (the text as the user gave
    it, before its newlines were normalised); None where the lines cannot be matched up."""
    lines = given_lines(given)
    if any(number >= len(lines) for number, _ in cleaned.kept_lines):
        return None
    out = OffsetMap()
    at = 0
    for number, line in cleaned.kept_lines:
        start, end = lines[number]
        out.add_line(at, given[start:end], start, line)
        at += len(line) + 2  # the "\n\n" between kept lines
    return out


def _classify(core: str, r: Rules, out: Cleaned, header: bool) -> str | None:
    """Why the line (``core``: decoration trimmed) is boilerplate, or None for a body line.

    Fills the credits and the publication date of ``out`` from credit and date lines."""
    if r.any_tail_or_drop is None or r.any_tail_or_drop.match(core):
        if any(p.match(core) for p in r.tail):
            return "tail"
        for group, pattern in r.drop:
            if pattern.match(core):
                return group
    for pattern in r.credit:
        match = pattern.match(core)
        if match:
            names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("credits").strip(" .)"))
            out.credits += [n for n in names if n]
            return "credit"
    if _is_breadcrumb(core, r):
        return "breadcrumb"
    if r.teaser.match(core):
        return "teaser"
    if header or len(core) <= 80:
        date = _date_line(core, r)
        if date:
            out.published = out.published or date
            return "date"
    return None


@stage("clean")
def clean(doc: Document, settings: Settings) -> None:
    article = doc.article
    assert article is not None
    from_text = doc.raw is not None and doc.raw.kind != "html"
    result = clean_text(article.text, find_title=from_text and not article.title, known_title=article.title)
    if from_text and doc.raw is not None and doc.raw.kind == "text" and isinstance(doc.raw.payload, str):
        # evidence and places are found in the cleaned text; they are told as offsets of the text given
        offsets = offset_map(doc.raw.payload, result)
        if offsets is not None:
            doc.notes["offsets"] = offsets
    article.text = result.text
    if result.title and not article.title:
        article.title = result.title
    article.credits = result.credits
    doc.removed = [f"{reason}: {line}" for reason, line in result.removed]
    if result.published:
        doc.notes["published_text"] = result.published
    if len(article.text) < settings.min_text_chars:
        doc.mark_skipped(
            "no-text", f"only {len(article.text)} characters of article text after cleaning (need {settings.min_text_chars})"
        )
