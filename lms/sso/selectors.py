"""Reads for corporate sign-in."""

from .models import IdentityProvider


def providers_for_login() -> list[IdentityProvider]:
    """The enabled providers, one button each on the sign-in page (one query)."""
    return list(IdentityProvider.objects.filter(enabled=True).order_by("name"))


def provider_for_sign_in(*, slug: str) -> IdentityProvider | None:
    return (
        IdentityProvider.objects.filter(slug=slug, enabled=True)
        .prefetch_related("role_mappings")
        .first()
    )
