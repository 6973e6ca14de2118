"""A URLconf without language prefixes, set on the request of an unknown-code answer.

Django's LocaleMiddleware turns a 404 on an unprefixed path into a redirect to
/<language>/<path> when that path would resolve, and Wagtail's page route resolves any
path made of letters, digits and dashes. Left alone, a well-formed unknown code would get
a redirect and a malformed one a 404: the answer would depend on what was typed. With
this URLconf on the request the middleware sees no language-prefixed patterns and leaves
every unknown code's 404 as it is."""

from django.urls import include, path

urlpatterns = [path("verify/", include("certificates.public_urls"))]
