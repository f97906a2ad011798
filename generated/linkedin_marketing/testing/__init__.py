"""A local LinkedIn Marketing API server for tests: stateful, in memory, driven by the spec.

::

    from linkedin_marketing.testing import Fault, LinkedInTestServer
    from linkedin_marketing.v202610 import LinkedInClient

    with LinkedInTestServer("202610") as server:
        client = LinkedInClient(access_token="any", base_url=server.base_url)
        ...

The server speaks Rest.li 2.0 the way LinkedIn does for the resources of one API version, as the
resolved OpenAPI document of that version (``v<version>/openapi.json`` in this package) describes
them: routes, Rest.li methods, query parameters, request and response schemas, paging style and
limits all come from that document. It checks the bearer token's presence (any token is accepted
until an OAuth application is registered; then only tokens from its ``/oauth/v2`` endpoints),
``LinkedIn-Version`` (``426 NONEXISTENT_VERSION`` for any version but its own) and
``X-Restli-Protocol-Version``; decodes the query strictly; accepts query tunneling; validates bodies
and parameters against the spec's schemas and answers ``400`` in LinkedIn's error shape with
``errorDetails.inputErrors``.

It runs on 127.0.0.1 on an ephemeral port (a standard library ``ThreadingHTTPServer``) while used
as a context manager, and can also be mounted in-process as an httpx transport (:meth:`transport`,
:meth:`async_transport`); both paths share one request-handling core, so they answer alike.
:class:`Fault` makes chosen requests fail with an error status or a dropped connection.
"""

from .core import MAX_BODY_BYTES, Fault, RecordedRequest
from .server import LinkedInTestServer
from .spec import available_versions

__all__ = ["MAX_BODY_BYTES", "Fault", "LinkedInTestServer", "RecordedRequest", "available_versions"]
