"""Certificates as other apps' templates show them: titles in the reader's language, and
whether a download must ask the name question first (the same rule as the download view).

A tag because the pages that show a certificate belong to other apps (the quiz result in
courses, the learner file in lms.reports), which must not import certificates' Python."""

from __future__ import annotations

from django import template

from ..selectors import certificates_titled
from ..views import name_choice_needed

register = template.Library()


@register.simple_tag
def certificates_in_language(certificates):
    """`{% certificates_in_language file.certificates as certificates %}`: the same
    certificates, each with `title_shown` in the active language (two queries at most)."""
    return certificates_titled(certificates or [])


@register.simple_tag
def certificate_in_language(certificate):
    """One certificate, with `title_shown` in the active language."""
    if certificate is None:
        return None
    return certificates_titled([certificate])[0]


@register.simple_tag(takes_context=True)
def certificate_name_choice_needed(context) -> bool:
    """Whether a download or a share asks the holder first (certificates.views.pdf does)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and name_choice_needed(user))


@register.simple_tag(takes_context=True)
def certificate_actions_for(context, certificate):
    """`{% certificate_actions_for c as actions %}`: the holder's buttons, as on their
    list (views.certificate_actions): asking the name question first when not chosen yet."""
    from ..views import certificate_actions

    request = context["request"]
    return certificate_actions(certificate, request=request, ask=name_choice_needed(request.user))
