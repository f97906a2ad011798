"""Each template kind, rendered from the widgets API (tests/specs.py) and exercised."""

from __future__ import annotations

import asyncio
import inspect
import json
import tomllib
from decimal import Decimal
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from linkedin_marketing.errors import RequestValidationError, ResponseDecodeError
from linkedin_marketing.restli import decode
from linkedin_marketing.transport import RestliResponse

from generator.render import RUNTIME_DIR, Renderer
from tests.specs import build, document, parse_document, release


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build(document(), tmp_path_factory.mktemp("widgets"))


WIDGET = {
    "id": 7,
    "name": "Gizmo",
    "color": "RED",
    "shape": "ROUND",
    "price": {"amount": "10.50", "currencyCode": "EUR"},
    "owner": "urn:li:organization:5",
    "self": "urn:li:widget:7",
    "tags": ["a", "b"],
    "parts": [{"label": "x", "weight": 3}],
    "attributes": {"size": 4},
    "serial": "S-1",
    "audit": {"created": 1},
    "ratio": 0.5,
    "anything": [1, {"a": None}],
    "class": True,
    "futureField": {"nested": [1, 2]},
}


# --- urns.py ---------------------------------------------------------------------------------


def test_urn_helpers(pkg: ModuleType) -> None:
    urn = pkg.urns.WidgetUrn.from_id(42)
    assert urn == "urn:li:widget:42" and urn.id == 42 and isinstance(urn, str)
    assert pkg.urns.PersonUrn.from_id("abc").id == "abc"
    assert pkg.urns.WidgetUrn.parse("urn:li:widget:1").entity_type == "widget"
    with pytest.raises(ValueError, match="not a urn:li:widget URN"):
        pkg.urns.WidgetUrn.parse("urn:li:person:1")
    union = pkg.urns.parse_person_urn_or_organization_urn
    assert type(union("urn:li:person:x")) is pkg.urns.PersonUrn
    assert type(union("urn:li:organization:1")) is pkg.urns.OrganizationUrn


# --- enums.py --------------------------------------------------------------------------------


def test_enums_accept_unknown_values(pkg: ModuleType) -> None:
    color = pkg.enums.Color
    assert color("RED") is color.RED and color.RED.is_known
    assert color.DARK_BLUE.value == "dark-blue"
    unknown = color("ULTRAVIOLET")
    assert unknown.value == "ULTRAVIOLET" and not unknown.is_known and unknown == "ULTRAVIOLET"
    # Value descriptions are attribute docstrings, for readers and documentation tools.
    assert 'RED = "RED"\n    """Like a tomato."""' in inspect.getsource(pkg.enums)


# --- models.py -------------------------------------------------------------------------------


def test_model_round_trip_keeps_everything(pkg: ModuleType) -> None:
    widget = pkg.models.Widget.from_dict(json.loads(json.dumps(WIDGET)))
    assert widget.price.amount == Decimal("10.50")
    assert type(widget.owner) is pkg.urns.OrganizationUrn and widget.self_.id == 7
    assert widget.color is pkg.enums.Color.RED and widget.shape is pkg.enums.WidgetShape.ROUND
    assert widget.parts[0].label == "x" and widget.parts[0].unknown_fields == {"weight": 3}
    assert widget.class_ is True
    assert widget.unknown_fields == {"futureField": {"nested": [1, 2]}}
    assert widget.to_dict() == WIDGET
    assert json.loads(json.dumps(widget.to_dict())) == WIDGET
    assert pkg.models.Widget.from_dict(widget.to_dict()) == widget


def test_model_request_dict_leaves_out_read_only_fields(pkg: ModuleType) -> None:
    widget = pkg.models.Widget.from_dict(WIDGET)
    sent = widget.to_request_dict()
    assert "id" not in sent and "audit" not in sent
    assert sent["futureField"] == {"nested": [1, 2]} and sent["name"] == "Gizmo"
    # A record without read-only fields sends what it has.
    assert pkg.models.Part.to_request_dict is pkg.models.Part.to_dict


