"""Brand settings become CSS variables; colours must keep text readable."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Site

from themes.colors import contrast_ratio
from themes.models import BrandSettings

pytestmark = pytest.mark.django_db


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_a_colour_too_light_for_white_text_is_refused(academy):
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.primary_color = "#ffcc00"
    with pytest.raises(ValidationError) as error:
        brand.full_clean()
    assert "primary_color" in error.value.message_dict
    brand.primary_color = "#1f4e79"
    brand.full_clean()


def test_brand_reaches_every_page_as_css_variables(learner_client, academy):
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.academy_name = "Northwind Academy"
    brand.primary_color = "#0b3d2e"
    brand.font_stack = "serif"
    brand.save()
    html = learner_client.get(reverse("dashboard:home")).content.decode()
    assert "--pv-primary:#0b3d2e" in html
    assert "Georgia" in html
    assert "Northwind Academy" in html


def test_no_asset_comes_from_another_host(learner_client, academy):
    import re

    html = learner_client.get(academy.lessons_of()[0].url).content.decode()
    sources = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert sources == []


def test_404_in_the_sites_look_in_both_languages(client, learner):
    client.force_login(learner)
    english = client.get("/en/no-such-page/")
    french = client.get("/fr/no-such-page/")
    assert english.status_code == french.status_code == 404
    assert "Page not found" in english.content.decode()
    assert "Page introuvable" in french.content.decode()
    assert "academy.css" in french.content.decode()


def test_500_page_in_both_languages(rf):
    from django.utils import translation

    from lms.errors import server_error

    for language, expected in (("en", "Something went wrong"), ("fr", "Une erreur est survenue")):
        with translation.override(language):
            response = server_error(rf.get("/"))
        assert response.status_code == 500
        assert expected in response.content.decode()
