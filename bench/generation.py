"""Benchmark 4: generating every shipped version against openapi-python-client, and a regeneration
with no change.

Each tool runs as a command in a fresh process, as a user runs it, writing into a temporary
directory. Ours: `python -m generator generate` (every version in `spec/versions.yaml`, with the
package around them and the review of each version bump) with an empty cache directory, so that
black, the OpenAPI validator and the no-op fast path all start cold. Theirs: openapi-python-client
once per shipped version, on the same resolved spec (`generated/linkedin_marketing/vV/openapi.json`;
its default post-hooks, ruff check and ruff format, run as they do for its users); its figure is
the sum over versions. The two are measured alternately, and the ratio is the median over rounds.
The no-op figure is `python -m generator generate` run again on an up-to-date copy of the output.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BENCH_BIN, GENERATED, ROOT, Row, report

ROUNDS = 3
NOOP_RUNS = 7


def versions() -> list[str]:
    names = sorted(p.name for p in (GENERATED / "linkedin_marketing").glob("v[0-9]*"))
    return [name[1:] for name in names]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> list[Row]:
    shipped = versions()
    env = {**os.environ, "PATH": f"{BENCH_BIN}:{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        work = Path(tmp)
        cold_env = {**env, "XDG_CACHE_HOME": str(work / "cache")}
        ours = [sys.executable, "-m", "generator", "generate", "--out", str(work / "ours")]

        def ours_cold() -> float:
            shutil.rmtree(work / "ours", ignore_errors=True)
            shutil.rmtree(work / "cache", ignore_errors=True)
            return timed(ours, cold_env)

        def theirs_all() -> float:
            total = 0.0
            for version in shipped:
                spec = GENERATED / "linkedin_marketing" / f"v{version}" / "openapi.json"
                out = work / f"theirs-{version}"
                command = [str(BENCH_BIN / "openapi-python-client"), "generate"]
                command += ["--path", str(spec), "--output-path", str(out)]
                total += timed([*command, "--meta", "none", "--overwrite"], env)
            return total

        ratios, cold, baseline = [], [], []
        for _ in range(ROUNDS):
            cold.append(ours_cold())
            baseline.append(theirs_all())
            ratios.append(cold[-1] / baseline[-1])
        ratio = statistics.median(ratios)
        rows = [
            Row(
                "generate all shipped versions (cold cache)",
                "python -m generator generate",
                f"openapi-python-client generate, once per version ({len(shipped)})",
                ratio,
                "<= 1x",
                ratio <= 1.0,
                f"{statistics.median(cold):.2f} s vs {statistics.median(baseline):.2f} s,"
                f" {len(shipped)} versions",
            )
        ]

        # The output of the last cold run is up to date, and its inputs are recorded.
        seconds = statistics.median(timed(ours, cold_env) for _ in range(NOOP_RUNS))
        rows.append(
            Row(
                "regenerate with nothing changed",
                "python -m generator generate",
                "0.3 s",
                seconds / 0.3,
                "<= 1x (under 0.3 s)",
                seconds < 0.3,
                f"{seconds:.3f} s, {len(shipped)} versions",
            )
        )
    report("4. Generation", rows)
    return rows


if __name__ == "__main__":
    main()
