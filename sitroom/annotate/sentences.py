"""Stage ``sentences``: split article text into sentences with character offsets.

Rule-based and tuned for news about conflict and security:
- titles and ranks do not end a sentence ("Lt. Gen. (Retd) Tallat Masood"),
  nor do initials ("J. Smith"), "No. 3", "Jan. 5" or acronyms such as "U.S."
  unless a typical sentence opener follows ("... by the U.S. The strikes");
- a quotation that spans sentences stays one unit with its attribution
  ("“We were attacked. We fought back,” the commander said.");
- sentences never cross paragraphs.
The word lists live in ``data/abbreviations.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..knowledge import KnowledgeError, load_yaml
from ..model import Sentence
from ..pipeline import stage
from ..settings import Settings

ABBREVIATIONS_FILE = "abbreviations.yaml"
MAX_QUOTE_CHARS = 1200  # a quote left open longer than this does not hold sentences together

# A candidate end: terminal punctuation, closing quotes/brackets, then space. Written with the
# first mark as a plain character set, which the regex engine can skip ahead to (a third
# quicker than "[.!?]+", which it tries at every character).
_END = re.compile(r"""([.!?][.!?]*|…)(["'”’)\]]*)(\s+)""")
_OPENER = re.compile(r"""["'“‘(\[]*[A-Z0-9]""")
_WORD_BEFORE = re.compile(r"""([\w.’'-]+)\Z""")
_WORD_AFTER = re.compile(r"""["'“‘(\[]*([\w’'-]+)""")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]
    before_number: frozenset[str]
    months: frozenset[str]
    other: frozenset[str]
    openers: frozenset[str]
    states: frozenset[str] = frozenset()  # "Ky.", "Nev." before a dateline's bracket or dash


@cache
def lexicon() -> Lexicon:
    data = load_yaml(ABBREVIATIONS_FILE)
    sections = ("titles", "before_number", "months", "other", "sentence_openers")
    for key in sections:
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise KnowledgeError(f"{ABBREVIATIONS_FILE}: {key!r} must be a list of words")
        for word in data[key]:
            if not isinstance(word, str):
                raise KnowledgeError(
                    f"{ABBREVIATIONS_FILE}: {key}: {word!r} is not a word; put it in quotes (YAML reads No/On as booleans)"
                )
    lower = lambda key: frozenset(str(w).lower() for w in data[key])  # noqa: E731
    states = data.get("dateline_states", [])
    if not isinstance(states, list):
        raise KnowledgeError(f"{ABBREVIATIONS_FILE}: 'dateline_states' must be a list of words")
    return Lexicon(
        lower("titles"), lower("before_number"), lower("months"), lower("other"),
        frozenset(str(w) for w in data["sentence_openers"]), frozenset(str(w).lower() for w in states),
    )  # fmt: skip


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """The run of word characters that ends at ``end``. The search starts a little before
    ``end`` and reaches further back only while the run fills the whole window: a search from
    the paragraph's start would try every position before it."""
    start = max(0, end - 64)
    match = _WORD_BEFORE.search(text, start, end)
    while match is not None and match.start() == start and start > 0:
        start = max(0, start - 256)
        match = _WORD_BEFORE.search(text, start, end)
    return match


def _is_abbreviation_end(text: str, dot: int, after: int, lex: Lexicon) -> bool:
    """Whether the period at ``dot`` belongs to an abbreviation rather than ending a sentence."""
    match = _word_before(text, dot)
    if not match:
        return False
    word = match.group(1).strip("'’-")
    low = word.lower()
    next_word = _WORD_AFTER.match(text, after)
    following = next_word.group(1) if next_word else ""
    if low in lex.titles or low in lex.other:
        return True
    if low in lex.states and text[after:after + 1] in ("(", "-", "–", "—"):
        return True  # "LOUISVILLE, Ky. (WLKY) - A teen was shot": the dateline goes on
    if (low in lex.before_number or low in lex.months) and following[:1].isdigit():
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if "." in word and _INITIALISM.fullmatch(word):
        return following not in lex.openers  # "U.S." ends a sentence only before an opener
    return False


