"""`filter=` of a SCIM search (RFC 7644 §3.4.2.2) into a Django Q, with scim2-filter-parser.

The library's Django transpiler drops a comparison on an attribute its map lacks, which
would turn `filter=usrName eq "x"` (a typo) into "everyone": here an attribute neither
mapped nor known to be ignored is a 400 invalidFilter instead.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _
from scim2_filter_parser.lexer import SCIMLexer
from scim2_filter_parser.parser import SCIMParser, SCIMParserError
from scim2_filter_parser.transpilers.django_q_object import Transpiler

from .errors import invalid_filter

CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:user"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user"
CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:group"
MAX_FILTER_LENGTH = 1000


def _with_uri(mapping: dict, uri: str) -> dict:
    """Each attribute also under its schema's URN (`urn:…:User:userName eq "x"`)."""
    out = dict(mapping)
    for (name, sub, _none), field in mapping.items():
        out[(name, sub, uri)] = field
    return out


# (attribute, sub-attribute, schema URN) → field of the annotated queryset (selectors.py).
USER_FILTERS = _with_uri(
    {
        ("username", None, None): "email",
        ("externalid", None, None): "scim_external_id",
        ("emails", None, None): "email",
        ("emails", "value", None): "email",
        ("active", None, None): "is_active",
        ("name", "givenname", None): "first_name",
        ("name", "familyname", None): "last_name",
    },
    CORE_USER,
)
USER_FILTERS.update(
    {
        ("employeenumber", None, ENTERPRISE): "profile__employee_id",
        ("department", None, ENTERPRISE): "profile__department",
    }
)
# Known to the schema, not something to search on: `emails[type eq "work"].value eq "x"`
# (Entra) compares the e-mail; its `type` part is dropped, the account has one e-mail.
USER_IGNORED = {("emails", "type", None), ("emails", "primary", None)}

GROUP_FILTERS = _with_uri(
    {
        ("displayname", None, None): "display_name",
        ("externalid", None, None): "external_id",
    },
    CORE_GROUP,
)


class _CheckedTranspiler(Transpiler):
    def __init__(self, attr_map, ignored, *args, **kwargs):
        super().__init__(attr_map, *args, **kwargs)
        self.unknown: list[str] = []
        self.ignored = ignored

    def visit_AttrPath(self, node):
        field = super().visit_AttrPath(node)
        if field is None:
            key = (
                node.attr_name.lower(),
                node.sub_attr.value.lower() if node.sub_attr else None,
                node.uri.lower() if node.uri else None,
            )
            if key not in self.ignored:
                parts = [node.uri, node.attr_name] if node.uri else [node.attr_name]
                name = ":".join(parts)
                self.unknown.append(f"{name}.{node.sub_attr.value}" if node.sub_attr else name)
        return field


def filter_to_q(text: str, *, resource: str) -> Q:
    """The Q for `text`, or ScimError 400 invalidFilter with the reason."""
    attr_map, ignored = (
        (USER_FILTERS, USER_IGNORED) if resource == "User" else (GROUP_FILTERS, set())
    )
    if len(text) > MAX_FILTER_LENGTH:
        raise invalid_filter(_("The filter is too long."))
    try:
        tree = SCIMParser().parse(SCIMLexer().tokenize(text))
        transpiler = _CheckedTranspiler(attr_map, ignored)
        query = transpiler.transpile(tree)
    except (SCIMParserError, ValueError, NotImplementedError, TypeError, AttributeError) as error:
        raise invalid_filter(
            _("The filter cannot be read: %(reason)s") % {"reason": error}
        ) from error
    if transpiler.unknown:
        raise invalid_filter(
            _("The filter names an attribute this server cannot search on: %(names)s")
            % {"names": ", ".join(transpiler.unknown)}
        )
    if query is None:
        raise invalid_filter(_("The filter compares nothing this server can search on."))
    return query
