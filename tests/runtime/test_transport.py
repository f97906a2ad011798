"""The transport, sync and async, through httpx.MockTransport: headers, URLs, tunneling, ids,
errors, retries and logging."""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import logging
import re
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import pytest
from linkedin_marketing.errors import (
    BadRequestError,
    ForbiddenError,
    LinkedInError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    UnauthorizedError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    VersionSunsetError,
    upgrade_advice,
)
from linkedin_marketing.restli import decode, encode
from linkedin_marketing.transport import (
    PACKAGE_VERSION,
    AsyncTransport,
    ClientConfig,
    RestliRequest,
    SyncTransport,
)

from tests.runtime.helpers import (
    BASE,
    MODES,
    TOKEN,
    VERSION,
    FakeClock,
    Harness,
    Server,
    json_response,
    make_config,
    sequence,
)

FINDER = RestliRequest(
    "GET",
    "FINDER",
    "/adAccounts",
    (("q", "search"), ("search", encode({"status": {"values": ["ACTIVE", "DRAFT"]}}))),
    retry_safe=True,
)
CREATE = RestliRequest("POST", "CREATE", "/adAccounts", body={"name": "Acme", "test": True})


@pytest.mark.parametrize("mode", MODES)
def test_protocol_headers_and_exact_url(mode: str) -> None:
    harness = Harness(mode)
    harness.send(FINDER)
    (request,) = harness.requests
    assert request.method == "GET"
    assert str(request.url) == (
        f"{BASE}/adAccounts?q=search&search=(status:(values:List(ACTIVE,DRAFT)))"
    )
    assert (
        request.url.raw_path
        == b"/rest/adAccounts?q=search&search=(status:(values:List(ACTIVE,DRAFT)))"
    )
    headers = request.headers
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["LinkedIn-Version"] == VERSION
    assert headers["X-Restli-Protocol-Version"] == "2.0.0"
    assert headers["X-RestLi-Method"] == "FINDER"
    assert headers["User-Agent"] == f"linkedin-marketing-python/{PACKAGE_VERSION}"
    assert "Content-Type" not in headers


@pytest.mark.parametrize("mode", MODES)
def test_body_is_json_with_content_type(mode: str) -> None:
    harness = Harness(mode, lambda request: httpx.Response(201))
    harness.send(CREATE)
    (request,) = harness.requests
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-RestLi-Method"] == "CREATE"
    assert json.loads(request.content) == {"name": "Acme", "test": True}


def test_urn_keys_reach_the_server_encoded_once() -> None:
    harness = Harness("sync")
    path = "/adAccounts/1/creatives/" + encode("urn:li:sponsoredCreative:120491345", "path")
    harness.send(RestliRequest("GET", "GET", path))
    (request,) = harness.requests
    assert request.url.raw_path == (
        b"/rest/adAccounts/1/creatives/urn%3Ali%3AsponsoredCreative%3A120491345"
    )


def test_custom_user_agent_and_base_url() -> None:
    server = Server()
    config = ClientConfig(
        version=VERSION, access_token=TOKEN, base_url="http://127.0.0.1:9/rest/", user_agent="x/1"
    )
    with SyncTransport(config, transport=httpx.MockTransport(server)) as transport:
        transport.send(RestliRequest("GET", "GET", "/adAccounts/1"))
    assert str(server.requests[0].url) == "http://127.0.0.1:9/rest/adAccounts/1"
    assert server.requests[0].headers["User-Agent"] == "x/1"


def test_set_in_a_body_is_sent_sorted() -> None:
    # A set iterates in an order that follows the hash seed; the bytes sent must not.
    harness = Harness("sync")
    body = {"ids": {"urn:li:a:3", "urn:li:a:1", "urn:li:a:2"}, "pair": ("x", "y")}
    harness.send(RestliRequest("POST", "ACTION", "/things", (("action", "go"),), body=body))
    (request,) = harness.requests
    assert json.loads(request.content) == {
        "ids": ["urn:li:a:1", "urn:li:a:2", "urn:li:a:3"],
        "pair": ["x", "y"],
    }