def test_model_constructor_and_docstrings(pkg: ModuleType) -> None:
    money = pkg.models.MoneyAmount(amount=Decimal("0.0000001"), currency_code="USD")
    assert money.to_dict() == {"amount": "0.0000001", "currencyCode": "USD"}
    assert repr(money) == "MoneyAmount(amount=Decimal('1E-7'), currency_code='USD')"
    doc = pkg.models.Widget.__doc__
    assert 'said to be "useful"' in doc and "name: The name." in doc
    assert "Read-only: set by LinkedIn, never sent." in doc


@pytest.mark.parametrize(
    ("widget", "for_create", "field"),
    [
        ({"color": "RED"}, True, "name"),
        ({"name": "x" * 11}, False, "name"),
        ({"name": "ok", "color": "RED", "tags": ["1", "2", "3", "4"]}, True, "tags"),
        ({"name": "ok", "color": "RED", "parts": [{"label": "toolong"}]}, True, "parts[0].label"),
        ({"name": "ok", "color": "RED", "parts": [{}]}, True, "parts[0].label"),
    ],
)
def test_model_validation_names_the_field(
    pkg: ModuleType, widget: dict[str, Any], for_create: bool, field: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        pkg.models.Widget.from_dict(widget).validate(for_create=for_create)
    assert caught.value.field == field
    assert field in str(caught.value)


def test_model_validation_passes_valid_records(pkg: ModuleType) -> None:
    pkg.models.Widget.from_dict({"name": "ok", "color": "RED"}).validate(for_create=True)
    pkg.models.Widget.from_dict({"name": "ok"}).validate()  # required only on create


# --- resources and client --------------------------------------------------------------------


class Recorder:
    def __init__(self, responses: list[httpx.Response]) -> None:
        self.responses = responses
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0)

    @property
    def last(self) -> tuple[str, str, dict[str, Any], Any]:
        request = self.requests[-1]
        url = urlsplit(str(request.url))
        # Rest.li values are decoded from the raw query: percent-decoding first would turn
        # escaped grammar characters inside strings into grammar.
        pairs = [part.partition("=") for part in url.query.split("&") if part]
        query = {name: decode(value) for name, _, value in pairs}
        body = json.loads(request.content) if request.content else None
        return request.method, url.path, query, body


def client(pkg: ModuleType, *responses: httpx.Response) -> tuple[Any, Recorder]:
    recorder = Recorder(list(responses))
    return pkg.LinkedInClient("token", transport=httpx.MockTransport(recorder)), recorder


def test_entity_methods(pkg: ModuleType) -> None:
    urn = pkg.urns.WidgetUrn.from_id(7)
    api, calls = client(pkg, httpx.Response(200, json=WIDGET), httpx.Response(204))
    widget = api.widgets.get(owner_id=3, widget_urn=urn)
    assert widget.to_dict() == WIDGET
    assert calls.last == ("GET", "/rest/owners/3/widgets/urn%3Ali%3Awidget%3A7", {}, None)
    headers = calls.requests[-1].headers
    assert headers["LinkedIn-Version"] == api.widgets._session.config.version
    assert headers["X-Restli-Protocol-Version"] == "2.0.0"
    assert headers["X-RestLi-Method"] == "GET"
    api.widgets.delete(owner_id=3, widget_urn=urn)
    assert calls.last[:2] == ("DELETE", "/rest/owners/3/widgets/urn%3Ali%3Awidget%3A7")


