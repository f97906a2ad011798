"""Benchmark 4: generation time against openapi-python-client, and a regeneration with no change.

Each tool runs as a command in a fresh process, as a user runs it, writing into a temporary
directory: `python -m generator generate --version V` per version, and openapi-python-client on
the same resolved spec (`generated/linkedin_marketing/vV/openapi.json`; its default post-hooks, ruff
check and ruff format, run as they do for its users). Black's output cache of the generator is
measured both cold (empty cache directory; newest version only) and warm. The no-op figure is
`python -m generator generate` run again on an up-to-date copy of the output.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BENCH_BIN, GENERATED, ROOT, Row, report

RUNS = 3


def versions() -> list[str]:
    names = sorted(p.name for p in (GENERATED / "linkedin_marketing").glob("v[0-9]*"))
    return [name[1:] for name in names]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def median_run(command: list[str], env: dict[str, str], before: object = None) -> float:
    runs = []
    for _ in range(RUNS):
        if callable(before):
            before()
        runs.append(timed(command, env))
    return statistics.median(runs)


def main() -> list[Row]:
    rows: list[Row] = []
    base_env = {**os.environ, "PATH": f"{BENCH_BIN}:{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        work = Path(tmp)
        cold_env = {**base_env, "XDG_CACHE_HOME": str(work / "cache")}
        warm_env = {**base_env, "XDG_CACHE_HOME": str(work / "warm-cache")}
        ours_cold, ours_warm, theirs_all = [], [], []
        for version in versions():
            spec = GENERATED / "linkedin_marketing" / f"v{version}" / "openapi.json"
            json.loads(spec.read_text(encoding="utf-8"))  # the resolved document must exist
            out = work / f"ours-{version}"
            ours = [sys.executable, "-m", "generator", "generate", "--version", version]
            ours += ["--out", str(out)]

            def clean(out: Path = out, cache: Path = work / "cache") -> None:
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(cache, ignore_errors=True)

            if version == versions()[-1]:  # cold runs are slow: the newest version only
                ours_cold.append(median_run(ours, cold_env, clean))
            timed(ours, warm_env)  # fill the warm cache
            ours_warm.append(
                median_run(ours, warm_env, lambda out=out: shutil.rmtree(out, ignore_errors=True))
            )
            theirs_out = work / f"theirs-{version}"
            theirs = [str(BENCH_BIN / "openapi-python-client"), "generate", "--path", str(spec)]
            theirs += ["--output-path", str(theirs_out), "--meta", "none", "--overwrite"]
            theirs_all.append(median_run(theirs, base_env))
        for label, figures in (("cold black cache", ours_cold), ("warm black cache", ours_warm)):
            pairs = zip(figures, theirs_all[-len(figures) :], strict=True)
            ratio = statistics.median([ours / theirs for ours, theirs in pairs])
            note = f"{statistics.median(figures):.2f} s vs {statistics.median(theirs_all):.2f} s"
            rows.append(
                Row(
                    f"generate one version ({label})",
                    "python -m generator generate --version V",
                    "openapi-python-client generate",
                    ratio,
                    "<= 1x",
                    ratio <= 1.0,
                    note + " (median over versions)",
                )
            )

        # Regenerating into an up-to-date output directory (a copy, so generated/ is not touched).
        noop = [sys.executable, "-m", "generator", "generate", "--out", str(work / "all")]
        timed(noop, warm_env)
        seconds = median_run(noop, warm_env)
        rows.append(noop_row(seconds))
    report("4. Generation", rows)
    return rows


def noop_row(seconds: float) -> Row:
    return Row(
        "regenerate with nothing changed",
        "python -m generator generate",
        "0.3 s",
        seconds / 0.3,
        "<= 1x (under 0.3 s)",
        seconds < 0.3,
        f"{seconds:.3f} s, all {len(versions())} versions",
    )


if __name__ == "__main__":
    main()
