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


def input_paths(response: httpx.Response) -> list[str]:
    """The fieldPath of each inputError of a 400 answer."""
    body = response.json()
    assert body["errorDetailType"] == "com.linkedin.common.error.BadRequest"
    errors = body["errorDetails"]["inputErrors"]
    return [error["input"]["inputPath"]["fieldPath"] for error in errors]
