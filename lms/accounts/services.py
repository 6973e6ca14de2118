"""Writes for accounts: creating people, their profile and their language."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import LearnerProfile, User

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