def _quote_depth_changes(text: str) -> list[tuple[int, int]]:
    """(position, +1/-1) for opening and closing double quotes in ``text``."""
    changes = []
    straight_open = False
    for m in re.finditer(r"[“”\"]", text):
        ch = m.group()
        if ch == "“":
            changes.append((m.start(), 1))
        elif ch == "”":
            changes.append((m.start(), -1))
        else:
            straight_open = not straight_open
            changes.append((m.start(), 1 if straight_open else -1))
    return changes


class _Quotes:
    """The paragraph's quotation marks, read once: whether a position lies inside a quotation
    that closes later takes a binary search, not a walk over every mark (a paragraph of many
    quotes and sentences was quadratic)."""

    def __init__(self, changes: list[tuple[int, int]]):
        self.at = [at for at, _ in changes]
        self.states: list[tuple[int, int | None]] = []  # (depth, opened_at) after each change
        depth, opened_at = 0, None
        for at, delta in changes:
            depth = max(0, depth + delta)
            opened_at = at if depth == 1 and delta > 0 else (opened_at if depth else None)
            self.states.append((depth, opened_at))
        # for each change, the first closing change at or after it
        self.next_close: list[int | None] = [None] * len(changes)
        following = None
        for k in range(len(changes) - 1, -1, -1):
            if changes[k][1] < 0:
                following = k
            self.next_close[k] = following

    def inside_closed(self, pos: int) -> bool:
        """True if ``pos`` lies inside a quotation that closes later in the paragraph."""
        k = bisect_left(self.at, pos)  # the changes before pos are [0, k)
        depth, opened_at = self.states[k - 1] if k else (0, None)
        if depth <= 0 or k >= len(self.at):
            return False
        close = self.next_close[k]
        return close is not None and opened_at is not None and self.at[close] - opened_at <= MAX_QUOTE_CHARS


def split_paragraph(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in one paragraph, shifted by ``offset``."""
    lex = lexicon()
    quotes = _Quotes(_quote_depth_changes(text))
    spans = []
    start = 0
    for match in _END.finditer(text):
        after = match.end()
        if after >= len(text) or not _OPENER.match(text, after):
            continue
        punct_end = match.end(2)
        if match.group(1) == "." and _is_abbreviation_end(text, match.start(1), after, lex):
            continue
        if quotes.inside_closed(punct_end):
            continue
        spans.append((start, punct_end))
        start = after
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return [(s + offset, e + offset) for s, e in spans if text[s:e].strip()]


_LINE = re.compile(r"[^\n]+")
_RUNS_ON = re.compile(r"""[.!?…:;,\-–—]["'”’)\]]*\Z""")  # a line that ends so is continued or ended already
WRAP_WIDTH = 50  # lines at least this long, of about one length, that end mid-sentence: a hard-wrapped text


def _blocks(chunk: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a paragraph that a sentence may not cross: a line that ends
    without punctuation before a line that starts as a sentence does is a headline, a dateline or
    a caption of its own ("Six militants killed in Bannu\nBANNU: Security forces ..."), unless
    the paragraph is a hard-wrapped text, whose lines of about one width run on."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(chunk)]
    if len(lines) < 2:
        return [(0, len(chunk))]
    inner = [chunk[s:e].rstrip() for s, e in lines[:-1]]
    open_ended = [line for line in inner if line and not _RUNS_ON.search(line)]
    widths = [len(line) for line in inner]
    if len(open_ended) >= 2 and min(widths) >= WRAP_WIDTH and max(widths) - min(widths) <= max(widths) // 4:
        return [(0, len(chunk))]
    blocks, start = [], 0
    for (s, e), line, (nxt, _) in zip(lines, inner, lines[1:]):
        if line and not _RUNS_ON.search(line) and _OPENER.match(chunk, nxt):
            blocks.append((start, e))
            start = nxt
    blocks.append((start, len(chunk)))
    return blocks


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, each with its offsets: ``text[s.start:s.end] == s.text``."""
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        chunk = para.group()
        for b0, b1 in _blocks(chunk) if "\n" in chunk else [(0, len(chunk))]:
            block = chunk[b0:b1]
            lead = len(block) - len(block.lstrip())
            for start, end in split_paragraph(block.strip(), para.start() + b0 + lead):
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


@stage("sentences")
def sentences(doc: Document, settings: Settings) -> None:
    assert doc.article is not None
    doc.sentences = split_sentences(doc.article.text)
