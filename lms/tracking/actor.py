"""Who did it. An opaque account by default: the LRS learns no name and no e-mail."""

from __future__ import annotations

import hashlib

from django.conf import settings

ACTOR_FORMATS = ("account", "mbox", "mbox_sha1sum")


def account_home_page() -> str:
    return getattr(settings, "XAPI_ACCOUNT_HOMEPAGE", "") or settings.WAGTAILADMIN_BASE_URL.rstrip(
        "/"
    )


def actor_for(user) -> dict:
    """The Agent for a user, in the format the HR's LRS expects (`XAPI_ACTOR_FORMAT`).

    - account (default; cmi5 requires it): `{homePage, name: user.public_id}`;
    - mbox: the work e-mail, for HR systems that key on it;
    - mbox_sha1sum: its SHA-1 (unsalted: a guessable address is not hidden by it).
    """
    fmt = getattr(settings, "XAPI_ACTOR_FORMAT", "account")
    if fmt not in ACTOR_FORMATS:
        raise ValueError(f"XAPI_ACTOR_FORMAT must be one of {ACTOR_FORMATS}, not {fmt!r}")
    if fmt == "account":
        return {
            "objectType": "Agent",
            "account": {"homePage": account_home_page(), "name": str(user.public_id)},
        }
    mailto = f"mailto:{user.email.strip().lower()}"
    if fmt == "mbox":
        return {"objectType": "Agent", "mbox": mailto}
    return {
        "objectType": "Agent",
        "mbox_sha1sum": hashlib.sha1(mailto.encode(), usedforsecurity=False).hexdigest(),
    }
