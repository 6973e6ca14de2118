"""The attributes this server knows (RFC 7643 §4 and the enterprise extension), with their
canonical spelling. Attribute names are case-insensitive in SCIM: requests are matched
against these, responses use them. Known but not stored (title, phoneNumbers, addresses…)
is accepted and ignored, so the default attribute mappings of Entra ID and Okta work; a
name not in these lists is an unknown attribute (400 invalidPath)."""

from __future__ import annotations

from dataclasses import dataclass, field

CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


@dataclass(frozen=True)
class Attr:
    name: str
    multi: bool = False
    sub: tuple[str, ...] = ()  # sub-attributes: a complex attribute
    stored: bool = False  # kept by the academy (see users.py / groups.py)
    read_only: bool = False
    type: str = "string"
    description: str = ""
    extra: dict = field(default_factory=dict)


_MULTI = ("value", "display", "type", "primary")
_ADDRESS = (
    "formatted",
    "streetAddress",
    "locality",
    "region",
    "postalCode",
    "country",
    "type",
    "primary",
)

USER_ATTRS = [
    Attr("id", read_only=True, stored=True),
    Attr("externalId", stored=True),
    Attr("userName", stored=True, description="The person's work e-mail address: their sign-in."),
    Attr(
        "name",
        sub=(
            "formatted",
            "familyName",
            "givenName",
            "middleName",
            "honorificPrefix",
            "honorificSuffix",
        ),
        stored=True,
        type="complex",
    ),
    Attr("displayName"),
    Attr("nickName"),
    Attr("profileUrl"),
    Attr("title"),
    Attr("userType"),
    Attr("preferredLanguage", stored=True),
    Attr("locale"),
    Attr("timezone"),
    Attr("active", stored=True, type="boolean"),
    Attr("password"),
    Attr("emails", multi=True, sub=_MULTI, type="complex"),
    Attr("phoneNumbers", multi=True, sub=_MULTI, type="complex"),
    Attr("ims", multi=True, sub=_MULTI, type="complex"),
    Attr("photos", multi=True, sub=_MULTI, type="complex"),
    Attr("addresses", multi=True, sub=_ADDRESS, type="complex"),
    Attr("groups", multi=True, sub=("value", "$ref", "display", "type"), read_only=True),
    Attr("entitlements", multi=True, sub=_MULTI, type="complex"),
    Attr("roles", multi=True, sub=_MULTI, type="complex"),
    Attr("x509Certificates", multi=True, sub=_MULTI, type="complex"),
    Attr("meta", read_only=True, type="complex"),
]
ENTERPRISE_ATTRS = [
    Attr("employeeNumber", stored=True),
    Attr("costCenter"),
    Attr("organization"),
    Attr("division"),
    Attr("department", stored=True),
    Attr("manager", sub=("value", "$ref", "displayName"), stored=True, type="complex"),
]
GROUP_ATTRS = [
    Attr("id", read_only=True, stored=True),
    Attr("externalId", stored=True),
    Attr("displayName", stored=True),
    Attr("members", multi=True, sub=("value", "$ref", "display", "type"), stored=True),
    Attr("meta", read_only=True, type="complex"),
]

# Per resource: schema URN → its attributes by lower-case name.
SCHEMAS = {
    "User": {
        CORE_USER: {a.name.lower(): a for a in USER_ATTRS},
        ENTERPRISE_USER: {a.name.lower(): a for a in ENTERPRISE_ATTRS},
    },
    "Group": {CORE_GROUP: {a.name.lower(): a for a in GROUP_ATTRS}},
}
CORE = {"User": CORE_USER, "Group": CORE_GROUP}
