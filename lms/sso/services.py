"""Writes for corporate sign-in: just-in-time provisioning of the person an identity
provider vouched for. Protocol-free: oidc.py and saml.py turn what their IdP sent into
`Claims`, this module decides who that is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts import roles
from lms.accounts import services as account_services
from lms.accounts.importing import (
    PlannedEmployee,
    _enrollments_planned,
    _norm_department,
    language_parse,
)
from lms.accounts.models import LearnerProfile, User

from .models import ExternalIdentity, IdentityProvider


class SignInError(Exception):
    """Why a corporate sign-in was refused; `message` is shown to the person (translated),
    `code` goes to the log and the tests."""

    status = 400

    def __init__(self, code: str, message, status: int = 400):
        super().__init__(code)
        self.code = code
        self.message = message
        self.status = status


@dataclass
class Claims:
    """What the IdP asserted about the person, already mapped to our fields."""

    subject: str
    email: str = ""
    employee_id: str = ""
    first_name: str = ""
    last_name: str = ""
    department: str = ""
    team: str = ""
    manager_email: str = ""
    language: str = ""
    groups: list[str] = field(default_factory=list)
    mfa: bool = False


def _first(value) -> str:
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    return "" if value is None else str(value).strip()


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def claims_map(
    *, provider: IdentityProvider, subject: str, attributes: dict, mfa_asserted: set[str]
) -> Claims:
    """`attributes`: claim/attribute name -> value or list of values. `mfa_asserted`: the
    amr values / authentication contexts the IdP reported."""

    def get(name_field: str) -> str:
        name = getattr(provider, name_field)
        return _first(attributes.get(name)) if name else ""

    return Claims(
        subject=subject,
        email=get("attr_email").lower(),
        employee_id=get("attr_employee_id")[:64],
        first_name=get("attr_first_name")[:150],
        last_name=get("attr_last_name")[:150],
        department=get("attr_department")[:120],
        team=get("attr_team")[:120],
        manager_email=get("attr_manager").lower()[:254],
        language=get("attr_language"),
        groups=_as_list(attributes.get(provider.attr_groups)) if provider.attr_groups else [],
        mfa=bool(mfa_asserted & provider.mfa_value_set()),
    )


_NO_EMAIL = _("Your company account did not send an e-mail address. Ask your administrator.")
_INACTIVE = _("Your academy account is deactivated. Ask HR if you think this is a mistake.")
_CONFLICT = _(
    "Your e-mail address and your employee ID belong to two different academy accounts. "
    "Ask HR to fix your record."
)


def sso_sign_in(*, provider: IdentityProvider, claims: Claims, now: datetime | None = None) -> User:
    """The academy account for this person: found by their IdP subject, else linked by
    e-mail or employee ID, else created as a learner with the enrollment rules of their
    department applied. Later sign-ins update the mapped profile fields.

    Raises SignInError (nothing written) when the account is deactivated or ambiguous.
    """
    now = now or timezone.now()
    if not claims.subject:
        raise SignInError("no_subject", _NO_EMAIL)
    try:
        with transaction.atomic():
            return _sign_in(provider=provider, claims=claims, now=now)
    except IntegrityError:
        # Two first sign-ins of the same person at the same moment: the other one made the
        # account (or the identity) first; this one now finds it.
        with transaction.atomic():
            return _sign_in(provider=provider, claims=claims, now=now)


def _sign_in(*, provider, claims: Claims, now) -> User:
    identity = (
        ExternalIdentity.objects.select_related("user__profile")
        .filter(provider=provider, subject=claims.subject)
        .first()
    )
    user = identity.user if identity else _match(claims)
    if user is not None and not user.is_active:
        raise SignInError("inactive", _INACTIVE, status=403)
    old_department = None
    if user is None:
        user = _create(claims)
        moved = True
    else:
        profile = getattr(user, "profile", None)
        old_department = profile.department if profile else ""
        _update(user, claims)
        moved = claims.department and _norm_department(claims.department) != _norm_department(
            old_department
        )
    if identity is None:
        identity = ExternalIdentity.objects.create(
            provider=provider, subject=claims.subject, user=user, last_sign_in_at=now
        )
    else:
        ExternalIdentity.objects.filter(pk=identity.pk).update(last_sign_in_at=now)
    _roles_apply(provider, user, claims.groups)
    if moved:
        _enrollment_rules_apply(user, claims, now=now)
    return user


def _match(claims: Claims) -> User | None:
    """An existing account for this person: by employee ID, else by e-mail (as the HR
    import matches). Two different accounts -> refuse rather than guess."""
    by_eid = None
    if claims.employee_id:
        by_eid = (
            User.objects.select_related("profile")
            .filter(profile__employee_id=claims.employee_id)
            .first()
        )
    by_email = None
    if claims.email:
        by_email = User.objects.select_related("profile").filter(email=claims.email).first()
    if by_eid and by_email and by_eid.pk != by_email.pk:
        raise SignInError("conflict", _CONFLICT, status=409)
    return by_eid or by_email


def _valid_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def _language(claims: Claims) -> str | None:
    return language_parse(claims.language) if claims.language else None


def _create(claims: Claims) -> User:
    if not claims.email or not _valid_email(claims.email):
        raise SignInError("no_email", _NO_EMAIL)
    user = account_services.user_create(
        email=claims.email,
        first_name=claims.first_name,
        last_name=claims.last_name,
        employee_id=claims.employee_id or None,
        department=claims.department,
        team=claims.team,
        preferred_language=_language(claims) or settings.LANGUAGE_CODE,
        groups=(roles.LEARNERS,),
    )
    if claims.manager_email and _valid_email(claims.manager_email):
        LearnerProfile.objects.filter(user=user).update(manager_email=claims.manager_email)
    return user


def _update(user: User, claims: Claims) -> None:
    """What the IdP sent wins over what we had, field by field; a field it did not send
    (or the admin did not map) stays as it is. One UPDATE per table, only if something
    changed."""
    user_changes = {}
    for name in ("first_name", "last_name"):
        value = getattr(claims, name)
        if value and getattr(user, name) != value:
            user_changes[name] = value
    if (
        claims.email
        and claims.email != user.email
        and _valid_email(claims.email)
        and not User.objects.filter(email=claims.email).exclude(pk=user.pk).exists()
    ):
        user_changes["email"] = claims.email
    if user_changes:
        User.objects.filter(pk=user.pk).update(**user_changes)
        for name, value in user_changes.items():
            setattr(user, name, value)
    profile = getattr(user, "profile", None)
    if profile is None:
        profile = account_services.profile_get_or_create(user=user)
    profile_changes = {}
    for name in ("department", "team"):
        value = getattr(claims, name)
        if value and getattr(profile, name) != value:
            profile_changes[name] = value
    if (
        claims.manager_email
        and claims.manager_email != profile.manager_email
        and _valid_email(claims.manager_email)
    ):
        profile_changes["manager_email"] = claims.manager_email
    # Never overwrite an employee ID HR set: the import matches people by it.
    if (
        claims.employee_id
        and not profile.employee_id
        and not LearnerProfile.objects.filter(employee_id=claims.employee_id).exists()
    ):
        profile_changes["employee_id"] = claims.employee_id
    language = _language(claims)
    if language and language != profile.preferred_language:
        profile_changes["preferred_language"] = language
    if profile_changes:
        profile_changes["updated_at"] = timezone.now()
        LearnerProfile.objects.filter(pk=profile.pk).update(**profile_changes)
        for name, value in profile_changes.items():
            setattr(profile, name, value)


def _roles_apply(provider: IdentityProvider, user: User, idp_groups: list[str]) -> None:
    """Staff roles come only from the admin's explicit group -> role mappings of this
    provider: a mapped role is granted while the IdP lists the group, and taken back when
    it stops listing it. Roles given by hand (not mapped here) are never touched."""
    mappings = list(provider.role_mappings.all())
    if not mappings:
        return
    asserted = set(idp_groups)
    wanted = {m.role for m in mappings if m.idp_group in asserted}
    managed = {m.role for m in mappings}
    current = set(user.groups.filter(name__in=managed).values_list("name", flat=True))
    if wanted - current:
        user.groups.add(*Group.objects.filter(name__in=wanted - current))
    if current - wanted:
        user.groups.remove(*Group.objects.filter(name__in=current - wanted))
    if wanted and not user.is_staff:
        User.objects.filter(pk=user.pk).update(is_staff=True)
        user.is_staff = True
    elif not wanted and current and user.is_staff and not user.is_superuser:
        # They were staff only through this provider's mappings if no other staff group is left.
        others = user.groups.exclude(name=roles.LEARNERS).exists()
        if not others:
            User.objects.filter(pk=user.pk).update(is_staff=False)
            user.is_staff = False


def _enrollment_rules_apply(user: User, claims: Claims, *, now) -> None:
    """The HR import's enrollment rules (lms.accounts.importing), for one person: the
    courses of their department's rules they are not enrolled in yet."""
    from courses.errors import LearningError
    from courses.models import CoursePage, EnrollmentSource
    from courses.services import course_enroll_many

    department = claims.department or getattr(getattr(user, "profile", None), "department", "")
    if not department:
        return
    person = PlannedEmployee(0, claims.employee_id, user.email, user.pk, {})
    planned = _enrollments_planned([(person, department)], today=timezone.localdate(now))
    if not planned:
        return
    courses = CoursePage.objects.in_bulk({p.course_id for p in planned})
    for item in planned:
        try:
            with transaction.atomic():
                course_enroll_many(
                    users=[user],
                    course=courses[item.course_id],
                    source=EnrollmentSource.IMPORT,
                    due_date=item.due_date,
                    now=now,
                )
        except LearningError:
            # A rule whose course cannot take people now (no open workshop) must not stop
            # the person from signing in; HR sees the gap in the reports.
            continue
