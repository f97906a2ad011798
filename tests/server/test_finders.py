"""Finders: every documented criterion, both paging styles, and their limits."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from linkedin_marketing.testing import LinkedInTestServer, available_versions

from generator.load import load_spec
from generator.resolve import resolve
from tests.server.support import create_account, create_campaign, create_group, headers

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
CURSOR_VERSIONS = [v for v in available_versions() if v >= "202401"]
# Versions before 202401 page their searches by index. None is shipped any more, but a user can
# still generate one, and the server serves it from its resolved spec.
INDEX_VERSIONS = [v for v in load_spec(SPEC_DIR).versions if v < "202401"]


def client_for(version: str) -> httpx.Client:
    spec = None if version in available_versions() else resolve(SPEC_DIR, version)
    return httpx.Client(
        transport=LinkedInTestServer(version, spec=spec).transport(),
        base_url="https://api.linkedin.com/rest",
        headers=headers(version),
    )


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [element["name"] for element in response.json()["elements"]]


def test_account_search_by_every_criterion(api: httpx.Client) -> None:
    plain = create_account(api, name="Plain", reference="urn:li:organization:1")
    create_account(api, name="Test", test=True, type="BUSINESS")
    create_account(api, name="Big", type="ENTERPRISE", status="DRAFT")

    def search(criteria: str) -> list[str]:
        return sorted(names(api.get(f"/adAccounts?q=search&search=({criteria})")))

    assert search(f"id:(values:List(urn%3Ali%3AsponsoredAccount%3A{plain}))") == ["Plain"]
    assert search("name:(values:List(Big,Test))") == ["Big", "Test"]
    assert search("reference:(values:List(urn%3Ali%3Aorganization%3A1))") == ["Plain"]
    assert search("type:(values:List(ENTERPRISE))") == ["Big"]
    assert search("status:(values:List(DRAFT))") == ["Big"]
    assert search("test:true") == ["Test"]
    assert search("test:false,type:(values:List(BUSINESS))") == ["Plain"]
    assert search("") == ["Big", "Plain", "Test"]


def test_account_search_refuses_unknown_enum_values(api: httpx.Client) -> None:
    response = api.get("/adAccounts?q=search&search=(status:(values:List(SLEEPING)))")
    assert response.status_code == 400
    assert response.json()["errorDetails"]["inputErrors"][0]["input"]["inputPath"] == {
        "fieldPath": "/search/status/values/0"
    }


def test_campaign_group_search_by_every_criterion(api: httpx.Client) -> None:
    account = create_account(api)
    first = create_group(api, account, name="First")
    create_group(api, account, name="Second", status="ACTIVE")
    base = f"/adAccounts/{account}/adCampaignGroups?q=search&search="
    group_urn = f"urn%3Ali%3AsponsoredCampaignGroup%3A{first}"
    assert names(api.get(base + f"(id:(values:List({group_urn})))")) == ["First"]
    assert names(api.get(base + "(name:(values:List(Second)))")) == ["Second"]
    assert names(api.get(base + "(status:(values:List(ACTIVE)))")) == ["Second"]
    assert names(api.get(base + "(test:true)")) == []


def test_cancelled_groups_match_the_canceled_criterion(api: httpx.Client) -> None:
    account = create_account(api)
    create_group(api, account, name="Gone", status="CANCELLED")
    url = f"/adAccounts/{account}/adCampaignGroups?q=search&search=(status:(values:List(CANCELED)))"
    assert names(api.get(url)) == ["Gone"]


def test_creative_criteria_by_every_criterion(api: httpx.Client) -> None:
    account = create_account(api)
    first, second = create_campaign(api, account), create_campaign(api, account)
    base = f"/adAccounts/{account}/creatives"
    form = "urn:li:adForm:9"
    bodies = {
        "a": {"campaign": first, "intendedStatus": "DRAFT"},
        "b": {
            "campaign": second,
            "intendedStatus": "ACTIVE",
            "content": {"reference": "urn:li:share:5"},
            "leadgenCallToAction": {"destination": form, "label": "APPLY"},
        },
    }
    keys = {}
    for name, body in bodies.items():
        keys[name] = api.post(base, json={**body, "name": name}).headers["x-restli-id"]

    def find(query: str) -> list[str]:
        return names(api.get(f"{base}?q=criteria&{query}"))

    assert find(f"campaigns=List({second.replace(':', '%3A')})") == ["b"]
    assert find("contentReferences=List(urn%3Ali%3Ashare%3A5)") == ["b"]
    assert find(f"creatives=List({keys['a']})") == ["a"]
    assert find("intendedStatuses=List(DRAFT,PAUSED)") == ["a"]
    assert find("isTestAccount=false") == ["a", "b"]
    assert find("isTestAccount=true") == []
    assert find("leadgenCreativeCallToActionDestinations=List(urn%3Ali%3AadForm%3A9)") == ["b"]
    assert find("sortOrder=DESCENDING") == ["b", "a"]


def test_template_account_finder_sorts_by_name_or_id(api: httpx.Client) -> None:
    mine, other = create_account(api), create_account(api)
    for name, account in (("b", mine), ("a", mine), ("c", other)):
        body = {
            "account": f"urn:li:sponsoredAccount:{account}",
            "name": name,
            "targetingCriteria": {},
        }
        assert api.post("/adTargetTemplates", json=body).status_code == 201
    base = f"/adTargetTemplates?q=account&account=urn%3Ali%3AsponsoredAccount%3A{mine}"
    assert names(api.get(base + "&sortField=NAME")) == ["a", "b"]
    assert names(api.get(base + "&sortField=ID&sortOrder=DESCENDING")) == ["a", "b"]
    assert names(api.get(base + "&sortField=ID")) == ["b", "a"]
    response = api.get("/adTargetTemplates?q=account&sortField=ID")
    assert response.status_code == 400
    assert response.json()["message"] == "Parameter 'account' is required"


@pytest.mark.parametrize("version", CURSOR_VERSIONS)
def test_cursor_paging_across_pages(version: str) -> None:
    with client_for(version) as api:
        ids = [create_account(api, name=f"n{i}") for i in range(7)]
        seen, token, pages = [], None, 0
        while True:
            query = "&pageSize=3" + (f"&pageToken={token}" if token else "")
            body = api.get("/adAccounts?q=search&sortOrder=DESCENDING" + query).json()
            assert "paging" not in body
            seen += [element["id"] for element in body["elements"]]
            pages += 1
            token = body["metadata"].get("nextPageToken")
            if token is None:
                break
        assert seen == sorted(ids, reverse=True)
        assert pages == 3
        assert api.get("/adAccounts?q=search&pageToken=zz").status_code == 400


@pytest.mark.parametrize("version", CURSOR_VERSIONS)
def test_a_full_last_page_is_followed_by_an_empty_one(version: str) -> None:
    with client_for(version) as api:
        for _ in range(2):
            create_account(api)
        first = api.get("/adAccounts?q=search&pageSize=2").json()
        token = first["metadata"]["nextPageToken"]
        second = api.get(f"/adAccounts?q=search&pageSize=2&pageToken={token}").json()
        assert second == {"elements": [], "metadata": {}}


@pytest.mark.parametrize("version", CURSOR_VERSIONS)
def test_page_size_caps_come_from_the_spec(version: str) -> None:
    with client_for(version) as api:
        account = create_account(api)
        response = api.get("/adAccounts?q=search&pageSize=1001")
        assert response.status_code == 400
        assert response.json()["message"] == "Specified pageSize is larger than 1000"
        response = api.get(f"/adAccounts/{account}/creatives?q=criteria&pageSize=101")
        assert response.json()["message"] == "Specified pageSize is larger than 100"
        assert api.get("/adAccounts?q=search&start=0").status_code == 400


@pytest.mark.parametrize("version", INDEX_VERSIONS)
def test_index_paging_across_pages(version: str) -> None:
    with client_for(version) as api:
        ids = [create_account(api) for _ in range(7)]
        seen = []
        for start in (0, 3, 6):
            body = api.get(f"/adAccounts?q=search&start={start}&count=3").json()
            assert body["paging"]["start"] == start and body["paging"]["count"] == 3
            assert body["paging"]["total"] == 7
            seen += [element["id"] for element in body["elements"]]
        assert seen == ids
        response = api.get("/adAccounts?q=search&count=1001")
        assert response.status_code == 400
        assert response.json()["message"] == "Specified count is larger than 1000"
        assert api.get("/adAccounts?q=search&pageSize=3").status_code == 400


def test_index_paging_without_parameters_refuses_more_than_100(api: httpx.Client) -> None:
    account = f"urn%3Ali%3AsponsoredAccount%3A{create_account(api)}"
    for index in range(101):
        body = {"account": account.replace("%3A", ":"), "name": str(index), "targetingCriteria": {}}
        api.post("/adTargetTemplates", json=body)
    base = f"/adTargetTemplates?q=account&account={account}&sortField=ID"
    response = api.get(base)
    assert response.status_code == 400
    assert response.json()["message"] == "Specified count is larger than 1000"
    body = api.get(base + "&start=100").json()
    assert body["paging"] == {"start": 100, "count": 10, "links": [], "total": 101}
