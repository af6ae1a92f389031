"""One percentile definition for every bench in the project.

`percentile(values, q)` is `statistics.quantiles(values, n=100, method="inclusive")` at q (1..99),
i.e. linear interpolation between the closest ranks over the observed range (Excel PERCENTILE.INC,
numpy's default "linear"). q=0 and q=100 give the minimum and the maximum.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0 <= q <= 100) of `values`; NaN for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} outside 0..100")
    if not values:
        return float("nan")
    if len(values) == 1 or q in (0, 100):
        return float(min(values) if q == 0 else max(values) if q == 100 else values[0])
    if q == int(q):
        return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]
    # Fractional q (e.g. 99.9): the same inclusive interpolation, computed directly.
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
