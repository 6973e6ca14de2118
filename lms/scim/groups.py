"""SCIM Groups: a directory's groups as cohorts of learners (ScimGroup), never Django
groups: a group pushed by Okta or assigned in Entra can never grant a staff role, and a
member must be a learner this directory can see."""

from __future__ import annotations

import hashlib
import json
import uuid

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from lms.accounts.models import User

from .errors import invalid_value, not_found, uniqueness
from .models import ScimDirectory, ScimGroup, ScimGroupMember
from .schema import CORE_GROUP
from .users import users_queryset

MAX_MEMBERS_PER_REQUEST = 1000


def groups_queryset(directory: ScimDirectory, *, with_members: bool = True):
    queryset = ScimGroup.objects.filter(directory=directory).order_by("pk")
    if with_members:
        queryset = queryset.prefetch_related(
            Prefetch(
                "memberships",
                queryset=ScimGroupMember.objects.select_related("user").order_by("pk"),
            )
        )
    return queryset


def group_get(
    directory: ScimDirectory, resource_id: str, *, with_members: bool = True
) -> ScimGroup:
    try:
        public_id = uuid.UUID(str(resource_id))
    except ValueError:
        public_id = None
    group = (
        groups_queryset(directory, with_members=with_members).filter(public_id=public_id).first()
        if public_id
        else None
    )
    if group is None:
        raise not_found(_("No group with this id."))
    return group


def group_resource(group: ScimGroup, *, base_url: str, with_members: bool = True) -> dict:
    resource = {
        "schemas": [CORE_GROUP],
        "id": str(group.public_id),
        "displayName": group.display_name,
    }
    if group.external_id:
        resource["externalId"] = group.external_id
    if with_members:
        resource["members"] = [
            {
                "value": str(m.user.public_id),
                "display": m.user.get_full_name() or m.user.email,
                "$ref": f"{base_url}/Users/{m.user.public_id}",
                "type": "User",
            }
            for m in group.memberships.all()
        ]
    version = hashlib.sha256(
        json.dumps([resource, group.updated_at.isoformat()], sort_keys=True).encode()
    ).hexdigest()[:20]
    resource["meta"] = {
        "resourceType": "Group",
        "created": group.created_at.isoformat(),
        "lastModified": group.updated_at.isoformat(),
        "location": f"{base_url}/Groups/{group.public_id}",
        "version": f'W/"{version}"',
    }
    return resource


def _fields(resource: dict) -> tuple[str, str | None, list | None]:
    name = resource.get("displayName")
    if not isinstance(name, str) or not name.strip():
        raise invalid_value(_("displayName is required."))
    if len(name.strip()) > 255:
        raise invalid_value(_("displayName is too long (at most 255 characters)."))
    external_id = resource.get("externalId")
    if external_id is not None and (not isinstance(external_id, str) or len(external_id) > 255):
        raise invalid_value(_("externalId must be a string of at most 255 characters."))
    members = resource.get("members")
    if members is not None and not isinstance(members, list):
        raise invalid_value(_("members must be a list."))
    return name.strip(), external_id, members


def _member_users(directory: ScimDirectory, members: list) -> list[User]:
    """The learners `members` names, in one query; an id this directory cannot see is a
    400 (a staff account, someone it deleted, a typo): nothing is written."""
    if len(members) > MAX_MEMBERS_PER_REQUEST:
        raise invalid_value(_("Too many members in one request."))
    ids = []
    for member in members:
        value = member.get("value") if isinstance(member, dict) else None
        try:
            ids.append(uuid.UUID(str(value)))
        except ValueError:
            raise invalid_value(
                _("members: “%(value)s” is not a user id.") % {"value": str(value)[:60]}
            ) from None
    found = {
        u.public_id: u
        for u in users_queryset(directory).filter(public_id__in=ids).prefetch_related(None)
    }
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise invalid_value(
            _("members: no user with the id %(ids)s.") % {"ids": ", ".join(missing[:5])}
        )
    return list({u.pk: u for u in found.values()}.values())


def _unique_name(directory, name, group=None):
    taken = ScimGroup.objects.filter(directory=directory, display_name__iexact=name)
    if group is not None:
        taken = taken.exclude(pk=group.pk)
    if taken.exists():
        raise uniqueness(_("A group with this displayName already exists."))


def _members_set(group: ScimGroup, users: list[User]) -> None:
    wanted = {u.pk for u in users}
    current = set(ScimGroupMember.objects.filter(group=group).values_list("user_id", flat=True))
    if current - wanted:
        ScimGroupMember.objects.filter(group=group, user_id__in=current - wanted).delete()
    if wanted - current:
        ScimGroupMember.objects.bulk_create(
            [ScimGroupMember(group=group, user_id=pk) for pk in wanted - current]
        )


def group_write(
    *, directory: ScimDirectory, group: ScimGroup | None, resource: dict, replace: bool = False
) -> ScimGroup:
    """Create (group None) or replace a group from its SCIM form (POST, PUT, patched).
    `replace` (PUT, RFC 7644 §3.5.1): members and externalId left out are cleared."""
    name, external_id, members = _fields(resource)
    if replace:
        members = members if members is not None else []
        external_id = external_id if external_id is not None else ""
    _unique_name(directory, name, group)
    users = _member_users(directory, members) if members is not None else None
    if group is None:
        group = ScimGroup.objects.create(
            directory=directory, display_name=name, external_id=external_id or ""
        )
    else:
        group.display_name = name
        if external_id is not None:
            group.external_id = external_id
        group.save()  # updated_at moves: a new version even when only members change
    if users is not None:
        _members_set(group, users)
    return group_get(directory, group.public_id)
