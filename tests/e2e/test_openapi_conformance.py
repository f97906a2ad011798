"""A third-party check: openapi-core validates every request the generated clients send and every
answer the local server gives, against the resolved spec of each version."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib.resources import files
from types import ModuleType
from urllib.parse import parse_qsl

import httpx
import pytest
from linkedin_marketing.testing import LinkedInTestServer
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.response.exceptions import MissingData
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.e2e.conftest import FAST_RETRY
from tests.e2e.test_every_method import SCENARIOS


@dataclass
class Exchange(httpx.BaseTransport):
    """An httpx transport that keeps every request and response passing through it."""

    inner: httpx.BaseTransport
    seen: list[tuple[httpx.Request, httpx.Response]] = field(default_factory=list)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.seen.append((request, response))
        return response


class CoreRequest:
    """An httpx request in openapi-core's request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        self.path = request.url.path
        self.full_url_pattern = self.host_url + self.path
        self.method = request.method.lower()
        query = request.url.query.decode("ascii")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            header=Headers(list(request.headers.items())),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body = request.content or None


class CoreResponse:
    """An httpx response in openapi-core's response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data = response.content


# openapi-core does not check OAuth 2 schemes and says so; the token is not what is checked here.
@pytest.mark.filterwarnings("ignore:Unsupported scheme type")
def test_traffic_validates_against_the_resolved_spec(api: ModuleType, version: str) -> None:
    document = json.loads(
        files("linkedin_marketing").joinpath(f"v{version}/openapi.json").read_text()
    )
    spec = OpenAPI.from_dict(document)
    server = LinkedInTestServer(version)
    exchange = Exchange(server.transport())
    with api.LinkedInClient("test-token", transport=exchange, retry=FAST_RETRY) as client:
        for scenario in SCENARIOS.values():
            scenario(api, client)
    assert len(exchange.seen) > 50
    failures = []
    for request, response in exchange.seen:
        core_request = CoreRequest(request)
        try:
            spec.validate_request(core_request)
            spec.validate_response(core_request, CoreResponse(response))
        except MissingData:
            # One OpenAPI response per status: the creatives POST declares the createInline
            # action's 201 body, which plain create (also 201) leaves empty, as Rest.li does.
            if response.status_code == 201 and "action=" not in str(request.url):
                continue
            failures.append(f"{request.method} {request.url}: body missing")
        except Exception as error:  # every failure is reported below, with its exchange
            failures.append(f"{request.method} {request.url} -> {response.status_code}: {error!r}")
    assert failures == []
    assert {200, 201, 204, 400, 404} <= {response.status_code for _, response in exchange.seen}
