"""Finder paging, cursor (``pageSize``/``pageToken``) and index (``start``/``count``).

A finder's first call returns a :class:`Page` (or :class:`AsyncPage`); ``next_page()`` fetches the
following one, ``iter_pages()`` walks pages lazily and ``iter_all()`` yields every element across
pages, one request per page. Each finder pages one way in a given API version; the generated
code picks :class:`CursorPaging` or :class:`IndexPaging` and its documented maximum page size.

* Cursor paging sends ``pageSize`` and ``pageToken``; the response's ``metadata.nextPageToken``
  names the next page and its absence marks the last one.
* Index paging sends ``start`` and ``count``; the response's ``paging`` holds ``start``, ``count``
  and, in some versions, ``total``. The last page is one that returns fewer elements than asked, or
  reaches ``total``, or is empty.

When no page size is given, none is sent and the server's default applies.

A server whose paging goes round in circles (a cursor token seen before, :data:`MAX_EMPTY_PAGES`
empty pages in a row, an index page that does not move forward) makes ``next_page()`` raise
:class:`~linkedin_marketing.errors.PagingError` rather than loop forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from .decoding import expected, list_field, optional_object, require_object
from .errors import PagingError, RequestValidationError
from .records import Records
from .restli import encode
from .transport import RestliRequest, RestliResponse

__all__ = [
    "MAX_EMPTY_PAGES",
    "AsyncPage",
    "CursorPaging",
    "IndexPaging",
    "Page",
    "Paging",
    "afetch_page",
    "fetch_page",
]

T = TypeVar("T")

#: A cursor page may come back empty now and then (a server can filter a block of results after
#: reading it), but this many in a row, each naming yet another page, means the cursor is broken.
MAX_EMPTY_PAGES = 10


class _Sender(Protocol):
    """What a synchronous page fetches its next page with (the transport)."""

    def send(self, request: RestliRequest) -> RestliResponse:
        """Sends the request and returns the decoded response."""
        ...


class _AsyncSender(Protocol):
    """What an asynchronous page fetches its next page with (the transport)."""

    def send(self, request: RestliRequest) -> Awaitable[RestliResponse]:
        """Sends the request; the awaitable gives the decoded response."""
        ...


@dataclass(frozen=True)
class CursorPaging:
    """Cursor paging parameters; ``page_size`` above ``max_page_size`` is refused."""

    page_size: int | None = None
    page_token: str | None = None
    max_page_size: int = 1000

    def __post_init__(self) -> None:
        if self.page_size is not None and not 1 <= self.page_size <= self.max_page_size:
            raise RequestValidationError(
                "pageSize",
                f"pageSize must be between 1 and {self.max_page_size}, got {self.page_size}",
            )

    def query(self) -> tuple[tuple[str, str], ...]:
        """The query parameters for this page (``pageToken`` is an opaque string, escaped)."""
        params: list[tuple[str, str]] = []
        if self.page_size is not None:
            params.append(("pageSize", str(self.page_size)))
        if self.page_token:
            # A page token is opaque: send it as a Rest.li string, escaped like any other.
            params.append(("pageToken", encode(self.page_token, "query")))
        return tuple(params)


@dataclass(frozen=True)
class IndexPaging:
    """Index paging parameters; ``count`` above ``max_count`` or a negative start is refused."""

    start: int = 0
    count: int | None = None
    max_count: int = 1000

    def __post_init__(self) -> None:
        if self.start < 0:
            raise RequestValidationError("start", f"start must not be negative, got {self.start}")
        if self.count is not None and not 1 <= self.count <= self.max_count:
            raise RequestValidationError(
                "count", f"count must be between 1 and {self.max_count}, got {self.count}"
            )

    def query(self) -> tuple[tuple[str, str], ...]:
        """The query parameters for this page."""
        if self.count is None:
            return (("start", str(self.start)),)
        return (("start", str(self.start)), ("count", str(self.count)))


Paging = CursorPaging | IndexPaging


def _with_paging(request: RestliRequest, paging: Paging) -> RestliRequest:
    reserved = ("pageSize", "pageToken", "start", "count")
    query = tuple(pair for pair in request.query if pair[0] not in reserved) + paging.query()
    # Built directly: dataclasses.replace looks the fields up again on every call.
    return RestliRequest(
        request.http_method,
        request.restli_method,
        request.path,
        query,
        request.body,
        request.retry_safe,
    )


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return None


@dataclass(frozen=True)
class _Trail:
    """What the pages before the next one showed: the cursor tokens already followed and how many
    pages in a row had no elements. Each chain of pages has its own, so walking the pages twice
    from the first one is not mistaken for a loop."""

    tokens: frozenset[str] = frozenset()
    empty_pages: int = 0


@dataclass(frozen=True)
class _PageData(Generic[T]):
    """What one response says about its page, independent of sync or async fetching.

    ``refusal`` says why ``next_paging``, which the server named, must not be followed.
    """

    elements: Records[T]
    metadata: dict[str, Any]
    paging_info: dict[str, Any]
    next_paging: Paging | None
    trail: _Trail
    refusal: str | None = None


def _origin(response: RestliResponse) -> tuple[int, str, str]:
    """What a record of the page that does not decode names as its origin."""
    return response.status, response.request_method, response.request_url


def _read_page(
    body: Any,
    paging: Paging,
    decode: Callable[[Any], T],
    trail: _Trail,
    response: tuple[int, str, str],
) -> _PageData[T]:
    # A page without its list of elements is an error, never an empty last page: reading it as
    # one would end iter_all() early without a word.
    fields = require_object(body)
    elements = Records.from_json(list_field(fields, "elements"), decode, ("elements",), response)
    metadata = dict(optional_object(fields.get("metadata"), ("metadata",)))
    paging_info = dict(optional_object(fields.get("paging"), ("paging",)))
    next_paging: Paging | None = None
    refusal: str | None = None
    if isinstance(paging, CursorPaging):
        token = metadata.get("nextPageToken")
        if token is not None and not isinstance(token, str):
            raise expected("a string", token, ("metadata", "nextPageToken"))
        if token:
            followed = trail.tokens | {paging.page_token} if paging.page_token else trail.tokens
            trail = _Trail(followed, 0 if elements else trail.empty_pages + 1)
            next_paging = CursorPaging(paging.page_size, token, paging.max_page_size)
            if token in followed:
                refusal = (
                    f"the server sent the page token {token!r} again, after "
                    f"{len(followed) + 1} pages; following it would repeat pages without end"
                )
            elif trail.empty_pages >= MAX_EMPTY_PAGES:
                refusal = (
                    f"the server sent {MAX_EMPTY_PAGES} pages in a row without elements, each "
                    "naming another page; stopped rather than follow it without end"
                )
    else:
        received = len(elements)
        start = _as_int(paging_info.get("start"))
        start = paging.start if start is None else start
        asked = paging.count if paging.count is not None else _as_int(paging_info.get("count"))
        total = _as_int(paging_info.get("total"))
        last = (
            received == 0
            or (asked is not None and received < asked)
            or (total is not None and start + received >= total)
        )
        if not last:
            next_paging = IndexPaging(start + received, paging.count, paging.max_count)
            if start + received <= paging.start:
                refusal = (
                    f"the server answered start={start} to start={paging.start}; the next page "
                    "would repeat this one"
                )
    return _PageData(elements, metadata, paging_info, next_paging, trail, refusal)


class _PageBase(Generic[T]):
    """What both kinds of page share: the elements of one page and its paging metadata."""

    def __init__(self, data: _PageData[T], request: RestliRequest, paging: Paging) -> None:
        #: The records of this page, each decoded when first read.
        self.elements: Records[T] = data.elements
        #: The raw ``metadata`` object of the response (cursor paging puts nextPageToken here).
        self.metadata: dict[str, Any] = data.metadata
        #: The raw ``paging`` object of the response (index paging), or ``{}``.
        self.paging: dict[str, Any] = data.paging_info
        self.request = request
        self.page_params = paging
        self._next_paging = data.next_paging
        self._trail = data.trail
        self._refusal = data.refusal

    def _check_next(self) -> None:
        if self._refusal is not None:
            request = self.request
            raise PagingError(
                self._refusal, request_method=request.http_method, request_path=request.path
            )

    @property
    def next_page_token(self) -> str | None:
        """Cursor paging: the token of the next page, or None on the last page."""
        token = self.metadata.get("nextPageToken")
        return token if isinstance(token, str) and token else None

    @property
    def start(self) -> int | None:
        """Index paging: the offset of this page's first element."""
        if isinstance(self.page_params, IndexPaging):
            start = _as_int(self.paging.get("start"))
            return self.page_params.start if start is None else start
        return None

    @property
    def count(self) -> int | None:
        """Index paging: the page size asked for (or reported by the server)."""
        if isinstance(self.page_params, IndexPaging):
            if self.page_params.count is not None:
                return self.page_params.count
            return _as_int(self.paging.get("count"))
        return None

    @property
    def total(self) -> int | None:
        """Index paging: the total number of results, when the server reports it."""
        return _as_int(self.paging.get("total"))

    @property
    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self._next_paging is not None

    def __len__(self) -> int:
        return len(self.elements)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({len(self.elements)} elements, "
            f"has_next_page={self.has_next_page})"
        )


