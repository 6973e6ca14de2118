"""SCIM Users: the academy's learners in SCIM form, and SCIM forms into the employee
import's writes (lms.accounts.services.employee_provision).

Mapping (docs/scim.md has it for admins):
- id: the user's public_id (opaque, stable); externalId: kept per directory (ScimIdentity);
- userName: the work e-mail, which is the sign-in (it must be an e-mail address);
- name.givenName / familyName: first and last name; active: can sign in;
- preferredLanguage (or locale): the profile's language when the academy speaks it;
- enterprise employeeNumber, department, manager (the manager's id here, or an e-mail).
Staff and superusers are not resources: a directory never reads, changes or deactivates
an account that can open the admin (an e-mail takeover of staff would be an admin takeover).
"""

from __future__ import annotations

import hashlib
import json
import uuid

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.importing import _MAX_LENGTH, _email_ok, language_parse
from lms.accounts.models import LearnerProfile, User
from lms.accounts.services import employee_provision

from .errors import invalid_value, not_found, uniqueness
from .models import ScimDirectory, ScimIdentity
from .schema import CORE_USER, ENTERPRISE_USER

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def scim_bool(value, name: str) -> bool:
    """true/false, or Entra's "True"/"False" strings (without its compliance flag)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise invalid_value(_("%(name)s must be true or false.") % {"name": name})


def users_queryset(directory: ScimDirectory):
    """Learners as this directory sees them: with its externalId for them, minus the ones it
    deleted. Four queries for any page: count, rows, identities, managers."""
    mine = ScimIdentity.objects.filter(directory=directory, user=OuterRef("pk"))
    return (
        User.objects.filter(is_staff=False, is_superuser=False)
        .annotate(
            scim_external_id=Subquery(mine.values("external_id")[:1]),
            scim_deleted=Exists(mine.filter(deleted_at__isnull=False)),
        )
        .filter(scim_deleted=False)
        .select_related("profile")
        .prefetch_related(
            Prefetch(
                "scim_identities",
                queryset=ScimIdentity.objects.filter(directory=directory),
                to_attr="directory_identities",
            )
        )
        .order_by("pk")
    )


def user_get(directory: ScimDirectory, resource_id: str) -> User:
    try:
        public_id = uuid.UUID(str(resource_id))
    except ValueError:
        public_id = None
    user = users_queryset(directory).filter(public_id=public_id).first() if public_id else None
    if user is None:
        raise not_found(_("No user with this id."))
    return user


def managers_by_email(users) -> dict[str, User]:
    emails = {u.profile.manager_email for u in users if _profile(u) and u.profile.manager_email}
    if not emails:
        return {}
    return {
        m.email: m
        for m in User.objects.filter(email__in=emails).only(
            "email", "public_id", "first_name", "last_name"
        )
    }


def _profile(user):
    try:
        return user.profile
    except LearnerProfile.DoesNotExist:
        return None


def user_resource(user: User, *, managers: dict, base_url: str) -> dict:
    profile = _profile(user)
    identities = getattr(user, "directory_identities", None) or []
    external_id = identities[0].external_id if identities else ""
    resource = {
        "schemas": [CORE_USER, ENTERPRISE_USER],
        "id": str(user.public_id),
        "userName": user.email,
        "name": {
            "givenName": user.first_name,
            "familyName": user.last_name,
            "formatted": user.get_full_name(),
        },
        "displayName": user.get_full_name() or user.email,
        "emails": [{"value": user.email, "type": "work", "primary": True}],
        "active": user.is_active,
        "preferredLanguage": profile.preferred_language if profile else settings.LANGUAGE_CODE,
    }
    if external_id:
        resource["externalId"] = external_id
    enterprise = {}
    if profile and profile.employee_id:
        enterprise["employeeNumber"] = profile.employee_id
    if profile and profile.department:
        enterprise["department"] = profile.department
    if profile and profile.manager_email:
        manager = managers.get(profile.manager_email)
        enterprise["manager"] = (
            {"value": str(manager.public_id), "displayName": manager.get_full_name()}
            if manager
            else {"displayName": profile.manager_email}
        )
    resource[ENTERPRISE_USER] = enterprise
    version = hashlib.sha256(json.dumps(resource, sort_keys=True).encode()).hexdigest()[:20]
    last = max(filter(None, [user.date_joined, profile.updated_at if profile else None]))
    resource["meta"] = {
        "resourceType": "User",
        "created": user.date_joined.isoformat(),
        "lastModified": last.isoformat(),
        "location": f"{base_url}/Users/{user.public_id}",
        "version": f'W/"{version}"',
    }
    return resource


def _text(value, name: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise invalid_value(_("%(name)s must be a string.") % {"name": name})
    value = str(value).strip()
    if len(value) > limit:
        raise invalid_value(
            _("%(name)s is too long (at most %(limit)d characters).")
            % {"name": name, "limit": limit}
        )
    return value


def _manager_email(value) -> str:
    """Entra sends the manager's id here as a bare string or, in its multi-valued form,
    a list of one object (`[{"$ref": null, "value": id}]`); Okta an object with `value`."""
    if isinstance(value, list):
        if len(value) > 1:
            raise invalid_value(_("A person has one manager, not a list of several."))
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value")
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        raise invalid_value(_("manager.value must be a string."))
    try:
        manager = (
            User.objects.filter(public_id=uuid.UUID(value)).values_list("email", flat=True).first()
        )
    except ValueError:
        manager = None
    if manager:
        return manager
    if _email_ok(value.strip().lower()):
        return value.strip().lower()
    return None  # not provisioned yet: keep what the profile has


def values_from(resource: dict, *, complete: bool) -> tuple[str, dict, str | None]:
    """(e-mail, import values, externalId or None) from a SCIM User. `complete`: the
    resource is the whole person (a PUT, RFC 7644 §3.5.1, or a patched resource), so a
    readWrite attribute missing from it is cleared (names, employeeNumber, department,
    manager, externalId; the language goes back to the academy's default); `active`, a
    boolean with no empty value, stays as it is. Otherwise (POST) a missing attribute is
    left as it is, because the HR import may be the one that fills it. `id` and `meta` are
    read-only: never read from a body."""
    email = resource.get("userName")
    if not isinstance(email, str) or not email.strip():
        raise invalid_value(_("userName is required."))
    email = email.strip().lower()
    if len(email) > _MAX_LENGTH["email"] or not _email_ok(email):
        raise invalid_value(_("userName must be the person's e-mail address (their sign-in here)."))
    values: dict = {}
    name = resource.get("name")
    if name is not None and not isinstance(name, dict):
        raise invalid_value(_("name must be an object."))
    if name is not None or complete:
        name = name or {}
        if "givenName" in name or complete:
            values["first_name"] = _text(name.get("givenName"), "name.givenName", 150)
        if "familyName" in name or complete:
            values["last_name"] = _text(name.get("familyName"), "name.familyName", 150)
    if "active" in resource:
        values["is_active"] = scim_bool(resource["active"], "active")
    language = resource.get("preferredLanguage") or resource.get("locale")
    if isinstance(language, str) and language.strip():
        code = language_parse(language)
        if code:  # a language the academy does not speak keeps the profile's
            values["preferred_language"] = code
    elif complete:
        values["preferred_language"] = settings.LANGUAGE_CODE
    extension = resource.get(ENTERPRISE_USER)
    if extension is not None and not isinstance(extension, dict):
        raise invalid_value(_("The enterprise extension must be an object."))
    extension = extension or {}
    if "employeeNumber" in extension or complete:
        values["employee_id"] = (
            _text(extension.get("employeeNumber"), "employeeNumber", _MAX_LENGTH["employee_id"])
            or None
        )
    if "department" in extension or complete:
        values["department"] = _text(extension.get("department"), "department", 120)
    if "manager" in extension or complete:
        manager = _manager_email(extension.get("manager"))
        if manager is not None:
            values["manager_email"] = manager
    external_id = resource.get("externalId")
    if external_id is not None:
        external_id = _text(external_id, "externalId", 255)
    elif complete:
        external_id = ""
    return email, values, external_id


def _check_unique(*, directory, user: User | None, email: str, values: dict, external_id) -> None:
    others = User.objects.exclude(pk=user.pk) if user else User.objects.all()
    if others.filter(email=email).exists():
        raise uniqueness(_("A user with this userName already exists."))
    employee_id = values.get("employee_id")
    if employee_id and (
        LearnerProfile.objects.filter(employee_id=employee_id)
        .exclude(user_id=user.pk if user else None)
        .exists()
    ):
        raise uniqueness(_("Another user has this employeeNumber."))
    if external_id:
        taken = ScimIdentity.objects.filter(directory=directory, external_id=external_id)
        if user:
            taken = taken.exclude(user=user)
        if taken.exists():
            raise uniqueness(_("Another user of this directory has this externalId."))


def _identity_set(*, directory, user: User, external_id, deleted=False) -> None:
    defaults = {"deleted_at": timezone.now() if deleted else None}
    if external_id is not None:
        defaults["external_id"] = external_id
    ScimIdentity.objects.update_or_create(directory=directory, user=user, defaults=defaults)


def user_create(*, directory: ScimDirectory, body: dict) -> User:
    email, values, external_id = values_from(body, complete=False)
    existing = User.objects.filter(email=email).first()
    if existing is not None:
        # A person this directory deleted comes back: the same account, reactivated.
        deleted = ScimIdentity.objects.filter(
            directory=directory, user=existing, deleted_at__isnull=False
        ).exists()
        if not deleted or existing.is_staff or existing.is_superuser:
            raise uniqueness(_("A user with this userName already exists."))
        values.setdefault("is_active", True)
        return _write(
            directory=directory, user=existing, email=email, values=values, external_id=external_id
        )
    _check_unique(
        directory=directory, user=None, email=email, values=values, external_id=external_id
    )
    return _write(
        directory=directory, user=None, email=email, values=values, external_id=external_id
    )


def _write(*, directory, user, email, values, external_id) -> User:
    if user is not None:
        _check_unique(
            directory=directory, user=user, email=email, values=values, external_id=external_id
        )
    written = employee_provision(user=user, email=email, values=values)
    _identity_set(directory=directory, user=written, external_id=external_id)
    return written


def user_replace(*, directory: ScimDirectory, user: User, body: dict) -> User:
    """PUT: the body is the whole person; what it leaves out is cleared (values_from)."""
    email, values, external_id = values_from(body, complete=True)
    return _write(
        directory=directory, user=user, email=email, values=values, external_id=external_id
    )


def user_patched(*, directory: ScimDirectory, user: User, resource: dict) -> User:
    email, values, external_id = values_from(resource, complete=True)
    return _write(
        directory=directory, user=user, email=email, values=values, external_id=external_id
    )


def user_delete(*, directory: ScimDirectory, user: User) -> None:
    """DELETE is a deactivation, as the full HR import's: sign-in stops, sessions end, every
    record stays. The directory no longer sees the person (RFC 7644: a deleted resource
    is 404); a later POST of the same userName brings the same account back."""
    if user.is_active:
        employee_provision(user=user, email=user.email, values={"is_active": False})
    _identity_set(directory=directory, user=user, external_id=None, deleted=True)


def changed_fields(before: dict, after: dict) -> list[str]:
    """The SCIM attribute names that differ, for the log (names, not values)."""
    names = []
    for key in sorted(set(before) | set(after)):
        if key in ("meta", "schemas"):
            continue
        if isinstance(before.get(key), dict) and isinstance(after.get(key), dict):
            names += [
                f"enterprise.{k}" if key == ENTERPRISE_USER else f"{key}.{k}"
                for k in sorted(set(before[key]) | set(after[key]))
                if before[key].get(k) != after[key].get(k)
            ]
        elif before.get(key) != after.get(key):
            names.append(key)
    return names
