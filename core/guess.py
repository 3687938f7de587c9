"""Guess first, then see: how far a reader's guess is from the answer, in words (predict-observe-explain).

A guess is judged by the ratio guess / answer, the way orders of magnitude are felt: within a quarter either side
is "spot on"; up to twice (or half) is a percentage; beyond that a number of times. The numbers are rounded to two
significant figures: "about 10 times too low", not "9.87 times".
"""

from __future__ import annotations

import math

from core import values
from core.formatting import format_count, format_estimate, format_number
from core.units import Quantity, units_of

#: Within these ratios a guess is spot on (a quarter either side, as 1.25 x 0.8 = 1).
SPOT_ON = (0.8, 1.25)
#: Up to these ratios a guess is off by a percentage; beyond them, by a number of times.
BY_PERCENT = (0.5, 2.0)


def verdict(guess: float, answer: float, language: str) -> str:
    """How far off `guess` is from `answer`, as a sentence in `language` ("en" or "zh")."""
    if guess <= 0 or answer <= 0 or not math.isfinite(guess) or not math.isfinite(answer):
        raise ValueError("a guess and its answer are positive numbers")
    ratio = guess / answer
    zh = language == "zh"
    if SPOT_ON[0] <= ratio <= SPOT_ON[1]:
        return "猜得很准：与答案相差不到四分之一。" if zh else "Spot on: within a quarter of the answer."
    if BY_PERCENT[0] < ratio < SPOT_ON[0]:
        percent = _rounded(100 * (1 - ratio), language)
        return f"稍低了一些：比答案低{percent}%。" if zh else f"A little low: {percent}% below the answer."
    if SPOT_ON[1] < ratio < BY_PERCENT[1]:
        percent = _rounded(100 * (ratio - 1), language)
        return f"稍高了一些：比答案高{percent}%。" if zh else f"A little high: {percent}% above the answer."
    if ratio >= BY_PERCENT[1]:
        times = _rounded(ratio, language)
        return f"你猜高了：是答案的{times}倍。" if zh else f"You guessed {times} times too high."
    times = _rounded(1 / ratio, language)
    return f"你猜低了：答案是你猜的{times}倍。" if zh else f"You guessed {times} times too low."


def guess_words(value: float, unit: str, count: str, language: str) -> str:
    """A guess as it reads, in `unit`: "1,000 households" where `count` words a counted guess ("{n} households"),
    else the quantity as core words it ("29%", "每天32万度")."""
    if count:
        return count.format(n=format_count(value, language, 2))
    return format_estimate(values.exact(Quantity(value, units_of(unit))), language, keep_units=True)


def _rounded(number: float, language: str) -> str:
    """Two significant figures, as the program writes numbers (10, 2.5, 1,000; 1万 in Chinese)."""
    return format_number(number, language, 2)


def slider_value(position: int, steps: int, low: float, high: float) -> float:
    """The value at `position` (0..steps) of a logarithmic slider from `low` to `high`, rounded to two significant
    figures (a guess is a feeling for the size, not a measurement)."""
    value = float(low * (high / low) ** (position / steps))
    digits = 2 - math.floor(math.log10(value)) - 1
    return float(round(value, digits))


def slider_position(value: float, steps: int, low: float, high: float) -> int:
    """The position of `value` on the slider (see slider_value), clamped to its ends."""
    value = min(max(value, low), high)
    return round(steps * math.log(value / low) / math.log(high / low))