class Page(_PageBase[T]):
    """One page of finder results, able to fetch the pages after it."""

    def __init__(
        self,
        data: _PageData[T],
        session: _Sender,
        request: RestliRequest,
        paging: Paging,
        decode: Callable[[Any], T],
    ) -> None:
        super().__init__(data, request, paging)
        self._session = session
        self._decode = decode

    def next_page(self) -> Page[T] | None:
        """Fetch the next page, or return None if this is the last one."""
        if self._next_paging is None:
            return None
        self._check_next()
        return _fetch(self._session, self.request, self._next_paging, self._decode, self._trail)

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page, then each following page, fetched lazily."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def iter_all(self) -> Iterator[T]:
        """Every element of this page and the following pages, fetched lazily."""
        for page in self.iter_pages():
            yield from page.elements


class AsyncPage(_PageBase[T]):
    """One page of finder results, able to fetch the pages after it asynchronously."""

    def __init__(
        self,
        data: _PageData[T],
        session: _AsyncSender,
        request: RestliRequest,
        paging: Paging,
        decode: Callable[[Any], T],
    ) -> None:
        super().__init__(data, request, paging)
        self._session = session
        self._decode = decode

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the next page, or return None if this is the last one."""
        if self._next_paging is None:
            return None
        self._check_next()
        return await _afetch(
            self._session, self.request, self._next_paging, self._decode, self._trail
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page, fetched lazily."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def iter_all(self) -> AsyncIterator[T]:
        """Every element of this page and the following pages, fetched lazily."""
        async for page in self.iter_pages():
            for element in page.elements:
                yield element


def fetch_page(
    session: _Sender, request: RestliRequest, paging: Paging, decode: Callable[[Any], T]
) -> Page[T]:
    """Send ``request`` with the paging parameters added and return the page it answers."""
    return _fetch(session, request, paging, decode, _Trail())


def _fetch(
    session: _Sender,
    request: RestliRequest,
    paging: Paging,
    decode: Callable[[Any], T],
    trail: _Trail,
) -> Page[T]:
    response = session.send(_with_paging(request, paging))
    data = response.decode(_read_page, paging, decode, trail, _origin(response))
    return Page(data, session, request, paging, decode)


async def afetch_page(
    session: _AsyncSender, request: RestliRequest, paging: Paging, decode: Callable[[Any], T]
) -> AsyncPage[T]:
    """Async :func:`fetch_page`."""
    return await _afetch(session, request, paging, decode, _Trail())


async def _afetch(
    session: _AsyncSender,
    request: RestliRequest,
    paging: Paging,
    decode: Callable[[Any], T],
    trail: _Trail,
) -> AsyncPage[T]:
    response = await session.send(_with_paging(request, paging))
    data = response.decode(_read_page, paging, decode, trail, _origin(response))
    return AsyncPage(data, session, request, paging, decode)
