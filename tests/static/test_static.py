"""Static checks: `mypy --strict` on the generated package and on the generator (runtime source
included); the generator and tests lint-clean."""

from __future__ import annotations

import ast
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


def test_no_class_in_the_generator_or_the_runtime_is_longer_than_300_lines() -> None:
    # A class that long does several jobs; split it along its seams into modules of one subject.
    too_long = []
    for source in sorted((PROJECT_DIR / "generator").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > 300:
                    where = source.relative_to(PROJECT_DIR)
                    too_long.append(f"{where}:{node.lineno} {node.name} ({length} lines)")
    assert not too_long, "\n".join(too_long)
