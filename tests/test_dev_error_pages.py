"""`make run` (the dev settings, DEBUG on) shows the academy's own 404 and 500 pages, not
Django's technical ones; LMS_DEV_TRACEBACKS=true gives developers the technical pages back."""

import importlib

import pytest
from django.test import override_settings
from django.urls import path

from lms import urls as project_urls

pytestmark = pytest.mark.django_db


def _boom(request):
    raise RuntimeError("a bug in a view")


# The project's URLs plus one view that fails, for the 500 (this module is the URLconf).
urlpatterns = [path("boom/", _boom), *project_urls.urlpatterns]
handler400 = project_urls.handler400
handler500 = project_urls.handler500


def _dev_settings(monkeypatch, **env):
    for name in ("DEBUG", "LMS_DEV_TRACEBACKS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    import lms.settings.dev as dev

    dev = importlib.reload(dev)
    return override_settings(DEBUG=dev.DEBUG, MIDDLEWARE=dev.MIDDLEWARE)


def test_the_dev_settings_404_is_the_branded_page(client, learner, monkeypatch):
    client.force_login(learner)
    with _dev_settings(monkeypatch):
        from django.conf import settings

        assert settings.DEBUG is True
        for address in ("/en/no-such-page/", "/fr/no-such-page/", "/documents/no-such-page/"):
            response = client.get(address)
            body = response.content.decode()
            assert response.status_code == 404, address
            assert "DEBUG = True" not in body, address
            assert "academy.css" in body, address  # the site's look
        assert "Page introuvable" in client.get("/fr/no-such-page/").content.decode()


@override_settings(ROOT_URLCONF=__name__)
def test_the_dev_settings_500_is_the_branded_page_and_the_traceback_is_logged(
    client, monkeypatch, caplog
):
    with _dev_settings(monkeypatch):
        response = client.get("/boom/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in body
    assert "Traceback" not in body and "a bug in a view" not in body
    assert any("a bug in a view" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_developers_get_the_technical_404_with_the_switch(client, monkeypatch):
    with _dev_settings(monkeypatch, LMS_DEV_TRACEBACKS="true"):
        response = client.get("/documents/no-such-page/")
    assert response.status_code == 404
    assert "DEBUG = True" in response.content.decode()
