"""The certificates of the academy in the Wagtail admin, for HR and trainers: a filtered
listing, each certificate's detail, revocation with a reason, a fresh PDF, and a ZIP of
everything the current filter matches.

Seeing needs certificates.view_certificate; revoking and re-rendering need
certificates.change_certificate. Learners have neither (lms.accounts.roles)."""

from __future__ import annotations

import datetime as dt
import logging
import operator
from functools import reduce

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.levels import Level
from lms.admin_access import requires_permission
from themes.elision import format_elided

from . import services, sharing
from .codes import code_format, code_normalise
from .errors import AlreadyRevoked, CertificateError
from .forms import CertificateFilterForm, RevokeForm
from .models import Certificate, CertificateStatus
from .selectors import valid_q

logger = logging.getLogger(__name__)

PER_PAGE = 50
VIEW = "certificates.view_certificate"
CHANGE = "certificates.change_certificate"


def _requires(permission: str):
    return requires_permission(permission, template="certificates/admin/forbidden.html")


# --- the filter ---------------------------------------------------------------------------


def _workshop_choices() -> list[tuple[str, str]]:
    """Workshops that have certificates, named by the certificates' own titles (one query;
    a workshop renamed or translated shows its titles side by side)."""
    titles: dict[str, list[str]] = {}
    rows = Certificate.objects.values_list("workshop_key", "title").distinct().order_by("title")
    for key, title in rows:
        names = titles.setdefault(str(key), [])
        if title not in names:
            names.append(title)
    return sorted(((key, " / ".join(names)) for key, names in titles.items()), key=lambda c: c[1])


def _department_choices() -> list[str]:
    from django.contrib.auth import get_user_model

    profile_model = get_user_model()._meta.get_field("profile").related_model
    return list(
        profile_model.objects.exclude(department="")
        .values_list("department", flat=True)
        .distinct()
        .order_by("department")
    )


def filter_form(data: QueryDict | None) -> CertificateFilterForm:
    return CertificateFilterForm(
        data, workshops=_workshop_choices(), departments=_department_choices()
    )


def _search_q(text: str) -> Q:
    raw = code_normalise(text)
    if raw is not None:
        return Q(code=code_format(raw))
    terms = text.split()
    fields = ("holder_name", "user__first_name", "user__last_name", "user__email", "code")
    return reduce(
        operator.and_,
        (reduce(operator.or_, (Q(**{f"{f}__icontains": t}) for f in fields)) for t in terms),
        Q(),
    )


def certificates_matching(form: CertificateFilterForm, *, now: dt.datetime) -> QuerySet:
    """The certificates the listing shows. Invalid filters are ignored (the form shows
    why), never answered with an error."""
    queryset = Certificate.objects.select_related("user__profile").order_by("-issued_at", "-pk")
    if not form.is_bound:
        return queryset
    form.is_valid()
    data = {name: value for name, value in form.cleaned_data.items() if value}
    status = data.get("status")
    if status == CertificateStatus.VALID:
        queryset = queryset.filter(valid_q(now))
    elif status == CertificateStatus.EXPIRED:
        queryset = queryset.filter(revoked_at__isnull=True, expires_at__lte=now)
    elif status == CertificateStatus.REVOKED:
        queryset = queryset.filter(revoked_at__isnull=False)
    if data.get("workshop"):
        queryset = queryset.filter(workshop_key=data["workshop"])
    if data.get("level"):
        queryset = queryset.filter(level=data["level"])
    if data.get("department"):
        queryset = queryset.filter(user__profile__department=data["department"])
    if data.get("issued_from"):
        queryset = queryset.filter(issued_at__date__gte=data["issued_from"])
    if data.get("issued_to"):
        queryset = queryset.filter(issued_at__date__lte=data["issued_to"])
    if data.get("q", "").strip():
        queryset = queryset.filter(_search_q(data["q"].strip()))
    return queryset


