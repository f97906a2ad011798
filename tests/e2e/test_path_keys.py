"""Entity keys in the URL path: a value that is not of the key's type is refused before sending.

Rest.li would encode it anyway (``True`` as ``true``, a dict as a record, an int where a URN
belongs) and the request would reach another URL than the caller meant."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import pytest
from linkedin_marketing.errors import NotFoundError, RequestValidationError
from linkedin_marketing.testing import LinkedInTestServer


@pytest.mark.parametrize("bad", [True, False, "1", 1.0, None, {"id": 1}, [1]])
def test_a_numeric_key_of_another_type_is_refused_before_sending(
    client: Any, server: LinkedInTestServer, bad: object
) -> None:
    with pytest.raises(RequestValidationError) as info:
        client.ad_accounts.get(ad_account_id=bad)
    assert info.value.field == "ad_account_id"
    assert type(bad).__name__ in str(info.value)
    with pytest.raises(RequestValidationError) as parent:
        client.ad_campaign_groups.get(ad_account_id=bad, ad_campaign_group_id=1)
    assert parent.value.field == "ad_account_id"
    assert server.requests == []


def test_a_urn_key_must_be_a_urn_of_its_kind(
    api: ModuleType, client: Any, server: LinkedInTestServer
) -> None:
    if not hasattr(api, "SponsoredCreativeUrn"):
        pytest.skip("this version keys no resource by URN")
    for bad in (120491345, True, "120491345", "urn:li:sponsoredCampaign:1"):
        with pytest.raises(RequestValidationError) as info:
            client.creatives.get(ad_account_id=1, creative_urn=bad)
        assert info.value.field == "creative_urn"
    assert server.requests == []
    # A plain string of the right kind is as good as the URN class.
    with pytest.raises(NotFoundError):
        client.creatives.get(ad_account_id=1, creative_urn="urn:li:sponsoredCreative:5")


def test_the_async_client_refuses_them_too(api: ModuleType, server: LinkedInTestServer) -> None:
    async def run() -> None:
        async with api.AsyncLinkedInClient("test-token", base_url=server.base_url) as client:
            await client.ad_accounts.get(ad_account_id=True)

    with pytest.raises(RequestValidationError):
        asyncio.run(run())
    assert server.requests == []
