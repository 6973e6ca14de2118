"""The learner's certificates: the list, the PDF download, and rendering the PDF again.

Who may download a PDF: its holder while it is not revoked, and HR (perm
`certificates.view_certificate`) always. Anyone else gets a 404, the same answer as for a
certificate that does not exist, so an address says nothing about other people's records.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .forms import HolderNameChoiceForm
from .models import Certificate, CertificateStatus
from .rendering import certificate_pdf_open, holder_language, pdf_filename
from .selectors import certificates_for_learner, certificates_titled, learner_certificates
from .services import certificate_holder_name_choose
from .sharing import LINKEDIN_ADD_URL, holder_name_choice

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
    ) % {"title": certificates_titled([certificate])[0].title_shown, "date": when}


def _held_by_revoked_owner(request, certificate: Certificate) -> bool:
    return (
        certificate.revoked_at is not None
        and certificate.user_id == request.user.pk
        and not request.user.has_perm(HR_PERMISSION)
    )


@login_required
def mine(request):
    ask = name_choice_needed(request.user)
    now = timezone.now()
    rows = []
    for certificate in certificates_titled(certificates_for_learner(user=request.user)):
        status = certificate.status_at(now)
        row = {"certificate": certificate, "status": status, "status_label": status.label}
        if status != CertificateStatus.REVOKED:
            row.update(certificate_actions(certificate, request=request, ask=ask, status=status))
        rows.append(row)
    return render(request, "certificates/mine.html", {"rows": rows, "ask_first": ask})


def certificate_actions(certificate, *, request, ask: bool, status=None) -> dict:
    """Where the holder's buttons go: download, verification page, LinkedIn, Open Badge.
    Not chosen yet (`ask`): each way out but the Open Badge asks the name question first,
    then goes where it was going (a download: back to the list, whose button downloads).
    The list and the quiz result page (certificate_tags) both use it, so they ask alike."""
    from .sharing import credential_url, linkedin_add_url, verification_url

    status = status or certificate.status_at(timezone.now())
    actions = {
        "download_url": reverse("certificates:pdf", args=[certificate.public_id]),
        "verification_url": verification_url(certificate, request=request),
        "credential_url": credential_url(certificate, request=request),
        "ask_first": ask,
    }
    if status == CertificateStatus.VALID:
        actions["linkedin_url"] = linkedin_add_url(certificate, request=request)
    if ask:
        actions["download_url"] = _ask_first(
            f"{reverse('certificates:mine')}#certificate-{certificate.public_id}"
        )
        actions["verification_url"] = _ask_first(
            reverse("verify:certificate", args=[certificate.code])
        )
        if "linkedin_url" in actions:
            actions["linkedin_url"] = _ask_first(actions["linkedin_url"])
    return actions


@login_required
def pdf(request, public_id):
    certificate = _certificate_for(request, public_id)
    if _held_by_revoked_owner(request, certificate):
        messages.error(request, _revoked_message(certificate))
        return redirect("certificates:mine")
    if certificate.user_id == request.user.pk and name_choice_needed(request.user):
        # The first download (from the list or the e-mail's link): ask first, then back to
        # the list, whose button downloads.
        return redirect(_ask_first(f"{reverse('certificates:mine')}#certificate-{public_id}"))
    handle = certificate_pdf_open(certificate=certificate)
    certificates_titled([certificate], language=holder_language(certificate))  # its name
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=pdf_filename(certificate),
        content_type="application/pdf",
    )
    # A personal document: never kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


def _next_url(request) -> str:
    """Where the learner was going (a page of ours, or LinkedIn's form), if it is safe."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith(LINKEDIN_ADD_URL + "?"):
        return target
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def name_choice_needed(user) -> bool:
    """Whether the learner must be asked before a download or a share (not chosen yet)."""
    return holder_name_choice(user) is None


def _ask_first(target: str) -> str:
    return f"{reverse('certificates:name_choice')}?{urlencode({'next': target})}"


@login_required
def name_choice(request):
    """The question asked before the first download or share: does the verification page
    show the learner's name? A page of its own (no script needed), then on to where they
    were going; a download goes back to the list, where the button now downloads."""
    form = HolderNameChoiceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        show = form.cleaned_data["show_name"]
        certificate_holder_name_choose(user=request.user, show_name=show)
        messages.success(
            request,
            _("Saved: your verification pages show your name.")
            if show
            else _("Saved: your verification pages do not show your name."),
        )
        return redirect(_next_url(request) or "certificates:mine")
    status = 400 if request.method == "POST" else 200
    context = {
        "form": form,
        "next": _next_url(request),
        "holder_name": request.user.get_full_name() or request.user.get_username(),
    }
    return render(request, "certificates/name_choice.html", context, status=status)


PANEL_SIZE = 3


def dashboard_panel(request) -> dict | None:
    """The dashboard's certificates panel (registered in apps.py): the latest few, or
    nothing at all for a learner who has none yet. One query, shared with the tier panel
    (selectors.learner_certificates: a learner holds a few certificates, one per workshop
    passed and renewal)."""
    if not request.user.is_authenticated:
        return None
    now = timezone.now()
    held = learner_certificates(user=request.user)
    if not held:
        return None
    latest = certificates_titled(held[:PANEL_SIZE])
    total = len(held)
    rows = []
    for certificate in latest:
        status = certificate.status_at(now)
        rows.append({"certificate": certificate, "status": status, "status_label": status.label})
    return {"rows": rows, "total": total}
