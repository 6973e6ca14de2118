"""SCIM errors (RFC 7644 §3.12): every failure answers this JSON, never an HTML page."""

from django.http import HttpResponse

ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
CONTENT_TYPE = "application/scim+json"


class ScimError(Exception):
    """Raised anywhere inside a SCIM request; the view turns it into the error response and
    rolls the transaction back, so nothing of the request is written."""

    def __init__(self, status: int, detail: str, scim_type: str = "", *, headers=None):
        super().__init__(detail)
        self.status = status
        self.detail = str(detail)
        self.scim_type = scim_type
        self.headers = headers or {}

    def body(self) -> dict:
        body = {"schemas": [ERROR_SCHEMA], "status": str(self.status), "detail": self.detail}
        if self.scim_type:
            body["scimType"] = self.scim_type
        return body


def invalid_value(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidValue")


def invalid_path(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidPath")


def invalid_syntax(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidSyntax")


def invalid_filter(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidFilter")


def uniqueness(detail: str) -> ScimError:
    return ScimError(409, detail, "uniqueness")


def not_found(detail: str) -> ScimError:
    return ScimError(404, detail)


def scim_response(body, status: int = 200, headers=None) -> HttpResponse:
    import json

    response = HttpResponse(
        json.dumps(body, ensure_ascii=False) if body is not None else b"",
        status=status,
        content_type=CONTENT_TYPE if body is not None else None,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response
