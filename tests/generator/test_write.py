"""Writing the output: all or nothing, unchanged files left alone, check mode writes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import generate as generate_module
from generator.diagnostics import SpecError
from generator.generate import GeneratorConfig, generate
from generator.load import load_spec
from generator.render import TEMPLATES_DIR, RenderError
from generator.write import compare, write_tree

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"


def snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file's content, inode and modification time."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_write_tree_creates_replaces_and_removes(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    first = write_tree(out, {"a.py": "a\n", "pkg/b.py": "b\n", "old.txt": "x"})
    assert first.changed == ("a.py", "old.txt", "pkg/b.py")
    before = snapshot(out)
    (out / "pkg" / "__pycache__").mkdir()
    (out / "pkg" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"cache")
    second = write_tree(out, {"a.py": "a\n", "pkg/b.py": "B\n"})
    assert second.changed == ("pkg/b.py", "old.txt") and second.removed == ("old.txt",)
    assert second.unchanged == ("a.py",)
    after = snapshot(out)
    assert sorted(after) == ["a.py", "pkg/b.py"]
    assert after["a.py"] == before["a.py"]  # same inode and time: not rewritten
    assert after["pkg/b.py"][0] == b"B\n"
    # No temporary trees left; the lock file stays (removing it would race with a waiting run).
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generated.lock", "generated"]


def test_a_run_killed_mid_swap_is_undone_by_the_next(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.py": "a\n"})
    out.rename(tmp_path / ".generated.old-x1")  # killed after the first rename of the swap
    (tmp_path / ".generated.new-x2").mkdir()  # ... with its staging tree never renamed
    assert compare(out, {"a.py": "a\n"}).changed == ("a.py",)  # a check only reports
    result = write_tree(out, {"a.py": "a\n"})
    assert result.unchanged == ("a.py",) and not result.changed  # the old tree came back
    assert (out / "a.py").read_text() == "a\n"
    assert not (tmp_path / ".generated.old-x1").exists()


def test_nothing_to_write_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.py": "a\n"})
    before = snapshot(out)
    assert write_tree(out, {"a.py": "a\n"}).changed == ()
    assert snapshot(out) == before


def test_compare_lists_differences_without_writing(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.py": "a\n", "b.py": "b\n"})
    before = snapshot(out)
    result = compare(out, {"a.py": "changed\n", "c.py": "c\n"})
    assert result.changed == ("a.py", "c.py", "b.py")
    assert snapshot(out) == before


def test_failure_while_writing_leaves_the_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.py": "a\n", "b.py": "b\n"})
    before = snapshot(out)

    def broken_swap(staging: Path, root: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("generator.write._swap", broken_swap)
    with pytest.raises(OSError, match="disk full"):
        write_tree(out, {"a.py": "new\n"})
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generated.lock", "generated"]


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "generated"
    generate(SPEC_DIR, out)
    return out


def test_a_failing_template_leaves_the_output_untouched(
    generated_once: Path, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    before = snapshot(out)
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, templates)
    # A template that renders invalid Python for the last resource: earlier files render fine.
    client = templates / "version" / "client.py.jinja"
    client.write_text(client.read_text() + "\ndef broken(:\n")
    with pytest.raises(RenderError, match="client.py.jinja: error: rendered invalid Python"):
        generate(SPEC_DIR, out, config=GeneratorConfig(templates_dir=templates))
    assert snapshot(out) == before


def test_a_bad_spec_leaves_the_output_untouched(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    before = snapshot(out)
    spec = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec)
    (spec / "versions.yaml").write_text("versions: [\n")
    with pytest.raises(SpecError):
        generate(spec, out)
    assert snapshot(out) == before


def test_check_mode_reports_and_writes_nothing(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    assert generate(SPEC_DIR, out, check=True).changed == ()
    readme = out / "linkedin_marketing" / "v202610" / "README.md"
    readme.write_text("edited by hand\n")
    (out / "stray.py").write_text("")
    before = snapshot(out)
    result = generate(SPEC_DIR, out, check=True)
    assert result.changed == ("linkedin_marketing/v202610/README.md", "stray.py")
    assert snapshot(out) == before


def test_one_version_keeps_the_others(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    other = out / "linkedin_marketing" / "v202601" / "README.md"
    other.write_text("kept as it is\n")
    result = generate(SPEC_DIR, out, versions=["202610"])
    assert other.read_text() == "kept as it is\n"
    assert "linkedin_marketing/v202601/README.md" not in result.changed
    assert generate_module.render_all(SPEC_DIR, ["202610"], GeneratorConfig()).keys() <= {
        p for p in snapshot(out)
    }


def test_one_version_after_an_interrupted_swap_keeps_every_other_file(
    generated_once: Path, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    before = {path: content for path, (content, _, _) in snapshot(out).items()}
    out.rename(tmp_path / ".generated.old-x1")  # a run killed between the two renames
    generate(SPEC_DIR, out, versions=["202610"])
    after = {path: content for path, (content, _, _) in snapshot(out).items()}
    assert after == before  # the other versions and CHANGES.md were read from the recovered tree
    assert [p.name for p in tmp_path.iterdir() if p.name != ".generated.lock"] == ["generated"]


def test_staging_folders_left_by_a_kill_are_cleaned_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.py": "a\n"})
    left = tmp_path / ".generated.new-killed"  # a run killed while it filled its staging tree
    (left / "pkg").mkdir(parents=True)
    (left / "pkg" / "half.py").write_text("half")
    write_tree(out, {"a.py": "b\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generated.lock", "generated"]


def test_a_sunset_version_is_generated_on_request(generated_once: Path, tmp_path: Path) -> None:
    # Not shipped, still in the spec: asked for by name, into a directory of its own...
    alone = tmp_path / "alone"
    generate(SPEC_DIR, alone, versions=["202410"])
    names = sorted(p.name for p in (alone / "linkedin_marketing").glob("v*") if p.is_dir())
    assert names == ["v202410"]
    assert _api_versions(alone) == ("202410",)
    # ... or next to the shipped versions, which the package then lists with it.
    out = tmp_path / "generated"
    shutil.copytree(generated_once, out)
    generate(SPEC_DIR, out, versions=["202410"])
    assert _api_versions(out) == ("202410", *load_spec(SPEC_DIR).shipped)


def _api_versions(out: Path) -> tuple[str, ...]:
    namespace: dict[str, Any] = {}
    exec((out / "linkedin_marketing" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return tuple(namespace["API_VERSIONS"])
