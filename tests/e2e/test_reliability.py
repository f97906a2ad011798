"""Paging across pages, tunneling, retries on injected faults, and concurrency, per version."""

from __future__ import annotations

import asyncio
import inspect
from types import ModuleType
from typing import Any

import pytest
from linkedin_marketing.errors import RateLimitError, TransportError
from linkedin_marketing.testing import Fault, LinkedInTestServer

from tests.e2e.conftest import FAST_RETRY
from tests.e2e.test_every_method import new_account, new_campaign_id, new_creative


def test_search_pages_across_at_least_three_pages(api: ModuleType, client: Any) -> None:
    created = client.ad_accounts.batch_create(
        [api.AdAccount(name=f"n{index}", type="BUSINESS") for index in range(8)]
    )
    finder = client.ad_accounts.find_by_search
    # The paging style is the version's: cursor (page_size) from 202401, index (count) before.
    size = "page_size" if "page_size" in inspect.signature(finder).parameters else "count"
    pages = list(finder(**{size: 3}).iter_pages())
    assert [len(page) for page in pages] == [3, 3, 2]
    assert [account.id for page in pages for account in page.elements] == created.ids


def test_index_paged_finder_across_three_pages(api: ModuleType, client: Any) -> None:
    account = api.SponsoredAccountUrn.from_id(new_account(api, client))
    for index in range(7):
        template = api.AdTargetTemplate(
            account=account, name=f"t{index}", targeting_criteria=api.TargetingCriteria()
        )
        client.ad_target_templates.create(template)
    first = client.ad_target_templates.find_by_account(
        account=account, sort_field=api.AdTargetTemplateSortField.ID, count=3
    )
    assert first.total == 7
    names = [template.name for template in first.iter_all()]
    assert names == [f"t{index}" for index in range(7)]
    assert len(list(first.iter_pages())) == 3


def test_batch_get_of_300_ids_is_tunneled(
    api: ModuleType, client: Any, server: LinkedInTestServer
) -> None:
    account = new_account(api, client)
    campaign = new_campaign_id(api, client, account)
    created = client.creatives.batch_create(
        [new_creative(api, campaign) for _ in range(250)], ad_account_id=account
    )
    missing = [api.SponsoredCreativeUrn.from_id(900_000 + index) for index in range(50)]
    result = client.creatives.batch_get([*created.ids, *missing], ad_account_id=account)
    assert set(result.results) == set(created.ids)
    assert set(result.errors) == set(missing)
    tunneled = server.requests[-1]
    assert tunneled.headers["x-http-method-override"] == "GET"
    assert tunneled.restli_method == "batch_get"


def test_reads_are_retried_on_injected_faults(
    api: ModuleType, client: Any, server: LinkedInTestServer
) -> None:
    key = new_account(api, client)
    server.add_fault(Fault(status=503, times=2, method="GET"))
    server.add_fault(Fault(drop=True, method="GET"))
    assert client.ad_accounts.get(ad_account_id=key).id == key
    assert [request.status for request in server.requests[-4:]] == [503, 503, 0, 200]


def test_creates_are_never_repeated(
    api: ModuleType, client: Any, server: LinkedInTestServer
) -> None:
    server.add_fault(Fault(status=429, method="POST", path="/adAccounts$"))
    with pytest.raises(RateLimitError):
        new_account(api, client, "Refused")
    server.add_fault(Fault(drop=True, after=True, method="POST", path="/adAccounts$"))
    with pytest.raises(TransportError):
        new_account(api, client, "Answer lost")
    assert [account["name"] for account in server.entities("adAccounts")] == ["Answer lost"]
    assert sum(1 for request in server.requests if request.restli_method == "create") == 1


def test_50_concurrent_requests_from_the_async_client(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    async def scenario() -> None:
        async with api.AsyncLinkedInClient(
            "test-token", base_url=server.base_url, retry=FAST_RETRY
        ) as client:
            names = [f"account {index}" for index in range(50)]
            ids = await asyncio.gather(
                *[
                    client.ad_accounts.create(api.AdAccount(name=name, type="BUSINESS"))
                    for name in names
                ]
            )
            assert len(set(ids)) == 50
            fetched = await asyncio.gather(
                *[client.ad_accounts.get(ad_account_id=key) for key in ids]
            )
            assert [account.name for account in fetched] == names
            assert [account.id for account in fetched] == list(ids)

    asyncio.run(scenario())
    assert len(server.entities("adAccounts")) == 50
