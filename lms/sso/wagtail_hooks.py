"""The identity providers in the Wagtail admin (snippets under Settings). HR may edit a
provider; the group -> role mappings are for administrators only (no role is granted their
permissions), since they make people staff."""

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
