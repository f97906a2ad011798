"""Clients with a RefreshingToken keep working when access tokens expire, per version, over HTTP.

The server answers an expired token as LinkedIn does (401 ``EXPIRED_ACCESS_TOKEN``); a refresh is
a ``grant_type=refresh_token`` POST to its ``/oauth/v2/accessToken``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest
from linkedin_marketing.auth import AuthClient, AuthError, RefreshingToken, Token
from linkedin_marketing.errors import UnauthorizedError
from linkedin_marketing.testing import LinkedInTestServer, available_versions

from tests.e2e.conftest import FAST_RETRY
from tests.e2e.oauth import CLIENT_SECRET, async_auth, count, member_token, register

REFRESHES = "grant_type=refresh_token"
# What does not vary by version (the token's own behaviour) runs against the newest one.
newest_only = pytest.mark.parametrize("version", available_versions()[-1:])


def expired_401s(server: LinkedInTestServer) -> int:
    return sum(1 for request in server.requests if request.status == 401)


def page_size(finder: Any) -> str:
    # The paging style is the version's: cursor (page_size) from 202401, index (count) before.
    return "page_size" if "page_size" in inspect.signature(finder).parameters else "count"


def test_sync_client_refreshes_once_each_time_tokens_expire(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    auth = register(server)
    stored: list[Token] = []
    token = RefreshingToken(auth, member_token(auth), on_refresh=stored.append)
    with api.LinkedInClient(auth=token, base_url=server.base_url, retry=FAST_RETRY) as client:
        server.expire_access_tokens()
        account_id = client.ad_accounts.create(api.AdAccount(name="First", type="BUSINESS"))
        assert (len(stored), expired_401s(server)) == (1, 1)

        server.expire_access_tokens()
        assert client.ad_accounts.get(ad_account_id=account_id).name == "First"
        assert (len(stored), expired_401s(server)) == (2, 2)

        client.ad_accounts.batch_create(
            [api.AdAccount(name=f"n{index}", type="BUSINESS") for index in range(6)]
        )
        server.expire_access_tokens()
        finder = client.ad_accounts.find_by_search
        names = [account.name for account in finder(**{page_size(finder): 3}).iter_all()]
        assert names == ["First"] + [f"n{index}" for index in range(6)]
        assert (len(stored), expired_401s(server)) == (3, 3)
    # The create refused with 401 was sent again, and stored once.
    assert [account["name"] for account in server.entities("adAccounts")][0] == "First"
    assert len(server.entities("adAccounts")) == 7
    assert count(server, REFRESHES) == 3
    assert token.token is stored[-1]
    assert len({stored_token.access_token for stored_token in stored}) == 3


@pytest.mark.parametrize("auth_kind", ["AuthClient", "AsyncAuthClient"])
def test_async_client_refreshes_once_each_time_tokens_expire(
    api: ModuleType, server: LinkedInTestServer, auth_kind: str
) -> None:
    sync_auth = register(server)
    stored: list[Token] = []

    async def scenario() -> None:
        auth = sync_auth if auth_kind == "AuthClient" else async_auth(server)
        token = RefreshingToken(auth, member_token(sync_auth), on_refresh=stored.append)
        async with api.AsyncLinkedInClient(
            auth=token, base_url=server.base_url, retry=FAST_RETRY
        ) as client:
            server.expire_access_tokens()
            account = api.AdAccount(name="First", type="BUSINESS")
            account_id = await client.ad_accounts.create(account)
            assert len(stored) == 1

            server.expire_access_tokens()
            assert (await client.ad_accounts.get(ad_account_id=account_id)).name == "First"
            assert len(stored) == 2

            await client.ad_accounts.batch_create(
                [api.AdAccount(name=f"n{index}", type="BUSINESS") for index in range(6)]
            )
            server.expire_access_tokens()
            finder = client.ad_accounts.find_by_search
            page = await finder(**{page_size(finder): 3})
            names = [account.name async for account in page.iter_all()]
            assert names == ["First"] + [f"n{index}" for index in range(6)]
            assert len(stored) == 3

    asyncio.run(scenario())
    assert len(server.entities("adAccounts")) == 7
    assert (count(server, REFRESHES), expired_401s(server)) == (3, 3)


def test_20_concurrent_sync_calls_trigger_one_refresh(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    auth = register(server)
    stored: list[Token] = []
    token = RefreshingToken(auth, member_token(auth), on_refresh=stored.append)
    with api.LinkedInClient(auth=token, base_url=server.base_url, retry=FAST_RETRY) as client:
        account_id = client.ad_accounts.create(api.AdAccount(name="Acme", type="BUSINESS"))
        server.expire_access_tokens()
        with ThreadPoolExecutor(max_workers=20) as pool:
            calls = [
                pool.submit(client.ad_accounts.get, ad_account_id=account_id) for _ in range(20)
            ]
            assert {call.result().name for call in calls} == {"Acme"}
    assert len(stored) == 1
    assert count(server, REFRESHES) == 1


@pytest.mark.parametrize("auth_kind", ["AuthClient", "AsyncAuthClient"])
def test_20_concurrent_async_calls_trigger_one_refresh(
    api: ModuleType, server: LinkedInTestServer, auth_kind: str
) -> None:
    sync_auth = register(server)
    stored: list[Token] = []

    async def scenario() -> None:
        auth = sync_auth if auth_kind == "AuthClient" else async_auth(server)
        token = RefreshingToken(auth, member_token(sync_auth), on_refresh=stored.append)
        async with api.AsyncLinkedInClient(
            auth=token, base_url=server.base_url, retry=FAST_RETRY
        ) as client:
            account_id = await client.ad_accounts.create(
                api.AdAccount(name="Acme", type="BUSINESS")
            )
            server.expire_access_tokens()
            accounts = await asyncio.gather(
                *[client.ad_accounts.get(ad_account_id=account_id) for _ in range(20)]
            )
            assert {account.name for account in accounts} == {"Acme"}

    asyncio.run(scenario())
    assert len(stored) == 1
    assert count(server, REFRESHES) == 1


@newest_only
def test_a_token_about_to_expire_is_refreshed_before_the_call(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    auth = register(server)
    soon = dataclasses.replace(
        member_token(auth), expires_at=datetime.now(UTC) + timedelta(minutes=1)
    )
    token = RefreshingToken(auth, soon)
    with api.LinkedInClient(auth=token, base_url=server.base_url) as client:
        client.ad_accounts.create(api.AdAccount(name="Acme", type="BUSINESS"))
        client.ad_accounts.create(api.AdAccount(name="Beta", type="BUSINESS"))
    assert count(server, REFRESHES) == 1
    assert expired_401s(server) == 0
    assert token.token.expires_at > datetime.now(UTC) + timedelta(days=59)


@newest_only
def test_a_failed_refresh_raises_the_auth_error_once(
    api: ModuleType, server: LinkedInTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    auth = register(server)
    issued = member_token(auth)
    token = RefreshingToken(auth, dataclasses.replace(issued, refresh_token="never-issued-token"))
    server.expire_access_tokens()
    caplog.set_level(logging.DEBUG, logger="linkedin_marketing")
    with (
        api.LinkedInClient(auth=token, base_url=server.base_url) as client,
        pytest.raises(AuthError) as info,
    ):
        client.ad_accounts.get(ad_account_id=1)
    assert (info.value.error, info.value.status) == ("invalid_request", 400)
    assert [request.path.rsplit("/", 1)[-1] for request in server.requests[-2:]] == [
        "1",
        "accessToken",
    ]
    assert count(server, REFRESHES) == 1
    for secret in (CLIENT_SECRET, "never-issued-token", issued.access_token):
        assert secret not in str(info.value)
        assert secret not in caplog.text


@newest_only
def test_a_token_refused_again_after_a_refresh_is_raised_not_refreshed_again(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    auth = register(server)
    # Tokens expire again as soon as they are refreshed: the repeated call is refused too.
    token = RefreshingToken(
        auth, member_token(auth), on_refresh=lambda _: server.expire_access_tokens()
    )
    server.expire_access_tokens()
    with (
        api.LinkedInClient(auth=token, base_url=server.base_url) as client,
        pytest.raises(UnauthorizedError) as info,
    ):
        client.ad_accounts.get(ad_account_id=1)
    assert info.value.code == "EXPIRED_ACCESS_TOKEN"
    assert (count(server, REFRESHES), expired_401s(server)) == (1, 2)


@newest_only
def test_secrets_stay_out_of_logs_and_reprs(
    api: ModuleType, server: LinkedInTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="linkedin_marketing")
    auth = register(server)
    first = member_token(auth)
    token = RefreshingToken(auth, first)
    with api.LinkedInClient(auth=token, base_url=server.base_url) as client:
        server.expire_access_tokens()
        client.ad_accounts.create(api.AdAccount(name="Acme", type="BUSINESS"))
        shown = " ".join(map(repr, (auth, first, token, token.token, client)))
    assert "Bearer [REDACTED]" in caplog.text
    secrets = (CLIENT_SECRET, first.access_token, token.token.access_token, first.refresh_token)
    for secret in secrets:
        assert secret
        assert secret not in caplog.text
        assert secret not in shown


@newest_only
def test_a_refreshing_token_needs_a_refresh_token_and_the_right_client(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    auth = register(server)
    with pytest.raises(ValueError, match="refresh_token"):
        RefreshingToken(auth, auth.client_credentials())
    member = member_token(auth)
    on_async_auth = RefreshingToken(async_auth(server), member)
    with pytest.raises(TypeError, match="AsyncLinkedInClient"):
        api.LinkedInClient(auth=on_async_auth, base_url=server.base_url)
    with pytest.raises(ValueError, match="not both"):
        api.LinkedInClient("a-token", auth=RefreshingToken(auth, member))
    assert isinstance(auth, AuthClient)


@newest_only
def test_a_failed_refresh_in_an_async_client_raises_the_auth_error_once(
    api: ModuleType, server: LinkedInTestServer
) -> None:
    issued = member_token(register(server))
    server.expire_access_tokens()

    async def scenario() -> None:
        token = RefreshingToken(
            async_auth(server), dataclasses.replace(issued, refresh_token="never-issued-token")
        )
        async with api.AsyncLinkedInClient(auth=token, base_url=server.base_url) as client:
            with pytest.raises(AuthError) as info:
                await client.ad_accounts.get(ad_account_id=1)
        assert info.value.error == "invalid_request"
        assert "never-issued-token" not in str(info.value)

    asyncio.run(scenario())
    assert (count(server, REFRESHES), expired_401s(server)) == (1, 1)
