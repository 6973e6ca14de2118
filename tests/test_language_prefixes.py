"""Learner pages carry a language prefix and an address without one is redirected to the
visitor's language; the admin, the API and the verification pages never carry one, so an
unknown address there is a plain 404, not a redirect to a page that does not exist."""

import pytest

from lms.accounts import roles
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_learner_addresses_without_a_language_are_redirected(client, academy):
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/en/dashboard/"
    french = client.get("/dashboard/", headers={"accept-language": "fr"})
    assert french["Location"] == "/fr/dashboard/"


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reports/completions/exports/999/file/",
        "/admin/no-such-admin-page/",
        "/api/v1/no-such-endpoint",
        "/verify/no/such/",
        "/documents/999/missing.pdf",
    ],
)
def test_unknown_addresses_outside_the_learner_pages_are_404(client, academy, path):
    client.force_login(make_user(group=roles.HR))
    response = client.get(path)
    assert response.status_code == 404, response.get("Location")
