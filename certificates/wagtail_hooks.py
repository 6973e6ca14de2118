"""Certificates in the Wagtail admin: the templates trainers write (a translatable
snippet) and the certificates issued (listing, detail, revocation, ZIP), grouped under one
"Certificates" menu."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import CertificateTemplate


class ValidityColumn(Column):
    def get_value(self, instance):
        if not instance.validity_months:
            return _("Does not expire")
        return _("%(months)d months") % {"months": instance.validity_months}


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    add_to_admin_menu = False
    list_display = [
        "title",
        Column("workshop", label=_("Workshop"), accessor="workshop"),
        ValidityColumn("validity_months", label=_("Validity")),
        UpdatedAtColumn(),
    ]
    list_filter = ["locale"]
    search_fields = ["title"]
    ordering = ["title"]

    def get_queryset(self, request):
        return CertificateTemplate.objects.select_related("workshop", "locale")


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_admin_urls")
def register_certificate_urls():
    urls = [
        path("", admin_views.certificate_index, name="index"),
        path("zip/", admin_views.certificate_zip, name="zip"),
        path("<id:pk>/", admin_views.certificate_detail, name="detail"),
        path("<id:pk>/revoke/", admin_views.certificate_revoke, name="revoke"),
        path("<id:pk>/render/", admin_views.certificate_rerender, name="rerender"),
    ]
    return [
        path(
            "issued-certificates/",
            include((urls, "certificates_admin"), namespace="certificates_admin"),
        )
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permissions: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(p) for p in self.permissions)


def _certificates_menu() -> Menu:
    return Menu(
        items=[
            PermissionMenuItem(
                _("Issued certificates"),
                reverse("certificates_admin:index"),
                icon_name="tick-inverse",
                order=100,
                permissions=(admin_views.VIEW,),
            ),
            PermissionMenuItem(
                _("Certificate templates"),
                reverse(CertificateTemplate.snippet_viewset.get_url_name("list")),
                icon_name="doc-full",
                order=200,
                permissions=tuple(
                    f"certificates.{action}_certificatetemplate"
                    for action in ("add", "change", "delete", "view")
                ),
            ),
        ]
    )


@hooks.register("register_admin_menu_item")
def register_certificates_menu():
    return SubmenuMenuItem(
        _("Certificates"), _certificates_menu(), icon_name="doc-full-inverse", order=260
    )
