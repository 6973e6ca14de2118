"""Writes for accounts: creating people, their profile and their language."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import roles
from .models import LearnerProfile, User
from .selectors import user_language
from .tasks import invitations_deliver

SESSION_LANGUAGE_KEY = "pv_language"


def language_validate(code: str) -> str:
    """Return the code if the academy ships that language, else raise a clear error."""
    codes = {c for c, _name in settings.LANGUAGES}
    if code not in codes:
        raise ValidationError(
            _("Unknown language “%(code)s”. Choose one of: %(codes)s.")
            % {"code": code[:20], "codes": ", ".join(sorted(codes))}
        )
    return code


@transaction.atomic
def user_create(
    *,
    email: str,
    first_name: str = "",
    last_name: str = "",
    password: str | None = None,
    employee_id: str | None = None,
    department: str = "",
    team: str = "",
    preferred_language: str = "en",
    groups: tuple[str, ...] = (),
    is_superuser: bool = False,
) -> User:
    """Create a user with a learner profile and the given groups (by name)."""
    language_validate(preferred_language)
    manager = User.objects.create_superuser if is_superuser else User.objects.create_user
    user = manager(email=email, password=password, first_name=first_name, last_name=last_name)
    if password is None:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    LearnerProfile.objects.create(
        user=user,
        employee_id=employee_id or None,
        department=department,
        team=team,
        preferred_language=preferred_language,
    )
    if groups:
        user.groups.set(Group.objects.filter(name__in=groups))
        # Staff roles sign in to the Wagtail admin; learners never do.
        user.is_staff = user.is_staff or any(g != "Learners" for g in groups)
        user.save(update_fields=["is_staff"])
    return user


def profile_get_or_create(*, user: User) -> LearnerProfile:
    profile, _created = LearnerProfile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_set_privacy(
    *, user: User, show_name_on_certificates: bool, leaderboard_opt_in: bool
) -> LearnerProfile:
    """The learner's own privacy choices (both off until they turn them on)."""
    profile = profile_get_or_create(user=user)
    profile.show_name_on_certificates = show_name_on_certificates
    profile.leaderboard_opt_in = leaderboard_opt_in
    profile.save(update_fields=["show_name_on_certificates", "leaderboard_opt_in", "updated_at"])
    return profile


def profile_set_language(*, user: User, language: str) -> LearnerProfile:
    language_validate(language)
    profile = profile_get_or_create(user=user)
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language", "updated_at"])
    return profile


# --- Employee import (issue 7). Reading and planning are in importing.py; these write.

# How long an uploaded file waits for "Apply" after its dry run.
IMPORT_PENDING_HOURS = 24


class ImportRefused(Exception):
    """'Apply' cannot write this run: a clear reason for HR, nothing was written."""

    def __init__(self, message):
        super().__init__(message)
        self.message = str(message)


def employees_import_preview(
    *,
    data: bytes,
    file_name: str,
    mode: str,
    by: User | None,
    send_invitations: bool = False,
    refused: str | None = None,
    file_size: int | None = None,
    now=None,
):
    """The dry run: read, validate and plan the import; write nothing but the log entry
    (which keeps the file for "Apply" when the plan is valid). Returns (run, plan).

    `refused`: the upload was refused before reading (too big); logged with its reason."""
    import hashlib

    from django.utils import timezone

    from .importing import ImportPlan, RowError, import_plan
    from .models import ImportRun, ImportStatus

    now = now or timezone.now()
    if refused:
        plan = ImportPlan(mode=mode, errors=[RowError(None, "", "", str(refused))])
    else:
        plan = import_plan(data, file_name=file_name, mode=mode, today=timezone.localdate(now))
    run = ImportRun.objects.create(
        started_by=by,
        created_at=now,
        file_name=(file_name or "upload")[:255],
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_size=len(data) if file_size is None else file_size,
        mode=mode,
        send_invitations=send_invitations,
        status=ImportStatus.REJECTED if plan.has_errors else ImportStatus.PREVIEWED,
        **_import_counts(plan),
        errors=plan.errors_as_dicts(),
        plan_hash="" if plan.has_errors else plan.fingerprint(),
        pending_file=None if plan.has_errors else data,
    )
    return run, plan


