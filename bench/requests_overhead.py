"""Benchmark 3: per-request overhead of the generated client against raw httpx.

Both send the same requests (the raw ones are replayed from what the server received from the
client: method, path, query and headers) and both decode the answer (`response.json()` for raw
httpx, typed models for the client). Three ways, from least to most isolated:

* over HTTP to `linkedin_marketing.testing.LinkedInTestServer` on 127.0.0.1;
* through the server's in-process httpx transport (no socket);
* through an `httpx.MockTransport` answering with the recorded responses (no server work at all,
  so the figure is the client's own overhead: encoding, headers, decoding into models).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
from _common import VERSION, Row, at_most, info, paired_ratio, report
from linkedin_marketing.testing import LinkedInTestServer

api: Any = importlib.import_module(f"linkedin_marketing.v{VERSION}")

GROUPS = 25
CREATIVES = 10


def seed(client: Any) -> dict[str, Any]:
    account = int(client.ad_accounts.create(api.AdAccount(name="Acme", type="BUSINESS")))
    owner = api.SponsoredAccountUrn.from_id(account)
    for n in range(GROUPS):
        group = api.AdCampaignGroup(
            account=owner,
            name=f"Group {n}",
            run_schedule=api.DateRange(start=1_700_000_000_000),
            status=api.AdCampaignGroupStatus.DRAFT,
        )
        group_id = client.ad_campaign_groups.create(group, ad_account_id=account)
    # The server accepts creatives of existing campaigns only.
    money = api.MoneyAmount(amount=Decimal("10"), currency_code="USD")
    campaign = client.ad_campaigns.create(
        api.AdCampaign(
            account=owner,
            campaign_group=api.SponsoredCampaignGroupUrn.from_id(group_id),
            name="Campaign",
            type=api.AdCampaignType.SPONSORED_UPDATES,
            cost_type=api.AdCampaignCostType.CPM,
            locale=api.AdCampaignLocale(country="US", language="en"),
            offsite_delivery_enabled=False,
            unit_cost=money,
            daily_budget=money,
            status=api.AdCampaignStatus.DRAFT,
        ),
        ad_account_id=account,
    )
    creatives = [
        client.creatives.create(
            api.Creative(
                campaign=api.SponsoredCampaignUrn.from_id(campaign),
                intended_status=api.CreativeIntendedStatus.DRAFT,
            ),
            ad_account_id=account,
        )
        for _ in range(CREATIVES)
    ]
    return {"account": account, "creatives": creatives}


def client_calls(client: Any, keys: dict[str, Any]) -> Callable[[], object]:
    account = keys["account"]
    creatives = keys["creatives"]
    search = api.AdCampaignGroupSearchCriteria(
        status=api.AdCampaignGroupSearchCriteriaStatus(values=["ACTIVE", "DRAFT"])
    )

    def run() -> object:
        one = client.ad_accounts.get(ad_account_id=account)
        page = client.ad_campaign_groups.find_by_search(
            ad_account_id=account, search=search, sort_order="DESCENDING", page_size=GROUPS
        )
        batch = client.creatives.batch_get(creatives, ad_account_id=account)
        assert one.id == account and len(page.elements) == GROUPS
        assert len(batch.results) == CREATIVES
        return batch

    return run


def raw_calls(http: httpx.Client, base: str, recorded: list[Any]) -> Callable[[], object]:
    requests = [
        (request.method, f"{base}{request.path}?{request.query}", request.headers)
        for request in recorded
    ]

    def run() -> object:
        answers = []
        for method, url, headers in requests:
            response = http.request(method, url, headers=headers)
            response.raise_for_status()
            answers.append(response.json())
        return answers

    return run


def replayable(server: LinkedInTestServer, since: int) -> list[Any]:
    set_by_httpx = ("host", "accept-encoding", "connection", "content-length")
    recorded = server.requests[since:]
    methods = [str(r.restli_method).split(":")[0] for r in recorded]
    assert methods == ["get", "finder", "batch_get"], methods
    for request in recorded:
        request.headers = {
            k: v for k, v in request.headers.items() if k.lower() not in set_by_httpx
        }
    return recorded


def server_prefix(server: LinkedInTestServer, base_url: str) -> str:
    """The URL the recorded paths are relative to (the server records paths with the prefix)."""
    path = server.requests[-1].path
    return base_url[: base_url.index("/rest")] if path.startswith("/rest") else base_url


def over_http() -> float:
    with LinkedInTestServer(VERSION) as server:
        client = api.LinkedInClient("token", base_url=server.base_url)
        keys = seed(client)
        ours = client_calls(client, keys)
        since = len(server.requests)
        ours()
        recorded = replayable(server, since)
        with httpx.Client() as http:
            raw = raw_calls(http, server_prefix(server, server.base_url), recorded)
            raw()
            ratio = paired_ratio(ours, raw, budget=0.3)
        client.close()
    return ratio


def in_process() -> tuple[float, list[Any], list[httpx.Response]]:
    server = LinkedInTestServer(VERSION)
    transport = server.transport()
    base = "http://linkedin.test/rest"
    client = api.LinkedInClient("token", base_url=base, transport=transport)
    keys = seed(client)
    ours = client_calls(client, keys)
    since = len(server.requests)
    ours()
    recorded = replayable(server, since)
    with httpx.Client(transport=transport) as http:
        raw = raw_calls(http, server_prefix(server, base), recorded)
        prefix = server_prefix(server, base)
        answers = [
            http.request(r.method, f"{prefix}{r.path}?{r.query}", headers=r.headers)
            for r in recorded
        ]
        ratio = paired_ratio(ours, raw, budget=0.3)
    client.close()
    return ratio, recorded, answers


def canned(answers: list[httpx.Response], keys_from: list[Any]) -> float:
    """Client against raw httpx with a transport that only plays back the recorded answers."""
    by_url: dict[tuple[str, str], httpx.Response] = {}
    for request, answer in zip(keys_from, answers, strict=True):
        by_url[(request.method, request.path)] = answer

    def handler(request: httpx.Request) -> httpx.Response:
        answer = by_url[(request.method, request.url.path)]
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    transport = httpx.MockTransport(handler)
    base = "http://linkedin.test/rest"
    client = api.LinkedInClient("token", base_url=base, transport=transport)
    account = int(keys_from[0].path.rsplit("/", 1)[1])
    creatives = [api.SponsoredCreativeUrn(key) for key in answers[2].json()["results"]]
    ours = client_calls(client, {"account": account, "creatives": creatives})
    with httpx.Client(transport=transport) as http:
        prefix = base[: base.index("/rest")] if keys_from[0].path.startswith("/rest") else base
        raw = raw_calls(http, prefix, keys_from)
        ours()
        raw()
        return paired_ratio(ours, raw)


def main() -> list[Row]:
    name = "request overhead"
    subject = "generated client (get, finder, batch_get)"
    process_ratio, recorded, answers = in_process()
    rows = [
        at_most(f"{name}, HTTP 127.0.0.1", subject, "raw httpx + json", over_http(), 1.15),
        at_most(f"{name}, in-process server", subject, "raw httpx + json", process_ratio, 1.15),
        info(
            f"{name}, canned answers",
            subject,
            "raw httpx + json",
            canned(answers, recorded),
            "no server work: the client's own cost, typed models included",
        ),
    ]
    report("3. Per-request overhead against raw httpx (three requests a run)", rows)
    return rows


if __name__ == "__main__":
    main()
