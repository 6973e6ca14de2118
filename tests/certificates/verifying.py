"""Helpers for the verification, sharing and admin tests of certificates."""

from __future__ import annotations

import re

from tests.certificates.issuing import certificate_earn, learner_named

# base.html carries a CSRF token (language switcher); it changes on every response.
_CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


# The Content-Security-Policy nonce changes with every response too (lms/headers.py).
_NONCE = re.compile(rb'nonce="[^"]*"')


def body_without_csrf(response) -> bytes:
    """The body without what differs on every response: the CSRF token and the CSP nonce."""
    body = _CSRF.sub(b'name="csrfmiddlewaretoken" value=""', response.content)
    return _NONCE.sub(b'nonce=""', body)


def show_name(user, shown: bool = True) -> None:
    profile = user.profile
    profile.show_name_on_certificates = shown
    profile.save()


__all__ = ["body_without_csrf", "certificate_earn", "learner_named", "show_name"]
