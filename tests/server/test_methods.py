"""Each Rest.li method as the documentation describes it: statuses, headers, bodies, state."""

from __future__ import annotations

import httpx
import pytest

from tests.server.support import create_account, create_campaign, create_group, input_paths


def test_create_answers_201_with_the_reduced_encoded_id(api: httpx.Client) -> None:
    account = create_account(api)
    campaign = create_campaign(api, account)
    response = api.post(
        f"/adAccounts/{account}/creatives", json={"campaign": campaign, "intendedStatus": "DRAFT"}
    )
    assert response.status_code == 201
    assert response.content == b""
    key = response.headers["x-restli-id"]
    assert key.startswith("urn%3Ali%3AsponsoredCreative%3A")
    assert response.headers["x-linkedin-id"] == key
    creative = api.get(f"/adAccounts/{account}/creatives/{key}").json()
    assert creative["id"] == key.replace("%3A", ":")
    assert creative["account"] == f"urn:li:sponsoredAccount:{account}"
    assert response.headers["location"] == f"/rest/adAccounts/{account}/creatives/{key}"


def test_create_fills_documented_defaults_and_server_fields(api: httpx.Client) -> None:
    account = api.get(f"/adAccounts/{create_account(api)}").json()
    assert account["status"] == "ACTIVE" and account["currency"] == "USD"
    assert account["test"] is False
    assert set(account["changeAuditStamps"]) == {"created", "lastModified"}


def test_entities_live_under_their_parent(api: httpx.Client) -> None:
    first, second = create_account(api), create_account(api)
    group = create_group(api, first)
    assert api.get(f"/adAccounts/{first}/adCampaignGroups/{group}").status_code == 200
    assert api.get(f"/adAccounts/{second}/adCampaignGroups/{group}").status_code == 404


def test_a_parent_account_mismatch_is_refused(api: httpx.Client) -> None:
    first, second = create_account(api), create_account(api)
    response = api.post(
        f"/adAccounts/{first}/adCampaignGroups",
        json={
            "account": f"urn:li:sponsoredAccount:{second}",
            "name": "x",
            "runSchedule": {"start": 1},
            "status": "DRAFT",
        },
    )
    assert response.status_code == 400
    assert input_paths(response) == ["/account"]


@pytest.mark.parametrize(
    ("body", "paths", "code"),
    [
        ({"name": 5, "type": "BUSINESS"}, ["/name"], "INVALID_VALUE_TYPE"),
        ({"name": "x", "type": "PERSONAL"}, ["/type"], "INVALID_ENUM_VALUE"),
        ({"name": "x"}, ["/type"], "REQUIRED_FIELD_MISSING"),
        ({"name": "x", "type": "BUSINESS", "currency": "usd"}, ["/currency"], "INVALID_VALUE"),
        ({"name": "x", "type": "BUSINESS", "id": 7}, ["/id"], "FIELD_NOT_EDITABLE"),
    ],
)
def test_invalid_create_is_400_with_input_errors(
    api: httpx.Client, body: dict[str, object], paths: list[str], code: str
) -> None:
    response = api.post("/adAccounts", json=body)
    assert response.status_code == 400
    assert input_paths(response) == paths
    assert response.json()["code"] == code
    assert response.json()["errorDetails"]["inputErrors"][0]["code"] == code


def test_over_long_name_is_400(api: httpx.Client) -> None:
    account = create_account(api)
    response = api.post(
        f"/adAccounts/{account}/adCampaignGroups",
        json={
            "account": f"urn:li:sponsoredAccount:{account}",
            "name": "n" * 101,
            "runSchedule": {"start": 1},
            "status": "DRAFT",
        },
    )
    assert response.status_code == 400
    assert response.json()["errorDetails"]["inputErrors"][0]["code"] == "FIELD_VALUE_TOO_LONG"


def test_partial_update_set_delete_and_nested_patch(api: httpx.Client) -> None:
    account = create_account(api)
    group = create_group(api, account, runSchedule={"start": 1, "end": 5})
    url = f"/adAccounts/{account}/adCampaignGroups/{group}"
    patch = {"$set": {"name": "Renamed"}, "runSchedule": {"$set": {"start": 2}, "$delete": ["end"]}}
    response = api.post(url, json={"patch": patch})
    assert response.status_code == 204
    entity = api.get(url).json()
    assert entity["name"] == "Renamed"
    assert entity["runSchedule"] == {"start": 2}
    assert api.post(url, json={"patch": {}}).status_code == 204


def test_partial_update_of_a_create_only_field_is_422(api: httpx.Client) -> None:
    account = create_account(api)
    response = api.post(f"/adAccounts/{account}", json={"patch": {"$set": {"test": True}}})
    assert response.status_code == 422
    message = "test::CreateOnly field present in a partial_update request"
    assert response.json()["message"] == message


def test_partial_update_that_breaks_the_schema_is_400_and_changes_nothing(
    api: httpx.Client,
) -> None:
    account = create_account(api)
    response = api.post(f"/adAccounts/{account}", json={"patch": {"$set": {"status": "LOST"}}})
    assert response.status_code == 400
    assert input_paths(response) == ["/status"]
    assert api.get(f"/adAccounts/{account}").json()["status"] == "ACTIVE"
    response = api.post(f"/adAccounts/{account}", json={"patch": {"$delete": ["name"]}})
    assert response.status_code == 400


def test_unknown_keys_are_404(api: httpx.Client) -> None:
    assert api.get("/adAccounts/999").status_code == 404
    assert api.post("/adAccounts/999", json={"patch": {}}).status_code == 404
    assert api.delete("/adAccounts/999").json()["message"] == "Key not found: 999"


def test_a_malformed_key_is_400(api: httpx.Client) -> None:
    assert api.get("/adAccounts/abc").status_code == 400
    account = create_account(api)
    assert api.get(f"/adAccounts/{account}/creatives/urn:li:sponsoredCreative:1").status_code == 400


def test_delete_only_draft_entities(api: httpx.Client) -> None:
    account = create_account(api, status="DRAFT")
    active = create_group(api, account, status="ACTIVE")
    draft = create_group(api, account)
    base = f"/adAccounts/{account}/adCampaignGroups"
    assert api.delete(f"{base}/{active}").status_code == 400
    assert api.delete(f"{base}/{draft}").status_code == 204
    assert api.get(f"{base}/{draft}").status_code == 404
    assert api.delete(f"/adAccounts/{account}").status_code == 204


def test_templates_delete_in_any_state(api: httpx.Client) -> None:
    account = create_account(api)
    template = {
        "account": f"urn:li:sponsoredAccount:{account}",
        "name": "Engineers",
        "targetingCriteria": {"include": {"and": []}},
    }
    key = api.post("/adTargetTemplates", json=template).headers["x-restli-id"]
    assert api.delete(f"/adTargetTemplates/{key}").status_code == 204


def test_batch_get_reports_each_key(api: httpx.Client) -> None:
    account = create_account(api)
    response = api.get(f"/adAccounts?ids=List({account},404)")
    body = response.json()
    assert body["statuses"] == {str(account): 200, "404": 404}
    assert body["results"][str(account)]["id"] == account
    assert body["errors"]["404"]["status"] == 404


def test_batch_create_reports_each_element_in_order(api: httpx.Client) -> None:
    account = create_account(api)
    campaign = create_campaign(api, account)
    response = api.post(
        f"/adAccounts/{account}/creatives",
        headers={"X-RestLi-Method": "BATCH_CREATE"},
        json={"elements": [{"campaign": campaign}, {"campaign": "bad"}, {"campaign": campaign}]},
    )
    assert response.status_code == 200
    elements = response.json()["elements"]
    assert [element["status"] for element in elements] == [201, 400, 201]
    assert elements[0]["id"].startswith("urn:li:sponsoredCreative:")
    assert elements[0]["location"].endswith(elements[0]["id"].replace(":", "%3A"))
    assert elements[1]["error"]["errorDetails"]["inputErrors"][0]["input"]["inputPath"] == {
        "fieldPath": "/elements/1/campaign"
    }


def test_batch_partial_update_and_delete_with_partial_errors(api: httpx.Client) -> None:
    account = create_account(api)
    draft, active = create_group(api, account), create_group(api, account, status="ACTIVE")
    base = f"/adAccounts/{account}/adCampaignGroups"
    patch = {
        "entities": {
            str(draft): {"patch": {"$set": {"name": "ok"}}},
            str(active): {"patch": {"$set": {"objectiveType": "BRAND_AWARENESS"}}},
            "1": {"patch": {}},
        }
    }
    response = api.post(
        f"{base}?ids=List({draft},{active},1)",
        json=patch,
        headers={"X-RestLi-Method": "BATCH_PARTIAL_UPDATE"},
    )
    body = response.json()
    assert body["results"] == {str(draft): {"status": 204}}
    assert body["errors"][str(active)]["status"] == 422
    assert body["errors"]["1"]["status"] == 404
    response = api.delete(f"{base}?ids=List({draft},{active})")
    body = response.json()
    assert body["results"] == {str(draft): {"status": 204}}
    assert body["errors"][str(active)]["status"] == 400


def test_batch_partial_update_keys_must_match_ids(api: httpx.Client) -> None:
    account = create_account(api)
    group = create_group(api, account)
    response = api.post(
        f"/adAccounts/{account}/adCampaignGroups?ids=List({group})",
        json={"entities": {"1": {"patch": {}}}},
        headers={"X-RestLi-Method": "BATCH_PARTIAL_UPDATE"},
    )
    assert response.status_code == 400


def test_create_inline_action(api: httpx.Client) -> None:
    account = create_account(api)
    creative = {
        "campaign": create_campaign(api, account),
        "inlineContent": {"post": {"commentary": "Hello"}},
        "intendedStatus": "DRAFT",
    }
    response = api.post(
        f"/adAccounts/{account}/creatives?action=createInline", json={"creative": creative}
    )
    assert response.status_code == 201
    assert response.content == b""  # like create, the key travels in the headers only
    key = response.headers["x-restli-id"]
    assert api.get(f"/adAccounts/{account}/creatives/{key}").status_code == 200


def test_test_accounts_make_test_entities(api: httpx.Client) -> None:
    account = create_account(api, test=True)
    group = create_group(api, account)
    entity = api.get(f"/adAccounts/{account}/adCampaignGroups/{group}").json()
    assert entity["test"] is True
