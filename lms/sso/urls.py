from django.urls import path

from . import views

app_name = "sso"

# Outside the language prefixes: these are the fixed addresses an IdP is given.
urlpatterns = [
    path("<slug:slug>/start/", views.start, name="start"),
    path("oidc/<slug:slug>/callback/", views.oidc_callback, name="oidc_callback"),
    path("saml/<slug:slug>/acs/", views.saml_acs, name="saml_acs"),
    path("saml/<slug:slug>/metadata/", views.saml_metadata, name="saml_metadata"),
]
