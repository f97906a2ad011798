"""The reviews of the real spec's version bumps, against the checked reviews in `golden/` (see its
README for how to write them again)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.changes import call_subject
from generator.generate import review as compare
from generator.review import markdown, to_json

PROJECT_DIR = Path(__file__).resolve().parents[2]
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
BUMPS = [("202311", "202401"), ("202408", "202410")]


@pytest.mark.parametrize(("old", "new"), BUMPS)
def test_review_matches_golden(old: str, new: str) -> None:
    review = compare(PROJECT_DIR / "spec", old, new)
    assert markdown(review) == (GOLDEN_DIR / f"{old}-{new}.md").read_text(encoding="utf-8")
    assert to_json(review) == (GOLDEN_DIR / f"{old}-{new}.json").read_text(encoding="utf-8")


def test_cursor_paging_bump_is_one_item_per_finder() -> None:
    review = compare(PROJECT_DIR / "spec", *BUMPS[0])
    paging = [(c.subject, c.breaking) for c in review.changes if c.kind == "paging"]
    assert paging == [
        ("client.ad_accounts.find_by_search", True),
        ("client.ad_campaign_groups.find_by_search", True),
        ("client.ad_campaigns.find_by_search", True),
        ("client.creatives.find_by_criteria", True),
    ]
    # The paging parameters and the page-describing response fields are told by those items.
    subjects = " ".join(c.subject for c in review.changes)
    for told in ("page_size", "page_token", "start=", "count=", ".paging", ".metadata"):
        assert told not in subjects


def test_method_changes_name_their_method_and_argument() -> None:
    # Tools (the upgrade check) read `method` and `argument`; the subject is made from them.
    review = compare(PROJECT_DIR / "spec", *BUMPS[0])
    calls = [
        c for c in review.changes if c.subject.startswith("client.") and c.subject.count(".") >= 2
    ]
    assert len(calls) >= 4  # the four finders' paging change, at least
    for change in calls:
        assert change.resource is not None and change.method is not None
        assert call_subject(change.resource, change.method, change.argument) == change.subject