def test_create_validates_and_returns_the_typed_key(pkg: ModuleType) -> None:
    api, calls = client(pkg, httpx.Response(201, headers={"x-restli-id": "urn%3Ali%3Awidget%3A9"}))
    new = pkg.models.Widget(id=1, name="New", color=pkg.enums.Color.DARK_BLUE)
    key = api.widgets.create(new, owner_id=3)
    assert key == "urn:li:widget:9" and type(key) is pkg.urns.WidgetUrn
    assert calls.last == (
        "POST",
        "/rest/owners/3/widgets",
        {},
        {"name": "New", "color": "dark-blue"},
    )
    with pytest.raises(RequestValidationError, match="color"):
        api.widgets.create(pkg.models.Widget(name="x"), owner_id=3)
    assert len(calls.requests) == 1  # refused before sending


def test_partial_updates_refuse_create_only_fields(pkg: ModuleType) -> None:
    urn = pkg.urns.WidgetUrn.from_id(7)
    api, calls = client(pkg, httpx.Response(204), httpx.Response(200, json={"results": {}}))
    original = pkg.models.Widget.from_dict(WIDGET)
    modified = pkg.models.Widget.from_dict({**WIDGET, "name": "Renamed", "id": 99})
    api.widgets.partial_update(owner_id=3, widget_urn=urn, original=original, modified=modified)
    assert calls.last[3] == {"patch": {"$set": {"name": "Renamed"}}}  # read-only id not sent
    assert calls.requests[-1].headers["X-RestLi-Method"] == "PARTIAL_UPDATE"
    changed = pkg.models.Widget.from_dict({**WIDGET, "serial": "S-2"})
    with pytest.raises(RequestValidationError) as caught:
        api.widgets.partial_update(owner_id=3, widget_urn=urn, original=original, modified=changed)
    assert caught.value.field == "serial"
    with pytest.raises(RequestValidationError):
        api.widgets.batch_partial_update({urn: (original, changed)}, owner_id=3)
    result = api.widgets.batch_partial_update({urn: (original, modified)}, owner_id=3)
    assert result.ok
    method, path, query, body = calls.last
    assert query == {"ids": ["urn:li:widget:7"]}
    assert body == {"entities": {"urn%3Ali%3Awidget%3A7": {"patch": {"$set": {"name": "Renamed"}}}}}
    assert len(calls.requests) == 2


def test_batch_methods(pkg: ModuleType) -> None:
    key = "urn%3Ali%3Awidget%3A7"
    api, calls = client(
        pkg,
        httpx.Response(200, json={"results": {key: WIDGET}, "errors": {}}),
        httpx.Response(200, json={"elements": [{"status": 201, "id": "urn:li:widget:8"}]}),
        httpx.Response(200, json={"results": {key: {"status": 204}}}),
    )
    urn = pkg.urns.WidgetUrn.from_id(7)
    found = api.widgets.batch_get([urn], owner_id=3)
    assert found.results[urn].to_dict() == WIDGET
    assert type(next(iter(found.results))) is pkg.urns.WidgetUrn
    assert calls.last[2] == {"ids": ["urn:li:widget:7"]}
    created = api.widgets.batch_create([pkg.models.Widget(name="a", color="RED")], owner_id=3)
    assert created.ids == ["urn:li:widget:8"]
    assert calls.last[3] == {"elements": [{"name": "a", "color": "RED"}]}
    assert calls.requests[-1].headers["X-RestLi-Method"] == "BATCH_CREATE"
    deleted = api.widgets.batch_delete([urn], owner_id=3)
    assert deleted.statuses == {urn: 204}
    assert calls.last[:3] == ("DELETE", "/rest/owners/3/widgets", {"ids": ["urn:li:widget:7"]})


