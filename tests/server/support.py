"""Requests and checks the server tests share."""

from __future__ import annotations

import httpx
from linkedin_marketing.testing import available_versions

NEWEST = available_versions()[-1]


def headers(version: str = NEWEST, **extra: str) -> dict[str, str]:
    """What every well-formed request carries."""
    return {
        "Authorization": "Bearer test-token",
        "LinkedIn-Version": version,
        "X-Restli-Protocol-Version": "2.0.0",
        **extra,
    }


def create_account(api: httpx.Client, **fields: object) -> int:
    response = api.post("/adAccounts", json={"name": "Acme", "type": "BUSINESS", **fields})
    assert response.status_code == 201, response.text
    return int(response.headers["x-restli-id"])


def create_group(api: httpx.Client, account: int, **fields: object) -> int:
    body = {
        "account": f"urn:li:sponsoredAccount:{account}",
        "name": "Group",
        "runSchedule": {"start": 1700000000000},
        "status": "DRAFT",
        **fields,
    }
    response = api.post(f"/adAccounts/{account}/adCampaignGroups", json=body)
    assert response.status_code == 201, response.text
    return int(response.headers["x-restli-id"])


def campaign_body(account: int, group: int, **fields: object) -> dict[str, object]:
    """A campaign with every field a create needs."""
    return {
        "account": f"urn:li:sponsoredAccount:{account}",
        "campaignGroup": f"urn:li:sponsoredCampaignGroup:{group}",
        "name": "Campaign",
        "type": "SPONSORED_UPDATES",
        "costType": "CPM",
        "locale": {"country": "US", "language": "en"},
        "offsiteDeliveryEnabled": False,
        "unitCost": {"amount": "5", "currencyCode": "USD"},
        "dailyBudget": {"amount": "50", "currencyCode": "USD"},
        "status": "DRAFT",
        **fields,
    }


def create_campaign(
    api: httpx.Client, account: int, group: int | None = None, **fields: object
) -> str:
    """A campaign of the account (in a new DRAFT group unless one is given), as its URN."""
    group = create_group(api, account) if group is None else group
    response = api.post(
        f"/adAccounts/{account}/adCampaigns", json=campaign_body(account, group, **fields)
    )
    assert response.status_code == 201, response.text
    return f"urn:li:sponsoredCampaign:{response.headers['x-restli-id']}"


def input_paths(response: httpx.Response) -> list[str]:
    """The fieldPath of each inputError of a 400 answer."""
    body = response.json()
    assert body["errorDetailType"] == "com.linkedin.common.error.BadRequest"
    errors = body["errorDetails"]["inputErrors"]
    return [error["input"]["inputPath"]["fieldPath"] for error in errors]
