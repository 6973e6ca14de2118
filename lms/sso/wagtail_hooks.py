"""The identity providers in the Wagtail admin (snippets under Settings). HR sees the
providers (lms/accounts/roles.py); administrators edit them, and only they see the group ->
role mappings and the MFA trust (no role is granted those permissions), since they make
people staff or spare them the second factor (docs/decisions/0020)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import IdentityProvider, RoleMapping


class IdentityProviderViewSet(SnippetViewSet):
    model = IdentityProvider
    menu_label = _("Identity providers")
    icon = "key"
    add_to_settings_menu = True
    list_display = ["name", "protocol", "enabled", "slug"]
    list_filter = ["protocol", "enabled"]


class RoleMappingViewSet(SnippetViewSet):
    model = RoleMapping
    menu_label = _("IdP group → role")
    icon = "group"
    add_to_settings_menu = True
    list_display = ["provider", "idp_group", "role"]


register_snippet(IdentityProviderViewSet)
register_snippet(RoleMappingViewSet)
