"""SAML 2.0 sign-in through python3-saml (OneLogin's toolkit, XML signatures by xmlsec):
it checks the signature against the IdP's certificate, the audience, destination,
recipient and validity window. On top of it we require signed assertions, refuse a
replayed assertion ID, and tie an SP-initiated response to the request we sent.

The ACS is reached by a cross-site POST from the IdP, which carries no session cookie
(SameSite=Lax), so the pending request's ID cannot wait in the session: the RelayState
carries a signed, timestamped digest of it instead (short enough for the 80 bytes SAML
allows)."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime, timedelta

from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.authn_request import OneLogin_Saml2_Authn_Request
from onelogin.saml2.errors import OneLogin_Saml2_Error, OneLogin_Saml2_ValidationError
from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser
from onelogin.saml2.settings import OneLogin_Saml2_Settings

from .models import IdentityProvider, SeenAssertion
from .services import Claims, SignInError, claims_map

log = logging.getLogger(__name__)

HTTP_TIMEOUT = 10
METADATA_CACHE_SECONDS = 3600
# How long the person may spend at the IdP between our redirect and its answer.
REQUEST_MAX_AGE = 15 * 60
_RELAY_SALT = "lms.sso.saml.relay"

_UNAVAILABLE = _("Your company's sign-in service cannot be reached just now. Try again later.")
_REFUSED = _("Your company's sign-in answer could not be trusted. Please start again.")
_REPLAYED = _("This sign-in answer was already used. Please start again.")

# Attributes that carry the authentication methods (Entra ID), besides AuthnContextClassRef.
MFA_ATTRIBUTES = (
    "http://schemas.microsoft.com/claims/authnmethodsreferences",
    "amr",
)


def _idp_settings(provider: IdentityProvider) -> dict:
    source = provider.saml_metadata_xml.strip() or provider.saml_metadata_url
    key = (
        "sso:saml:" + hashlib.sha256(f"{source}|{provider.saml_idp_entity_id}".encode()).hexdigest()
    )
    parsed = cache.get(key)
    if parsed is None:
        entity_id = provider.saml_idp_entity_id or None
        try:
            if provider.saml_metadata_xml.strip():
                parsed = OneLogin_Saml2_IdPMetadataParser.parse(
                    provider.saml_metadata_xml, entity_id=entity_id
                )
            else:
                parsed = OneLogin_Saml2_IdPMetadataParser.parse_remote(
                    provider.saml_metadata_url, entity_id=entity_id, timeout=HTTP_TIMEOUT
                )
        except Exception as error:  # noqa: BLE001 - network or XML: the IdP is unusable now
            log.warning("SAML metadata of %s unusable: %s", provider.slug, error)
            raise SignInError("idp_unavailable", _UNAVAILABLE, status=502) from error
        if not parsed.get("idp", {}).get("singleSignOnService"):
            raise SignInError("idp_unavailable", _UNAVAILABLE, status=502)
        cache.set(key, parsed, METADATA_CACHE_SECONDS)
    return parsed


def sp_urls(request, provider: IdentityProvider) -> dict[str, str]:
    return {
        "entity_id": request.build_absolute_uri(reverse("sso:saml_metadata", args=[provider.slug])),
        "acs": request.build_absolute_uri(reverse("sso:saml_acs", args=[provider.slug])),
    }


def _settings(request, provider: IdentityProvider, *, with_idp: bool = True) -> dict:
    urls = sp_urls(request, provider)
    data = {
        "strict": True,
        "debug": False,
        "sp": {
            "entityId": urls["entity_id"],
            "assertionConsumerService": {
                "url": urls["acs"],
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
            },
            "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
            "x509cert": "",
            "privateKey": "",
        },
        "security": {
            "wantAssertionsSigned": True,
            "wantMessagesSigned": False,
            "wantNameId": True,
            "requestedAuthnContext": False,
            "rejectDeprecatedAlgorithm": True,
            "allowRepeatAttributeName": True,
            # An intranet academy may live at a one-label host (http://academy/).
            "allowSingleLabelDomains": True,
        },
    }
    if with_idp:
        parsed = _idp_settings(provider)
        data["idp"] = parsed["idp"]
    else:
        # The SP metadata needs no IdP; the toolkit still wants the keys.
        data["idp"] = {"entityId": "", "singleSignOnService": {"url": ""}, "x509cert": ""}
    return data


def _auth(request, provider: IdentityProvider) -> OneLogin_Saml2_Auth:
    """The toolkit for this request; settings it refuses (an IdP address it cannot use, our
    own address unusable) are a clear page, not a 500."""
    try:
        return OneLogin_Saml2_Auth(_request_data(request), _settings(request, provider))
    except OneLogin_Saml2_Error as error:
        log.error("SAML settings of %s refused: %s", provider.slug, error)
        raise SignInError("idp_misconfigured", _UNAVAILABLE, status=503) from error


def _request_data(request) -> dict:
    return {
        "https": "on" if request.is_secure() else "off",
        # With its port, if any (the toolkit's server_port is deprecated).
        "http_host": request.get_host(),
        "script_name": request.path,
        "get_data": request.GET.copy(),
        "post_data": request.POST.copy(),
    }


def sp_metadata(request, provider: IdentityProvider) -> str:
    try:
        settings = OneLogin_Saml2_Settings(
            _settings(request, provider, with_idp=False), sp_validation_only=True
        )
    except OneLogin_Saml2_Error as error:
        log.error("SAML SP settings of %s refused: %s", provider.slug, error)
        raise SignInError("idp_misconfigured", _UNAVAILABLE, status=503) from error
    metadata = settings.get_sp_metadata()
    return metadata.decode() if isinstance(metadata, bytes) else metadata


def _digest(request_id: str) -> str:
    return hashlib.sha256(request_id.encode()).hexdigest()[:20]


def saml_redirect_url(request, *, provider: IdentityProvider) -> str:
    """SP-initiated: the IdP's SSO address with our AuthnRequest (HTTP-Redirect binding,
    unsigned: we hold no SP key) and the RelayState that remembers the request's ID."""
    auth = _auth(request, provider)
    authn_request = OneLogin_Saml2_Authn_Request(auth.get_settings())
    relay_state = signing.TimestampSigner(salt=_RELAY_SALT).sign(_digest(authn_request.get_id()))
    return auth.redirect_to(
        auth.get_sso_url(),
        {"SAMLRequest": authn_request.get_request(), "RelayState": relay_state},
    )


