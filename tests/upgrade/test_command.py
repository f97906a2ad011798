"""`python -m generator upgrade-check`: output formats, exit statuses, bad input and `--fix`."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import PROJECT_DIR, main
from tests.upgrade.programs import program
from tests.upgrade.test_real_versions import LATEST, PAGER

CLEAN = """
    import linkedin_marketing.v202311
    import linkedin_marketing.v202311.models as records
    from linkedin_marketing import v202311
    from linkedin_marketing.v202311 import (  # the client and what it returns
        AdAccountStatus,
        LinkedInClient,
    )

    CLIENT_CLASS = linkedin_marketing.v202311.LinkedInClient
    VERSION = "linkedin_marketing.v202311"  # strings are left alone


    def active(client: LinkedInClient, account: records.AdAccount) -> bool:
        assert v202311.API_VERSION
        return account.status == AdAccountStatus.ACTIVE
"""


def _check(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["upgrade-check", "--from", "202311", "--to", "202401", *arguments])
    out, err = capsys.readouterr()
    return status, out, err


def test_compiler_style_lines_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = program(tmp_path, PAGER)
    status, out, _ = _check(capsys, str(tmp_path))
    lines = out.splitlines()
    assert status == 1
    assert lines[0].startswith(f"{path}:2:5: breaking: ")
    assert "`AdCampaignGroupSort`" in lines[0] and "remove its imports" in lines[0].lower()
    assert lines[-1] == (
        "7 breaking and 0 possibly-breaking use(s) in 1 of 1 file(s) checked, "
        "from 202311 to 202401"
    )


def test_json_for_ci(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = program(tmp_path, PAGER)
    status, out, _ = _check(capsys, "--format", "json", str(path))
    document = json.loads(out)
    assert status == 1
    assert (document["from"], document["to"]) == ("202311", "202401")
    assert document["summary"]["breaking"] == len(document["uses"]) == 7
    first = document["uses"][0]
    assert (first["path"], first["line"], first["column"], first["severity"]) == (
        str(path),
        2,
        5,
        "breaking",
    )
    assert "AdCampaignGroupSort" in first["message"] and first["subject"]


def test_nothing_affected_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program(tmp_path, CLEAN)
    status, out, _ = _check(capsys, str(tmp_path))
    assert (status, out.splitlines()[0]) == (0, out.strip())
    assert out.startswith("0 breaking and 0 possibly-breaking use(s) in 0 of 1 file(s)")


def test_bad_files_are_named_and_the_others_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = program(tmp_path, PAGER, "good.py")
    broken = program(tmp_path, "def broken(:\n    pass\n", "broken.py")
    undecodable = tmp_path / "latin.py"
    undecodable.write_bytes(b"NAME = '\xe9t\xe9'\n")
    missing = tmp_path / "missing.py"
    status, out, err = _check(capsys, str(tmp_path), str(missing))
    assert status == 2
    assert f"{broken}:1:12: syntax error:" in err and "skipped" in err
    assert f"{undecodable}: cannot read:" in err
    assert f"{missing}: no such file or directory" in err
    assert out.count(f"{good}:") == 7
    assert out.splitlines()[-1].endswith("; 3 file(s) could not be checked")


@pytest.mark.parametrize(
    ("versions", "expected"),
    [(("202401", "202311"), "must be a later version"), (("202311", "209912"), "209912")],
)
def test_bad_versions_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], versions: tuple[str, str], expected: str
) -> None:
    path = program(tmp_path, CLEAN)
    status = main(["upgrade-check", "--from", versions[0], "--to", versions[1], str(path)])
    assert status == 2
    assert expected in capsys.readouterr().err


def test_fix_refuses_a_file_with_breaking_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = program(tmp_path, PAGER)
    before = path.read_bytes()
    status = main(["upgrade-check", "--from", "202311", "--to", LATEST, "--fix", str(path)])
    out = capsys.readouterr().out
    assert status == 1
    assert f"not fixed: {path}: 7 use(s) to change first" in out
    assert path.read_bytes() == before


def test_fix_retargets_every_reference_to_the_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Between two shipped versions, so that the retargeted module can import the new one.
    path = program(tmp_path, CLEAN.replace("v202311", "v202601"))
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))  # line endings are kept
    status = main(["upgrade-check", "--from", "202601", "--to", LATEST, "--fix", str(path)])
    out, _ = capsys.readouterr()
    assert (status, f"fixed: {path} now imports v{LATEST}" in out) == (0, True)
    text = path.read_bytes().decode()
    assert text == retargeted(CLEAN.replace("v202311", "v202601"), "202601", LATEST).replace(
        "\n", "\r\n"
    )
    # The retargeted module imports and runs against the generated package of the new version.
    spec = importlib.util.spec_from_file_location("fixed_app", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.CLIENT_CLASS.__module__ == f"linkedin_marketing.v{LATEST}.client"


def retargeted(source: str, old: str, new: str) -> str:
    """`source` as --fix leaves it: the version changed in code, never in strings."""
    return (
        __import__("textwrap")
        .dedent(source)
        .lstrip()
        .replace(f"import linkedin_marketing.v{old}\n", f"import linkedin_marketing.v{new}\n")
        .replace(f"linkedin_marketing.v{old}.models", f"linkedin_marketing.v{new}.models")
        .replace(f"from linkedin_marketing import v{old}", f"from linkedin_marketing import v{new}")
        .replace(
            f"from linkedin_marketing.v{old} import (", f"from linkedin_marketing.v{new} import ("
        )
        .replace(
            f"= linkedin_marketing.v{old}.LinkedInClient",
            f"= linkedin_marketing.v{new}.LinkedInClient",
        )
        .replace(f"assert v{old}.API_VERSION", f"assert v{new}.API_VERSION")
    )


def test_the_command_line_runs_as_documented(tmp_path: Path) -> None:
    path = program(tmp_path, PAGER)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "upgrade-check",
            "--from",
            "202311",
            "--to",
            LATEST,
            str(path),
        ],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert f"{path}:16:17: breaking: " in result.stdout
