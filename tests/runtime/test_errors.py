"""Error construction outside the transport: batch entries, odd bodies, validation errors."""

from __future__ import annotations

import pytest
from linkedin_marketing._version import NEWEST_API_VERSION
from linkedin_marketing.errors import (
    LinkedInError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    UnexpectedStatusError,
    VersionSunsetError,
    error_for_status,
    error_from_body,
)


@pytest.mark.parametrize(
    ("status", "cls"),
    [(404, NotFoundError), (429, RateLimitError), (502, ServerError), (409, UnexpectedStatusError)],
)
def test_error_for_status(status: int, cls: type[LinkedInError]) -> None:
    assert error_for_status(status) is cls


def test_status_falls_back_to_the_body() -> None:
    error = error_from_body(None, {"status": 404, "message": "gone", "serviceErrorCode": "65600"})
    assert isinstance(error, NotFoundError)
    assert error.service_error_code == 65600
    assert error.request_url is None


def test_body_without_anything_useful() -> None:
    error = error_from_body(None, ["odd"], reason="Internal Server Error")
    assert isinstance(error, ServerError)
    assert error.message == "Internal Server Error"


def test_sunset_without_a_known_version_still_says_what_to_do() -> None:
    error = error_from_body(426, {"message": "Requested version 20240401 is not active"})
    assert isinstance(error, VersionSunsetError)
    assert "Requested version 20240401 is not active" in str(error)
    assert "regenerate" in str(error)


def test_sunset_names_the_newest_version_and_the_review_of_the_bump() -> None:
    error = error_from_body(
        426,
        {"status": 426, "code": "NONEXISTENT_VERSION", "message": "Requested version 20260101"},
        version="202601",
    )
    assert isinstance(error, VersionSunsetError)
    assert (error.version, error.newest_version) == ("202601", NEWEST_API_VERSION)
    assert NEWEST_API_VERSION > "202601"
    assert f"`make diff FROM=202601 TO={NEWEST_API_VERSION}`" in str(error)
    assert f"import linkedin_marketing.v{NEWEST_API_VERSION}" in str(error)


def test_request_validation_error_names_the_field() -> None:
    error = RequestValidationError("name", "must be at most 100 characters long")
    assert isinstance(error, ValueError)
    assert error.field == "name"
    assert str(error) == "name: must be at most 100 characters long"
    assert str(RequestValidationError("count", "count must be <= 1000")) == "count must be <= 1000"
