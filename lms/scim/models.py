"""SCIM provisioning (issue 13): the directories that may provision, what they know of each
person (their externalId), the groups they push, and the log HR reads.

People themselves stay in lms.accounts (User + LearnerProfile): a directory writes them
through the employee import's own services, so nothing here duplicates a profile field.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ScimDirectory(models.Model):
    """An identity provider's provisioning connection (one Entra ID enterprise app, one Okta
    app). It authenticates with its own bearer token, shown once; only a SHA-256 of the
    token's secret is stored (lms/scim/tokens.py says why not a password hasher)."""

    name = models.CharField(_("name"), max_length=120)
    token_prefix = models.CharField(_("token prefix"), max_length=16, unique=True)
    token_hash = models.CharField(max_length=64, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"))
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("SCIM directory")
        verbose_name_plural = _("SCIM directories")
        ordering = ["revoked_at", "name"]

    def __str__(self):
        return self.name


class ScimIdentity(models.Model):
    """What one directory calls a person: its `externalId` (Entra: mailNickname or objectId;
    Okta: its user id). One per directory and person; the academy's own id is the user's
    public_id, so a second directory never sees the first one's externalId."""

    directory = models.ForeignKey(ScimDirectory, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scim_identities"
    )
    external_id = models.CharField(_("external id"), max_length=255, blank=True)
    # Set by a DELETE: the directory no longer sees the person (their account is only
    # deactivated, see users.user_delete).
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("directory identity")
        verbose_name_plural = _("directory identities")
        constraints = [
            models.UniqueConstraint(fields=["directory", "user"], name="scim_identity_user"),
            models.UniqueConstraint(
                fields=["directory", "external_id"],
                condition=~Q(external_id=""),
                name="scim_identity_external_id",
            ),
        ]

    def __str__(self):
        return f"{self.directory_id}:{self.external_id or '-'}"


class ScimGroup(models.Model):
    """A group a directory pushes (Okta "Push groups", Entra group assignment): a cohort of
    learners HR can see. It is never a Django group, so it can never grant a staff role."""

    directory = models.ForeignKey(
        ScimDirectory, on_delete=models.CASCADE, related_name="groups", verbose_name=_("directory")
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("name"), max_length=255)
    external_id = models.CharField(_("external id"), max_length=255, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="ScimGroupMember",
        related_name="scim_groups",
        verbose_name=_("members"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("directory group")
        verbose_name_plural = _("directory groups")
        ordering = ["display_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["directory", "display_name"], name="scim_group_display_name"
            ),
        ]

    def __str__(self):
        return self.display_name


class ScimGroupMember(models.Model):
    group = models.ForeignKey(ScimGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="scim_group_member_unique")
        ]

    def __str__(self):
        return f"{self.group_id}:{self.user_id}"


class ScimOperation(models.TextChoices):
    LIST = "list", _("Search")
    GET = "get", _("Read")
    CREATE = "create", _("Create")
    REPLACE = "replace", _("Replace (PUT)")
    UPDATE = "update", _("Update (PATCH)")
    DELETE = "delete", _("Delete")
    DISCOVERY = "discovery", _("Discovery")


class ScimRequest(models.Model):
    """One request a directory made: what, on which resource, and the answer. No token, no
    body: the person concerned (a link HR can follow) and the names of the attributes
    changed, which HR already sees in the learner's profile."""

    at = models.DateTimeField(_("time"), db_index=True)
    directory = models.ForeignKey(
        ScimDirectory,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("directory"),
    )
    method = models.CharField(_("method"), max_length=8)
    operation = models.CharField(_("operation"), max_length=12, choices=ScimOperation.choices)
    resource_type = models.CharField(_("resource"), max_length=24, blank=True)
    resource_id = models.CharField(_("resource id"), max_length=64, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("person"),
    )
    status = models.PositiveSmallIntegerField(_("status"))
    scim_type = models.CharField(_("error type"), max_length=32, blank=True)
    # What happened, in a few words: the attributes changed, or the error's reason.
    summary = models.CharField(_("summary"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("SCIM request")
        verbose_name_plural = _("SCIM requests")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["directory", "at"], name="scim_request_directory_at")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.method} {self.resource_type} {self.status}"

    @property
    def succeeded(self) -> bool:
        return self.status < 400