def _import_counts(plan) -> dict:
    return {
        "rows": plan.rows,
        "created_count": len(plan.new),
        "updated_count": len(plan.changed),
        "unchanged_count": plan.unchanged,
        "deactivated_count": len(plan.deactivations),
        "enrollment_count": len(plan.enrollments),
        "error_count": len(plan.errors),
    }


def employees_import_apply(*, run_id: int, plan_hash: str, by: User, now=None):
    """The real run of a previewed import: all or nothing, in one transaction.

    The file kept with the dry run is read again and planned again against the database as
    it is now; if the plan is not exactly the one HR saw (another import ran, someone was
    edited), nothing is written and HR is asked to look again. Re-importing the same file
    later plans no change, so it writes nothing. Returns (run, plan)."""
    from datetime import timedelta

    from django.utils import timezone

    from .importing import import_plan
    from .models import ImportRun, ImportStatus

    now = now or timezone.now()
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.started_by_id != by.pk:
            raise ImportRefused(_("This import does not exist or is not yours."))
        if run.status == ImportStatus.APPLIED:
            raise ImportRefused(_("This import was already applied."))
        if run.status != ImportStatus.PREVIEWED or not run.pending_file:
            raise ImportRefused(_("This import has errors; fix the file and upload it again."))
        if run.created_at < now - timedelta(hours=IMPORT_PENDING_HOURS):
            raise ImportRefused(_("This dry run is too old. Upload the file again."))
        plan = import_plan(
            bytes(run.pending_file),
            file_name=run.file_name,
            mode=run.mode,
            today=timezone.localdate(now),
        )
        if plan.has_errors or plan.fingerprint() != plan_hash or plan_hash != run.plan_hash:
            raise ImportRefused(
                _(
                    "The employees changed since the dry run. Nothing was written: check the "
                    "new dry run below."
                )
            )
        created = _import_write(plan=plan, by=by, now=now)
        ImportRun.objects.filter(pk=run.pk).update(
            status=ImportStatus.APPLIED,
            applied_at=now,
            pending_file=None,
            **_import_counts(plan),
        )
        if run.send_invitations and created:
            ids = [u.pk for u in created if u.is_active]
            transaction.on_commit(lambda: invitations_deliver.enqueue(ids), robust=True)
    run.refresh_from_db()
    return run, plan


def _import_write(*, plan, by, now) -> list[User]:
    from .importing import PROFILE_FIELDS, USER_FIELDS

    created = _employees_create(plan.new)
    _employees_update(plan.changed, user_fields=USER_FIELDS, profile_fields=PROFILE_FIELDS)
    if plan.deactivations:
        # Records stay: only sign-in stops. Reactivate by importing them with Active = yes.
        User.objects.filter(pk__in=[d.user_id for d in plan.deactivations]).update(is_active=False)
    # Whoever the import deactivates (missing from a full import, or Active = no) is signed
    # out everywhere at once, as a SCIM deactivation does, not on their next request only.
    deactivated = [d.user_id for d in plan.deactivations] + [
        person.user_id
        for person in plan.changed
        if any(c.field == "is_active" and c.new is False for c in person.changes)
    ]
    if deactivated:
        user_sessions_end(user_ids=deactivated)
    if plan.enrollments:
        _planned_enrollments_write(plan.enrollments, by=by, now=now)
    return created


def _planned_enrollments_write(planned, *, by, now) -> None:
    """The rules' enrollments: one bulk assignment per course and due date."""
    from courses.errors import LearningError
    from courses.models import CoursePage, EnrollmentSource
    from courses.services import course_enroll_many

    # By e-mail (unique, always there), not employee id: a directory (SCIM) may provision
    # people without one. The plan's e-mails are the new ones, written just before.
    people = User.objects.in_bulk({e.email for e in planned}, field_name="email")
    courses = CoursePage.objects.in_bulk({e.course_id for e in planned})
    groups: dict[tuple, list] = {}
    for item in planned:
        groups.setdefault((item.course_id, item.due_date), []).append(item)
    for (course_id, due_date), items in groups.items():
        course = courses[course_id]
        try:
            course_enroll_many(
                users=[people[item.email] for item in items],
                course=course,
                source=EnrollmentSource.IMPORT,
                enrolled_by=by,
                due_date=due_date,
                now=now,
            )
        except LearningError as error:
            # Rolls the whole import back: all or nothing.
            raise ImportRefused(
                _("Enrollment rule for “%(course)s” cannot be applied: %(reason)s")
                % {"course": items[0].course_title, "reason": error.message}
            ) from error


