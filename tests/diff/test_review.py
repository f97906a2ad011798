"""The review as people and tools read it: Markdown grouped by resource with breaking changes first,
JSON, and the `diff` command with its CI gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff import Change, Level, Review
from generator.review import SHARED_TITLE, changes_document, groups, markdown, to_json
from tests.diff.widgets import schemas, widgets, write


def _change(
    resource: str | None, subject: str, level: Level, cascade: tuple[str, ...] = ()
) -> Change:
    return Change(
        resource,
        None,
        "field-added",
        level,
        subject,
        f"{subject} changed.",
        "why",
        f"/components/schemas/{subject.replace('.', '/properties/')}",
        cascade,
    )


REVIEW = Review(
    "202401",
    "202402",
    (
        _change("widgets", "Widget.a", "info"),
        _change("widgets", "/paths/~1widgets/get/operationId", "unclassified"),
        _change("widgets", "Widget.b", "breaking", ("WidgetPart",)),
        _change("gadgets", "Gadget.c", "info"),
        _change(None, "Money.d", "breaking"),
    ),
)


def test_groups_keep_resource_order_and_put_the_most_serious_first() -> None:
    found = [(g.title, [c.subject for c in g.changes], g.breaking) for g in groups(REVIEW)]
    assert found == [
        (
            "`client.widgets`",
            ["Widget.b", "/paths/~1widgets/get/operationId", "Widget.a"],
            1,
        ),
        ("`client.gadgets`", ["Gadget.c"], 0),
        (SHARED_TITLE, ["Money.d"], 1),
    ]


def test_markdown_marks_levels_and_cascades_under_resource_headings() -> None:
    text = markdown(REVIEW)
    assert text.startswith("# API changes from 202401 to 202402\n")
    assert "2 breaking changes, 1 unclassified (look at it), 2 other changes." in text
    widgets_section = text.split("## `client.widgets`\n")[1].split("\n## ")[0]
    assert widgets_section.splitlines()[1:8] == [
        "- **BREAKING** `Widget.b`: Widget.b changed.",
        "  *Went with it:* `WidgetPart`.",
        "  *Why:* why.",
        "- **UNCLASSIFIED: look at it** `/paths/~1widgets/get/operationId`: "
        "/paths/~1widgets/get/operationId changed.",
        "  *Unclassified:* why.",
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
    assert content["unclassified_count"] == 1
    assert content["changes"][2] == {
        "resource": "widgets",
        "model": None,
        "kind": "field-added",
        "level": "breaking",
        "subject": "Widget.b",
        "method": None,
        "argument": None,
        "location": "/components/schemas/Widget/properties/b",
        "description": "Widget.b changed.",
        "reason": "why",
        "cascade": ["WidgetPart"],
    }


# --- the command, on a spec with two versions written with since/until -----------------------


def _spec(tmp_path: Path, level: Level) -> Path:
    """A spec whose one change from 202401 to 202402 is at `level`."""
    resource = widgets()
    properties = schemas(resource)["Widget"]["properties"]
    if level == "breaking":
        properties["label"]["x-linkedin-until"] = "202401"
    elif level == "unclassified":
        # The client does not read `format` of a string field: no rule explains it.
        properties["label"]["x-linkedin-values"] = [
            {"x-linkedin-since": "202402", "format": "email"}
        ]
    else:
        properties["color"] = {"type": "string", "x-linkedin-since": "202402"}
    return write(tmp_path, resource, ["202401", "202402"])


def _run(capsys: pytest.CaptureFixture[str], spec: Path, *args: str) -> tuple[int, str]:
    status = main(["--spec", str(spec), "diff", "202401", "202402", *args])
    return status, capsys.readouterr().out


@pytest.mark.parametrize(
    ("found", "fail_on", "status"),
    [
        ("breaking", "breaking", 1),
        ("breaking", "unclassified", 1),
        ("breaking", "info", 1),
        ("unclassified", "breaking", 0),
        ("unclassified", "unclassified", 1),
        ("unclassified", "info", 1),
        ("info", "breaking", 0),
        ("info", "unclassified", 0),
        ("info", "info", 1),
    ],
)
def test_fail_on_a_level_fails_on_that_level_and_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], found: Level, fail_on: str, status: int
) -> None:
    code, out = _run(capsys, _spec(tmp_path, found), "--fail-on", fail_on)
    assert code == status
    assert ("**BREAKING** `Widget.label`" in out) is (found == "breaking")
    unclassified = (
        "**UNCLASSIFIED: look at it** `/components/schemas/Widget/properties/label/format`"
    )
    assert (unclassified in out) is (found == "unclassified")


def test_without_fail_on_the_review_never_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(capsys, _spec(tmp_path, "breaking"))
    assert status == 0 and "# API changes from 202401 to 202402" in out


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, _spec(tmp_path, "info"), "--format", "json")
    content: dict[str, Any] = json.loads(out)
    assert status == 0
    assert [(c["kind"], c["subject"], c["level"]) for c in content["changes"]] == [
        ("field-added", "Widget.color", "info")
    ]


def test_unknown_version_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--spec", str(_spec(tmp_path, "info")), "diff", "202401", "209912"])
    assert status == 2  # not 1: CI tells "the tool failed" from "breaking changes found"
    assert "unknown version 209912" in capsys.readouterr().err


def test_a_spec_error_exits_with_2_even_with_fail_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resource = widgets()
    schemas(resource)["Widget"]["properties"]["label"]["x-linkedin-values"] = [
        {"x-linkedin-since": "202402", "maxLength": 10},
        {"x-linkedin-since": "202402", "maxLength": 20},
    ]
    spec = write(tmp_path, resource, ["202401", "202402"])
    assert main(["--spec", str(spec), "diff", "202401", "202402", "--fail-on", "info"]) == 2
    assert "overlaps entry 0" in capsys.readouterr().err


def test_bad_arguments_exit_with_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--spec", str(_spec(tmp_path, "info")), "diff", "202401", "202402", "--fail-on", "x"])
    assert exited.value.code == 2