def test_finders_encode_criteria_and_page(pkg: ModuleType) -> None:
    page1 = {"elements": [WIDGET], "metadata": {"nextPageToken": "t,2"}}
    page2 = {"elements": [WIDGET], "metadata": {}}
    api, calls = client(pkg, httpx.Response(200, json=page1), httpx.Response(200, json=page2))
    criteria = pkg.models.WidgetCriteria(
        colors=pkg.models.WidgetCriteriaColors(values=[pkg.enums.Color.RED]),
        owners=[pkg.urns.PersonUrn.from_id("a:b")],
    )
    page = api.widgets.find_by_search(owner_id=3, search=criteria, page_size=10)
    assert calls.last[2] == {
        "q": "search",
        "search": {"colors": {"values": ["RED"]}, "owners": ["urn:li:person:a:b"]},
        "pageSize": "10",
    }
    assert "search=(colors:(values:List(RED)),owners:List(urn%3Ali%3Aperson%3Aa%3Ab))" in str(
        calls.requests[-1].url
    )
    assert [w.name for w in page.iter_all()] == ["Gizmo", "Gizmo"]
    assert calls.last[2]["pageToken"] == "t,2"
    with pytest.raises(RequestValidationError, match="pageSize"):
        api.widgets.find_by_search(owner_id=3, page_size=51)
    with pytest.raises(RequestValidationError) as caught:
        api.widgets.find_by_search(
            owner_id=3, search=pkg.models.WidgetCriteria(colors=pkg.models.WidgetCriteriaColors())
        )
    assert caught.value.field == "search.colors.values"


def test_index_paged_finder_and_parameter_limits(pkg: ModuleType) -> None:
    api, calls = client(pkg, httpx.Response(200, json={"elements": [], "paging": {}}))
    page = api.widgets.find_by_by_name(owner_id=3, name="ab", start=5, count=20)
    assert page.elements == []
    assert calls.last[2] == {"q": "byName", "name": "ab", "start": "5", "count": "20"}
    with pytest.raises(RequestValidationError, match="name"):
        api.widgets.find_by_by_name(owner_id=3, name="abcde")
    with pytest.raises(RequestValidationError, match="count"):
        api.widgets.find_by_by_name(owner_id=3, name="ab", count=21)


def test_action(pkg: ModuleType) -> None:
    api, calls = client(pkg, httpx.Response(200, json={"value": {"done": True}}))
    answer = api.widgets.paint_all(owner_id=3, color=pkg.enums.Color.RED, coats=2)
    assert answer.value.done is True
    assert calls.last == (
        "POST",
        "/rest/owners/3/widgets",
        {"action": "paintAll"},
        {"color": "RED", "coats": 2},
    )
    with pytest.raises(RequestValidationError, match="coats"):
        api.widgets.paint_all(owner_id=3, color=pkg.enums.Color.RED, coats=4)


def test_async_client(pkg: ModuleType) -> None:
    recorder = Recorder([httpx.Response(200, json={"elements": [WIDGET], "metadata": {}})])

    async def run() -> list[Any]:
        async with pkg.AsyncLinkedInClient("token", transport=httpx.MockTransport(recorder)) as api:
            page = await api.widgets.find_by_search(owner_id=3)
            return [w async for w in page.iter_all()]

    widgets = asyncio.run(run())
    assert widgets[0].to_dict() == WIDGET
    assert recorder.last[2] == {"q": "search"}


def test_version_package_exports(pkg: ModuleType) -> None:
    assert {"LinkedInClient", "AsyncLinkedInClient", "Widget", "Color", "WidgetUrn"} <= set(
        pkg.__all__
    )
    assert pkg.__name__.rsplit(".v", 1)[1] == pkg.API_VERSION


# --- README.md and openapi.json ---------------------------------------------------------------


def test_readme_and_resolved_spec() -> None:
    doc = document()
    files = Renderer().version_files(parse_document(doc, "209912"), doc, release("209912"))
    readme = files["linkedin_marketing/v209912/README.md"]
    assert "### `client.widgets` (`widgets`)" in readme
    assert (
        "| `find_by_search` | FINDER `search`, cursor paging | `GET /owners/{ownerId}/widgets` |"
        in readme
    )
    assert "### `Widget`" in readme and "`Color`: `RED`, `dark-blue`" in readme
    assert json.loads(files["linkedin_marketing/v209912/openapi.json"]) == doc


# --- the package around the versions -----------------------------------------------------------