# Rows per INSERT/UPDATE when an import writes employees.
IMPORT_BATCH_SIZE = 500


def _employees_update(people, *, user_fields, profile_fields) -> None:
    """The planned changes, in a few UPDATEs: each column any person changes is written
    for the people in the batch (the others keep their value, read just before). Emails
    arrive lowercased by the validation, as User.save() would store them."""
    if not people:
        return
    users = User.objects.in_bulk([p.user_id for p in people])
    profiles = {p.user_id: p for p in LearnerProfile.objects.filter(user_id__in=users)}
    changed_users, changed_profiles, new_profiles = {}, {}, []
    user_columns, profile_columns = set(), set()
    for person in people:
        user = users[person.user_id]
        profile = profiles.get(user.pk)
        if profile is None:  # an account that never had a profile
            profile = profiles[user.pk] = LearnerProfile(user=user)
            new_profiles.append(profile)
        for change in person.changes:
            if change.field in user_fields:
                setattr(user, change.field, change.new)
                changed_users[user.pk] = user
                user_columns.add(change.field)
            elif change.field in profile_fields:
                setattr(profile, change.field, change.new)
                if profile.pk is not None:
                    changed_profiles[profile.pk] = profile
                    profile_columns.add(change.field)
    if changed_users:
        User.objects.bulk_update(
            changed_users.values(), sorted(user_columns), batch_size=IMPORT_BATCH_SIZE
        )
    if changed_profiles:
        LearnerProfile.objects.bulk_update(
            changed_profiles.values(), sorted(profile_columns), batch_size=IMPORT_BATCH_SIZE
        )
    if new_profiles:
        LearnerProfile.objects.bulk_create(new_profiles, batch_size=IMPORT_BATCH_SIZE)


def _employees_create(people) -> list[User]:
    """New employees in a few INSERTs (users, profiles, Learners membership) rather than
    four queries each: an import of 20,000 people would otherwise take minutes. The rows are
    the ones `create_user` would write (e-mail normalised, no usable password: the person
    chooses one from the invitation); nothing listens to their post_save."""
    if not people:
        return []
    users = []
    for person in people:
        values = person.values
        user = User(
            email=User.objects.normalize_email(person.email).strip().lower(),
            first_name=values.get("first_name", ""),
            last_name=values.get("last_name", ""),
            is_active=values.get("is_active", True),
        )
        user.set_unusable_password()
        users.append(user)
    # SQLite (3.35+) and PostgreSQL return the new primary keys.
    users = User.objects.bulk_create(users, batch_size=IMPORT_BATCH_SIZE)
    LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(
                user=user,
                employee_id=person.employee_id,
                department=person.values.get("department", ""),
                team=person.values.get("team", ""),
                manager_email=person.values.get("manager_email", ""),
                preferred_language=person.values.get("preferred_language", settings.LANGUAGE_CODE),
            )
            for person, user in zip(people, users, strict=True)
        ],
        batch_size=IMPORT_BATCH_SIZE,
    )
    learners = Group.objects.filter(name=roles.LEARNERS).first()
    if learners:
        membership = User.groups.through
        membership.objects.bulk_create(
            [membership(user_id=user.pk, group_id=learners.pk) for user in users],
            batch_size=IMPORT_BATCH_SIZE,
        )
    return users


