"""What the command says when it cannot generate: one message naming the spec file and place (or
the template and its line), exit status 2, and the output directory exactly as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cli
from generator.render import TEMPLATES_DIR

from .test_write import snapshot


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "generated"
    assert cli.main(["generate", "--version", "202410", "--out", str(out)]) == 0
    return out


def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path, *args: str
) -> tuple[int, list[str]]:
    """Generate into a copy of a good output; check that the copy is left as it was."""
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    before = snapshot(out)
    capsys.readouterr()
    status = cli.main([*args[:2], "generate", "--version", "202410", "--out", str(out), *args[2:]])
    assert snapshot(out) == before
    return status, capsys.readouterr().err.splitlines()


def spec_copy(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(cli.SPEC_DIR, spec)
    return spec


def templates_copy(tmp_path: Path) -> Path:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, templates)
    return templates


def test_a_duplicate_key_is_refused_with_its_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path
) -> None:
    spec = spec_copy(tmp_path)
    accounts = spec / "adAccounts.yaml"
    lines = accounts.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("      description: >-"))
    lines.insert(at, "      description: Said first.\n")  # the same key twice in one mapping
    accounts.write_text("".join(lines), encoding="utf-8")
    status, errors = run(capsys, tmp_path, generated_once, "--spec", str(spec))
    assert status == 2
    assert errors[0] == (
        f"adAccounts.yaml: /: error: invalid YAML at line {at + 2}, column 7:"
        f" duplicate key 'description' (first at line {at + 1})"
    )
    assert errors[1:] == [f"1 problem(s) in {spec}; nothing was written"]


def test_a_file_that_is_not_utf8_is_refused_with_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path
) -> None:
    spec = spec_copy(tmp_path)
    (spec / "common.yaml").write_bytes(b"components:\n  schemas: {}\n# caf\xe9\n")
    status, errors = run(capsys, tmp_path, generated_once, "--spec", str(spec))
    assert status == 2
    assert errors[0] == (
        "common.yaml: /: error: not UTF-8: byte 0xe9 at line 3, column 6 cannot be decoded"
    )


def test_a_template_syntax_error_names_the_template_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path
) -> None:
    templates = templates_copy(tmp_path)
    enums = templates / "version" / "enums.py.jinja"
    enums.write_text(enums.read_text(encoding="utf-8") + "{% if %}\n", encoding="utf-8")
    line = enums.read_text(encoding="utf-8").count("\n")
    status, errors = run(capsys, tmp_path, generated_once, "--templates", str(templates))
    assert status == 2
    assert len(errors) == 2 and errors[0].startswith(f"{enums}:{line}: error: ")
    assert errors[1] == "the templates could not be rendered; nothing was written"


def test_a_template_runtime_error_names_the_template_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path
) -> None:
    templates = templates_copy(tmp_path)
    client = templates / "version" / "client.py.jinja"
    text = client.read_text(encoding="utf-8")
    text = text.replace("{{ api.version }}", "{{ api.no_such_field }}", 1)
    client.write_text(text, encoding="utf-8")
    line = 1 + text[: text.index("no_such_field")].count("\n")
    status, errors = run(capsys, tmp_path, generated_once, "--templates", str(templates))
    assert status == 2
    assert errors[0] == (
        f"{client}:{line}: error: 'generator.ir.Api object' has no attribute 'no_such_field'"
    )


def test_invalid_python_names_the_template_and_the_rendered_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path
) -> None:
    templates = templates_copy(tmp_path)
    client = templates / "version" / "client.py.jinja"
    client.write_text(client.read_text(encoding="utf-8") + "\ndef broken(:\n", encoding="utf-8")
    status, errors = run(capsys, tmp_path, generated_once, "--templates", str(templates))
    assert status == 2
    assert errors[0].startswith(
        f"{client}: error: rendered invalid Python for linkedin_marketing/v202410/client.py"
    )
    assert errors[0].endswith("is `def broken(:`") and len(errors) == 2


def test_a_module_that_does_not_compile_is_never_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, generated_once: Path
) -> None:
    """Black parses more than Python compiles (`return` outside a function, a repeated
    argument): every module is compiled before anything is written."""
    templates = templates_copy(tmp_path)
    client = templates / "version" / "client.py.jinja"
    client.write_text(client.read_text(encoding="utf-8") + "\nreturn None\n", encoding="utf-8")
    status, errors = run(capsys, tmp_path, generated_once, "--templates", str(templates))
    assert status == 2
    assert errors[0].startswith(
        f"{client}: error: rendered Python that does not compile,"
        " linkedin_marketing/v202410/client.py line "
    )
    assert errors[0].endswith(": 'return' outside function; the line is `return None`")
