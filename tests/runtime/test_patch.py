"""Partial-update patches (protocol reference §7): one test per rule, plus a property test."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from linkedin_marketing.restli import build_batch_patch, build_patch


class Model:
    """Stands in for a generated model: anything with to_dict()."""

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self.fields)


def test_changed_field_is_set() -> None:
    assert build_patch({"name": "a", "test": False}, {"name": "b", "test": False}) == {
        "patch": {"$set": {"name": "b"}}
    }


def test_new_field_is_set() -> None:
    assert build_patch({"name": "a"}, {"name": "a", "test": True}) == {
        "patch": {"$set": {"test": True}}
    }


def test_removed_field_is_deleted() -> None:
    assert build_patch({"name": "a", "notes": "x"}, {"name": "a"}) == {
        "patch": {"$delete": ["notes"]}
    }


def test_field_set_to_none_is_deleted() -> None:
    assert build_patch({"name": "a", "notes": "x"}, {"name": "a", "notes": None}) == {
        "patch": {"$delete": ["notes"]}
    }


def test_changed_field_of_existing_nested_record_is_a_nested_patch() -> None:
    original = {"runSchedule": {"start": 1, "end": 2}, "name": "a"}
    modified = {"runSchedule": {"start": 1, "end": 3}, "name": "a"}
    assert build_patch(original, modified) == {"patch": {"runSchedule": {"$set": {"end": 3}}}}


def test_removed_field_of_nested_record_is_a_nested_delete() -> None:
    original = {"runSchedule": {"start": 1, "end": 2}}
    modified = {"runSchedule": {"start": 1}}
    assert build_patch(original, modified) == {"patch": {"runSchedule": {"$delete": ["end"]}}}


def test_deeply_nested_change() -> None:
    original = {"a": {"b": {"c": 1, "d": 2}, "e": 3}}
    modified = {"a": {"b": {"c": 5, "d": 2}, "e": 3}}
    assert build_patch(original, modified) == {"patch": {"a": {"b": {"$set": {"c": 5}}}}}


def test_new_nested_record_is_set_at_the_parent() -> None:
    original = {"name": "a"}
    modified = {"name": "a", "runSchedule": {"start": 1}}
    assert build_patch(original, modified) == {"patch": {"$set": {"runSchedule": {"start": 1}}}}


def test_record_replacing_a_non_record_is_set() -> None:
    assert build_patch({"x": "text"}, {"x": {"y": 1}}) == {"patch": {"$set": {"x": {"y": 1}}}}
    assert build_patch({"x": {"y": 1}}, {"x": 5}) == {"patch": {"$set": {"x": 5}}}


def test_removed_nested_record_is_deleted() -> None:
    assert build_patch({"runSchedule": {"start": 1}, "n": 1}, {"n": 1}) == {
        "patch": {"$delete": ["runSchedule"]}
    }


def test_lists_are_replaced_whole() -> None:
    original = {"locale": {"country": "US"}, "tags": [{"a": 1}, {"a": 2}]}
    modified = {"locale": {"country": "US"}, "tags": [{"a": 1}, {"a": 3}]}
    assert build_patch(original, modified) == {"patch": {"$set": {"tags": [{"a": 1}, {"a": 3}]}}}
    assert build_patch({"ids": [1, 2]}, {"ids": [2, 1]}) == {"patch": {"$set": {"ids": [2, 1]}}}
    assert build_patch({"ids": [1, 2]}, {"ids": [1, 2]}) == {"patch": {}}


def test_identical_objects_give_an_empty_patch() -> None:
    value = {"name": "a", "runSchedule": {"start": 1}, "tags": ["x"]}
    assert build_patch(value, copy.deepcopy(value)) == {"patch": {}}
    assert build_patch({}, {}) == {"patch": {}}
    assert build_patch({"a": None}, {}) == {"patch": {}}


def test_set_delete_and_nested_together() -> None:
    original = {"a": 1, "b": {"x": 1, "y": 2}, "c": [1], "d": 5}
    modified = {"a": 2, "b": {"x": 1, "y": 3}, "c": [1, 2], "e": {"z": 1}}
    assert build_patch(original, modified) == {
        "patch": {
            "b": {"$set": {"y": 3}},
            "$set": {"a": 2, "c": [1, 2], "e": {"z": 1}},
            "$delete": ["d"],
        }
    }


def test_models_are_diffed_through_to_dict() -> None:
    original = Model(name="a", totalBudget={"amount": "100.00", "currencyCode": "USD"})
    modified = Model(name="a", totalBudget={"amount": "150.00", "currencyCode": "USD"})
    assert build_patch(original, modified) == {
        "patch": {"totalBudget": {"$set": {"amount": "150.00"}}}
    }


def test_nested_models_and_decimals() -> None:
    original = {"budget": Model(amount=Decimal("1.0"), currencyCode="USD")}
    modified = {"budget": Model(amount=Decimal("2.5"), currencyCode="USD")}
    assert build_patch(original, modified) == {
        "patch": {"budget": {"$set": {"amount": Decimal("2.5")}}}
    }


def test_nulls_inside_set_records_are_dropped() -> None:
    assert build_patch({}, {"r": {"a": None, "b": [{"c": None, "d": 1}]}}) == {
        "patch": {"$set": {"r": {"b": [{"d": 1}]}}}
    }


def test_inputs_are_not_modified() -> None:
    original = {"a": {"b": 1}}
    modified = {"a": {"b": 2}}
    build_patch(original, modified)
    assert original == {"a": {"b": 1}} and modified == {"a": {"b": 2}}


def test_batch_form_uses_reduced_keys() -> None:
    changes = {
        "urn:li:sponsoredCreative:1": ({"s": "ACTIVE"}, {"s": "PAUSED"}),
        123: ({"n": "a"}, {"n": "a"}),
        "a b(c)": ({}, {"x": 1}),
    }
    assert build_batch_patch(changes) == {
        "entities": {
            "urn%3Ali%3AsponsoredCreative%3A1": {"patch": {"$set": {"s": "PAUSED"}}},
            "123": {"patch": {}},
            "a b%28c%29": {"patch": {"$set": {"x": 1}}},
        }
    }


# --- Property: applying the patch to the original gives the modified object ------------------


def apply_patch(value: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(value)
    for key in patch.get("$delete", []):
        result.pop(key, None)
    for key, new in patch.get("$set", {}).items():
        result[key] = copy.deepcopy(new)
    for key, nested in patch.items():
        if not key.startswith("$"):
            result[key] = apply_patch(result[key], nested)
    return result


leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=3)
records = st.recursive(
    st.dictionaries(st.sampled_from("abcd"), leaves, max_size=4),
    lambda inner: st.dictionaries(
        st.sampled_from("abcd"), leaves | inner | st.lists(leaves, max_size=2), max_size=4
    ),
    max_leaves=12,
)


def without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: without_none(item) for key, item in value.items() if item is not None}
    return value


@given(records, records)
def test_patch_turns_original_into_modified(original: Any, modified: Any) -> None:
    patch = build_patch(original, modified)["patch"]
    assert without_none(apply_patch(without_none(original), patch)) == without_none(modified)
    if without_none(original) == without_none(modified):
        assert patch == {}
