"""Benchmark 5: import time of one version's package in a fresh interpreter, against httpx alone.

Each figure is the wall time of `python -S -c "import ..."` in a new process, median of several
runs: interpreter start-up included, as a user's script pays it, with httpx and its dependencies
only on the path. `-X importtime`'s cumulative figure of the top-level import is a second view.
Two statements are measured: importing the version package, and `from ... import LinkedInClient`
(what using the client costs).
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import GENERATED, VERSION, Row, at_most, info, report

RUNS = 15


def httpx_only(target: Path) -> str:
    """A path holding httpx and its dependencies only (links into this environment).

    The bench environment also holds click, rich and pygments, which `import httpx` picks up for
    its optional command line; a user's environment usually does not. Running with `-S` (no
    site-packages) and this path measures httpx as it is imported without them.
    """
    seen: set[str] = set()
    todo = ["httpx"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # only required on older Pythons
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                todo.append(re.split(r"[ ;<>=!~\[(]", requirement)[0])
        for file in dist.files or []:
            top = file.parts[0]
            if top.endswith(".dist-info") or top == ".." or top.startswith("__"):
                continue
            link = target / top
            if not link.exists():
                link.symlink_to(Path(str(file.locate())).parents[len(file.parts) - 1] / top)
    return os.pathsep.join([str(GENERATED), str(target)])


def _run(args: list[str], path: str) -> subprocess.CompletedProcess[str]:
    # Byte-code is cached (as it is for an installed package), outside the source tree: the
    # links folder's parent holds the cache.
    pycache = Path(path.split(os.pathsep)[-1]).parent / "pycache"
    env = {**os.environ, "PYTHONPATH": path, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run(
        [sys.executable, "-S", *args], env=env, check=True, capture_output=True, text=True
    )


def walls(statements: list[str], path: str) -> list[float]:
    """The median wall time of each statement in a fresh interpreter. Each round runs every
    statement in turn, so that a slow spell of the machine falls on all of them, not on one."""
    runs: list[list[float]] = [[] for _ in statements]
    for _ in range(RUNS):
        for statement, times in zip(statements, runs, strict=True):
            start = time.perf_counter()
            _run(["-c", statement], path)
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in runs]


def import_time(module: str, statement: str, path: str) -> float:
    """Microseconds `-X importtime` gives the import of `module` (cumulative), median of runs."""
    pattern = re.compile(rf"\|\s*(\d+)\s*\|\s*{re.escape(module)}$")
    runs = []
    for _ in range(RUNS):
        lines = _run(["-X", "importtime", "-c", statement], path).stderr.splitlines()
        runs.append(next(int(m.group(1)) for line in lines if (m := pattern.search(line))))
    return statistics.median(runs)


def main() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp:
        links = Path(tmp) / "links"
        links.mkdir()
        return measure(httpx_only(links))


def measure(path: str) -> list[Row]:
    package = f"linkedin_marketing.v{VERSION}"
    _run(["-c", f"from {package} import LinkedInClient"], path)  # byte-compile once
    httpx_wall, package_wall, client_wall, bare = walls(
        ["import httpx", f"import {package}", f"from {package} import LinkedInClient", "pass"], path
    )
    httpx_cumulative = import_time("httpx", "import httpx", path)
    package_cumulative = import_time(package, f"import {package}", path)
    rows = [
        at_most(
            "import (fresh interpreter, wall)",
            f"import {package}",
            "import httpx",
            package_wall / httpx_wall,
            1.5,
        ),
        at_most(
            "import (fresh interpreter, wall)",
            f"from {package} import LinkedInClient",
            "import httpx",
            client_wall / httpx_wall,
            1.5,
        ),
        info(
            "import (-X importtime, cumulative)",
            f"import {package}",
            "import httpx",
            package_cumulative / httpx_cumulative,
            f"{package_cumulative / 1000:.0f} ms vs {httpx_cumulative / 1000:.0f} ms; "
            f"interpreter start-up alone {bare * 1000:.0f} ms",
        ),
    ]
    report("5. Import time", rows)
    return rows


if __name__ == "__main__":
    main()
