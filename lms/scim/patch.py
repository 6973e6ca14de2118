"""PATCH (RFC 7644 §3.5.2) on a resource held as a dict, then written like a PUT.

The resource is first read into its SCIM form (users.py / groups.py), the operations are
applied to that dict here, and the result goes through the same validation and write as a
PUT: one code path for what a person becomes, whichever verb the directory uses.

What providers send, beyond the RFC (docs: Entra ID "Known issues… SCIM 2.0 protocol
compliance", Okta "SCIM 2.0 protocol reference"):
- op names in any case: Entra writes `Add`, `Replace`, `Remove`;
- no `path` and a `value` object whose keys are themselves paths
  (`{"name.givenName": "x"}`, `{"urn:…:enterprise:2.0:User:department": "y"}`, `{"active": false}`);
- a filter in the path: `emails[type eq "work"].value`; an `Add`/`Replace` that matches no
  element creates it (Entra adds the work e-mail that way);
- `Remove` of `members` with a `value` list (Entra) or `members[value eq "…"]` (Okta).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .errors import ScimError, invalid_filter, invalid_path, invalid_syntax, invalid_value
from .schema import CORE, SCHEMAS, Attr

MAX_OPERATIONS = 100
_NAME = r"[A-Za-z$][\w$-]*"
_PATH_RE = re.compile(rf"^({_NAME})(?:\[(.*)\])?(?:\.({_NAME}))?$", re.S)
_COMPARE_RE = re.compile(r'^\s*([\w$]+)\s+eq\s+(?:"((?:[^"\\]|\\.)*)"|(true|false))\s*$', re.I)


@dataclass(frozen=True)
class Path:
    schema: str  # the URN holding the attribute
    attr: Attr
    match: tuple[tuple[str, object], ...] | None  # [type eq "work"] → (("type", "work"),)
    sub: str | None


def _sub_name(attr: Attr, name: str, path: str) -> str:
    for sub in attr.sub:
        if sub.lower() == name.lower():
            return sub
    raise invalid_path(
        _("“%(path)s”: %(attr)s has no sub-attribute “%(sub)s”.")
        % {"path": path[:200], "attr": attr.name, "sub": name[:60]}
    )


def path_parse(path: str, *, resource: str) -> Path:
    """`emails[type eq "work"].value`, `name.givenName`, `urn:…:enterprise:2.0:User:manager`."""
    if not isinstance(path, str) or not path.strip() or len(path) > 500:
        raise invalid_path(_("The path is empty or too long."))
    text = path.strip()
    schemas = SCHEMAS[resource]
    schema = CORE[resource]
    for urn in schemas:
        if text.lower().startswith(urn.lower() + ":"):
            schema, text = urn, text[len(urn) + 1 :]
            break
    else:
        if text.lower().startswith("urn:"):
            raise invalid_path(_("“%(path)s”: unknown schema.") % {"path": path[:200]})
    found = _PATH_RE.match(text)
    if not found:
        raise invalid_path(_("“%(path)s” is not a valid attribute path.") % {"path": path[:200]})
    name, condition, sub = found.groups()
    attr = schemas[schema].get(name.lower())
    if attr is None:
        raise invalid_path(_("“%(path)s”: unknown attribute.") % {"path": path[:200]})
    match = None
    if condition is not None:
        if not attr.multi:
            raise invalid_path(
                _("“%(path)s”: only a multi-valued attribute takes a filter.")
                % {"path": path[:200]}
            )
        pairs = []
        for part in re.split(r"\s+and\s+", condition, flags=re.I):
            compared = _COMPARE_RE.match(part)
            if not compared:
                raise invalid_filter(
                    _("“%(path)s”: only “attribute eq value” (joined by “and”) is supported here.")
                    % {"path": path[:200]}
                )
            key, string, boolean = compared.groups()
            value = string.replace('\\"', '"') if string is not None else boolean.lower() == "true"
            pairs.append((_sub_name(attr, key, path), value))
        match = tuple(pairs)
    if sub is not None:
        sub = _sub_name(attr, sub, path) if attr.sub else None
        if sub is None:
            raise invalid_path(_("“%(path)s”: not a complex attribute.") % {"path": path[:200]})
    if attr.read_only:
        raise ScimError(400, _("“%(path)s” is read-only.") % {"path": path[:200]}, "mutability")
    return Path(schema=schema, attr=attr, match=match, sub=sub)


def canonical(body: dict, *, resource: str) -> dict:
    """A request body with attribute names spelled as the schema does; unknown attributes
    are dropped (a POST or PUT may carry attributes of a schema we do not serve)."""
    out: dict = {}
    schemas = SCHEMAS[resource]
    core = CORE[resource]
    for key, value in body.items():
        if not isinstance(key, str):
            continue
        extension = next((urn for urn in schemas if urn.lower() == key.lower()), None)
        if extension and extension != core:
            if value is not None and not isinstance(value, dict):
                raise invalid_value(_("%(urn)s must be an object.") % {"urn": extension})
            out[extension] = {
                schemas[extension][k.lower()].name: v
                for k, v in (value or {}).items()
                if isinstance(k, str) and k.lower() in schemas[extension]
            }
            continue
        attr = schemas[core].get(key.lower())
        if attr is None or attr.read_only:
            continue
        if attr.sub and isinstance(value, dict):
            value = {_sub_or_key(attr, k): v for k, v in value.items()}
        elif attr.multi and isinstance(value, list):
            value = [
                {_sub_or_key(attr, k): v for k, v in item.items()}
                if isinstance(item, dict)
                else item
                for item in value
            ]
        out[attr.name] = value
    return out


def _sub_or_key(attr: Attr, key) -> str:
    key = str(key)
    return next((s for s in attr.sub if s.lower() == key.lower()), key)


def _matches(element, match) -> bool:
    if not isinstance(element, dict):
        return False
    for key, wanted in match:
        have = element.get(key)
        if isinstance(wanted, str) and isinstance(have, str):
            if have.lower() != wanted.lower():
                return False
        elif have != wanted:
            return False
    return True


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _merge(target: dict, value: dict, attr: Attr) -> dict:
    for key, sub_value in value.items():
        target[_sub_or_key(attr, key)] = sub_value
    return target


def _same_item(a, b) -> bool:
    return (
        isinstance(a, dict)
        and isinstance(b, dict)
        and "value" in a
        and a.get("value") == b.get("value")
    )


def _apply(resource: dict, op: str, path: Path, value) -> None:
    holder = resource if path.schema == CORE_OF(resource) else resource.setdefault(path.schema, {})
    name, attr = path.attr.name, path.attr
    if path.match is None and path.sub is None:
        if op == "remove":
            if attr.multi and value is not None:
                # Entra: {"op": "Remove", "path": "members", "value": [{"value": "id"}]}
                gone = _as_list(value)
                holder[name] = [
                    e for e in holder.get(name) or [] if not any(_same_item(e, g) for g in gone)
                ]
            else:
                holder.pop(name, None)
        elif attr.multi:
            items = [_merge({}, v, attr) if isinstance(v, dict) else v for v in _as_list(value)]
            current = list(holder.get(name) or []) if op == "add" else []
            for item in items:
                if not any(_same_item(item, e) for e in current):
                    current.append(item)
            holder[name] = current
        elif attr.sub and isinstance(value, dict):
            holder[name] = _merge(dict(holder.get(name) or {}), value, attr)
        else:
            holder[name] = value
        return
    if path.match is None:  # name.givenName
        if attr.multi:
            elements = holder.get(name) or [{}]
            for element in elements:
                if op == "remove":
                    element.pop(path.sub, None)
                else:
                    element[path.sub] = value
            holder[name] = elements
            return
        current = holder.get(name)
        current = dict(current) if isinstance(current, dict) else {}
        if op == "remove":
            current.pop(path.sub, None)
        else:
            current[path.sub] = value
        holder[name] = current
        return
    elements = list(holder.get(name) or [])
    matched = [e for e in elements if _matches(e, path.match)]
    if op == "remove":
        if path.sub is None:
            elements = [e for e in elements if e not in matched]
        else:
            for element in matched:
                element.pop(path.sub, None)
        holder[name] = elements
        return
    if not matched:
        new = dict(path.match)
        elements.append(new)
        matched = [new]
    for element in matched:
        if path.sub is not None:
            element[path.sub] = value
        elif isinstance(value, dict):
            _merge(element, value, attr)
        else:
            raise invalid_value(_("%(name)s: the value must be an object.") % {"name": name})
    holder[name] = elements


def CORE_OF(resource: dict) -> str:  # noqa: N802  (reads like the constant it stands for)
    return resource.get("__core__")


def patch_apply(resource: dict, body, *, kind: str) -> dict:
    """`resource` (the current SCIM form) with the PatchOp `body` applied; raises ScimError
    on the first bad operation (nothing is written: the caller has not written yet)."""
    if not isinstance(body, dict):
        raise invalid_syntax(_("The body must be a JSON object."))
    operations = body.get("Operations", body.get("operations"))
    if not isinstance(operations, list) or not operations:
        raise invalid_syntax(_("A PATCH needs an “Operations” list."))
    if len(operations) > MAX_OPERATIONS:
        raise invalid_syntax(_("Too many operations in one PATCH."))
    result = {**resource, "__core__": CORE[kind]}
    for index, operation in enumerate(operations, start=1):
        if not isinstance(operation, dict):
            raise invalid_syntax(_("Operation %(n)d is not an object.") % {"n": index})
        op = str(operation.get("op", "")).strip().lower()
        if op not in ("add", "replace", "remove"):
            raise invalid_syntax(
                _("Operation %(n)d: “op” must be add, replace or remove.") % {"n": index}
            )
        path = operation.get("path")
        value = operation.get("value")
        if path in (None, ""):
            if op == "remove":
                raise ScimError(
                    400, _("Operation %(n)d: remove needs a path.") % {"n": index}, "noTarget"
                )
            if not isinstance(value, dict):
                raise invalid_value(
                    _("Operation %(n)d: without a path, the value must be an object.")
                    % {"n": index}
                )
            for key, item in value.items():
                # Okta repeats the id in a no-path replace: read-only names here are skipped
                # (an explicit path to one is refused, see path_parse).
                if str(key).lower() in ("schemas", "id", "meta"):
                    continue
                urn = next((u for u in SCHEMAS[kind] if u.lower() == str(key).lower()), None)
                if urn and isinstance(item, dict):  # {"urn:…:enterprise:2.0:User": {...}}
                    for sub_key, sub_item in item.items():
                        _apply(result, op, path_parse(f"{urn}:{sub_key}", resource=kind), sub_item)
                    continue
                _apply(result, op, path_parse(str(key), resource=kind), item)
            continue
        if op != "remove" and "value" not in operation:
            raise invalid_value(_("Operation %(n)d: a value is needed.") % {"n": index})
        _apply(result, op, path_parse(path, resource=kind), value)
    result.pop("__core__", None)
    return result