def test_package_files() -> None:
    files = Renderer().package_files([release("202401"), release("202410")], "1.2.3")
    project = tomllib.loads(files["pyproject.toml"])["project"]
    assert project["name"] == "linkedin-marketing" and project["version"] == "1.2.3"
    assert [d.split(">")[0] for d in project["dependencies"]] == ["httpx"]
    assert files["linkedin_marketing/py.typed"] == ""
    namespace: dict[str, Any] = {}
    exec(files["linkedin_marketing/__init__.py"], namespace)
    assert namespace["API_VERSIONS"] == ("202401", "202410")
    assert "linkedin_marketing.v202410" in files["README.md"]
    assert "| `202410` | 2024-10 | 2025-10-15 (estimated) |" in files["README.md"]


def test_runtime_is_copied_verbatim_and_the_version_rendered() -> None:
    renderer = Renderer()
    files = renderer.runtime_files()
    source = RUNTIME_DIR / "restli.py"
    assert files["linkedin_marketing/restli.py"] == source.read_text(encoding="utf-8")
    assert "linkedin_marketing/__init__.py" not in files
    assert not any(path.endswith(".pyi") for path in files)
    package = renderer.package_files([release("202409"), release("202410")], "9.9")
    namespace: dict[str, Any] = {}
    exec(package["linkedin_marketing/_version.py"], namespace)
    assert namespace["PACKAGE_VERSION"] == "9.9"
    assert namespace["NEWEST_API_VERSION"] == "202410"


def test_unpaged_get_all_and_update(pkg: ModuleType) -> None:
    api, calls = client(
        pkg, httpx.Response(200, json={"elements": [{"size": 2}]}), httpx.Response(204)
    )
    assert [g.size for g in api.gadgets.get_all()] == [2]
    assert calls.last == ("GET", "/rest/gadgets", {}, None)
    api.gadgets.update(pkg.models.Gadget(size=3), gadget_id=5)
    assert calls.last == ("PUT", "/rest/gadgets/5", {}, {"size": 3})
    assert calls.requests[-1].headers["X-RestLi-Method"] == "UPDATE"
    with pytest.raises(RequestValidationError, match="size"):
        api.gadgets.update(pkg.models.Gadget(size=0), gadget_id=5)


def test_unknown_fields_are_found_on_demand_and_can_be_replaced(pkg: ModuleType) -> None:
    part = pkg.models.Part.from_dict({"label": "x", "weight": 3})
    assert part == pkg.models.Part(label="x", unknown_fields={"weight": 3})
    assert part != pkg.models.Part(label="x")
    assert repr(part) == "Part(label='x', unknown_fields={'weight': 3})"
    part.unknown_fields = None
    assert part.to_dict() == {"label": "x"}
    plain = pkg.models.Part.from_dict({"label": "y"})
    assert plain.unknown_fields is None and plain.to_request_dict() == {"label": "y"}


# --- broken responses ------------------------------------------------------------------------

WIDGET_URN = "urn:li:widget:7"


