"""`generated/CHANGES.md`: the review of every bump between consecutive shipped versions, newest
first, written by `make generate` and therefore covered by its drift check."""

from __future__ import annotations

from pathlib import Path

from generator import generate as generate_module
from generator.generate import CHANGES_FILE, GeneratorConfig, render_all
from generator.generate import review as compare
from generator.load import load_spec
from generator.review import changes_document

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"


def test_generated_files_include_the_changes_of_every_shipped_bump() -> None:
    versions = load_spec(SPEC_DIR).shipped
    bumps = list(zip(versions, versions[1:], strict=False))
    text = render_all(SPEC_DIR, None, GeneratorConfig())[CHANGES_FILE]
    assert text == changes_document(compare(SPEC_DIR, old, new) for old, new in bumps)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [f"## {old} → {new}" for old, new in reversed(bumps)]


def test_generating_some_versions_keeps_the_existing_changes(tmp_path: Path) -> None:
    (tmp_path / CHANGES_FILE).write_text("# kept\n", encoding="utf-8")
    # Without every version there is no full review to write, so the file must not be dropped.
    assert CHANGES_FILE not in render_all(SPEC_DIR, ["202410"], GeneratorConfig())
    kept = generate_module._keep_other_versions(tmp_path, {}, ["202410"])
    assert kept == {CHANGES_FILE: "# kept\n"}