def saml_claims(request, *, provider: IdentityProvider, now: datetime | None = None) -> Claims:
    """Check the posted SAMLResponse and return what it asserts; SignInError otherwise."""
    now = now or timezone.now()
    if not request.POST.get("SAMLResponse"):
        raise SignInError("saml_no_response", _REFUSED)
    auth = _auth(request, provider)
    try:
        auth.process_response(request_id=None)
    except (OneLogin_Saml2_Error, OneLogin_Saml2_ValidationError, ValueError) as error:
        log.info("SAML response refused (%s): %s", provider.slug, error)
        raise SignInError("saml_invalid", _REFUSED) from error
    except Exception as error:  # noqa: BLE001 - malformed XML, base64...: refused, not a 500
        log.info("SAML response unreadable (%s): %s", provider.slug, error)
        raise SignInError("saml_invalid", _REFUSED) from error
    errors = auth.get_errors()
    if errors or not auth.is_authenticated():
        log.info(
            "SAML response refused (%s): %s %s", provider.slug, errors, auth.get_last_error_reason()
        )
        raise SignInError("saml_invalid", _REFUSED)
    _check_solicited(request, auth)
    assertion_id = auth.get_last_assertion_id()
    if not assertion_id:
        raise SignInError("saml_invalid", _REFUSED)
    _remember_assertion(provider, assertion_id, auth.get_last_assertion_not_on_or_after(), now)
    attributes = auth.get_attributes()
    asserted = set(auth.get_last_authn_contexts() or [])
    for name in MFA_ATTRIBUTES:
        asserted.update(str(v) for v in attributes.get(name) or [])
    if provider.attr_email and not attributes.get(provider.attr_email):
        # Most IdPs send the e-mail as the NameID (emailAddress format).
        name_id = auth.get_nameid() or ""
        if "@" in name_id:
            attributes = {**attributes, provider.attr_email: [name_id]}
    return claims_map(
        provider=provider,
        subject=auth.get_nameid() or "",
        attributes=attributes,
        mfa_asserted=asserted,
    )


def _check_solicited(request, auth) -> None:
    """An answer to our request must come back with the RelayState we signed for it; an
    IdP-initiated one (unsolicited) has no InResponseTo. Anything else is refused."""
    in_response_to = auth.get_last_response_in_response_to()
    relay_state = request.POST.get("RelayState", "")
    digest = None
    if relay_state:
        try:
            digest = signing.TimestampSigner(salt=_RELAY_SALT).unsign(
                relay_state, max_age=REQUEST_MAX_AGE
            )
        except signing.BadSignature:
            digest = None
    if in_response_to and (digest is None or digest != _digest(in_response_to)):
        raise SignInError("saml_unsolicited_mismatch", _REFUSED)


def _remember_assertion(provider, assertion_id: str, not_on_or_after, now) -> None:
    expires = now + timedelta(minutes=REQUEST_MAX_AGE // 60)
    if not_on_or_after:
        expires = max(expires, datetime.fromtimestamp(not_on_or_after, tz=UTC))
    SeenAssertion.objects.filter(expires_at__lt=now).delete()
    try:
        with transaction.atomic():
            SeenAssertion.objects.create(
                provider=provider, assertion_id=assertion_id[:255], expires_at=expires
            )
    except IntegrityError as error:
        raise SignInError("saml_replayed", _REPLAYED) from error