def test_config_refuses_empty_token() -> None:
    with pytest.raises(ValueError):
        ClientConfig(version=VERSION, access_token="")


def test_config_repr_hides_the_token() -> None:
    assert TOKEN not in repr(ClientConfig(version=VERSION, access_token=TOKEN))


# --- Query tunneling ------------------------------------------------------------------------

URNS = [f"urn:li:sponsoredCreative:{1000000000 + index}" for index in range(300)]


@pytest.mark.parametrize("mode", MODES)
def test_long_query_without_body_is_tunneled_as_form(mode: str) -> None:
    harness = Harness(mode)
    ids = encode(URNS)
    harness.send(RestliRequest("GET", "BATCH_GET", "/creatives", (("ids", ids),), retry_safe=True))
    (request,) = harness.requests
    assert len("ids=" + ids) > 4000
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/creatives"
    assert request.headers["X-HTTP-Method-Override"] == "GET"
    assert request.headers["X-RestLi-Method"] == "BATCH_GET"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == f"ids={ids}".encode()
    params = parse_qsl(request.content.decode(), strict_parsing=True)
    assert [name for name, _ in params] == ["ids"]
    assert decode(request.content.decode().split("=", 1)[1]) == URNS


@pytest.mark.parametrize("mode", MODES)
def test_long_query_with_body_is_tunneled_as_multipart(mode: str) -> None:
    harness = Harness(mode, lambda request: json_response(200, {"results": {}}))
    body = {"entities": {encode(urn, "reduced"): {"patch": {"$set": {"x": 1}}} for urn in URNS}}
    ids = encode(URNS)
    harness.send(RestliRequest("POST", "BATCH_PARTIAL_UPDATE", "/creatives", (("ids", ids),), body))
    (request,) = harness.requests
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/creatives"
    assert request.headers["X-HTTP-Method-Override"] == "POST"
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/mixed; boundary=")
    message = email.message_from_bytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content,
        policy=email.policy.HTTP,
    )
    parts = list(message.iter_parts())  # type: ignore[attr-defined]
    assert [part.get_content_type() for part in parts] == [
        "application/x-www-form-urlencoded",
        "application/json",
    ]
    assert parts[0].get_payload() == f"ids={ids}"
    assert json.loads(parts[1].get_payload()) == body


def test_short_query_is_not_tunneled() -> None:
    harness = Harness("sync")
    harness.send(RestliRequest("GET", "BATCH_GET", "/creatives", (("ids", encode(URNS[:10])),)))
    (request,) = harness.requests
    assert request.method == "GET"
    assert "X-HTTP-Method-Override" not in request.headers


# --- Created ids ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            {"x-restli-id": "urn%3Ali%3AsponsoredCampaignGroup%3A123"},
            "urn:li:sponsoredCampaignGroup:123",
        ),
        ({"x-linkedin-id": "urn%3Ali%3Aapp%3A123"}, "urn:li:app:123"),
        ({"x-restli-id": "508916114", "x-linkedin-id": "1"}, "508916114"),
        ({"x-restli-id": "(a:1,b:urn%3Ali%3Ax%3A2)"}, "(a:1,b:urn%3Ali%3Ax%3A2)"),
        ({}, None),
    ],
)
def test_created_id_is_decoded(mode: str, headers: dict[str, str], expected: str | None) -> None:
    harness = Harness(mode, lambda request: httpx.Response(201, headers=headers))
    response = harness.send(CREATE)
    assert response.status == 201
    assert response.created_id == expected
    assert response.body is None


@pytest.mark.parametrize("mode", MODES)
def test_json_body_is_parsed(mode: str) -> None:
    harness = Harness(mode, lambda request: json_response(200, {"id": 1, "name": "x"}))
    assert harness.send(FINDER).body == {"id": 1, "name": "x"}


# --- Errors ---------------------------------------------------------------------------------

