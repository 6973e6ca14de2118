"""One number style per language, plurals by count, e-mails in the person's language."""

import pytest
from django.core import mail
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from tests.factories import make_user
from themes.formats import percent


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("en", 87.5, "87.5%"),
        ("fr", 87.5, "87,5\u00a0%"),
        ("en", 100, "100%"),
        ("fr", 100.0, "100\u00a0%"),
        ("fr", None, "—"),
    ],
)
def test_percent_has_one_style_per_language(language, value, shown):
    with translation.override(language):
        assert percent(value) == shown
        rendered = Template("{% load pv_formats %}{{ v|percent }}").render(Context({"v": value}))
        assert rendered == shown


def _points(raw, maximum, language):
    template = Template(
        "{% load i18n pv_formats %}"
        '{% blocktrans with points=p|floatformat:"-2" max=m|floatformat:"-2" '
        "count n=m|count_of %}{{ points }} of {{ max }} point{% plural %}{{ points }} of {{ max }} "
        "points{% endblocktrans %}"
    )
    with translation.override(language):
        return template.render(Context({"p": raw, "m": maximum}))


def test_points_are_plural_by_count_in_both_languages():
    from decimal import Decimal

    assert _points(Decimal("1"), Decimal("1"), "en") == "1 of 1 point"
    assert _points(Decimal("8.33"), Decimal("11"), "en") == "8.33 of 11 points"
    assert _points(Decimal("1"), Decimal("1"), "fr") == "1 sur 1 point"
    assert _points(Decimal("8.33"), Decimal("11"), "fr") == "8,33 sur 11 points"


@pytest.mark.django_db
def test_password_reset_mail_is_in_the_persons_language(client):
    person = make_user(language="fr", email="marie@example.com")
    client.post("/en/accounts/password-reset/", {"email": person.email})
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "/fr/accounts/reset/" in body
    assert "Someone asked" not in body
    with translation.override("en"):
        assert reverse("accounts:password_reset").startswith("/en/")
