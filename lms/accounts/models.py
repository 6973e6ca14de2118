import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

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
    # Privacy choices, off until the learner turns them on.
    show_name_on_certificates = models.BooleanField(
        _("show my name on my certificates' public verification page"), default=False
    )
    leaderboard_opt_in = models.BooleanField(_("take part in leaderboards"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        indexes = [models.Index(fields=["department", "team"])]

    def __str__(self):
        return f"{self.user} ({self.employee_id or '-'})"
