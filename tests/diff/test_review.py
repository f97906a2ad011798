"""The review as people and tools read it: Markdown grouped by resource with breaking changes first,
JSON, and the `diff` command with its CI gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff import Change, Review
from generator.review import SHARED_TITLE, changes_document, groups, markdown, to_json
from tests.diff.widgets import schemas, widgets, write


def _change(resource: str | None, subject: str, breaking: bool) -> Change:
    return Change(resource, None, "field-added", subject, f"{subject} changed.", breaking, "why")


REVIEW = Review(
    "202401",
    "202402",
    (
        _change("widgets", "Widget.a", False),
        _change("widgets", "Widget.b", True),
        _change("gadgets", "Gadget.c", False),
        _change(None, "Money.d", True),
    ),
)


def test_groups_keep_resource_order_and_put_breaking_first() -> None:
    found = [(g.title, [c.subject for c in g.changes], g.breaking) for g in groups(REVIEW)]
    assert found == [
        ("`client.widgets`", ["Widget.b", "Widget.a"], 1),
        ("`client.gadgets`", ["Gadget.c"], 0),
        (SHARED_TITLE, ["Money.d"], 1),
    ]


def test_markdown_marks_breaking_items_under_resource_headings() -> None:
    text = markdown(REVIEW)
    assert text.startswith("# API changes from 202401 to 202402\n")
    assert "2 breaking changes, 2 other changes." in text
    widgets_section = text.split("## `client.widgets`\n")[1].split("\n## ")[0]
    assert widgets_section.splitlines()[1:5] == [
        "- **BREAKING** `Widget.b`: Widget.b changed.",
        "  *Why:* why.",
        "- `Widget.a`: Widget.a changed.",
        "  *Not breaking:* why.",
    ]
    assert text.index("## `client.gadgets`") < text.index(f"## {SHARED_TITLE}")


def test_markdown_of_no_change() -> None:
    assert "No change for client code." in markdown(Review("202401", "202402", ()))


def test_changes_document_lists_newest_bump_first() -> None:
    older = Review("202311", "202401", ())
    text = changes_document([older, REVIEW])
    assert text.index("## 202401 → 202402") < text.index("## 202311 → 202401")
    assert "### `client.widgets`" in text


def test_json_carries_every_field() -> None:
    content = json.loads(to_json(REVIEW))
    assert content["from_version"] == "202401" and content["breaking_count"] == 2
    assert content["changes"][1] == {
        "resource": "widgets",
        "model": None,
        "kind": "field-added",
        "subject": "Widget.b",
        "description": "Widget.b changed.",
        "breaking": True,
        "reason": "why",
    }


# --- the command, on a spec with two versions written with since/until -----------------------


def _spec(tmp_path: Path, breaking: bool) -> Path:
    resource = widgets()
    properties = schemas(resource)["Widget"]["properties"]
    if breaking:
        properties["label"]["x-linkedin-until"] = "202401"
    else:
        properties["color"] = {"type": "string", "x-linkedin-since": "202402"}
    return write(tmp_path, resource, ["202401", "202402"])


def _run(capsys: pytest.CaptureFixture[str], spec: Path, *args: str) -> tuple[int, str]:
    status = main(["--spec", str(spec), "diff", "202401", "202402", *args])
    return status, capsys.readouterr().out


@pytest.mark.parametrize(("breaking", "status"), [(True, 1), (False, 0)])
def test_fail_on_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], breaking: bool, status: int
) -> None:
    found, out = _run(capsys, _spec(tmp_path, breaking), "--fail-on", "breaking")
    assert found == status
    assert ("**BREAKING** `Widget.label`" in out) is breaking


def test_without_fail_on_the_review_never_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(capsys, _spec(tmp_path, True))
    assert status == 0 and "# API changes from 202401 to 202402" in out


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, _spec(tmp_path, False), "--format", "json")
    content: dict[str, Any] = json.loads(out)
    assert status == 0
    assert [(c["kind"], c["subject"], c["breaking"]) for c in content["changes"]] == [
        ("field-added", "Widget.color", False)
    ]


def test_unknown_version_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--spec", str(_spec(tmp_path, False)), "diff", "202401", "209912"])
    assert status == 2  # not 1, which says the review found breaking changes
    assert "unknown version 209912" in capsys.readouterr().err
