"""A regeneration with unchanged inputs is recognised without rendering; any change is not."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from generator import cli, fastpath
from generator.generate import generate as generate_function


def generate(out: Path, *extra: str) -> int:
    return cli.main(["generate", "--version", "202410", "--out", str(out), *extra])


def test_unchanged_inputs_and_output_skip_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert generate(out) == 0
    written = capsys.readouterr().out

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("rendered although nothing changed")

    monkeypatch.setattr("generator.generate.render_all", fail)
    assert generate(out) == 0
    assert generate(out, "--check") == 0
    count = int(written.split(" file(s) written, ")[0])
    assert capsys.readouterr().out == f"0 file(s) written, {count} unchanged\n"
    # The function is the command without its messages: the same run, the same answer.
    result = generate_function(cli.SPEC_DIR, out, versions=["202410"])
    assert result.changed == () and len(result.unchanged) == count
    assert generate_function(cli.SPEC_DIR, out, versions=["202410"], check=True) == result


def test_an_edited_output_is_regenerated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert generate(out) == 0
    module = out / "linkedin_marketing" / "v202410" / "client.py"
    original = module.read_text(encoding="utf-8")
    module.write_text(original + "# edited\n", encoding="utf-8")
    capsys.readouterr()
    assert generate(out, "--check") == 1
    assert generate(out) == 0
    assert capsys.readouterr().out.startswith("1 file(s) written")
    assert module.read_text(encoding="utf-8") == original


def test_other_inputs_give_another_key(tmp_path: Path) -> None:
    spec = cli.SPEC_DIR
    key = fastpath.inputs_key(spec, cli.TEMPLATES_DIR, tmp_path, None)
    assert key == fastpath.inputs_key(spec, cli.TEMPLATES_DIR, tmp_path, None)
    assert key != fastpath.inputs_key(spec, cli.TEMPLATES_DIR, tmp_path, ["202410"])
    assert key != fastpath.inputs_key(spec, cli.TEMPLATES_DIR, tmp_path / "elsewhere", None)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a.jinja").write_text("x", encoding="utf-8")
    other = fastpath.inputs_key(spec, templates, tmp_path, None)
    (templates / "a.jinja").write_text("y", encoding="utf-8")
    assert other != fastpath.inputs_key(spec, templates, tmp_path, None)


def test_a_run_never_records_the_output_of_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second run started while the first is between writing and recording waits for the lock,
    so the first run's record describes its own output, and a check afterwards is not fooled."""
    out = tmp_path / "out"
    other_spec = tmp_path / "spec"
    shutil.copytree(cli.SPEC_DIR, other_spec)
    accounts = other_spec / "adAccounts.yaml"
    accounts.write_text(
        accounts.read_text(encoding="utf-8").replace(
            "description: The finder to run;", "description: Another spec. The finder to run;"
        ),
        encoding="utf-8",
    )
    remember = fastpath.remember
    others: list[threading.Thread] = []
    messages: list[str] = []

    def another_run_before_remembering(key: str, out_dir: Path) -> None:
        if not others:
            argv = ["--spec", str(other_spec), "generate", "--version", "202410", "--out", str(out)]
            others.append(threading.Thread(target=cli.main, args=(argv,)))
            others[0].start()
            deadline = time.monotonic() + 120
            # Wait until the other run has finished (it raced ahead) or waits for the lock.
            while others[0].is_alive() and time.monotonic() < deadline:
                others[0].join(0.05)
                messages.append(capsys.readouterr().err)
                if "waiting for it" in messages[-1]:
                    break
        remember(key, out_dir)

    monkeypatch.setattr(fastpath, "remember", another_run_before_remembering)
    assert generate(out) == 0
    others[0].join()
    assert f"another generation run (process {os.getpid()}) holds" in "".join(messages)
    # The output is now the other spec's: a check with this spec must say so.
    assert generate(out, "--check") == 1