ERROR_CASES: list[tuple[int, type[LinkedInError]]] = [
    (400, BadRequestError),
    (401, UnauthorizedError),
    (403, ForbiddenError),
    (404, NotFoundError),
    (405, UnexpectedStatusError),
    (411, UnexpectedStatusError),
    (414, UnexpectedStatusError),
    (422, UnprocessableEntityError),
    (426, VersionSunsetError),
    (429, RateLimitError),
    (500, ServerError),
    (503, ServerError),
    (504, ServerError),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "cls"), ERROR_CASES)
def test_error_statuses_raise_typed_errors(
    mode: str, status: int, cls: type[LinkedInError]
) -> None:
    body = {
        "status": status,
        "serviceErrorCode": 100,
        "code": "CONDITIONAL_VALUE_TOO_LOW",
        "message": "Something went wrong",
        "errorDetailType": "com.linkedin.common.error.BadRequest",
        "errorDetails": {"inputErrors": [{"inputPath": {"fieldPath": "name"}}]},
    }
    harness = Harness(mode, lambda request: json_response(status, body), max_attempts=1)
    with pytest.raises(cls) as info:
        harness.send(CREATE)
    error = info.value
    assert isinstance(error, LinkedInError)
    assert error.status == status
    assert error.service_error_code == 100
    assert error.code == "CONDITIONAL_VALUE_TOO_LOW"
    assert error.error_details == {"inputErrors": [{"inputPath": {"fieldPath": "name"}}]}
    assert error.error_detail_type == "com.linkedin.common.error.BadRequest"
    assert error.request_method == "POST"
    assert error.request_url == f"{BASE}/adAccounts"
    assert error.body == body
    assert "Something went wrong" in str(error)
    assert TOKEN not in str(error) + repr(error) + repr(vars(error))


@pytest.mark.parametrize("mode", MODES)
def test_426_names_the_version_and_what_to_do(mode: str) -> None:
    body = {
        "status": 426,
        "code": "NONEXISTENT_VERSION",
        "message": "Requested version 20240401 is not active",
    }
    harness = Harness(mode, lambda request: json_response(426, body))
    with pytest.raises(VersionSunsetError) as info:
        harness.send(FINDER)
    assert info.value.version == VERSION
    assert VERSION in str(info.value)
    assert upgrade_advice(VERSION) in str(info.value)
    assert len(harness.requests) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<html><body>Bad Gateway</body></html>", "<html><body>Bad Gateway</body></html>"),
        (b"", "Bad Request"),
        (b"{not json", "{not json"),
    ],
)
def test_non_json_error_bodies(mode: str, content: bytes, expected: str) -> None:
    harness = Harness(mode, lambda request: httpx.Response(400, content=content))
    with pytest.raises(BadRequestError) as info:
        harness.send(CREATE)
    assert info.value.message == expected
    assert info.value.service_error_code is None


@pytest.mark.parametrize("mode", MODES)
def test_token_echoed_by_the_server_is_redacted(mode: str) -> None:
    harness = Harness(
        mode, lambda request: httpx.Response(401, content=f"invalid token {TOKEN}".encode())
    )
    with pytest.raises(UnauthorizedError) as info:
        harness.send(CREATE)
    assert TOKEN not in str(info.value)
    assert TOKEN not in str(info.value.body)


# --- Retries --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_retry_safe_request_is_retried_on_5xx_with_backoff(mode: str) -> None:
    harness = Harness(
        mode,
        sequence(
            json_response(503, {"message": "busy"}),
            json_response(500, {"message": "oops"}),
            json_response(200, {"elements": []}),
        ),
    )
    assert harness.send(FINDER).body == {"elements": []}
    assert len(harness.requests) == 3
    # base 0.5s doubling, jitter 0.5 with random() = 0.5 removes a quarter of each delay.
    assert harness.clock.sleeps == [0.375, 0.75]