def invitations_send(*, user_ids) -> int:
    """E-mail each new employee a link to choose their password (Django's reset token,
    in the person's language). Sent after commit: a rolled-back import invites nobody."""
    from urllib.parse import urlsplit

    from django.contrib.auth.tokens import default_token_generator
    from django.core.mail import get_connection, send_mail
    from django.template.loader import render_to_string
    from django.utils import translation
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    sent = 0
    people = User.objects.filter(pk__in=user_ids, is_active=True).select_related("profile")
    connection = get_connection()  # one SMTP session for the whole import, not one per person
    for user in people.iterator(chunk_size=500):
        with translation.override(user_language(user)):
            context = {
                "user": user,
                "email": user.email,
                "uid": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
                "protocol": base.scheme or "https",
                "domain": base.netloc,
                "site_name": settings.PORTE_VOIX.get("DEFAULT_ACADEMY_NAME", "Porte-voix"),
            }
            subject = render_to_string("accounts/emails/invitation_subject.txt", context)
            body = render_to_string("accounts/emails/invitation.txt", context)
        send_mail(" ".join(subject.split()), body, None, [user.email], connection=connection)
        sent += 1
    connection.close()
    return sent


# --- Directory provisioning (SCIM, lms/scim): one person, through the import's writes.


@transaction.atomic
def employee_provision(
    *, user: User | None, email: str, values: dict, by: User | None = None, now=None
) -> User:
    """Create (`user` None) or update one employee as a one-person import: the same writes
    (`_employees_create`, `_employees_update`; a deactivation keeps every record) and the
    same enrollment rules, applied when someone joins, moves department or comes back.
    `values` holds import fields (importing.USER_FIELDS and PROFILE_FIELDS), validated by
    the caller. A deactivation also ends the person's sessions. Returns the user."""
    from django.utils import timezone

    from .importing import (
        FieldChange,
        ImportPlan,
        PlannedEmployee,
        _enrollments_planned,
        _norm_department,
        _profile_snapshot,
    )
    from .models import ImportMode

    now = now or timezone.now()
    email = User.objects.normalize_email(email).strip().lower()
    values = {k: v for k, v in values.items() if k != "email"}
    plan = ImportPlan(mode=ImportMode.UPDATE)
    if user is None:
        values.setdefault("is_active", True)
        values.setdefault("preferred_language", settings.LANGUAGE_CODE)
        person = PlannedEmployee(0, values.get("employee_id") or None, email, None, values)
        plan.new = [person]
        joins = values["is_active"]
        department = values.get("department", "")
        was_active = False
    else:
        values["email"] = email
        before = _profile_snapshot(user)
        changes = [FieldChange(k, before[k], v) for k, v in values.items() if before.get(k) != v]
        eid = values.get("employee_id", before["employee_id"])
        person = PlannedEmployee(0, eid, email, user.pk, values, changes)
        plan.changed = [person] if changes else []
        department = values.get("department", before["department"])
        was_active = before["is_active"]
        joins = values.get("is_active", was_active) and (
            not was_active or _norm_department(department) != _norm_department(before["department"])
        )
    targets = [(person, department)] if joins else []
    plan.enrollments = _enrollments_planned(targets, today=timezone.localdate(now))
    created = _import_write(plan=plan, by=by, now=now)
    user_id = created[0].pk if created else user.pk
    if was_active and values.get("is_active") is False:
        user_sessions_end(user_ids=[user_id])
    return User.objects.select_related("profile").get(pk=user_id)


def user_sessions_end(*, user_ids) -> int:
    """Sign these people out everywhere by deleting their sessions (is_active=False already
    refuses them on the next request; deleting them means a reactivation does not bring an
    old session back). Database sessions are not indexed by user, so the unexpired ones are
    read: a deactivation is rare. Returns how many sessions ended."""
    from importlib import import_module

    from django.contrib.auth import SESSION_KEY
    from django.utils import timezone

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        return 0  # cookie or cache sessions: nothing to enumerate
    wanted = {str(pk) for pk in user_ids}
    rows = (
        store_class.get_model_class()
        .objects.filter(expire_date__gt=timezone.now())
        .values_list("session_key", "session_data")
    )
    ended = [
        key
        for key, data in rows.iterator(chunk_size=2000)
        if str(store_class().decode(data).get(SESSION_KEY)) in wanted
    ]
    for key in ended:
        store_class().delete(key)
    return len(ended)