@pytest.mark.parametrize(
    ("changes", "path", "reason"),
    [
        ({"price": {"amount": "ten", "currencyCode": "EUR"}}, ("price", "amount"), "'ten'"),
        ({"price": "10.50"}, ("price",), "expected a JSON object, got a string"),
        ({"parts": [{"label": "x"}, "oops"]}, ("parts", 1), "expected a JSON object"),
        ({"parts": "abc"}, ("parts",), "expected an array, got a string"),
        ({"parts": 5}, ("parts",), "5"),
        ({"color": ["RED"]}, ("color",), "['RED']"),
        ({"shape": 5}, ("shape",), "5"),
        ({"owner": 5}, ("owner",), "5"),
        (
            {"audit": {"created": 1}, "name": "ok", "parts": [{"label": "a"}, {"label": "b"}, 3]},
            ("parts", 2),
            "got a number",
        ),
    ],
)
def test_a_field_of_the_wrong_type_names_its_path(
    pkg: ModuleType, changes: dict[str, Any], path: tuple[Any, ...], reason: str
) -> None:
    api, _ = client(pkg, httpx.Response(200, json={**WIDGET, **changes}))
    with pytest.raises(ResponseDecodeError) as info:
        api.widgets.get(owner_id=3, widget_urn=WIDGET_URN)
    error = info.value
    assert error.path == path
    assert reason in error.reason
    assert error.status == 200
    assert error.request_method == "GET"
    assert (
        error.request_url == "https://api.linkedin.com/rest/owners/3/widgets/urn%3Ali%3Awidget%3A7"
    )


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx.Response(204), "no body"),
        (httpx.Response(302, headers={"Location": "https://elsewhere.test/"}), "no body"),
        (httpx.Response(200, json=[WIDGET]), "expected a JSON object, got an array"),
        (httpx.Response(200, content=b'{"id": 7, "name": "Giz'), "not valid JSON"),
    ],
)
def test_get_without_an_object_raises(
    pkg: ModuleType, response: httpx.Response, reason: str
) -> None:
    api, _ = client(pkg, response)
    with pytest.raises(ResponseDecodeError) as info:
        api.widgets.get(owner_id=3, widget_urn=WIDGET_URN)
    assert info.value.path == ()
    assert reason in info.value.reason
    assert info.value.status == response.status_code
    assert f"HTTP {response.status_code}" in str(info.value)


def test_finders_get_all_actions_and_batches_name_the_path(pkg: ModuleType) -> None:
    bad = {**WIDGET, "price": {"amount": "x"}}
    key = "urn%3Ali%3Awidget%3A7"
    api, _ = client(
        pkg,
        httpx.Response(200, json={"elements": [WIDGET, bad], "metadata": {}}),
        httpx.Response(200, json={"elements": None}),
        httpx.Response(200, json={"elements": [{"size": 1}, {"size": "big"}, []]}),
        httpx.Response(200, json={"value": "done"}),
        httpx.Response(200, json={"results": {key: bad}}),
    )
    calls: list[tuple[Any, tuple[Any, ...]]] = [
        (
            lambda: list(api.widgets.find_by_search(owner_id=3).elements),
            ("elements", 1, "price", "amount"),
        ),
        (lambda: api.gadgets.get_all(), ("elements",)),
        (lambda: api.gadgets.get_all(), ("elements", 2)),
        (
            lambda: api.widgets.paint_all(owner_id=3, color=pkg.enums.Color.RED),
            ("value",),
        ),
        (
            lambda: api.widgets.batch_get([WIDGET_URN], owner_id=3),
            ("results", key, "price", "amount"),
        ),
    ]
    for call, path in calls:
        with pytest.raises(ResponseDecodeError) as info:
            call()
        assert info.value.path == path
        assert info.value.status == 200


def test_the_async_client_raises_the_same_error(pkg: ModuleType) -> None:
    recorder = Recorder([httpx.Response(200, json={"elements": [WIDGET, {"parts": 1}]})])

    async def run() -> None:
        transport = httpx.MockTransport(recorder)
        async with pkg.AsyncLinkedInClient("token", transport=transport) as api:
            page = await api.widgets.find_by_search(owner_id=3)
            assert page.elements[0].name == WIDGET["name"]
            page.elements[1]

    with pytest.raises(ResponseDecodeError) as info:
        asyncio.run(run())
    assert info.value.path == ("elements", 1, "parts")


def test_a_subclass_of_a_record_still_names_the_field(pkg: ModuleType) -> None:
    class NotedWidget(pkg.models.Widget):  # type: ignore[name-defined,misc]
        __slots__ = ("note",)

    response = RestliResponse(200, httpx.Headers(), {**WIDGET, "price": {"amount": "ten"}})
    with pytest.raises(ResponseDecodeError) as info:
        response.decode(NotedWidget.from_dict)
    assert info.value.path == ("price", "amount")
