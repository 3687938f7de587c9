"""Run the article's scenarios and check each claim against what the calculator computes."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from enum import StrEnum

from core.dataset import Scenario
from core.expression import Calculation
from core.values import Estimate, from_figures


class Verdict(StrEnum):
    """How the article's stated result relates to the computed one."""

    MATCHES = "matches"  # within the rounding of the digits the article wrote
    LOOSE = "loose"  # further off than the article's digits suggest ("29 %" called "a third")
    IMPLIED = "implied"  # an input is back-derived from the claim (or stands in for another quantity): no check
    SOURCE_ROUNDING = "source_rounding"  # off, but the article repeats its source's own rounding ("almost 2 %")


@dataclass(frozen=True)
class ClaimCheck:
    """A scenario's computed result next to the article's claim, with the relative deviation and a verdict.

    `independent` is what independent figures give for an implied claim (GPT-3 at the national average
    household), or None."""

    scenario: Scenario
    calculation: Calculation
    claimed: Estimate
    deviation: float
    verdict: Verdict
    independent: Calculation | None = None

    @property
    def computed(self) -> Estimate:
        """The computed result, in the scenario's unit."""
        return self.calculation.result


@functools.lru_cache(maxsize=256)
def claimed_estimate(scenario: Scenario) -> Estimate:
    """The article's stated result as an Estimate in the scenario's unit (made once per scenario)."""
    return from_figures(
        scenario.claim_value,
        scenario.claim_low,
        scenario.claim_high,
        scenario.unit,
        scenario.claim_significant_figures,
        approximate=False,
    )


def check_claim(scenario: Scenario, calculation: Calculation, independent: Calculation | None = None) -> ClaimCheck:
    """Compare `calculation` (already in the scenario's unit) with the article's claim.

    Within the rounding of the article's digits (or inside the range an interval claim gives) it matches, unless
    the scenario declares its claim implied. Further off, it is loose, or the source's own rounding where the
    scenario says the article repeats its source's words."""
    claimed = claimed_estimate(scenario)
    deviation = _deviation(scenario, calculation.result, claimed)
    declared = Verdict(scenario.verdict)
    if declared is Verdict.IMPLIED:
        verdict = Verdict.IMPLIED
    elif reproduces_claim(scenario, calculation.result):
        verdict = Verdict.MATCHES
    else:
        verdict = Verdict.SOURCE_ROUNDING if declared is Verdict.SOURCE_ROUNDING else Verdict.LOOSE
    return ClaimCheck(scenario, calculation, claimed, deviation, verdict, independent)


def reproduces_claim(scenario: Scenario, result: Estimate) -> bool:
    """True when `result` is what the article printed: within the rounding of its digits, or, for an interval
    claim ("the same order of magnitude"), inside the interval."""
    claimed = claimed_estimate(scenario)
    if scenario.claim_is_interval:
        low, high = (float(end.magnitude) for end in result.bounds())
        return float(claimed.low.magnitude) <= low and high <= float(claimed.high.magnitude)
    return all(
        abs(computed - stated) <= _half_last_digit(stated, scenario.claim_significant_figures)
        for computed, stated in _ends(result, claimed)
    )


def _deviation(scenario: Scenario, result: Estimate, claimed: Estimate) -> float:
    """How far the result lies from the claim, relative to it (0 inside an interval claim)."""
    if scenario.claim_is_interval and reproduces_claim(scenario, result):
        return 0.0
    pairs = _ends(result, claimed)
    return max(abs(computed - stated) / abs(stated) if stated else abs(computed) for computed, stated in pairs)


def _ends(computed: Estimate, claimed: Estimate) -> list[tuple[float, float]]:
    """Pairs of (computed, claimed) magnitudes: both ends of a claimed range, or the values."""
    if claimed.has_range:
        low, high = computed.bounds()
        return [
            (float(low.magnitude), float(claimed.low.magnitude)),
            (float(high.magnitude), float(claimed.high.magnitude)),
        ]
    return [(float(computed.value.magnitude), float(claimed.value.magnitude))]


def _half_last_digit(stated: float, significant_figures: int) -> float:
    """Half a unit in the last significant digit of `stated` (564 -> 0.5, 29.2 -> 0.05), plus float slack."""
    if stated == 0:
        return 0.0
    exponent = math.floor(math.log10(abs(stated))) - significant_figures + 1
    return 0.5 * 10.0**exponent * (1 + 1e-9)
