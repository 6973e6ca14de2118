import json

import pytest

from lms.scim.tokens import directory_create

ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


class Scim:
    """A directory speaking to /scim/v2/ through Django's test client, as Entra or Okta do:
    a bearer token and application/scim+json bodies."""

    def __init__(self, client, token):
        self.client = client
        self.token = token

    def call(self, method, path, body=None, *, raw=None, token=None, anonymous=False, **headers):
        token = None if anonymous else (token or self.token)
        extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
        if token:
            extra["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        kwargs = {"content_type": "application/scim+json"} if data is not None else {}
        if data is not None:
            kwargs["data"] = data
        response = getattr(self.client, method.lower())(f"/scim/v2/{path}", **kwargs, **extra)
        response.json_body = (
            json.loads(response.content)
            if response.content and response.status_code != 204
            else None
        )
        return response

    def get(self, path, **kw):
        return self.call("GET", path, **kw)

    def post(self, path, body, **kw):
        return self.call("POST", path, body, **kw)

    def put(self, path, body, **kw):
        return self.call("PUT", path, body, **kw)

    def patch(self, path, operations, **kw):
        return self.call("PATCH", path, {"schemas": [PATCH_OP], "Operations": operations}, **kw)

    def delete(self, path, **kw):
        return self.call("DELETE", path, **kw)


@pytest.fixture
def directory(db):
    return directory_create(name="Entra ID (Contoso)", by=None)


@pytest.fixture
def scim(client, directory):
    _directory, token = directory
    return Scim(client, token)


def user_body(email="jane.doe@corp.example", **extra):
    body = {
        "schemas": [CORE_USER, ENTERPRISE],
        "userName": email,
        "externalId": extra.pop("externalId", "jdoe"),
        "name": {"givenName": "Jane", "familyName": "Doe"},
        "emails": [{"value": email, "type": "work", "primary": True}],
        "active": True,
        ENTERPRISE: {"employeeNumber": "E1001", "department": "Sales"},
    }
    body.update(extra)
    return body
