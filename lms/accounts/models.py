import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device

from .managers import UserManager


class User(AbstractUser):
    """An employee, trainer or HR person. Signs in with the work e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    # An opaque, stable id for systems outside the academy (xAPI actor, exports):
    # it never reveals the e-mail and never changes.
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)


def _language_choices():
    return settings.LANGUAGES


class LearnerProfile(models.Model):
    """What HR knows about an employee, and the learner's own preferences."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    employee_id = models.CharField(
        _("employee id"), max_length=64, unique=True, null=True, blank=True
    )
    department = models.CharField(_("department"), max_length=120, blank=True)
    team = models.CharField(_("team"), max_length=120, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=_language_choices, default="en"
    )
    manager_email = models.EmailField(_("manager's e-mail"), blank=True)
    # Privacy choices, off until the learner turns them on. The name on certificates: None
    # until the learner is asked (their first download or share, certificates/views.py), so
    # the verification page never claims a choice they did not make.
    show_name_on_certificates = models.BooleanField(
        _("show my name on my certificates' public verification page"),
        null=True,
        blank=True,
        default=None,
    )
    leaderboard_opt_in = models.BooleanField(_("take part in leaderboards"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        indexes = [models.Index(fields=["department", "team"])]

    def __str__(self):
        return f"{self.user} ({self.employee_id or '-'})"


# --- Employee import (issue 7): the log of every run, and the auto-enrollment rules.


class ImportMode(models.TextChoices):
    # Update only: add and change the employees in the file, never deactivate anyone.
    UPDATE = "update", _("Update only (add and change employees)")
    # Full: the file is the whole workforce; active employees missing from it are deactivated.
    FULL = "full", _("Full import (also deactivate employees missing from the file)")


class ImportStatus(models.TextChoices):
    REJECTED = "rejected", _("Rejected (errors)")
    PREVIEWED = "previewed", _("Dry run")
    APPLIED = "applied", _("Applied")


class ImportRun(models.Model):
    """One employee import: its dry run, and the real run when HR applies it.

    The uploaded file is kept here (not on a node's disk) between the dry run and "Apply",
    so any web process can apply it; it is erased once applied or replaced.
    """

    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("started"), db_index=True)
    applied_at = models.DateTimeField(_("applied"), null=True, blank=True)
    file_name = models.CharField(_("file"), max_length=255)
    file_sha256 = models.CharField(max_length=64, editable=False)
    file_size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    mode = models.CharField(_("mode"), max_length=10, choices=ImportMode.choices)
    send_invitations = models.BooleanField(_("send invitations"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=ImportStatus.choices)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created_count = models.PositiveIntegerField(_("new"), default=0)
    updated_count = models.PositiveIntegerField(_("changed"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    deactivated_count = models.PositiveIntegerField(_("deactivated"), default=0)
    enrollment_count = models.PositiveIntegerField(_("enrollments"), default=0)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    # The first errors (row, column, value, reason), enough to tell what went wrong.
    errors = models.JSONField(_("errors"), default=list, blank=True)
    # Fingerprint of the plan HR saw in the dry run: "Apply" writes only that plan.
    plan_hash = models.CharField(max_length=64, blank=True, editable=False)
    pending_file = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("employee import")
        verbose_name_plural = _("employee imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.file_name} · {self.created_at:%Y-%m-%d %H:%M}"


class EnrollmentRule(models.Model):
    """Auto-enrollment: employees of a department are enrolled in these courses by the
    import, when they join the academy or move into the department."""

    name = models.CharField(_("name"), max_length=120)
    # Matched without regard to case or surrounding spaces, as HRIS exports vary.
    department = models.CharField(_("department"), max_length=120)
    courses = models.ManyToManyField(
        "courses.CoursePage", related_name="+", verbose_name=_("courses")
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_in_days = models.PositiveIntegerField(
        _("due in (days)"),
        null=True,
        blank=True,
        help_text=_("Days after the enrollment. Leave empty to use the due date (or none)."),
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("enrollment rule")
        verbose_name_plural = _("enrollment rules")
        ordering = ["department", "name"]

    def __str__(self):
        return f"{self.name} ({self.department})"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.due_date and self.due_in_days:
            raise ValidationError(_("Choose a due date or a number of days, not both."))

    def due_for(self, today):
        """The due date an enrollment made `today` gets."""
        from datetime import timedelta

        if self.due_date:
            return self.due_date
        if self.due_in_days:
            return today + timedelta(days=self.due_in_days)
        return None


# --- Staff protection: recovery codes for two-factor sign-in, failed sign-ins.


class RecoveryCodeDevice(Device):
    """Ten single-use codes for when the authenticator app is lost. Only their SHA-256 is
    stored: the codes are random (50 bits), so a plain hash cannot be reversed."""

    class Meta(Device.Meta):
        verbose_name = _("recovery codes")
        verbose_name_plural = _("recovery codes")

    def verify_token(self, token):
        from .two_factor import recovery_code_hash

        digest = recovery_code_hash(token)
        if not digest:
            return False
        # A conditional update: a code used twice at the same moment is accepted once.
        return bool(
            self.codes.filter(code_hash=digest, used_at__isnull=True).update(used_at=timezone.now())
        )


class RecoveryCode(models.Model):
    device = models.ForeignKey(RecoveryCodeDevice, on_delete=models.CASCADE, related_name="codes")
    code_hash = models.CharField(max_length=64)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["device", "code_hash"])]

    def __str__(self):
        return f"{self.device_id}: {'used' if self.used_at else 'unused'}"


class LoginFailure(models.Model):
    """A failed sign-in, kept for the throttling window (lms/accounts/throttle.py).
    `account` hashes the e-mail typed and `address` the client address: neither is stored in
    clear, and an unknown e-mail is throttled exactly like a known one (no enumeration).
    `user` is the account the e-mail names, if any, only so staff see whose account is
    under attack; the rules never read it."""

    account = models.CharField(max_length=80)
    address = models.CharField(max_length=80, blank=True)
    known_device = models.BooleanField(default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")
        indexes = [
            models.Index(fields=["account", "at"], name="loginfailure_account_at"),
            models.Index(fields=["address", "at"], name="loginfailure_address_at"),
        ]
        permissions = [
            ("manage_sign_in_throttles", _("Can see and clear sign-in throttles")),
        ]

    def __str__(self):
        return f"{self.account[:16]}… {self.at:%Y-%m-%d %H:%M}"


class KnownSignIn(models.Model):
    """An address an account signed in from with the right password: attempts from it are
    not slowed when the account is attacked from elsewhere. Both are hashes."""

    account = models.CharField(max_length=80)
    address = models.CharField(max_length=80)
    last_at = models.DateTimeField()

    class Meta:
        verbose_name = _("known sign-in address")
        verbose_name_plural = _("known sign-in addresses")
        constraints = [
            models.UniqueConstraint(fields=["account", "address"], name="knownsignin_unique")
        ]

    def __str__(self):
        return f"{self.account[:16]}… {self.last_at:%Y-%m-%d}"
