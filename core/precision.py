"""Significant figures: how precisely a number is written, and rounding that never shows more."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal


def significant_figures_of(number: float) -> int:
    """How many significant figures `number` is written with; trailing zeros of whole numbers do not count.

    0.3 -> 1, 6.5 -> 2, 1287 -> 4, 9e9 -> 1, 100 -> 1, 512821 -> 6.
    """
    if number == 0:
        return 1
    text = repr(float(number)) if isinstance(number, float) else str(number)
    if "e" in text or "E" in text:
        text = f"{float(number):.15g}"
    if "e" in text:
        mantissa = text.split("e")[0]
        return max(1, len(mantissa.replace("-", "").replace(".", "").strip("0")))
    text = text.lstrip("-")
    if text.endswith(".0"):
        text = text[:-2]
    if "." in text:
        return max(1, len(text.replace(".", "").lstrip("0")))
    return max(1, len(text.strip("0")) if text.strip("0") else 1)


def round_to_significant(number: float, figures: int) -> float:
    """Round `number` to `figures` significant figures, halves away from zero as a reader rounds by hand
    (9.855 -> 9.86, which binary rounding would make 9.85); 0 stays 0."""
    if number == 0 or not math.isfinite(number):
        return number
    exponent = math.floor(math.log10(abs(number)))
    quantum = Decimal(1).scaleb(exponent - figures + 1)
    # 12 digits drop binary noise first: 27 GWh x 365 is 9.854999999999999 TWh in floating point.
    return float(Decimal(f"{float(number):.12g}").quantize(quantum, rounding=ROUND_HALF_UP))


def decimals_for(number: float, figures: int) -> int:
    """How many decimal places show `number` to `figures` significant figures (never negative)."""
    if number == 0:
        return 0
    return max(0, figures - 1 - math.floor(math.log10(abs(number))))
