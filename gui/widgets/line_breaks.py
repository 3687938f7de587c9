"""Where a line may break in what the program shows: never inside a number and its unit, never inside a chart's
unit note, and never leaving one word or two characters alone on a last line. Word joiners (U+2060) and
no-break spaces do it; `gui.accessibility.spoken` takes them out again for screen readers."""

from __future__ import annotations

import re

#: A number with what belongs to it: 约98.55亿度, 6200亿～1.05万亿度, 564 MWh, 29%.
_NUMBER_AND_UNIT = re.compile(
    r"(?:约|最多|至少|不到)?\d[\d.,]*(?:万亿|亿|万)?(?:[～–-]\d[\d.,]*)?(?:万亿|亿|万)?"
    r"(?:以上|度|瓦时|千瓦时|千瓦|美元|户|台|次|倍|小时|分钟|年|吨|千克|克|毫升|升|%"
    r"| ?[GMTk]?Wh| ?[GMTk]?W\b| ?h\b| ?(?:billion|million|trillion)(?: t\b| L\b)?| ?(?:t|kg|g|m?L)\b)?"
)
WORD_JOINER, NO_BREAK_SPACE = "\u2060", "\u00a0"


def unbreakable(text: str) -> str:
    """`text` with every number glued to its scale word and unit (word joiners; a no-break space in English), so
    a narrow window breaks the line before "98.55亿度" or "564 MWh", never inside it."""
    return _NUMBER_AND_UNIT.sub(lambda match: WORD_JOINER.join(match[0].replace(" ", NO_BREAK_SPACE)), text)


def kept_together(text: str, phrase: str) -> str:
    """`text` with each `phrase` in it on one line (a term a line must not split, such as the Chinese for "CO2
    equivalent")."""
    return text.replace(phrase, WORD_JOINER.join(phrase))


def unbroken_brackets(text: str) -> str:
    """`text` with each bracketed part kept on one line (a chart's unit note, "（瓦时；1度 = 1千瓦时 = 1000瓦时）"):
    a title that must wrap breaks before the bracket, never inside "1度"."""
    return _BRACKETED.sub(lambda match: WORD_JOINER.join(match[0].replace(" ", NO_BREAK_SPACE)), text)


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")

#: How many characters at the end of a Chinese text move to the next line together (a last line of "呢？" alone
#: reads as a mistake), and the shortest text that is worth it.
LAST_LINE_CHARACTERS, SHORTEST_TO_GLUE = 5, 12


def without_orphan(text: str) -> str:
    """`text` whose last line is never one word or two characters alone: in English the last two words are
    joined by a no-break space; in Chinese the last LAST_LINE_CHARACTERS characters by word joiners."""
    visible = text.replace(WORD_JOINER, "")
    if len(visible) < SHORTEST_TO_GLUE:
        return text
    tail = visible[-LAST_LINE_CHARACTERS:]
    if " " in tail or not any(ord(character) > 0x2E80 for character in tail):
        head, space, last = text.rpartition(" ")
        return f"{head}{NO_BREAK_SPACE}{last}" if space else text
    start, seen = len(text), 0
    while start > 0 and seen < LAST_LINE_CHARACTERS:
        start -= 1
        seen += text[start] != WORD_JOINER
    return text[:start] + WORD_JOINER.join(text[start:].replace(WORD_JOINER, ""))
