"""Run the article's scenarios and check each claim against what the calculator computes."""

from __future__ import annotations

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


@dataclass(frozen=True)
class ClaimCheck:
    """A scenario's computed result next to the article's claim, with the relative deviation and a verdict."""

    scenario: Scenario
    calculation: Calculation
    claimed: Estimate
    deviation: float
    verdict: Verdict

    @property
    def computed(self) -> Estimate:
        """The computed result, in the scenario's unit."""
        return self.calculation.result


def claimed_estimate(scenario: Scenario) -> Estimate:
    """The article's stated result as an Estimate in the scenario's unit."""
    return from_figures(
        scenario.claim_value,
        scenario.claim_low,
        scenario.claim_high,
        scenario.unit,
        scenario.claim_significant_figures,
        approximate=False,
    )


def check_claim(scenario: Scenario, calculation: Calculation) -> ClaimCheck:
    """Compare `calculation` (already in the scenario's unit) with the article's claim."""
    claimed = claimed_estimate(scenario)
    pairs = _ends(calculation.result, claimed)
    deviation = max(abs(computed - stated) / abs(stated) if stated else abs(computed) for computed, stated in pairs)
    within = all(
        abs(computed - stated) <= _half_last_digit(stated, scenario.claim_significant_figures)
        for computed, stated in pairs
    )
    return ClaimCheck(scenario, calculation, claimed, deviation, Verdict.MATCHES if within else Verdict.LOOSE)


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
