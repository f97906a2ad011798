"""The answers of the test server: its error shapes (LinkedIn's) and JSON bodies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

# LinkedIn's numeric code for errors it gives no more specific code.
GENERIC_SERVICE_ERROR = 100


@dataclass(frozen=True)
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    drop: bool = False


class HttpError(Exception):
    """An error answer in LinkedIn's shape, raised anywhere below the request entry point."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ):
        super().__init__(message)
        self.status = status
        self.headers: dict[str, str] = dict(headers or {})
        self.body: dict[str, Any] = {
            "status": status,
            "serviceErrorCode": GENERIC_SERVICE_ERROR,
            "message": message,
        }
        if code is not None:
            self.body["code"] = code
        self.body.update(extra)

    def answer(self) -> Answer:
        return json_answer(self.status, self.body, self.headers)


@dataclass(frozen=True)
class InputError:
    path: str
    description: str
    code: str
    value: Any = None


def invalid(message: str, errors: list[InputError]) -> HttpError:
    details = []
    for error in errors:
        data: dict[str, Any] = {"inputPath": {"fieldPath": error.path or "/"}}
        if error.value is not None:
            data["value"] = error.value
        details.append({"description": error.description, "input": data, "code": error.code})
    return HttpError(
        400,
        message,
        code=errors[0].code if errors else "INVALID_VALUE",
        errorDetailType="com.linkedin.common.error.BadRequest",
        errorDetails={"inputErrors": details},
    )


def bad_request(message: str) -> NoReturn:
    raise HttpError(400, message)


def json_answer(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Answer:
    return Answer(
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(body, separators=(",", ":")).encode("utf-8"),
    )
