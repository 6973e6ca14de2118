"""Corporate sign-in: the identity providers admins configure, and who signed in through them.

Secrets never live here: an OIDC provider names the environment variable that holds its
client secret (`client_secret_env`), read when a sign-in starts.
"""

import os

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from lms.accounts import roles


class Protocol(models.TextChoices):
    OIDC = "oidc", _("OpenID Connect")
    SAML = "saml", _("SAML 2.0")


# Values that mean "the person used more than one factor": OIDC `amr` values (RFC 8176) and
# SAML AuthnContextClassRef / Entra's authnmethodsreferences claim values. An admin may
# replace the list for their IdP.
DEFAULT_MFA_VALUES = (
    "mfa\n"
    "http://schemas.microsoft.com/claims/multipleauthn\n"
    "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract\n"
    "urn:oasis:names:tc:SAML:2.0:ac:classes:TimeSyncToken"
)

_env_name = RegexValidator(
    r"^[A-Z_][A-Z0-9_]*$",
    _("An environment variable name: capital letters, digits and underscores."),
)


# Held by superusers only (no role is granted it): the settings that decide who becomes
# staff or skips the second factor.
ADMIN_ONLY_PERMISSION = "sso.change_rolemapping"


class IdentityProvider(models.Model):
    """One company directory people sign in with (Entra ID, Okta, Google, Keycloak...)."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown on the sign-in button: “Sign in with <name>”."),
    )
    slug = models.SlugField(
        _("short name"),
        max_length=40,
        unique=True,
        help_text=_("Part of the addresses the identity provider calls back (see the README)."),
    )
    protocol = models.CharField(_("protocol"), max_length=4, choices=Protocol.choices)
    enabled = models.BooleanField(_("enabled"), default=True)

    # OpenID Connect.
    oidc_issuer = models.URLField(
        _("issuer or discovery URL"),
        blank=True,
        help_text=_(
            "The issuer (https://login.example.com/tenant/v2.0) or its "
            "/.well-known/openid-configuration address."
        ),
    )
    oidc_client_id = models.CharField(_("client ID"), max_length=255, blank=True)
    oidc_client_secret_env = models.CharField(
        _("environment variable holding the client secret"),
        max_length=100,
        blank=True,
        validators=[_env_name],
        help_text=_(
            "The NAME of the variable (e.g. SSO_CORP_SECRET), never the secret itself. "
            "Leave empty for a public client (PKCE only)."
        ),
    )
    oidc_scopes = models.CharField(
        _("scopes"), max_length=255, default="openid email profile", blank=True
    )

    # SAML 2.0.
    saml_metadata_url = models.URLField(_("IdP metadata URL"), blank=True)
    saml_metadata_xml = models.TextField(
        _("IdP metadata XML"),
        blank=True,
        help_text=_("Paste the metadata if the identity provider does not publish a URL."),
    )
    saml_idp_entity_id = models.CharField(
        _("IdP entity ID"),
        max_length=255,
        blank=True,
        help_text=_("Only needed when the metadata describes several identity providers."),
    )

    # Attribute mapping: the claim (OIDC) or attribute name (SAML) holding each field.
    attr_email = models.CharField(_("e-mail"), max_length=255, default="email")
    attr_employee_id = models.CharField(
        _("employee ID"), max_length=255, blank=True, default="employee_id"
    )
    attr_first_name = models.CharField(
        _("first name"), max_length=255, blank=True, default="given_name"
    )
    attr_last_name = models.CharField(
        _("last name"), max_length=255, blank=True, default="family_name"
    )
    attr_department = models.CharField(
        _("department"), max_length=255, blank=True, default="department"
    )
    attr_team = models.CharField(_("team"), max_length=255, blank=True, default="team")
    attr_manager = models.CharField(
        _("manager's e-mail"), max_length=255, blank=True, default="manager"
    )
    attr_language = models.CharField(_("language"), max_length=255, blank=True, default="locale")
    attr_groups = models.CharField(
        _("groups"),
        max_length=255,
        blank=True,
        default="groups",
        help_text=_("Only used by the group → role mappings below."),
    )

    trust_idp_mfa = models.BooleanField(
        _("trust the identity provider's multi-factor authentication"),
        default=False,
        help_text=_(
            "Staff who signed in with several factors at the identity provider (as it "
            "asserts) skip the academy's own second factor."
        ),
    )
    mfa_values = models.TextField(
        _("values that mean multi-factor"),
        blank=True,
        default=DEFAULT_MFA_VALUES,
        help_text=_("One a line: OIDC amr values, SAML authentication context classes."),
    )
    hide_password_form = models.BooleanField(
        _("hide the password form for learners"),
        default=False,
        help_text=_(
            "The sign-in page shows only the company buttons; staff still reach the "
            "password form through a link."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("protocol"), FieldPanel("enabled")],
            heading=_("Identity provider"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("oidc_issuer"),
                FieldPanel("oidc_client_id"),
                FieldPanel("oidc_client_secret_env"),
                FieldPanel("oidc_scopes"),
            ],
            heading=_("OpenID Connect"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("saml_metadata_url"),
                FieldPanel("saml_metadata_xml"),
                FieldPanel("saml_idp_entity_id"),
            ],
            heading=_("SAML 2.0"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attr_email"),
                FieldPanel("attr_employee_id"),
                FieldPanel("attr_first_name"),
                FieldPanel("attr_last_name"),
                FieldPanel("attr_department"),
                FieldPanel("attr_team"),
                FieldPanel("attr_manager"),
                FieldPanel("attr_language"),
                FieldPanel("attr_groups"),
            ],
            heading=_("Attribute mapping"),
        ),
        MultiFieldPanel(
            [
                # Who may skip the second factor is an administrator's call, like roles:
                # HR, who may edit the rest, does not see these two.
                FieldPanel("trust_idp_mfa", permission=ADMIN_ONLY_PERMISSION),
                FieldPanel("mfa_values", permission=ADMIN_ONLY_PERMISSION),
                FieldPanel("hide_password_form"),
            ],
            heading=_("Security"),
        ),
    ]

    class Meta:
        verbose_name = _("identity provider")
        verbose_name_plural = _("identity providers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.protocol == Protocol.OIDC:
            if not self.oidc_issuer:
                errors["oidc_issuer"] = _("OpenID Connect needs the issuer or discovery URL.")
            if not self.oidc_client_id:
                errors["oidc_client_id"] = _("OpenID Connect needs the client ID.")
        elif not self.saml_metadata_url and not self.saml_metadata_xml.strip():
            errors["saml_metadata_url"] = _("SAML needs the IdP metadata URL or XML.")
        if errors:
            raise ValidationError(errors)

    @property
    def oidc_discovery_url(self) -> str:
        url = self.oidc_issuer
        if "/.well-known/" in url:
            return url
        return url.rstrip("/") + "/.well-known/openid-configuration"

    def oidc_client_secret(self) -> str | None:
        if not self.oidc_client_secret_env:
            return None
        return os.environ.get(self.oidc_client_secret_env) or None

    def mfa_value_set(self) -> set[str]:
        return {line.strip() for line in self.mfa_values.splitlines() if line.strip()}


# The roles an IdP group may be mapped to. Never superuser: that stays a human decision.
ROLE_CHOICES = [
    (roles.TRAINERS, _("Trainers")),
    (roles.HR, _("HR")),
    (roles.REFERENTS, _("Referents")),
]


class RoleMapping(models.Model):
    """An admin's explicit choice: members of this IdP group get this staff role. Without
    one, nothing the IdP sends makes anyone staff."""

    provider = models.ForeignKey(
        IdentityProvider, on_delete=models.CASCADE, related_name="role_mappings"
    )
    idp_group = models.CharField(_("IdP group"), max_length=255)
    role = models.CharField(_("role"), max_length=80, choices=ROLE_CHOICES)

    panels = [FieldPanel("provider"), FieldPanel("idp_group"), FieldPanel("role")]

    class Meta:
        verbose_name = _("group → role mapping")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "idp_group", "role"], name="sso_rolemapping_unique"
            )
        ]

    def __str__(self):
        return f"{self.idp_group} → {self.role}"


class ExternalIdentity(models.Model):
    """This person is `subject` at that identity provider (OIDC `sub`, SAML NameID): later
    sign-ins find them by it even if their e-mail changes."""

    provider = models.ForeignKey(
        IdentityProvider, on_delete=models.CASCADE, related_name="identities"
    )
    subject = models.CharField(max_length=255)
    user = models.ForeignKey(
        "accounts.User", on_delete=models.CASCADE, related_name="external_identities"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("external identity")
        verbose_name_plural = _("external identities")
        constraints = [
            models.UniqueConstraint(fields=["provider", "subject"], name="sso_identity_unique")
        ]

    def __str__(self):
        return f"{self.provider_id}:{self.subject}"


class SeenAssertion(models.Model):
    """SAML assertion IDs already used, until they expire: a replayed response is refused."""

    provider = models.ForeignKey(IdentityProvider, on_delete=models.CASCADE)
    assertion_id = models.CharField(max_length=255)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "assertion_id"], name="sso_seenassertion_unique"
            )
        ]

    def __str__(self):
        return self.assertion_id


class IdentityProviderMfa(Device):
    """Marks a session as second-factor verified because the identity provider asserted
    multi-factor sign-in and the admin chose to trust it (django-otp's session device, so
    the staff two-factor middleware needs no special case). It verifies no code."""

    provider = models.ForeignKey(IdentityProvider, on_delete=models.CASCADE)

    class Meta(Device.Meta):
        verbose_name = _("multi-factor sign-in at the identity provider")
        constraints = [
            models.UniqueConstraint(fields=["user", "provider"], name="sso_mfa_device_unique")
        ]

    def verify_token(self, token):
        return False
