"""ServiceProviderConfig, ResourceTypes and Schemas (RFC 7643 §5-7, RFC 7644 §4): what a
directory may expect of this server, built from schema.py so they cannot drift apart."""

from __future__ import annotations

from .filters import MAX_FILTER_LENGTH  # noqa: F401  (documented limits live beside their code)
from .schema import CORE_GROUP, CORE_USER, ENTERPRISE_USER, SCHEMAS, Attr

MAX_RESULTS = 200

_SUB_TYPES = {"primary": "boolean", "$ref": "reference"}


def service_provider_config(base_url: str) -> dict:
    return {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "documentationUri": f"{base_url}/docs",
        "patch": {"supported": True},
        "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": True, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": False},
        "sort": {"supported": False},
        "etag": {"supported": True},
        "authenticationSchemes": [
            {
                "type": "oauthbearertoken",
                "name": "Bearer token",
                "description": "A directory token created in the academy's admin.",
                "primary": True,
            }
        ],
        "meta": {
            "resourceType": "ServiceProviderConfig",
            "location": f"{base_url}/ServiceProviderConfig",
        },
    }


def resource_types(base_url: str) -> list[dict]:
    return [
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "User",
            "name": "User",
            "endpoint": "/Users",
            "description": "A learner of the academy",
            "schema": CORE_USER,
            "schemaExtensions": [{"schema": ENTERPRISE_USER, "required": False}],
            "meta": {"resourceType": "ResourceType", "location": f"{base_url}/ResourceTypes/User"},
        },
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "Group",
            "name": "Group",
            "endpoint": "/Groups",
            "description": "A cohort of learners (never a staff role)",
            "schema": CORE_GROUP,
            "meta": {"resourceType": "ResourceType", "location": f"{base_url}/ResourceTypes/Group"},
        },
    ]


def _attribute(attr: Attr) -> dict:
    out = {
        "name": attr.name,
        "type": "complex" if attr.sub else attr.type,
        "multiValued": attr.multi,
        "description": attr.description,
        "required": attr.name in ("userName", "displayName"),
        "caseExact": attr.name == "id",
        "mutability": "readOnly" if attr.read_only else "readWrite",
        "returned": "never" if attr.name == "password" else "default",
        "uniqueness": "server" if attr.name in ("id", "userName") else "none",
    }
    if attr.sub:
        out["subAttributes"] = [
            {
                "name": sub,
                "type": _SUB_TYPES.get(sub, "string"),
                "multiValued": False,
                "required": False,
                "caseExact": False,
                "mutability": "readWrite",
                "returned": "default",
                "uniqueness": "none",
            }
            for sub in attr.sub
        ]
    return out


_NAMES = {CORE_USER: "User", ENTERPRISE_USER: "EnterpriseUser", CORE_GROUP: "Group"}


def schemas(base_url: str) -> list[dict]:
    out = []
    for resource in ("User", "Group"):
        for urn, attrs in SCHEMAS[resource].items():
            out.append(
                {
                    "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
                    "id": urn,
                    "name": _NAMES[urn],
                    "attributes": [
                        _attribute(a) for a in attrs.values() if a.name not in ("id", "meta")
                    ],
                    "meta": {"resourceType": "Schema", "location": f"{base_url}/Schemas/{urn}"},
                }
            )
    return out