@pytest.mark.parametrize("mode", MODES)
def test_429_retry_after_is_honoured(mode: str) -> None:
    harness = Harness(
        mode,
        sequence(
            json_response(429, {"message": "slow down"}, {"Retry-After": "7"}),
            json_response(200, {}),
        ),
    )
    harness.send(FINDER)
    assert harness.clock.sleeps == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_beyond_total_bound_surfaces_the_error(mode: str) -> None:
    harness = Harness(
        mode,
        lambda request: json_response(429, {"message": "daily limit"}, {"Retry-After": "3600"}),
    )
    with pytest.raises(RateLimitError) as info:
        harness.send(FINDER)
    assert info.value.retry_after == 3600.0
    assert len(harness.requests) == 1
    assert harness.clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_attempts_are_bounded(mode: str) -> None:
    harness = Harness(mode, lambda request: json_response(500, {"message": "down"}), max_attempts=3)
    with pytest.raises(ServerError):
        harness.send(FINDER)
    assert len(harness.requests) == 3
    assert len(harness.clock.sleeps) == 2


@pytest.mark.parametrize("mode", MODES)
def test_total_wait_is_bounded(mode: str) -> None:
    harness = Harness(
        mode,
        lambda request: json_response(503, {}),
        max_attempts=100,
        base_delay=1.0,
        max_delay=8.0,
        max_total_wait=20.0,
        jitter=0.0,
    )
    with pytest.raises(ServerError):
        harness.send(FINDER)
    assert harness.clock.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert sum(harness.clock.sleeps) <= 20.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("restli_method", ["CREATE", "BATCH_CREATE", "ACTION", "PARTIAL_UPDATE"])
def test_unsafe_requests_are_never_retried(mode: str, restli_method: str) -> None:
    harness = Harness(mode, lambda request: json_response(503, {"message": "busy"}))
    request = RestliRequest("POST", restli_method, "/adAccounts", body={"name": "x"})
    with pytest.raises(ServerError):
        harness.send(request)
    assert len(harness.requests) == 1
    assert harness.clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 426])
