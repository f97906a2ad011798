"""The check over the project's own spec: the 202401 paging and sorting change of the finders,
found through each way code can reach a resource, and nothing reported for unchanged uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import SPEC_DIR
from generator.load import load_spec
from generator.upgrade.check import Upgrade, check, upgrade
from tests.upgrade.programs import assert_marked, marked, program, reported

LATEST = load_spec(SPEC_DIR).versions[-1]

PAGER = """
    from linkedin_marketing.v202311 import (
        AdCampaignGroupSort,  # breaking
        AdCampaignGroupSortField,  # breaking
        LinkedInClient,
        SortOrder,
    )


    def campaign_group_names(token: str, account: int) -> list[str]:
        names: list[str] = []
        with LinkedInClient(token) as client:
            start = 0
            while True:
                page = client.ad_campaign_groups.find_by_search(
                    ad_account_id=account,
                    start=start,  # breaking
                    count=100,  # breaking
                    sort=AdCampaignGroupSort(  # breaking
                        field=AdCampaignGroupSortField.ID, order=SortOrder.ASCENDING
                    ),
                )
                names += [group.name for group in page.elements]
                if page.total is None or start + 100 >= page.total:  # breaking
                    return names
                start += 100
"""


@pytest.fixture(scope="module")
def to_202401() -> Upgrade:
    return upgrade(SPEC_DIR, "202311", "202401")


def test_paging_campaign_groups_by_index_is_named_line_by_line(tmp_path: Path) -> None:
    path = program(tmp_path, PAGER)
    outcome = assert_marked(upgrade(SPEC_DIR, "202311", LATEST), path)
    messages = [u.message for _, u in outcome.uses]
    assert any("Stop passing `start`: pass `page_size` and `page_token`" in m for m in messages)
    assert any("Parameter `sort` of `find_by_search` is gone" in m for m in messages)
    assert outcome.exit_code == 1


def test_each_way_of_reaching_a_resource_is_followed(tmp_path: Path, to_202401: Upgrade) -> None:
    path = program(
        tmp_path,
        """
        import linkedin_marketing.v202311 as lm
        from linkedin_marketing.v202311 import AdCampaignGroups, LinkedInClient
        from linkedin_marketing.v202311.resources import AdAccounts


        def by_assignment(token):
            client = LinkedInClient(token)
            groups = client.ad_campaign_groups
            return groups.find_by_search(ad_account_id=1, count=10)  # breaking


        def by_with(token):
            with lm.LinkedInClient(token) as client:
                page = client.ad_accounts.find_by_search(start=5)  # breaking
                return page.paging  # breaking


        def by_annotation(groups: AdCampaignGroups, accounts: "AdAccounts | None"):
            groups.find_by_search(ad_account_id=1, sort=None)  # breaking
            accounts.find_by_search(start=0)  # breaking


        class Reports:
            def __init__(self, client: LinkedInClient) -> None:
                self.client = client

            def first(self):
                groups = self.client.ad_campaign_groups
                return groups.find_by_search(ad_account_id=1, start=0)  # breaking


        def make() -> LinkedInClient: ...


        def by_return_annotation():
            make().creatives.find_by_criteria(count=5)  # breaking


        async def by_async_client(token):
            async with lm.AsyncLinkedInClient(token) as client:
                page = await client.ad_campaign_groups.find_by_search(ad_account_id=1)
                async for group in page.iter_all():
                    print(group.name)
                print(page.total)  # breaking
                for later in page.iter_pages():
                    print(later.count)  # breaking
        """,
    )
    assert_marked(to_202401, path)


def test_what_cannot_be_resolved_is_possibly_breaking(tmp_path: Path, to_202401: Upgrade) -> None:
    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202311 import LinkedInClient


        def unannotated(groups):
            groups.find_by_search(ad_account_id=1, start=0)  # possibly


        def either(token, flag, other):
            target = LinkedInClient(token).ad_campaign_groups if flag else other
            target.find_by_search(ad_account_id=1, count=1)  # possibly


        def spread(client: LinkedInClient, options):
            client.ad_campaign_groups.find_by_search(ad_account_id=1, **options)  # possibly
        """,
    )
    outcome = assert_marked(to_202401, path)
    assert "whether `groups` is from `linkedin_marketing.v202311`" in (outcome.uses[0][1].message)
    assert outcome.exit_code == 0


def test_a_module_without_the_import_is_checked_for_the_finders(
    tmp_path: Path, to_202401: Upgrade
) -> None:
    path = program(
        tmp_path,
        """
        def sync(client, account):
            groups = client.ad_campaign_groups
            return groups.find_by_search(ad_account_id=account, start=0)  # possibly
        """,
        "helpers.py",
    )
    assert_marked(to_202401, path)


def test_unchanged_uses_raise_no_alarm(tmp_path: Path, to_202401: Upgrade) -> None:
    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202311 import AdAccountStatus, AdCampaignGroup, LinkedInClient


        class Totals:
            def __init__(self) -> None:
                self.total = 0
                self.start = 0

            def add(self, rows):
                self.total += rows.total
                return rows.search(start=0, count=10, sort="id")


        def report(token: str) -> None:
            settings = {"sort": "id", "start": 0}
            print(settings.get("start"))
            with LinkedInClient(token) as client:
                account = client.ad_accounts.get(ad_account_id=1)
                print(account.name, account.status == AdAccountStatus.ACTIVE)
                page = client.ad_campaign_groups.find_by_search(ad_account_id=1)
                for group in page.iter_all():
                    print(group.name, group.status)
                print(len(page.elements), page.has_next_page)
                draft = AdCampaignGroup(name="new")
                draft.name = "renamed"
        """,
    )
    outcome = check(to_202401, [path])
    assert (outcome.uses, outcome.problems, outcome.exit_code) == ([], [], 0)
    assert marked(path) == reported(outcome) == set()
