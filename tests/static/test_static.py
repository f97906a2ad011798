"""Static checks: `mypy --strict` on the generated package and on the generator (runtime source
included); the generator and tests lint-clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=PROJECT_DIR, capture_output=True, text=True
    )


def test_generated_package_passes_mypy_strict() -> None:
    result = run("mypy", "--strict", "generated/linkedin_marketing")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generator_and_runtime_source_pass_mypy_strict() -> None:
    # The runtime source (generator/runtime) is checked where it lives, as part of the generator.
    result = run("mypy", "--strict", "generator")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generator_and_tests_are_lint_clean() -> None:
    result = run("ruff", "check", "generator", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generator_is_black_formatted() -> None:
    result = run("black", "--check", "--quiet", "generator", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr
