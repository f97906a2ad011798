"""Every Rest.li method of every resource, through each version's generated client over HTTP.

The last test checks completeness: the Rest.li methods the server saw (by resource) are exactly
the methods the version's spec documents, so a method added to the spec fails here until it is
exercised.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from decimal import Decimal
from importlib.resources import files
from types import ModuleType
from typing import Any

import pytest
from linkedin_marketing.errors import (
    BadRequestError,
    LinkedInError,
    NotFoundError,
    UnprocessableEntityError,
)
from linkedin_marketing.testing import LinkedInTestServer

START = 1_700_000_000_000


def new_account(api: ModuleType, client: Any, name: str = "Acme", **fields: Any) -> int:
    account = api.AdAccount(name=name, type=api.AdAccountType.BUSINESS, **fields)
    return int(client.ad_accounts.create(account))


def new_group(api: ModuleType, account: int, name: str = "Group", **fields: Any) -> Any:
    return api.AdCampaignGroup(
        account=api.SponsoredAccountUrn.from_id(account),
        name=name,
        run_schedule=api.DateRange(start=START),
        status=fields.pop("status", api.AdCampaignGroupStatus.DRAFT),
        **fields,
    )


def new_campaign(
    api: ModuleType, account: int, group: int, name: str = "Campaign", **fields: Any
) -> Any:
    money = api.MoneyAmount(amount=Decimal("10"), currency_code="USD")
    return api.AdCampaign(
        account=api.SponsoredAccountUrn.from_id(account),
        campaign_group=api.SponsoredCampaignGroupUrn.from_id(group),
        name=name,
        type=fields.pop("type", api.AdCampaignType.SPONSORED_UPDATES),
        cost_type=api.AdCampaignCostType.CPM,
        locale=api.AdCampaignLocale(country="US", language="en"),
        offsite_delivery_enabled=False,
        unit_cost=money,
        daily_budget=money,
        targeting_criteria=api.TargetingCriteria(),
        status=fields.pop("status", api.AdCampaignStatus.DRAFT),
        **fields,
    )


def new_campaign_id(api: ModuleType, client: Any, account: int) -> int:
    """A DRAFT campaign in a new DRAFT group of the account, for creatives to name."""
    group = client.ad_campaign_groups.create(new_group(api, account), ad_account_id=account)
    return int(client.ad_campaigns.create(new_campaign(api, account, group), ad_account_id=account))


def new_creative(api: ModuleType, campaign: int, **fields: Any) -> Any:
    return api.Creative(
        campaign=api.SponsoredCampaignUrn.from_id(campaign),
        intended_status=fields.pop("intended_status", api.CreativeIntendedStatus.DRAFT),
        **fields,
    )


def run_ad_accounts(api: ModuleType, client: Any) -> None:
    accounts = client.ad_accounts
    key = new_account(api, client, "First")
    fetched = accounts.get(ad_account_id=key)
    assert fetched.id == key and fetched.name == "First"
    modified = api.AdAccount.from_dict(fetched.to_dict())
    modified.name = "Renamed"
    accounts.partial_update(ad_account_id=key, original=fetched, modified=modified)
    assert accounts.get(ad_account_id=key).name == "Renamed"

    created = accounts.batch_create([api.AdAccount(name=n, type="BUSINESS") for n in "xy"])
    assert created.ok and len(created.ids) == 2
    batch = accounts.batch_get([key, *created.ids, 1])
    assert set(batch.results) == {key, *created.ids}
    assert isinstance(batch.errors[1], NotFoundError) and batch.statuses[1] == 404

    criteria = api.AdAccountSearchCriteria(name=api.AdAccountNameCriterion(values=["x", "y"]))
    found = accounts.find_by_search(search=criteria)
    assert sorted(account.name for account in found.elements) == ["x", "y"]

    draft = new_account(api, client, "Draft", status=api.AdAccountStatus.DRAFT)
    accounts.delete(ad_account_id=draft)
    with pytest.raises(NotFoundError):
        accounts.get(ad_account_id=draft)
    with pytest.raises(LinkedInError) as refused:
        accounts.delete(ad_account_id=key)
    assert refused.value.status == 400


def run_ad_campaign_groups(api: ModuleType, client: Any) -> None:
    groups = client.ad_campaign_groups
    account = new_account(api, client)
    key = groups.create(new_group(api, account, "One"), ad_account_id=account)
    fetched = groups.get(ad_account_id=account, ad_campaign_group_id=key)
    assert fetched.name == "One" and fetched.account == f"urn:li:sponsoredAccount:{account}"
    modified = api.AdCampaignGroup.from_dict(fetched.to_dict())
    modified.run_schedule.end = START + 1000
    groups.partial_update(
        ad_account_id=account, ad_campaign_group_id=key, original=fetched, modified=modified
    )
    assert groups.get(ad_account_id=account, ad_campaign_group_id=key).run_schedule.end

    active = new_group(api, account, "Two", status=api.AdCampaignGroupStatus.ACTIVE)
    created = groups.batch_create([active, new_group(api, account, "Three")], ad_account_id=account)
    assert created.ok
    two, three = created.ids
    batch = groups.batch_get([key, two, 5], ad_account_id=account)
    assert set(batch.results) == {key, two} and set(batch.errors) == {5}

    originals = {
        group_id: groups.get(ad_account_id=account, ad_campaign_group_id=group_id)
        for group_id in (key, two)
    }
    changes = {}
    for group_id, original in originals.items():
        changed = api.AdCampaignGroup.from_dict(original.to_dict())
        changed.name = f"renamed {group_id}"
        changes[group_id] = (original, changed)
    updated = groups.batch_partial_update(changes, ad_account_id=account)
    assert updated.ok and set(updated.statuses) == {key, two}

    criteria = api.AdCampaignGroupSearchCriteria(
        name=api.AdCampaignGroupSearchCriteriaName(values=[f"renamed {two}", "Three"])
    )
    found = groups.find_by_search(ad_account_id=account, search=criteria)
    assert sorted(group.id for group in found.elements) == sorted([two, three])

    deleted = groups.batch_delete([key, two], ad_account_id=account)
    assert deleted.statuses[key] == 204 and set(deleted.errors) == {two}
    groups.delete(ad_account_id=account, ad_campaign_group_id=three)
    with pytest.raises(NotFoundError):
        groups.delete(ad_account_id=account, ad_campaign_group_id=three)


def page_of(finder: Any, size: int) -> dict[str, int]:
    """The page-size argument of a finder: `page_size` (cursor paging) or `count` (index)."""
    cursor = "page_size" in inspect.signature(finder).parameters
    return {"page_size": size} if cursor else {"count": size}


def run_ad_campaigns(api: ModuleType, client: Any) -> None:
    campaigns = client.ad_campaigns
    account = new_account(api, client)
    draft_group = client.ad_campaign_groups.create(new_group(api, account), ad_account_id=account)
    key = campaigns.create(new_campaign(api, account, draft_group, "One"), ad_account_id=account)
    fetched = campaigns.get(ad_account_id=account, ad_campaign_id=key)
    assert (
        fetched.id == key
        and fetched.campaign_group == f"urn:li:sponsoredCampaignGroup:{draft_group}"
    )
    assert fetched.daily_budget.amount == Decimal("10") and fetched.test is False
    modified = api.AdCampaign.from_dict(fetched.to_dict())
    modified.name = "Renamed"
    campaigns.partial_update(
        ad_account_id=account, ad_campaign_id=key, original=fetched, modified=modified
    )
    assert campaigns.get(ad_account_id=account, ad_campaign_id=key).name == "Renamed"
    moved = api.AdCampaign.from_dict(fetched.to_dict())
    moved.campaign_group = api.SponsoredCampaignGroupUrn.from_id(1)
    with pytest.raises(ValueError):  # create-only: refused before anything is sent
        campaigns.partial_update(
            ad_account_id=account, ad_campaign_id=key, original=fetched, modified=moved
        )

    # A DRAFT group takes only DRAFT campaigns; an ACTIVE group takes any.
    active = api.AdCampaignStatus.ACTIVE
    with pytest.raises(BadRequestError) as refused:
        campaigns.create(
            new_campaign(api, account, draft_group, status=active), ad_account_id=account
        )
    assert refused.value.code == "ONLY_DRAFT_CAMPAIGNS_ALLOWED_IN_DRAFT_CAMPAIGN_GROUPS"
    group = client.ad_campaign_groups.create(
        new_group(api, account, status=api.AdCampaignGroupStatus.ACTIVE), ad_account_id=account
    )
    text_ads = [
        campaigns.create(
            new_campaign(api, account, group, name, type=api.AdCampaignType.TEXT_AD, status=active),
            ad_account_id=account,
        )
        for name in ("a", "b", "c")
    ]
    batch = campaigns.batch_get([key, text_ads[0], 5], ad_account_id=account)
    assert set(batch.results) == {key, text_ads[0]} and set(batch.errors) == {5}

    criteria = api.AdCampaignSearchCriteria(
        campaign_group=api.AdCampaignSearchCriteriaCampaignGroup(
            values=[api.SponsoredCampaignGroupUrn.from_id(group)]
        ),
        type=api.AdCampaignSearchCriteriaType(values=[api.AdCampaignType.TEXT_AD]),
        status=api.AdCampaignSearchCriteriaStatus(values=[active]),
        test=False,
    )
    paging = page_of(campaigns.find_by_search, 2)
    first = campaigns.find_by_search(
        ad_account_id=account, search=criteria, sort_order=api.SortOrder.DESCENDING, **paging
    )
    assert [campaign.id for campaign in first.elements] == sorted(text_ads, reverse=True)[:2]
    assert [campaign.id for campaign in first.iter_all()] == sorted(text_ads, reverse=True)

    with pytest.raises(BadRequestError) as refused:
        campaigns.delete(ad_account_id=account, ad_campaign_id=text_ads[0])
    assert refused.value.code == "DELETE_ALLOWED_ONLY_FOR_DRAFT_STATUS"
    campaigns.delete(ad_account_id=account, ad_campaign_id=key)
    with pytest.raises(NotFoundError):
        campaigns.get(ad_account_id=account, ad_campaign_id=key)


def run_creatives(api: ModuleType, client: Any) -> None:
    creatives = client.creatives
    account = new_account(api, client)
    campaign = new_campaign_id(api, client, account)
    other = new_campaign_id(api, client, account)
    key = creatives.create(new_creative(api, campaign), ad_account_id=account)
    assert str(key).startswith("urn:li:sponsoredCreative:")
    fetched = creatives.get(ad_account_id=account, creative_urn=key)
    assert fetched.id == key
    modified = api.Creative.from_dict(fetched.to_dict())
    modified.intended_status = api.CreativeIntendedStatus.ACTIVE
    creatives.partial_update(
        ad_account_id=account, creative_urn=key, original=fetched, modified=modified
    )
    assert creatives.get(ad_account_id=account, creative_urn=key).intended_status == "ACTIVE"

    inline = new_creative(
        api,
        campaign,
        inline_content=api.CreativeInlineContent(post=api.CreativeInlinePost(commentary="Hi")),
    )
    inline_key = creatives.create_inline(ad_account_id=account, creative=inline)
    assert inline_key.id is not None  # the key of the x-restli-id header, as a typed URN
    assert creatives.get(ad_account_id=account, creative_urn=inline_key).id == inline_key

    created = creatives.batch_create(
        [new_creative(api, other), new_creative(api, other)], ad_account_id=account
    )
    assert created.ok
    first, second = created.ids
    missing = api.SponsoredCreativeUrn.from_id(1)
    batch = creatives.batch_get([key, first, missing], ad_account_id=account)
    assert set(batch.results) == {key, first} and set(batch.errors) == {missing}

    found = creatives.find_by_criteria(
        ad_account_id=account, campaigns=[api.SponsoredCampaignUrn.from_id(other)]
    )
    assert sorted(creative.id for creative in found.elements) == sorted([first, second])

    originals = {
        urn: creatives.get(ad_account_id=account, creative_urn=urn) for urn in (first, key)
    }
    changes = {}
    for urn, original in originals.items():
        changed = api.Creative.from_dict(original.to_dict())
        changed.intended_status = api.CreativeIntendedStatus.PAUSED
        changes[urn] = (original, changed)
    assert creatives.batch_partial_update(changes, ad_account_id=account).ok

    draft = creatives.create(new_creative(api, campaign), ad_account_id=account)
    deleted = creatives.batch_delete([draft, key], ad_account_id=account)
    assert deleted.statuses[draft] == 204 and set(deleted.errors) == {key}
    third = creatives.create(new_creative(api, campaign), ad_account_id=account)
    creatives.delete(ad_account_id=account, creative_urn=third)


def run_ad_target_templates(api: ModuleType, client: Any) -> None:
    templates = client.ad_target_templates
    account = api.SponsoredAccountUrn.from_id(new_account(api, client))
    made = [
        templates.create(
            api.AdTargetTemplate(
                account=account, name=name, targeting_criteria=api.TargetingCriteria()
            )
        )
        for name in ("b", "a", "c")
    ]
    fetched = templates.get(ad_target_template_id=made[0])
    modified = api.AdTargetTemplate.from_dict(fetched.to_dict())
    modified.description = "Engineers in Europe"
    templates.partial_update(ad_target_template_id=made[0], original=fetched, modified=modified)
    assert templates.get(ad_target_template_id=made[0]).description == "Engineers in Europe"

    moved = api.AdTargetTemplate.from_dict(fetched.to_dict())
    moved.account = api.SponsoredAccountUrn.from_id(1)
    with pytest.raises((UnprocessableEntityError, ValueError)):
        templates.partial_update(ad_target_template_id=made[0], original=fetched, modified=moved)

    page = templates.find_by_account(account=account, sort_field=api.AdTargetTemplateSortField.NAME)
    assert [template.name for template in page.elements] == ["a", "b", "c"]
    deleted = templates.batch_delete([made[1], 404])
    assert deleted.statuses[made[1]] == 204 and set(deleted.errors) == {404}
    templates.delete(ad_target_template_id=made[2])


SCENARIOS = {
    "adAccounts": run_ad_accounts,
    "adCampaignGroups": run_ad_campaign_groups,
    "adCampaigns": run_ad_campaigns,
    "creatives": run_creatives,
    "adTargetTemplates": run_ad_target_templates,
}


@pytest.mark.parametrize("resource", sorted(SCENARIOS))
def test_every_method_of_the_resource(
    api: ModuleType, client: Any, server: LinkedInTestServer, resource: str, version: str
) -> None:
    SCENARIOS[resource](api, client)
    documented = {
        f"{method['method']}:{method['name']}" if "name" in method else method["method"]
        for item in _document(version)["paths"].values()
        if item["x-restli-resource"] == resource
        for operation in item.values()
        if isinstance(operation, dict)
        for method in operation.get("x-restli-methods", ())
    }
    used = {
        request.restli_method
        for request in server.requests
        if request.restli_method and _resource_of(request.path) == resource
    }
    assert used == documented


def _resource_of(path: str) -> str:
    """The resource of a path: its last collection segment (``/rest/adAccounts/1/creatives/x``)."""
    parts = [part for part in path.split("/")[2:] if part]
    names = [part for index, part in enumerate(parts) if index % 2 == 0]
    return names[-1]


def _document(version: str) -> dict[str, Any]:
    resolved = files("linkedin_marketing").joinpath(f"v{version}/openapi.json")
    return dict(json.loads(resolved.read_text()))


def test_campaigns_through_the_async_client(api: ModuleType, server: LinkedInTestServer) -> None:
    """The async client's campaigns: create, get, batch get, search across pages, update, delete."""
    with api.LinkedInClient("test-token", base_url=server.base_url) as sync:
        account = new_account(api, sync)
        active = new_group(api, account, status=api.AdCampaignGroupStatus.ACTIVE)
        group = sync.ad_campaign_groups.create(active, ad_account_id=account)

    async def scenario() -> None:
        async with api.AsyncLinkedInClient("test-token", base_url=server.base_url) as client:
            campaigns = client.ad_campaigns
            keys = [
                await campaigns.create(
                    new_campaign(api, account, group, name), ad_account_id=account
                )
                for name in ("a", "b", "c")
            ]
            fetched = await campaigns.get(ad_account_id=account, ad_campaign_id=keys[0])
            assert fetched.name == "a"
            batch = await campaigns.batch_get(keys[1:], ad_account_id=account)
            assert set(batch.results) == set(keys[1:])
            paging = page_of(campaigns.find_by_search, 2)
            page = await campaigns.find_by_search(ad_account_id=account, **paging)
            assert [campaign.id async for campaign in page.iter_all()] == keys
            modified = api.AdCampaign.from_dict(fetched.to_dict())
            modified.status = api.AdCampaignStatus.ARCHIVED
            await campaigns.partial_update(
                ad_account_id=account, ad_campaign_id=keys[0], original=fetched, modified=modified
            )
            with pytest.raises(BadRequestError):
                await campaigns.delete(ad_account_id=account, ad_campaign_id=keys[0])
            await campaigns.delete(ad_account_id=account, ad_campaign_id=keys[1])

    asyncio.run(scenario())
