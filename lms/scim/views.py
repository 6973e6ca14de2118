"""The SCIM 2.0 endpoints (RFC 7644) under /scim/v2/. Thin: authenticate the directory,
run the handler in one transaction, answer SCIM JSON, log the request for HR.

Every failure is a SCIM error (`urn:ietf:params:scim:api:messages:2.0:Error`, with
`status` and `scimType`); a ScimError raised anywhere rolls back all the request wrote.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt

from . import discovery, groups, users
from .errors import ScimError, invalid_syntax, invalid_value, not_found, scim_response, uniqueness
from .filters import filter_to_q
from .models import ScimOperation, ScimRequest
from .patch import canonical, patch_apply
from .rate_limit import rate_limit_hit
from .schema import LIST_RESPONSE
from .tokens import directory_for_token, directory_touch

logger = logging.getLogger(__name__)
MAX_BODY_BYTES = 1024 * 1024


@dataclass
class Outcome:
    """What the log keeps of a request."""

    operation: str
    resource_type: str = ""
    resource_id: str = ""
    user: object = None
    summary: str = ""
    changes: list = field(default_factory=list)
    unlogged: bool = False


def _base_url(request) -> str:
    return request.build_absolute_uri(reverse("scim:root")).rstrip("/")


def _authenticate(request):
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ScimError(
            401,
            _("A bearer token is required: Authorization: Bearer <directory token>."),
            headers={"WWW-Authenticate": 'Bearer realm="Porte-voix SCIM"'},
        )
    directory = directory_for_token(token.strip())
    if directory is None or directory.revoked_at is not None:
        raise ScimError(
            401,
            _("This token has been revoked.") if directory else _("This token is not valid."),
            headers={"WWW-Authenticate": 'Bearer realm="Porte-voix SCIM", error="invalid_token"'},
        )
    directory_touch(directory=directory)
    return directory


def _throttle(directory, outcome: Outcome) -> None:
    """429 with Retry-After once the directory is over its rate (lms/scim/rate_limit.py).
    Only the first refusal of a window is logged: a flood must not write a row a request."""
    hit = rate_limit_hit(directory_id=directory.pk)
    if hit is None:
        return
    over, retry_after = hit
    outcome.unlogged = over > 1
    raise ScimError(
        429,
        _("Too many requests from this directory. Try again in %(seconds)d seconds.")
        % {"seconds": retry_after},
        headers={"Retry-After": str(retry_after)},
    )


def _body(request) -> dict:
    if len(request.body) > MAX_BODY_BYTES:
        raise ScimError(413, _("The request body is too large."), "tooLarge")
    try:
        body = json.loads(request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise invalid_syntax(_("The body is not valid JSON.")) from error
    if not isinstance(body, dict):
        raise invalid_syntax(_("The body must be a JSON object."))
    return body


def _etag_matches(header: str, version: str) -> bool:
    tags = [t.strip() for t in header.split(",") if t.strip()]
    bare = version.removeprefix("W/")
    return "*" in tags or any(t.removeprefix("W/") == bare for t in tags)


def _precondition(request, version: str) -> None:
    header = request.headers.get("If-Match")
    if header and not _etag_matches(header, version):
        raise ScimError(412, _("The resource changed since this version (If-Match)."))


def _one(resource: dict, status: int = 200) -> object:
    headers = {"ETag": resource["meta"]["version"]}
    if status == 201:
        headers["Location"] = resource["meta"]["location"]
    return scim_response(resource, status, headers)


def _page(request):
    def number(name, default):
        raw = request.GET.get(name)
        if raw in (None, ""):
            return default
        try:
            return int(raw)
        except ValueError:
            raise invalid_value(_("%(name)s must be a whole number.") % {"name": name}) from None

    start = max(1, number("startIndex", 1))  # RFC 7644 §3.4.2.4: below 1 means 1
    count = min(max(0, number("count", discovery.MAX_RESULTS)), discovery.MAX_RESULTS)
    return start, count


def _list(resources, total, start) -> object:
    return scim_response(
        {
            "schemas": [LIST_RESPONSE],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": len(resources),
            "Resources": resources,
        }
    )


def _excluded(request) -> set[str]:
    raw = request.GET.get("excludedAttributes", "")
    return {a.strip().lower() for a in raw.split(",") if a.strip()}


# --- Users -------------------------------------------------------------------------


def users_collection(request, directory, outcome: Outcome):
    outcome.resource_type = "User"
    base = _base_url(request)
    if request.method == "GET":
        outcome.operation = ScimOperation.LIST
        queryset = users.users_queryset(directory)
        text = request.GET.get("filter")
        if text:
            queryset = queryset.filter(filter_to_q(text, resource="User"))
            outcome.summary = text[:255]
        start, count = _page(request)
        total = queryset.count()
        page = list(queryset[start - 1 : start - 1 + count]) if count else []
        managers = users.managers_by_email(page)
        return _list(
            [users.user_resource(u, managers=managers, base_url=base) for u in page], total, start
        )
    if request.method == "POST":
        outcome.operation = ScimOperation.CREATE
        body = canonical(_body(request), resource="User")
        user = users.user_create(directory=directory, body=body)
        return _user_answer(request, directory, user, outcome, status=201)
    raise ScimError(405, _("Method not allowed here."))


def _user_answer(request, directory, user, outcome, status=200, before=None):
    user = users.user_get(directory, user.public_id)
    resource = users.user_resource(
        user, managers=users.managers_by_email([user]), base_url=_base_url(request)
    )
    outcome.user, outcome.resource_id = user, resource["id"]
    if before is not None:
        outcome.summary = ", ".join(users.changed_fields(before, resource))[:255]
    return _one(resource, status)


def users_item(request, directory, outcome: Outcome, resource_id: str):
    outcome.resource_type, outcome.resource_id = "User", resource_id[:64]
    base = _base_url(request)
    user = users.user_get(directory, resource_id)
    outcome.user = user
    before = users.user_resource(user, managers=users.managers_by_email([user]), base_url=base)
    version = before["meta"]["version"]
    if request.method == "GET":
        outcome.operation = ScimOperation.GET
        if _etag_matches(request.headers.get("If-None-Match", ""), version) and request.headers.get(
            "If-None-Match"
        ):
            return scim_response(None, 304, {"ETag": version})
        return _one(before)
    if request.method == "PUT":
        outcome.operation = ScimOperation.REPLACE
        _precondition(request, version)
        body = canonical(_body(request), resource="User")
        user = users.user_replace(directory=directory, user=user, body=body)
        return _user_answer(request, directory, user, outcome, before=before)
    if request.method == "PATCH":
        outcome.operation = ScimOperation.UPDATE
        _precondition(request, version)
        patched = patch_apply(before, _body(request), kind="User")
        user = users.user_patched(directory=directory, user=user, resource=patched)
        return _user_answer(request, directory, user, outcome, before=before)
    if request.method == "DELETE":
        outcome.operation = ScimOperation.DELETE
        _precondition(request, version)
        users.user_delete(directory=directory, user=user)
        outcome.summary = "deactivated"
        return scim_response(None, 204)
    raise ScimError(405, _("Method not allowed here."))


# --- Groups ------------------------------------------------------------------------


def groups_collection(request, directory, outcome: Outcome):
    outcome.resource_type = "Group"
    base = _base_url(request)
    if request.method == "GET":
        outcome.operation = ScimOperation.LIST
        with_members = "members" not in _excluded(request)
        queryset = groups.groups_queryset(directory, with_members=with_members)
        text = request.GET.get("filter")
        if text:
            queryset = queryset.filter(filter_to_q(text, resource="Group"))
            outcome.summary = text[:255]
        start, count = _page(request)
        total = queryset.count()
        page = list(queryset[start - 1 : start - 1 + count]) if count else []
        return _list(
            [groups.group_resource(g, base_url=base, with_members=with_members) for g in page],
            total,
            start,
        )
    if request.method == "POST":
        outcome.operation = ScimOperation.CREATE
        body = canonical(_body(request), resource="Group")
        group = groups.group_write(directory=directory, group=None, resource=body)
        resource = groups.group_resource(group, base_url=base)
        outcome.resource_id = resource["id"]
        count = len(resource["members"])
        outcome.summary = ngettext("%(n)d member", "%(n)d members", count) % {"n": count}
        return _one(resource, 201)
    raise ScimError(405, _("Method not allowed here."))


def groups_item(request, directory, outcome: Outcome, resource_id: str):
    outcome.resource_type, outcome.resource_id = "Group", resource_id[:64]
    base = _base_url(request)
    group = groups.group_get(directory, resource_id)
    before = groups.group_resource(group, base_url=base)
    version = before["meta"]["version"]
    if request.method == "GET":
        outcome.operation = ScimOperation.GET
        with_members = "members" not in _excluded(request)
        return _one(groups.group_resource(group, base_url=base, with_members=with_members))
    if request.method in ("PUT", "PATCH"):
        outcome.operation = (
            ScimOperation.REPLACE if request.method == "PUT" else ScimOperation.UPDATE
        )
        _precondition(request, version)
        if request.method == "PUT":
            resource = canonical(_body(request), resource="Group")
        else:
            resource = patch_apply(before, _body(request), kind="Group")
        group = groups.group_write(
            directory=directory, group=group, resource=resource, replace=request.method == "PUT"
        )
        after = groups.group_resource(group, base_url=base)
        old = {m["value"] for m in before["members"]}
        new = {m["value"] for m in after["members"]}
        outcome.summary = _("members +%(added)d −%(removed)d") % {
            "added": len(new - old),
            "removed": len(old - new),
        }
        if before["displayName"] != after["displayName"]:
            outcome.summary += ", displayName"
        if request.method == "PATCH" and request.GET.get("attributes") is None:
            # Okta and Entra accept 204 or 200; 200 with the group lets a client read the version.
            return _one(after)
        return _one(after)
    if request.method == "DELETE":
        outcome.operation = ScimOperation.DELETE
        _precondition(request, version)
        group.delete()  # memberships only; the people are untouched
        return scim_response(None, 204)
    raise ScimError(405, _("Method not allowed here."))


# --- Discovery ---------------------------------------------------------------------


def service_provider_config(request, directory, outcome):
    outcome.operation = ScimOperation.DISCOVERY
    return scim_response(discovery.service_provider_config(_base_url(request)))


def resource_types(request, directory, outcome, resource_id=None):
    outcome.operation = ScimOperation.DISCOVERY
    types = discovery.resource_types(_base_url(request))
    if resource_id is None:
        return _list(types, len(types), 1)
    for item in types:
        if item["id"] == resource_id:
            return scim_response(item)
    raise not_found(_("No such resource type."))


def schemas(request, directory, outcome, resource_id=None):
    outcome.operation = ScimOperation.DISCOVERY
    items = discovery.schemas(_base_url(request))
    if resource_id is None:
        return _list(items, len(items), 1)
    for item in items:
        if item["id"].lower() == resource_id.lower():
            return scim_response(item)
    raise not_found(_("No such schema."))


def no_such_endpoint(request, directory, outcome):
    outcome.operation = ScimOperation.DISCOVERY
    raise not_found(_("No such SCIM endpoint."))


# --- The one entry point -----------------------------------------------------------


def endpoint(handler, *, writes=True):
    @csrf_exempt
    def view(request, **kwargs):
        outcome = Outcome(operation=ScimOperation.GET)
        directory = None
        try:
            directory = _authenticate(request)
            _throttle(directory, outcome)
            if request.method in ("GET", "HEAD") or not writes:
                response = handler(request, directory, outcome, **kwargs)
            else:
                with transaction.atomic():
                    response = handler(request, directory, outcome, **kwargs)
        except ScimError as error:
            response = scim_response(error.body(), error.status, error.headers)
            outcome.summary = error.detail[:255]
            scim_type = error.scim_type
        except IntegrityError:
            # Two requests racing for the same userName, employeeNumber or displayName.
            error = uniqueness(_("This value is already taken."))
            response = scim_response(error.body(), error.status)
            outcome.summary, scim_type = error.detail, error.scim_type
        except Exception:  # noqa: BLE001  (a directory must get SCIM JSON, not an HTML 500)
            logger.exception("SCIM request failed")
            error = ScimError(500, _("The server could not complete this request."))
            response = scim_response(error.body(), 500)
            outcome.summary, scim_type = error.detail, ""
        else:
            scim_type = ""
        if not outcome.unlogged:
            _log(request, directory, outcome, response.status_code, scim_type)
        response["Cache-Control"] = "no-store"
        return response

    return view


def _log(request, directory, outcome: Outcome, status: int, scim_type: str) -> None:
    user = outcome.user if getattr(outcome.user, "pk", None) else None
    if user is not None and status >= 400 and not type(user).objects.filter(pk=user.pk).exists():
        user = None  # rolled back: the person was never written
    ScimRequest.objects.create(
        at=timezone.now(),
        directory=directory,
        method=request.method[:8],
        operation=outcome.operation,
        resource_type=outcome.resource_type,
        resource_id=outcome.resource_id,
        user=user,
        status=status,
        scim_type=scim_type[:32],
        summary=outcome.summary[:255],
    )
