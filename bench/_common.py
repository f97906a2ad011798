"""Helpers shared by the benchmarks: paths, timing (median of repeated runs) and result rows."""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SAMPLES = ROOT / "tests" / "data" / "samples"
VERSION = "202610"
RESOLVED_SPEC = GENERATED / "linkedin_marketing" / f"v{VERSION}" / "openapi.json"
BENCH_BIN = Path(sys.executable).parent

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

REPEAT = 7


def per_call(fn: Callable[[], object], repeat: int = REPEAT, budget: float = 0.1) -> float:
    """Median seconds per call of `fn` over `repeat` runs of a loop sized to last about `budget`.

    As `timeit` does, the cyclic garbage collector is paused while a loop runs: how often it runs
    and how long it takes depend on everything else the benchmark process holds (the comparison
    tools' modules included), not on the code measured.
    """
    fn()  # warm up
    start = time.perf_counter()
    fn()
    once = time.perf_counter() - start
    number = max(1, int(budget / max(once, 1e-7)))
    runs = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for _ in range(number):
                fn()
            runs.append((time.perf_counter() - start) / number)
        finally:
            gc.enable()
    return statistics.median(runs)


def paired_ratio(
    subject: Callable[[], object], baseline: Callable[[], object], budget: float = 0.1
) -> float:
    """Median over rounds of `subject`'s time per call over `baseline`'s, measured alternately.

    Alternating cancels drifts that would favour whichever is measured second (a warming machine,
    a server whose state grows with every request). The rounds are short and many (three times
    `REPEAT`, each a third of `budget` per side): on a shared machine, slow spells of a second or
    so otherwise land on one side of a round, and six runs of a 1,000-record decoding ratio
    spread over 2.1x-2.8x with seven rounds of 0.1 s against 2.2x-2.6x with 21 of 0.033 s.
    """
    rounds, slice_budget = 3 * REPEAT, budget / 3
    ratios = [
        per_call(subject, repeat=1, budget=slice_budget)
        / per_call(baseline, repeat=1, budget=slice_budget)
        for _ in range(rounds)
    ]
    return statistics.median(ratios)


def median_of(fn: Callable[[], float], repeat: int = REPEAT) -> float:
    """Median of `repeat` measurements returned by `fn` (each one already a duration)."""
    return statistics.median(fn() for _ in range(repeat))


@dataclass(frozen=True)
class Row:
    """One figure: `subject` takes `ratio` times as long as `baseline` (lower is better)."""

    benchmark: str
    subject: str
    baseline: str
    ratio: float | None
    goal: str = ""
    met: bool | None = None
    note: str = ""

    def line(self) -> str:
        ratio = "n/a" if self.ratio is None else f"{self.ratio:.2f}x"
        verdict = "" if self.met is None else ("  goal met" if self.met else "  GOAL MISSED")
        goal = f" (goal {self.goal})" if self.goal else ""
        note = f"  [{self.note}]" if self.note else ""
        head = f"  {self.benchmark}: {self.subject} vs {self.baseline}"
        return f"{head}: {ratio}{goal}{verdict}{note}"


def at_most(benchmark: str, subject: str, baseline: str, ratio: float, limit: float) -> Row:
    return Row(benchmark, subject, baseline, ratio, f"<= {limit:g}x", ratio <= limit)


def at_least(benchmark: str, subject: str, baseline: str, factor: float, limit: float) -> Row:
    """A speed-up figure: `subject` is `factor` times as fast as `baseline` (higher is better)."""
    return Row(benchmark, subject, baseline, factor, f">= {limit:g}x faster", factor >= limit)


def info(benchmark: str, subject: str, baseline: str, ratio: float | None, note: str = "") -> Row:
    return Row(benchmark, subject, baseline, ratio, note=note)


def report(title: str, rows: list[Row]) -> None:
    print(title)
    for row in rows:
        print(row.line())
    sys.stdout.flush()
