"""Campaigns on the local server: the search criteria, and the rules tying campaigns to their ad
account, campaign group, status history and creatives."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from linkedin_marketing.testing.answers import HttpError
from linkedin_marketing.testing.rules import Limit, Rules

from tests.server.support import (
    campaign_body,
    create_account,
    create_campaign,
    create_group,
    input_paths,
)


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [element["name"] for element in response.json()["elements"]]


def status_of(api: httpx.Client, account: int, urn: str) -> str:
    return str(
        api.get(f"/adAccounts/{account}/adCampaigns/{urn.rsplit(':', 1)[1]}").json()["status"]
    )


def patch_status(api: httpx.Client, account: int, urn: str, status: str) -> httpx.Response:
    return api.post(
        f"/adAccounts/{account}/adCampaigns/{urn.rsplit(':', 1)[1]}",
        json={"patch": {"$set": {"status": status}}},
    )


def test_campaign_search_by_every_criterion(api: httpx.Client) -> None:
    account = create_account(api)
    group, other = create_group(api, account, status="ACTIVE"), create_group(api, account)
    first = create_campaign(api, account, group, name="First", type="TEXT_AD", status="ACTIVE")
    create_campaign(api, account, other, name="Second")
    base = f"/adAccounts/{account}/adCampaigns?q=search&search="
    assert names(api.get(base + f"(id:(values:List({first.replace(':', '%3A')})))")) == ["First"]
    group_urn = f"urn%3Ali%3AsponsoredCampaignGroup%3A{other}"
    assert names(api.get(base + f"(campaignGroup:(values:List({group_urn})))")) == ["Second"]
    assert names(api.get(base + "(name:(values:List(Second)))")) == ["Second"]
    assert names(api.get(base + "(type:(values:List(TEXT_AD)))")) == ["First"]
    assert names(api.get(base + "(status:(values:List(DRAFT,PAUSED)))")) == ["Second"]
    assert names(api.get(base + "(test:false)")) == ["First", "Second"]
    assert names(api.get(base + "(test:true)")) == []


def test_campaign_needs_an_existing_account_and_a_group_of_that_account(api: httpx.Client) -> None:
    account, elsewhere = create_account(api), create_account(api)
    foreign_group = create_group(api, elsewhere)
    body = campaign_body(999, create_group(api, account))
    missing_account = api.post("/adAccounts/999/adCampaigns", json=body)
    assert missing_account.json()["code"] == "FIELD_VALUE_DOES_NOT_EXIST"
    assert input_paths(missing_account) == ["/account"]

    body["account"] = f"urn:li:sponsoredAccount:{account}"
    body["campaignGroup"] = f"urn:li:sponsoredCampaignGroup:{foreign_group}"
    wrong_group = api.post(f"/adAccounts/{account}/adCampaigns", json=body)
    assert wrong_group.json()["code"] == "FIELD_VALUE_DOES_NOT_EXIST"
    assert input_paths(wrong_group) == ["/campaignGroup"]


def test_creatives_name_a_campaign_of_their_own_account(api: httpx.Client) -> None:
    account, elsewhere = create_account(api), create_account(api)
    foreign = create_campaign(api, elsewhere)
    for campaign in (foreign, "urn:li:sponsoredCampaign:424242"):
        response = api.post(
            f"/adAccounts/{account}/creatives",
            json={"campaign": campaign, "intendedStatus": "DRAFT"},
        )
        assert response.status_code == 400
        assert input_paths(response) == ["/campaign"]
    own = create_campaign(api, account)
    response = api.post(
        f"/adAccounts/{account}/creatives", json={"campaign": own, "intendedStatus": "DRAFT"}
    )
    assert response.status_code == 201


def test_a_draft_group_takes_only_draft_campaigns(api: httpx.Client) -> None:
    account = create_account(api)
    draft_group = create_group(api, account)
    campaign = create_campaign(api, account, draft_group)
    response = patch_status(api, account, campaign, "ACTIVE")
    assert response.json()["code"] == "ONLY_DRAFT_CAMPAIGNS_ALLOWED_IN_DRAFT_CAMPAIGN_GROUPS"
    assert status_of(api, account, campaign) == "DRAFT"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        (["ACTIVE", "PAUSED", "ACTIVE", "ARCHIVED"], None),
        (["ACTIVE", "DRAFT"], "STATUS_CHANGE_NOT_ALLOWED"),
        (["COMPLETED"], "INVALID_VALUE_FOR_FIELD"),
        (["PAUSED", "REMOVED"], "INVALID_VALUE_FOR_FIELD"),
        (["PENDING_DELETION", "ACTIVE"], "STATUS_CHANGE_NOT_ALLOWED"),
    ],
)
def test_status_transitions(api: httpx.Client, path: list[str], code: str | None) -> None:
    account = create_account(api)
    campaign = create_campaign(api, account, create_group(api, account, status="ACTIVE"))
    answers = [patch_status(api, account, campaign, status) for status in path]
    *earlier, last = answers
    assert all(answer.status_code == 204 for answer in earlier)
    if code is None:
        assert last.status_code == 204
        assert status_of(api, account, campaign) == path[-1]
    else:
        assert last.status_code == 400 and last.json()["code"] == code


@pytest.mark.parametrize("status", ["COMPLETED", "CANCELED", "REMOVED", "PENDING_DELETION"])
def test_campaigns_are_not_created_in_a_status_linkedin_sets(
    api: httpx.Client, status: str
) -> None:
    account = create_account(api)
    group = create_group(api, account, status="ACTIVE")
    body = campaign_body(account, group, status=status)
    response = api.post(f"/adAccounts/{account}/adCampaigns", json=body)
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_VALUE_FOR_FIELD"
    assert input_paths(response) == ["/status"]


def test_delete_removes_drafts_only(api: httpx.Client) -> None:
    account = create_account(api)
    draft = create_campaign(api, account)
    active = create_campaign(
        api, account, create_group(api, account, status="ACTIVE"), status="ACTIVE"
    )
    base = f"/adAccounts/{account}/adCampaigns"
    refused = api.delete(f"{base}/{active.rsplit(':', 1)[1]}")
    assert refused.status_code == 400
    assert refused.json()["code"] == "DELETE_ALLOWED_ONLY_FOR_DRAFT_STATUS"
    assert patch_status(api, account, active, "PENDING_DELETION").status_code == 204
    assert api.delete(f"{base}/{draft.rsplit(':', 1)[1]}").status_code == 204
    assert api.get(f"{base}/{draft.rsplit(':', 1)[1]}").status_code == 404


def _tables(groups: dict[int, bool], campaigns: list[int]) -> dict[str, Any]:
    """Store tables of one ad account (1): groups by id with their `backfilled` flag, and one
    campaign per entry of ``campaigns`` (the id of its group)."""
    return {
        "adAccounts": {((), 1): {"id": 1}},
        "adCampaignGroups": {
            ((1,), group): {"id": group, "status": "ACTIVE", "backfilled": backfilled}
            for group, backfilled in groups.items()
        },
        "adCampaigns": {
            ((1,), index): {"campaignGroup": f"urn:li:sponsoredCampaignGroup:{group}"}
            for index, group in enumerate(campaigns)
        },
    }


def new(group: int) -> dict[str, Any]:
    return {"campaignGroup": f"urn:li:sponsoredCampaignGroup:{group}", "status": "DRAFT"}


def test_campaign_limits_per_account_and_per_non_default_group() -> None:
    limits = (
        Limit("adCampaigns", 4),
        Limit("adCampaigns", 2, per="campaignGroup", exempt="backfilled"),
    )
    rules = Rules(_tables({10: False, 11: True}, [10, 10, 11]), limits)
    with pytest.raises(HttpError) as refused:
        rules.check_create("adCampaigns", (1,), new(10), "")
    assert refused.value.body["code"] == "FIELD_VALUE_TOO_HIGH"
    assert "campaignGroup" in refused.value.body["message"]
    rules.check_create("adCampaigns", (1,), new(11), "")  # the default group has no group limit

    full = Rules(_tables({10: False, 11: True}, [10, 11, 11, 11]), limits)
    with pytest.raises(HttpError) as refused:
        full.check_create("adCampaigns", (1,), new(11), "")
    assert "ad account 1" in refused.value.body["message"]


def test_documented_campaign_limits() -> None:
    assert {(limit.per, limit.maximum) for limit in Rules({}).limits} == {
        (None, 5000),
        ("campaignGroup", 2000),
    }