def test_client_errors_are_not_retried(mode: str, status: int) -> None:
    harness = Harness(mode, lambda request: json_response(status, {"message": "no"}))
    with pytest.raises(LinkedInError):
        harness.send(FINDER)
    assert len(harness.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_connection_errors_are_retried_then_raised(mode: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    harness = Harness(mode, refuse, max_attempts=3)
    with pytest.raises(TransportError) as info:
        harness.send(FINDER)
    assert info.value.attempts == 3
    assert info.value.request_method == "GET"
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(harness.requests) == 3
    assert TOKEN not in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_connection_error_then_success(mode: str) -> None:
    harness = Harness(mode, sequence(httpx.ReadTimeout("slow"), json_response(200, {"ok": 1})))
    assert harness.send(FINDER).body == {"ok": 1}
    assert len(harness.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_connection_errors_on_unsafe_requests_are_not_retried(mode: str) -> None:
    harness = Harness(mode, sequence(httpx.ConnectError("refused")))
    with pytest.raises(TransportError) as info:
        harness.send(CREATE)
    assert info.value.attempts == 1


# --- Logging --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_debug_log_has_method_url_headers_but_never_the_token(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    harness = Harness(
        mode,
        sequence(json_response(500, {"message": TOKEN}), json_response(200, {})),
    )
    with caplog.at_level(logging.DEBUG, logger="linkedin_marketing"):
        harness.send(FINDER)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET https://api.linkedin.com/rest/adAccounts?q=search" in text
    assert "Bearer [REDACTED]" in text
    assert "LinkedIn-Version" in text
    assert TOKEN not in text
    assert all(record.name.startswith("linkedin_marketing") for record in caplog.records)


# --- Client ownership -----------------------------------------------------------------------


def test_injected_sync_client_is_used_and_not_closed() -> None:
    server = Server()
    client = httpx.Client(transport=httpx.MockTransport(server))
    with SyncTransport(make_config(FakeClock()), http_client=client) as transport:
        transport.send(FINDER)
    assert not client.is_closed
    assert len(server.requests) == 1
    client.close()


def test_injected_async_client_is_used_and_not_closed() -> None:
    server = Server()

    async def run() -> bool:
        client = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with AsyncTransport(make_config(FakeClock()), http_client=client) as transport:
            await transport.send(FINDER)
        closed = client.is_closed
        await client.aclose()
        return closed

    assert asyncio.run(run()) is False
    assert len(server.requests) == 1


def test_owned_client_is_closed() -> None:
    transport = SyncTransport(make_config(FakeClock()), transport=httpx.MockTransport(Server()))
    transport.close()
    with pytest.raises(RuntimeError):
        transport.send(FINDER)


def test_timeouts_are_on_by_default() -> None:
    config = ClientConfig(version=VERSION, access_token=TOKEN)
    timeout: Any = config.timeout
    assert isinstance(timeout, httpx.Timeout)
    assert timeout.read is not None and timeout.connect is not None


# --- Tokens ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [TOKEN + "\n", TOKEN + "\r\n", "AQX\x00" + TOKEN, TOKEN + "é", TOKEN + " x", "\t" + TOKEN],
)
def test_token_with_control_space_or_non_ascii_characters_is_refused_without_echo(
    token: str,
) -> None:
    from linkedin_marketing.v202610 import LinkedInClient

    for build in (
        lambda: ClientConfig(version=VERSION, access_token=token),
        lambda: LinkedInClient(access_token=token),
    ):
        with pytest.raises(ValueError, match="access_token") as info:
            build()
        assert TOKEN not in str(info.value)
        assert TOKEN not in repr(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_local_errors_are_never_retried(mode: str) -> None:
    harness = Harness(mode, sequence(httpx.LocalProtocolError("illegal header value")))
    with pytest.raises(TransportError) as info:
        harness.send(FINDER)
    assert info.value.attempts == 1
    assert len(harness.requests) == 1


ESCAPABLE_TOKEN = "AQV/secret+token~with'quote\\slash\"=="


@pytest.mark.parametrize(
    "echo",
    [
        ESCAPABLE_TOKEN,
        repr(ESCAPABLE_TOKEN),
        quote(ESCAPABLE_TOKEN, safe=""),
        re.sub(
            "%[0-9A-F]{2}", lambda match: match.group().lower(), quote(ESCAPABLE_TOKEN, safe="")
        ),
        json.dumps(ESCAPABLE_TOKEN),
        json.dumps(ESCAPABLE_TOKEN).replace("/", "\\/"),
    ],
)
def test_escaped_forms_of_the_token_are_redacted(
    echo: str, caplog: pytest.LogCaptureFixture
) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401, content=f"bad token {echo} given".encode(), headers={"X-Echo": echo}
        )

    config = ClientConfig(version=VERSION, access_token=ESCAPABLE_TOKEN)
    transport = SyncTransport(config, transport=httpx.MockTransport(respond))
    with (
        caplog.at_level(logging.DEBUG, logger="linkedin_marketing"),
        pytest.raises(UnauthorizedError) as info,
    ):
        transport.send(CREATE)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for text in (str(info.value), str(info.value.body), logged):
        assert echo not in text
        assert "secret" not in text
    assert "[REDACTED]" in str(info.value)


def test_a_short_token_does_not_mangle_messages() -> None:
    message = "Campaign name is invalid at data.name (maximum 100 characters)"

    def respond(request: httpx.Request) -> httpx.Response:
        return json_response(400, {"message": message})

    config = ClientConfig(version=VERSION, access_token="a")
    transport = SyncTransport(config, transport=httpx.MockTransport(respond))
    with pytest.raises(BadRequestError) as info:
        transport.send(CREATE)
    assert info.value.message == message

    echoed = ClientConfig(version=VERSION, access_token="a")
    server = httpx.MockTransport(lambda request: json_response(401, {"message": "token=a"}))
    with pytest.raises(UnauthorizedError) as echo:
        SyncTransport(echoed, transport=server).send(CREATE)
    assert echo.value.message == "token=[REDACTED]"
