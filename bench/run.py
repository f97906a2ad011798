"""Runs every benchmark and prints the figures, then a Markdown table of them (`make bench`).

Usage: `python bench/run.py [decode|encode|requests|generation|imports ...]` (all by default).
Figures are ratios of medians of repeated runs; they vary from machine to machine, so only ratios
taken side by side in one run are compared, never absolute times in tests.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

import decode
import encode
import generation
import imports
import requests_overhead
from _common import Row

BENCHMARKS: dict[str, Callable[[], list[Row]]] = {
    "decode": decode.main,
    "encode": encode.main,
    "requests": requests_overhead.main,
    "generation": generation.main,
    "imports": imports.main,
}


def table(rows: list[Row]) -> str:
    lines = [
        "| benchmark | measured | against | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = "n/a" if row.ratio is None else f"{row.ratio:.2f}x"
        met = "" if row.met is None else ("yes" if row.met else "no")
        note = f" ({row.note})" if row.note else ""
        lines.append(
            f"| {row.benchmark} | {row.subject}{note} | {row.baseline} | {ratio} | {row.goal} "
            f"| {met} |"
        )
    return "\n".join(lines)


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; pick from {', '.join(BENCHMARKS)}")
        return 2
    print(f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}\n")
    rows: list[Row] = []
    for name in names or list(BENCHMARKS):
        rows.extend(BENCHMARKS[name]())
        print()
    print(table(rows))
    missed = [row for row in rows if row.met is False]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} figures within their goal or without one")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
