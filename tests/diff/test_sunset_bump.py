"""The review of the move from the last version this package used to ship (202410, sunset) to the
newest shipped one names every change LinkedIn made to our resources in between."""

from __future__ import annotations

from pathlib import Path

from generator.generate import review as compare
from generator.review import groups

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"


def test_202410_to_202610_names_every_change() -> None:
    review = compare(SPEC_DIR, "202410", "202610")
    subjects = {c.subject for c in review.changes}
    assert {
        "AdCampaignGroup.budget_optimization",  # 202501
        "AdCampaignGroupBidStrategy",
        "AdCampaignGroupBudgetOptimizationStrategy",
        "AdCampaignGroup.daily_budget",  # 202504
        "CreativeContent.event_ad",  # 202505
        "CreativeEventAd",
        "CreativeContent.third_party_vast_tag_video_ad",  # 202507
        "AdTargetingFacet.BUYER_GROUPS",  # 202603
        "CreativeIntendedStatus.REMOVED",  # 2026 views
        "CreativeReviewStatus.NEEDS_REVIEW",
    } <= subjects
    for group in groups(review):  # breaking changes first in each resource
        flags = [c.breaking for c in group.changes]
        assert flags == sorted(flags, reverse=True)


def test_each_change_arrives_in_its_version() -> None:
    def subjects(old: str, new: str) -> set[str]:
        return {c.subject for c in compare(SPEC_DIR, old, new).changes}

    assert "AdCampaignGroup.budget_optimization" in subjects("202411", "202501")
    assert "AdCampaignGroup.daily_budget" in subjects("202503", "202504")
    assert "CreativeContent.event_ad" in subjects("202504", "202505")
    assert "CreativeContent.third_party_vast_tag_video_ad" in subjects("202506", "202507")
    assert "AdTargetingFacet.BUYER_GROUPS" in subjects("202602", "202603")
    assert "CreativeReviewStatus.NEEDS_REVIEW" in subjects("202511", "202601")
