"""A record built from another never shares nested JSON with it, so a patch between them sees every
edit (open JSON fields, unknown fields and lists alike)."""

from __future__ import annotations

from linkedin_marketing.restli import build_patch
from linkedin_marketing.v202610 import AdCampaignGroup, Creative


def test_copy_of_open_json_field_is_independent() -> None:
    original = Creative.from_dict(
        {
            "id": "urn:li:sponsoredCreative:1",
            "content": {"textAd": {"headline": {"text": "old"}}},
        }
    )
    for modified in (original.copy(), Creative.from_dict(original.to_dict())):
        assert modified.content is not None and modified.content.text_ad is not None
        modified.content.text_ad["headline"]["text"] = "new"
        assert original.to_dict()["content"]["textAd"]["headline"]["text"] == "old"
        patch = build_patch(original.to_request_dict(), modified.to_request_dict())
        nested = {"textAd": {"headline": {"$set": {"text": "new"}}}}
        assert patch == {"patch": {"content": nested}}


def test_copy_of_unknown_fields_is_independent() -> None:
    original = AdCampaignGroup.from_dict({"id": 1, "newThing": {"depth": [1, 2]}})
    modified = original.copy()
    assert modified.unknown_fields == {"newThing": {"depth": [1, 2]}}
    modified.unknown_fields["newThing"]["depth"].append(3)
    assert original.to_dict() == {"id": 1, "newThing": {"depth": [1, 2]}}
    assert modified.to_dict() == {"id": 1, "newThing": {"depth": [1, 2, 3]}}