# --- views ---------------------------------------------------------------------------------


def _pdf_download_url(certificate: Certificate) -> str:
    """The learners' download address: it lets HR and trainers in too (certificates.views)."""
    return reverse("certificates:pdf", args=[certificate.public_id])


@_requires(VIEW)
def certificate_index(request):
    now = timezone.now()
    form = filter_form(request.GET or None)
    queryset = certificates_matching(form, now=now)
    paginator = Paginator(queryset, PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    rows = [
        {
            "certificate": certificate,
            "status": certificate.status_at(now),
            "department": getattr(getattr(certificate.user, "profile", None), "department", ""),
            "level": Level(certificate.level).label if certificate.level in Level.values else "",
            "pdf_url": _pdf_download_url(certificate),
        }
        for certificate in page.object_list
    ]
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "certificates/admin/index.html",
        {
            "page_title": _("Certificates"),
            "form": form,
            "rows": rows,
            "page_obj": page,
            "paginator": paginator,
            "query": query.urlencode(),
            "zip_url": reverse("certificates_admin:zip")
            + (f"?{query.urlencode()}" if query else ""),
            "can_change": request.user.has_perm(CHANGE),
        },
    )


@_requires(VIEW)
def certificate_detail(request, pk: int):
    certificate = get_object_or_404(
        Certificate.objects.select_related("user__profile", "revoked_by"), pk=pk
    )
    now = timezone.now()
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "page_title": certificate.title,
            "certificate": certificate,
            "status": certificate.status_at(now),
            "level": Level(certificate.level).label if certificate.level in Level.values else "",
            "verification_url": sharing.verification_url(certificate, request=request),
            "credential_url": sharing.credential_url(certificate, request=request),
            "pdf_url": _pdf_download_url(certificate),
            "can_change": request.user.has_perm(CHANGE),
            "holder_shows_name": sharing.shows_holder_name(certificate),
        },
    )


@_requires(CHANGE)
def certificate_revoke(request, pk: int):
    certificate = get_object_or_404(Certificate.objects.select_related("user"), pk=pk)
    if certificate.revoked_at:
        messages.warning(request, str(AlreadyRevoked.message))
        return redirect("certificates_admin:detail", pk=certificate.pk)
    form = RevokeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.certificate_revoke(
                    certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
                )
            except CertificateError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    format_elided(
                        _("The certificate “%(title)s” of %(holder)s is revoked."),
                        title=certificate.title,
                        holder=certificate.holder_name,
                    ),
                )
                return redirect("certificates_admin:detail", pk=certificate.pk)
        status = 400
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {
            "page_title": _("Revoke a certificate"),
            "certificate": certificate,
            "form": form,
        },
        status=status,
    )


@require_POST
@_requires(CHANGE)
def certificate_rerender(request, pk: int):
    """Render the PDF again (after a template or brand fix). The certificate's snapshot is
    kept: the new file says what the old one said, in the current look."""
    certificate = get_object_or_404(Certificate, pk=pk)
    from .rendering import certificate_pdf_store

    try:
        certificate_pdf_store(certificate=certificate)
    except Exception:
        # WeasyPrint or the storage failed: say so, keep the old file, log the cause.
        logger.exception("Re-rendering certificate %s failed", pk)
        messages.error(
            request, _("The PDF could not be rendered again. The previous file is kept.")
        )
    else:
        messages.success(request, _("The PDF has been rendered again."))
    return redirect("certificates_admin:detail", pk=certificate.pk)


@_requires(VIEW)
def certificate_zip(request):
    """Every certificate the current filter matches, as one ZIP of PDFs, streamed."""
    from . import archive

    form = filter_form(request.GET)
    queryset = certificates_matching(form, now=timezone.now())
    filename = f"certificates-{timezone.localdate():%Y-%m-%d}.zip"
    return archive.certificates_zip_response(certificates=queryset, filename=filename)
