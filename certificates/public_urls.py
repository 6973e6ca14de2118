"""Public, language-free addresses of certificates (mounted at /verify/ by lms.urls): the
address printed on a PDF and encoded in its QR code must never change with the language."""

from django.urls import path

from . import public_views

app_name = "verify"
urlpatterns = [
    path("", public_views.verify_form, name="form"),
    path("issuer.json", public_views.issuer_profile, name="issuer"),
    path("status/revocation.json", public_views.revocation_status_list, name="status_list"),
    path("<str:code>/", public_views.verify_certificate, name="certificate"),
    path("<str:code>/credential.json", public_views.credential_json, name="credential"),
]
