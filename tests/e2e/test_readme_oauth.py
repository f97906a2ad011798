"""The OAuth snippets of the project README, run as written against the local server.

Only the default ``base_url`` of ``AuthClient`` and ``LinkedInClient`` is pointed at the server;
the names the snippets leave to the reader (``CLIENT_ID``, ``token_store``, ``process``, ...) are
given here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from linkedin_marketing.auth import AuthClient, Token
from linkedin_marketing.testing import LinkedInTestServer
from linkedin_marketing.v202610 import (
    AdAccount,
    AdCampaignGroup,
    AdCampaignGroupStatus,
    DateRange,
    LinkedInClient,
    SponsoredAccountUrn,
)

from tests.e2e.oauth import CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, consent, count

README = Path(__file__).resolve().parents[2] / "README.md"


def snippets() -> list[str]:
    text = README.read_text()
    section = text.split("## OAuth 2.0", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


class TokenStore:
    def __init__(self) -> None:
        self.saved: list[Token] = []

    def save(self, token: Token) -> None:
        self.saved.append(token)

    def load(self) -> Token:
        return self.saved[-1]


def test_the_authorization_flow_and_the_long_running_job(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flow, job = snippets()
    with LinkedInTestServer("202610") as server:
        monkeypatch.setitem(AuthClient.__init__.__kwdefaults__, "base_url", server.oauth_base_url)
        monkeypatch.setitem(LinkedInClient.__init__.__kwdefaults__, "base_url", server.base_url)
        server.register_app(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL)
        store = TokenStore()
        names: dict[str, Any] = {
            "CLIENT_ID": CLIENT_ID,
            "CLIENT_SECRET": CLIENT_SECRET,
            "token_store": store,
        }
        exec(flow, names)
        # The member's browser: LinkedIn's consent page redirects with a code and the state.
        code = consent(names["consent_url"], names["state"])
        with pytest.raises(PermissionError):
            names["on_redirect"](code, "forged")
        assert names["on_redirect"](code, names["state"]) is store.saved[0]

        with LinkedInClient(store.saved[0].access_token) as setup:
            account = setup.ad_accounts.create(AdAccount(name="Acme", type="BUSINESS"))
            groups = [
                AdCampaignGroup(
                    account=SponsoredAccountUrn.from_id(int(account)),
                    name=f"group {index}",
                    run_schedule=DateRange(start=1700000000000),
                    status=AdCampaignGroupStatus.DRAFT,
                )
                for index in range(150)
            ]
            setup.ad_campaign_groups.batch_create(groups, ad_account_id=int(account))

        processed: list[str] = []

        def process(group: AdCampaignGroup) -> None:
            processed.append(group.name or "")
            if len(processed) == 1:  # the night goes on: tokens expire during the first page
                server.expire_access_tokens()

        server.expire_access_tokens()  # the stored token expired since the member consented
        exec(job, {**names, "ACCOUNT_ID": int(account), "process": process})
    assert processed == [f"group {index}" for index in range(150)]
    assert len(store.saved) == 3  # the member's token, then one refresh per expiry
    assert count(server, "grant_type=refresh_token") == 2
