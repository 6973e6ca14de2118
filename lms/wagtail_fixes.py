"""Wagtail views we serve in place of Wagtail's own, each for one known defect."""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ExternalLinkView


class ExternalLinkChooserView(ExternalLinkView):
    """Wagtail 8.0's external-link chooser crashes (500) on a POST without its URL field:
    `URLOrAbsolutePathField.to_python(None)`. A missing field is read as an empty one, so
    the form answers "This field is required." as it does for a blank URL."""

    def post(self, request):
        field = f"{self.form_prefix}-{self.link_url_field_name}"
        if field not in request.POST:
            request.POST = request.POST.copy()
            request.POST[field] = ""
        return super().post(request)


external_link_chooser = require_admin_access(ExternalLinkChooserView.as_view())
