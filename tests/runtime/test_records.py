"""Records: a list of records decoded one item at a time, when first read."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linkedin_marketing import values
from linkedin_marketing.errors import ResponseDecodeError
from linkedin_marketing.records import Records, records_to_dicts
from linkedin_marketing.v202610 import models

from tests.spec.samples import SAMPLES_DIR as SAMPLES


class Counted:
    """A decoder that counts its calls: `{"n": 3}` decodes to 3."""

    def __init__(self) -> None:
        self.calls: list[Any] = []

    def __call__(self, item: Any) -> int:
        self.calls.append(item)
        return int(item["n"])


def lazy(*numbers: int) -> tuple[Records[int], Counted]:
    decode = Counted()
    return Records.from_json([{"n": n} for n in numbers], decode, ("elements",)), decode


def test_nothing_is_decoded_until_read_and_each_item_once() -> None:
    records, decode = lazy(1, 2, 3, 4)
    assert len(records) == 4 and decode.calls == []
    assert records[2] == 3 and records[-1] == 4
    assert decode.calls == [{"n": 3}, {"n": 4}]
    assert list(records) == [1, 2, 3, 4]
    assert records[1:3] == [2, 3]
    assert decode.calls == [{"n": 3}, {"n": 4}, {"n": 1}, {"n": 2}]
    with pytest.raises(IndexError):
        records[4]


def test_a_record_read_twice_is_the_same_object() -> None:
    source = json.loads(
        (SAMPLES / "adCampaignGroups" / "03-v202401-search-response.json").read_text()
    )
    page = models.AdCampaignGroupSearchResponse.from_dict(source)
    assert page.elements is not None
    first = page.elements[0]
    assert first is page.elements[0] is next(iter(page.elements))
    first.name = "Renamed"
    assert page.to_dict()["elements"][0]["name"] == "Renamed"


def test_an_unread_page_writes_back_the_objects_it_came_as() -> None:
    source = json.loads(
        (SAMPLES / "adCampaignGroups" / "03-v202401-search-response.json").read_text()
    )
    page = models.AdCampaignGroupSearchResponse.from_dict(source)
    written = page.to_dict()
    assert written == source
    # Shared, not copied: the reason the round trip of a page costs next to nothing.
    assert all(a is b for a, b in zip(written["elements"], source["elements"], strict=True))
    assert page.elements is not None
    page.elements[0]  # noqa: B018 (read: written back from the record from now on)
    again = page.to_dict()
    assert again == source and again["elements"][0] is not source["elements"][0]
    assert again["elements"][1] is source["elements"][1]


def test_a_record_that_does_not_decode_raises_when_read_naming_its_place() -> None:
    decode = Counted()
    records = Records.from_json(
        [{"n": 1}, {"m": 2}, {"n": 3}], decode, ("elements",), (200, "GET", "https://x.test/a")
    )
    assert records[0] == 1 and records[2] == 3
    for read in (lambda: records[1], lambda: records[-2], lambda: list(records)):
        with pytest.raises(ResponseDecodeError) as info:
            read()
        assert info.value.path == ("elements", 1)
        assert (info.value.status, info.value.request_method) == (200, "GET")
        assert isinstance(info.value.__cause__, KeyError)
    assert records.to_json(str) == ["1", {"m": 2}, "3"]  # what was never decoded is kept


def test_a_field_of_a_record_that_does_not_decode_is_named() -> None:
    page = models.AdCampaignGroupSearchResponse.from_dict(
        {"elements": [{"id": 1}, {"id": 2, "totalBudget": {"amount": "ten"}}]}
    )
    assert page.elements is not None and page.elements[0].id == 1
    with pytest.raises(ResponseDecodeError) as info:
        page.elements[1]
    assert info.value.field == "elements[1].totalBudget.amount"


def test_elements_that_are_not_an_array_fail_where_the_field_is_decoded() -> None:
    with pytest.raises(TypeError, match="expected a JSON array"):
        models.AdCampaignGroupSearchResponse.from_dict({"elements": {"id": 1}})


def test_changes_keep_unread_items_in_step() -> None:
    records, _ = lazy(1, 2, 3, 4, 5)
    records.insert(0, 0)
    records.append(6)
    del records[2]  # 2
    records[3] = 40
    records[4:5] = [50, 51]
    assert records.to_json(lambda n: {"n": n}) == [
        {"n": 0},
        {"n": 1},
        {"n": 3},
        {"n": 40},
        {"n": 50},
        {"n": 51},
        {"n": 6},
    ]
    assert records == [0, 1, 3, 40, 50, 51, 6]
    records.sort(reverse=True)
    assert records == [51, 50, 40, 6, 3, 1, 0]
    assert records.pop() == 0 and 1 in records and records.index(40) == 2


def test_records_compare_and_print_as_lists() -> None:
    records, _ = lazy(1, 2)
    as_list = [1, 2]
    assert records == as_list and as_list == records and records != [2, 1]
    assert records == Records([1, 2]) and records != (1, 2)
    assert repr(records) == "Records([1, 2])"
    assert Records([3]).to_json(str) == ["3"]
    with pytest.raises(TypeError):
        hash(records)


def test_copies_and_pickles_keep_what_is_unread() -> None:
    records = Records.from_json([{"id": 5}, {"id": 6}], models.AdCampaignGroup.from_dict)
    records[0].name = "x"
    for other in (copy.deepcopy(records), pickle.loads(pickle.dumps(records))):
        assert other == records
        assert records_to_dicts(other) == [{"id": 5, "name": "x"}, {"id": 6}]


def test_records_to_dicts_takes_any_list_of_records() -> None:
    built = [models.DateRange(start=1), models.DateRange(start=2, end=3)]
    assert records_to_dicts(built) == [{"start": 1}, {"start": 2, "end": 3}]
    response = models.AdCampaignGroupSearchResponse(elements=[models.AdCampaignGroup(id=1)])
    assert response.to_dict() == {"elements": [{"id": 1}]}


# One step applied to a Records and to the list of what it holds must leave both equal.
_steps = st.one_of(
    st.tuples(st.just("get"), st.integers(-8, 8)),
    st.tuples(st.just("set"), st.integers(-8, 8), st.integers(100, 200)),
    st.tuples(st.just("del"), st.integers(-8, 8)),
    st.tuples(st.just("insert"), st.integers(-8, 8), st.integers(100, 200)),
    st.tuples(st.just("slice"), st.integers(-8, 8), st.integers(-8, 8)),
    st.tuples(st.just("assign"), st.integers(-8, 8), st.integers(-8, 8), st.lists(st.integers())),
)


@given(st.lists(st.integers(0, 99), max_size=8), st.lists(_steps, max_size=12))
def test_records_behave_as_a_list(numbers: list[int], steps: list[tuple[Any, ...]]) -> None:
    records, _ = lazy(*numbers)
    expected = list(numbers)
    for step in steps:
        kind, *args = step
        outcomes = []
        for target in (records, expected):
            try:
                if kind == "get":
                    outcomes.append(target[args[0]])
                elif kind == "set":
                    target[args[0]] = args[1]
                elif kind == "del":
                    del target[args[0]]
                elif kind == "insert":
                    target.insert(args[0], args[1])
                elif kind == "slice":
                    outcomes.append(list(target[args[0] : args[1]]))
                else:
                    target[args[0] : args[1]] = args[2]
            except IndexError:
                outcomes.append(IndexError)
        assert outcomes[:1] == outcomes[1:]
        assert records == expected
        assert records.to_json(lambda n: {"n": n}) == [{"n": n} for n in expected]


def test_a_shallow_copy_is_a_new_list_of_the_same_records() -> None:
    records, decode = lazy(1, 2, 3)
    for other in (records.copy(), copy.copy(records)):
        other.append(4)
        del other[0]
        assert records == [1, 2, 3] and other == [2, 3, 4]
    assert len(decode.calls) == 3 + 2 * 2  # each copy decodes its own unread items


def test_records_of_a_page_share_the_urns_they_point_at() -> None:
    first, second = (
        models.Creative.from_dict(
            {"id": f"urn:li:sponsoredCreative:{n}", "account": "urn:li:sponsoredAccount:5"}
        )
        for n in (1, 2)
    )
    assert first.account is second.account
    assert type(first.account) is models.SponsoredAccountUrn and first.account.id == 5
    # A record's own URN is not kept: each comes once in a page.
    again = models.Creative.from_dict({"id": "urn:li:sponsoredCreative:1"})
    assert first.id == again.id and first.id is not again.id


def test_the_urns_kept_for_reuse_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(values, "URN_CACHE_SIZE", 3)
    cache: dict[Any, models.SponsoredAccountUrn] = {}
    for n in range(10):
        urn = values.intern_urn(cache, models.SponsoredAccountUrn, f"urn:li:sponsoredAccount:{n}")
        assert cache[urn] is urn and len(cache) <= 3


def test_a_urn_field_holding_an_object_is_a_decode_error() -> None:
    page = models.CreativeCriteriaResponse.from_dict({"elements": [{"account": {"id": 5}}]})
    assert page.elements is not None
    with pytest.raises(ResponseDecodeError) as info:
        page.elements[0]
    assert info.value.field == "elements[0].account"
