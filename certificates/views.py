"""The learner's certificates: the list, the PDF download, and rendering the PDF again.

Who may download a PDF: its holder while it is not revoked, and HR (perm
`certificates.view_certificate`) always. Anyone else gets a 404, the same answer as for a
certificate that does not exist, so an address says nothing about other people's records.
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import Certificate, CertificateStatus
from .rendering import certificate_pdf_open, certificate_pdf_store, pdf_filename
from .selectors import certificates_for_learner

HR_PERMISSION = "certificates.view_certificate"
RENDER_PERMISSION = "certificates.change_certificate"
# Rendering again is a few hundred milliseconds of CPU: once a minute per certificate is
# plenty for someone who changed a logo, and keeps a repeated click from queueing work.
RENDER_AGAIN_AFTER = dt.timedelta(minutes=1)


def _certificate_for(request, public_id) -> Certificate:
    certificate = (
        Certificate.objects.select_related("template__signature_image")
        .filter(public_id=public_id)
        .first()
    )
    if certificate is None or (
        certificate.user_id != request.user.pk and not request.user.has_perm(HR_PERMISSION)
    ):
        raise Http404(_("No certificate found at this address."))
    return certificate


def _revoked_message(certificate: Certificate) -> str:
    when = formats.date_format(timezone.localtime(certificate.revoked_at), "DATE_FORMAT")
    return _(
        "The certificate “%(title)s” was revoked on %(date)s, so it can no longer be "
        "downloaded or shared. Ask your HR department if you think this is a mistake."
    ) % {"title": certificate.title, "date": when}


def _held_by_revoked_owner(request, certificate: Certificate) -> bool:
    return (
        certificate.revoked_at is not None
        and certificate.user_id == request.user.pk
        and not request.user.has_perm(HR_PERMISSION)
    )


@login_required
def mine(request):
    from .sharing import credential_url, linkedin_add_url, verification_url

    now = timezone.now()
    rows = []
    for certificate in certificates_for_learner(user=request.user):
        status = certificate.status_at(now)
        row = {"certificate": certificate, "status": status, "status_label": status.label}
        if status != CertificateStatus.REVOKED:
            row["verification_url"] = verification_url(certificate, request=request)
            row["credential_url"] = credential_url(certificate, request=request)
            if status == CertificateStatus.VALID:
                row["linkedin_url"] = linkedin_add_url(certificate, request=request)
        rows.append(row)
    return render(request, "certificates/mine.html", {"rows": rows})


@login_required
def pdf(request, public_id):
    certificate = _certificate_for(request, public_id)
    if _held_by_revoked_owner(request, certificate):
        messages.error(request, _revoked_message(certificate))
        return redirect("certificates:mine")
    handle = certificate_pdf_open(certificate=certificate)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=pdf_filename(certificate),
        content_type="application/pdf",
    )
    # A personal document: never kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def pdf_render(request, public_id):
    """Render the PDF again (after the academy's logo or colours changed)."""
    certificate = _certificate_for(request, public_id)
    is_holder = certificate.user_id == request.user.pk
    if not is_holder and not request.user.has_perm(RENDER_PERMISSION):
        raise Http404(_("No certificate found at this address."))
    if _held_by_revoked_owner(request, certificate):
        messages.error(request, _revoked_message(certificate))
        return redirect("certificates:mine")
    now = timezone.now()
    if (
        certificate.pdf
        and certificate.pdf_rendered_at
        and (now - certificate.pdf_rendered_at < RENDER_AGAIN_AFTER)
    ):
        messages.info(request, _("This PDF was just updated: it is already up to date."))
    else:
        certificate_pdf_store(certificate=certificate, now=now)
        messages.success(
            request,
            _("The PDF of “%(title)s” was rendered again.") % {"title": certificate.title},
        )
    return redirect(_next_url(request) or "certificates:mine")


def _next_url(request) -> str:
    """Where the form asked to go back to (the admin's listing for HR), if it is ours."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


PANEL_SIZE = 3


def dashboard_panel(request) -> dict | None:
    """The dashboard's certificates panel (registered in apps.py): the latest few, or
    nothing at all for a learner who has none yet. One query, two with more than a few."""
    if not request.user.is_authenticated:
        return None
    now = timezone.now()
    latest = list(certificates_for_learner(user=request.user)[:PANEL_SIZE])
    if not latest:
        return None
    total = (
        len(latest)
        if len(latest) < PANEL_SIZE
        else certificates_for_learner(user=request.user).count()
    )
    rows = []
    for certificate in latest:
        status = certificate.status_at(now)
        rows.append({"certificate": certificate, "status": status, "status_label": status.label})
    return {"rows": rows, "total": total}
