"""The clients of LinkedIn Marketing API version 202603."""

from __future__ import annotations

import datetime
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from linkedin_marketing.sunset import warn_if_near_sunset
from linkedin_marketing.transport import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    ClientConfig,
    RetryPolicy,
    SyncTransport,
)
from linkedin_marketing.v202603.resources import (
    AsyncAdAccounts,
    AdAccounts,
    AsyncAdCampaignGroups,
    AdCampaignGroups,
    AsyncAdCampaigns,
    AdCampaigns,
    AsyncAdTargetTemplates,
    AdTargetTemplates,
    AsyncCreatives,
    Creatives,
)

if TYPE_CHECKING:
    from linkedin_marketing.auth import RefreshingToken

API_VERSION = "202603"
"""The `LinkedIn-Version` every request of this subpackage sends."""

SUNSET = datetime.date(2027, 3, 16)
"""The day LinkedIn stops serving this version (HTTP 426 from then on); given by LinkedIn.
Creating a client within 90 days of it, or after it, issues a `VersionSunsetWarning`."""


class LinkedInClient:
    """A client of LinkedIn Marketing API version 202603.

    Args:
        access_token: An OAuth 2.0 member access token (never logged nor put in errors).
        auth: Instead of `access_token`, a `linkedin_marketing.auth.RefreshingToken`: the client
            takes the token from it and has it refreshed when it expires.
        base_url: The API root; the default is LinkedIn's.
        timeout: Seconds (or an `httpx.Timeout`) before a request is abandoned.
        retry: When retry-safe requests are repeated (429, 5xx, connection errors).
        user_agent: Sent as `User-Agent` instead of the package's own.
        http_client: An `httpx.Client` of yours to send with; it is not closed here.
        transport: An httpx transport to build the client around (tests use `httpx.MockTransport`).

    Resources:
        ad_accounts: adAccounts.
        ad_campaign_groups: adCampaignGroups.
        ad_campaigns: adCampaigns.
        ad_target_templates: adTargetTemplates.
        creatives: creatives.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        auth: RefreshingToken | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        user_agent: str | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        warn_if_near_sunset(API_VERSION, SUNSET)
        config = ClientConfig(
            version=API_VERSION,
            access_token=access_token or "",
            base_url=base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            user_agent=user_agent,
            auth=auth,
        )
        self._transport = SyncTransport(config, http_client=http_client, transport=transport)
        self.ad_accounts: AdAccounts = AdAccounts(self._transport)
        self.ad_campaign_groups: AdCampaignGroups = AdCampaignGroups(self._transport)
        self.ad_campaigns: AdCampaigns = AdCampaigns(self._transport)
        self.ad_target_templates: AdTargetTemplates = AdTargetTemplates(self._transport)
        self.creatives: Creatives = Creatives(self._transport)

    def close(self) -> None:
        """Closes the connections (of the httpx client, when this client created it)."""
        self._transport.close()

    def __enter__(self) -> LinkedInClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncLinkedInClient:
    """An asynchronous client of LinkedIn Marketing API version 202603.

    Args:
        access_token: An OAuth 2.0 member access token (never logged nor put in errors).
        auth: Instead of `access_token`, a `linkedin_marketing.auth.RefreshingToken`: the client
            takes the token from it and has it refreshed when it expires.
        base_url: The API root; the default is LinkedIn's.
        timeout: Seconds (or an `httpx.Timeout`) before a request is abandoned.
        retry: When retry-safe requests are repeated (429, 5xx, connection errors).
        user_agent: Sent as `User-Agent` instead of the package's own.
        http_client: An `httpx.AsyncClient` of yours to send with; it is not closed here.
        transport: An httpx transport to build the client around (tests use `httpx.MockTransport`).

    Resources:
        ad_accounts: adAccounts.
        ad_campaign_groups: adCampaignGroups.
        ad_campaigns: adCampaigns.
        ad_target_templates: adTargetTemplates.
        creatives: creatives.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        auth: RefreshingToken | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        user_agent: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        warn_if_near_sunset(API_VERSION, SUNSET)
        config = ClientConfig(
            version=API_VERSION,
            access_token=access_token or "",
            base_url=base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            user_agent=user_agent,
            auth=auth,
        )
        self._transport = AsyncTransport(config, http_client=http_client, transport=transport)
        self.ad_accounts: AsyncAdAccounts = AsyncAdAccounts(self._transport)
        self.ad_campaign_groups: AsyncAdCampaignGroups = AsyncAdCampaignGroups(self._transport)
        self.ad_campaigns: AsyncAdCampaigns = AsyncAdCampaigns(self._transport)
        self.ad_target_templates: AsyncAdTargetTemplates = AsyncAdTargetTemplates(self._transport)
        self.creatives: AsyncCreatives = AsyncCreatives(self._transport)

    async def aclose(self) -> None:
        """Closes the connections (of the httpx client, when this client created it)."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncLinkedInClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
