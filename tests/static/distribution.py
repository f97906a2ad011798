"""The generated distribution as users install it: `python -m build` on `generated/`, each archive
installed into a fresh virtual environment that holds httpx (and what it requires) only, and
pyright's type-completeness report of the installed package.

`make lint` runs this module (`python -m tests.static.distribution`); the test suite
(`tests/static/test_distribution.py`) calls the same functions once per session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
RUNTIME_DIR = ROOT / "generator" / "runtime"
PACKAGE = "linkedin_marketing"

# Prints what a user's environment sees after `pip install linkedin-marketing`.
_DESCRIBE_SCRIPT = r"""
import importlib, json, re, sys
from importlib import metadata
import linkedin_marketing
for version in linkedin_marketing.API_VERSIONS:
    importlib.import_module(f"linkedin_marketing.v{version}")
print(json.dumps({
    "location": linkedin_marketing.__file__,
    "version": metadata.version("linkedin-marketing"),
    "api_versions": list(linkedin_marketing.API_VERSIONS),
    "distributions": sorted(d.metadata["Name"].lower() for d in metadata.distributions()),
    "imported": sorted(m for m in sys.modules if re.fullmatch(r"linkedin_marketing\.v\d+", m)),
    "requires": metadata.requires("linkedin-marketing"),
}))
"""


@dataclass(frozen=True)
class Distribution:
    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Completeness:
    """pyright's count for one public module: the symbols it exports, and those of a known type."""

    exported: int
    known: int
    ambiguous_or_unknown: tuple[str, ...]  # the names of the others

    @property
    def score(self) -> float:
        return self.known / self.exported if self.exported else 0.0


def build(work: Path) -> Distribution:
    """The sdist and the wheel (built from the sdist, as `python -m build` does) in `work/dist`.

    `generated/` is copied first: setuptools writes `build/` and `*.egg-info` into the tree it
    builds, and `generated/` holds only what the generator wrote."""
    source = work / "source"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__"))
    dist = work / "dist"
    # With this environment's setuptools, not a download of it: installing the sdist (which pip
    # builds in isolation, as users' pip does) checks the declared build requirements.
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source))
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    return Distribution(wheel, sdist)


def twine_check(distribution: Distribution) -> str:
    """`twine check --strict` on both archives (the metadata, and that the README renders on PyPI);
    raises `RuntimeError` with twine's output when it fails."""
    archives = (str(distribution.wheel), str(distribution.sdist))
    return _run(sys.executable, "-m", "twine", "check", "--strict", *archives)


def fresh_environment(where: Path, archive: Path) -> Path:
    """A new virtual environment with `archive` installed (and httpx, which it requires, from the
    package index); its interpreter. pip runs from this environment: the new one has no pip."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(archive))
    return python


def describe(python: Path) -> dict[str, Any]:
    """What the environment of `python` has: the package's location, distribution version and API
    versions (each subpackage imported), and every distribution installed."""
    with tempfile.TemporaryDirectory() as elsewhere:  # not this project's root, nor generated/
        output = _run(str(python), "-c", _DESCRIBE_SCRIPT, cwd=Path(elsewhere))
    described: dict[str, Any] = json.loads(output)
    return described


def type_completeness(python: Path) -> dict[str, Completeness]:
    """`pyright --verifytypes linkedin_marketing --ignoreexternal` against the package installed
    for `python`, by public module (each counted as `pyright --verifytypes <module>` counts it: the
    symbols it and its submodules export).

    One run covers every module. pyright finds the environment as an activated one is found (its
    `bin` first on PATH); `--pythonpath` is not honoured by `--verifytypes`."""
    env = {**_environment(), "PATH": f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [sys.executable, "-m", "pyright", "--verifytypes", PACKAGE, "--ignoreexternal"]
    with tempfile.TemporaryDirectory() as elsewhere:  # no pyproject.toml or sources to pick up
        result = subprocess.run(
            [*command, "--outputjson"], cwd=elsewhere, env=env, capture_output=True, text=True
        )
    try:
        report = json.loads(result.stdout)["typeCompleteness"]
    except (ValueError, KeyError):
        output = result.stdout + result.stderr
        raise RuntimeError(f"{' '.join(command)} gave no report:\n{output}") from None
    package_dir = Path(report["packageRootDirectory"] or "/nonexistent").resolve()
    if not package_dir.is_relative_to(python.parents[1].resolve()):
        raise RuntimeError(f"pyright checked {package_dir}, not the package installed for {python}")
    return _by_module([m["name"] for m in report["modules"]], report["symbols"])


def _by_module(
    modules: Sequence[str], symbols: Sequence[Mapping[str, Any]]
) -> dict[str, Completeness]:
    counted: dict[str, Completeness] = {}
    for module in modules:
        exported = [s for s in symbols if s["isExported"] and s["name"].startswith(f"{module}.")]
        others = tuple(s["name"] for s in exported if not s["isTypeKnown"])
        counted[module] = Completeness(len(exported), len(exported) - len(others), others)
    return counted


def runtime_modules() -> list[str]:
    """The public modules and packages of the runtime, as the package names them."""
    modules = [path.stem for path in RUNTIME_DIR.glob("*.py")]
    packages = [path.parent.name for path in RUNTIME_DIR.glob("*/__init__.py")]
    return sorted(f"{PACKAGE}.{name}" for name in modules + packages if not name.startswith("_"))


def _environment() -> dict[str, str]:
    # PYTHONPATH and friends would let the fresh environment see this project's packages.
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def _run(*command: str, cwd: Path | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=_environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def main() -> int:
    """Builds, checks and installs the distribution, and prints pyright's completeness of every
    public module; exit status 1 unless every one is at 100 %."""
    with tempfile.TemporaryDirectory() as work:
        distribution = build(Path(work))
        print(twine_check(distribution).strip())
        for archive in (distribution.sdist, distribution.wheel):  # pyright checks the wheel's
            python = fresh_environment(Path(work) / archive.name, archive)
            installed = describe(python)
            print(f"{archive.name} installs {installed['distributions']}", end="")
            print(f" and imports {', '.join(installed['imported'])}")
        completeness = type_completeness(python)
    # The runtime modules and version subpackages; their submodules are counted in them.
    for module, counted in completeness.items():
        if module.count(".") <= 1:
            known = f"{counted.known} of {counted.exported} exported symbols known"
            print(f"{module}: {known} ({counted.score:.1%})")
    # The package's entry counts every module; pyright's text report says why each is not known.
    for name in completeness[PACKAGE].ambiguous_or_unknown:
        print(f"not known: {name}")
    return 0 if all(c.score == 1 for c in completeness.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
