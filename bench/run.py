"""Runs every benchmark and prints the figures, then a Markdown table of them (`make bench`).

Usage: `python bench/run.py [decode|encode|requests|generation|imports ...]` (all by default).
Figures are ratios of medians of repeated runs; they vary from machine to machine, so only ratios
taken side by side in one run are compared, never absolute times in tests.
"""

from __future__ import annotations

import dataclasses
import json
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

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


def isolated(name: str) -> list[Row]:
    """Runs one benchmark in a fresh interpreter and returns its rows.

    One process for all of them let each inherit the heap, imports and memory layout the ones
    before it left (the decoding benchmark loads two other tools' models), which moved the
    request-overhead ratios by as much as a tenth.
    """
    sys.stdout.flush()
    with tempfile.TemporaryDirectory(prefix="bench-rows-") as tmp:
        out = Path(tmp) / "rows.json"
        subprocess.run([sys.executable, __file__, "--rows-to", str(out), name], check=True)
        return [Row(**row) for row in json.loads(out.read_text(encoding="utf-8"))]


def run_one(name: str, out: Path) -> int:
    rows = BENCHMARKS[name]()
    out.write_text(json.dumps([dataclasses.asdict(row) for row in rows]), encoding="utf-8")
    return 0


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; pick from {', '.join(BENCHMARKS)}")
        return 2
    print(f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}\n")
    rows: list[Row] = []
    for name in names or list(BENCHMARKS):
        rows.extend(isolated(name))
        print()
    print(table(rows))
    missed = [row for row in rows if row.met is False]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} figures within their goal or without one")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rows-to"]:
        sys.exit(run_one(sys.argv[3], Path(sys.argv[2])))
    sys.exit(main(sys.argv[1:]))
