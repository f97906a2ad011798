"""The generated distribution as users install it (see distribution.py): it builds, passes
`twine check`, installs from the wheel and from the sdist into fresh environments with httpx only
and imports every version there; and pyright calls the type of every public symbol of the runtime
and of every shipped version known."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from generator.generate import GeneratorConfig
from generator.load import load_spec
from tests.static.distribution import (
    PACKAGE,
    Completeness,
    Distribution,
    build,
    describe,
    fresh_environment,
    runtime_modules,
    twine_check,
    type_completeness,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = load_spec(ROOT / "spec").shipped


# Built and installed once per session: each step is seconds of pip and setuptools.
@pytest.fixture(scope="session")
def distribution(tmp_path_factory: pytest.TempPathFactory) -> Distribution:
    return build(tmp_path_factory.mktemp("distribution"))


@pytest.fixture(scope="session")
def sdist_python(
    distribution: Distribution, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Future[Path]]:
    # Installed in the background, from the moment the archives exist: pip building the sdist
    # overlaps the wheel's install and pyright's run (the sdist's test comes last).
    where = tmp_path_factory.mktemp("sdist") / "venv"
    with ThreadPoolExecutor(max_workers=1) as pool:
        yield pool.submit(fresh_environment, where, distribution.sdist)


@pytest.fixture(scope="session")
def wheel_python(
    distribution: Distribution,
    sdist_python: Future[Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    return fresh_environment(tmp_path_factory.mktemp("wheel") / "venv", distribution.wheel)


@pytest.fixture(scope="session")
def completeness(wheel_python: Path) -> dict[str, Completeness]:
    return type_completeness(wheel_python)


def assert_installed_as_published(installed: dict[str, Any], python: Path) -> None:
    assert Path(installed["location"]).is_relative_to(python.parents[1])
    assert installed["version"] == GeneratorConfig().package_version(SHIPPED)
    assert installed["api_versions"] == list(SHIPPED)
    assert installed["imported"] == [f"{PACKAGE}.v{version}" for version in SHIPPED]
    assert [re.split(r"[<>=!~;, ]", r)[0] for r in installed["requires"]] == ["httpx"]
    assert {"jinja2", "pyyaml", "black", "pytest"}.isdisjoint(installed["distributions"])


def test_both_archives_pass_twine_check(distribution: Distribution) -> None:
    output = twine_check(distribution)
    assert output.count("PASSED") == 2, output


def test_the_wheel_installs_with_httpx_only_and_imports_every_version(wheel_python: Path) -> None:
    assert_installed_as_published(describe(wheel_python), wheel_python)


@pytest.mark.parametrize("module", [*runtime_modules(), *(f"{PACKAGE}.v{v}" for v in SHIPPED)])
def test_pyright_knows_the_type_of_every_exported_symbol(
    completeness: dict[str, Completeness], module: str
) -> None:
    counted = completeness[module]
    assert counted.exported > 0
    assert counted.ambiguous_or_unknown == (), (
        f"pyright --verifytypes {module} --ignoreexternal: {counted.score:.1%}; run it in an"
        " environment with the package installed to see why"
    )


def test_the_sdist_installs_with_httpx_only_and_imports_every_version(
    sdist_python: Future[Path],
) -> None:
    python = sdist_python.result()
    assert_installed_as_published(describe(python), python)
