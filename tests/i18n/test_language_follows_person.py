"""Language follows the person (issue 17, item 1): the switcher lands on the same page in the
chosen language from every kind of page and in every state; a signed-in person is kept in
their profile's language, from sign-in on, whatever the browser prefers."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from courses.models import LessonCompletion, LessonPage
from lms.accounts.services import SESSION_LANGUAGE_KEY
from tests.factories import PASSWORD, build_academy, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual():
    built = build_academy(courses=1, lessons=2, levels=("beginner",), french=True)
    # A translator may give the French pages their own slugs: the switcher must follow.
    french_lesson = _french(built.lessons_of()[0])
    french_lesson.slug = "lecon-0"
    french_lesson.save_revision().publish()
    return built


def _french(page):
    return page.get_translation(Locale.objects.get(language_code="fr")).specific


def _switch(client, language, next_url):
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


# --- The switcher, every state -------------------------------------------------------------


def test_anonymous_switch_from_english_to_french(client, bilingual):
    response = _switch(client, "fr", "/en/accounts/login/?next=/en/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/?next=/en/dashboard/"
    assert client.cookies["django_language"].value == "fr"


def test_french_session_on_an_english_page_moves_to_french(client, bilingual):
    """The reported bug: Django resolved `next` under the session's language (French), the
    /en/ address did not match, and the person stayed on /en/."""
    _switch(client, "fr", "/fr/dashboard/")
    assert client.session[SESSION_LANGUAGE_KEY] == "fr"
    english = bilingual.lessons_of()[1]
    response = _switch(client, "fr", english.url)
    assert response["Location"] == _french(english).url
    assert response["Location"].startswith("/fr/")


def test_english_profile_on_a_french_page_moves_to_english(client, bilingual):
    person = make_user(language="en")
    client.force_login(person)
    response = _switch(client, "en", "/fr/dashboard/")
    assert response["Location"] == "/en/dashboard/"
    person.profile.refresh_from_db()
    assert person.profile.preferred_language == "en"


def test_signed_in_switch_saves_the_profile_and_the_session(client, bilingual):
    person = make_user(language="en")
    client.force_login(person)
    response = _switch(client, "fr", "/en/progress/badges/")
    assert response["Location"] == "/fr/progress/badges/"
    person.profile.refresh_from_db()
    assert person.profile.preferred_language == "fr"
    assert client.session[SESSION_LANGUAGE_KEY] == "fr"
    page = client.get(response["Location"])
    assert page.status_code == 200 and '<html lang="fr">' in page.content.decode()


# --- The switcher, every kind of page ------------------------------------------------------


def test_wagtail_page_becomes_its_translation_even_with_another_slug(client, bilingual):
    english = bilingual.lessons_of()[0]
    response = _switch(client, "fr", english.url)
    assert response["Location"] == _french(english).url
    assert "/lecon-0/" in response["Location"]
    # And back: the French slug resolves under French, the English page is found.
    back = _switch(client, "en", response["Location"])
    assert back["Location"] == english.url


def test_wagtail_page_without_translation_goes_to_the_target_home(client, bilingual):
    lonely = LessonPage(title="English only", slug="english-only", summary="-", body="[]")
    bilingual.workshop().add_child(instance=lonely)
    response = _switch(client, "fr", lonely.url)
    assert response["Location"] == _french(bilingual.academy).url


def test_view_with_a_page_id_gets_the_translated_page(client, bilingual):
    workshop = bilingual.workshop()
    url = reverse("courses:quiz_history", kwargs={"page_id": workshop.pk})
    assert url.startswith("/en/")
    response = _switch(client, "fr", url)
    french_id = _french(workshop).pk
    assert response["Location"] == f"/fr/learn/workshops/{french_id}/quiz/history/"


def test_query_string_is_kept_and_unknown_address_goes_home(client, bilingual):
    assert _switch(client, "fr", "/en/dashboard/?tab=2")["Location"] == "/fr/dashboard/?tab=2"
    assert _switch(client, "fr", "/en/no/such/page/")["Location"] == _french(bilingual.academy).url


@pytest.mark.parametrize("next_url", ["/verify/", "/"])
def test_language_free_addresses_stay_as_they_are(client, bilingual, next_url):
    assert _switch(client, "fr", next_url)["Location"] == next_url


def test_foreign_next_and_unknown_language_change_nothing(client, bilingual):
    person = make_user(language="en")
    client.force_login(person)
    assert _switch(client, "fr", "https://evil.example/en/")["Location"] == "/"
    response = client.post(
        reverse("set_language"), {"language": "xx", "next": "/en/dashboard/"}, follow=True
    )
    # The person now reads French (the first switch): the message says so in French.
    assert "Langue « xx » inconnue" in response.content.decode()
    person.profile.refresh_from_db()
    assert person.profile.preferred_language == "fr"  # from the first switch only


def test_switch_refuses_get(client):
    assert client.get(reverse("set_language")).status_code == 405


# --- Sign-in -------------------------------------------------------------------------------


def _sign_in(client, person, next_url=None):
    url = "/en/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(
        url,
        {"username": person.email, "password": PASSWORD},
        headers={"accept-language": "en"},
    )


def test_french_profile_with_an_english_browser_lands_on_french(client, bilingual):
    person = make_user(language="fr")
    response = _sign_in(client, person)
    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"
    page = client.get(response["Location"], headers={"accept-language": "en"})
    assert page.status_code == 200 and '<html lang="fr">' in page.content.decode()


def test_sign_in_next_is_translated_to_the_profile_language(client, bilingual):
    person = make_user(language="fr")
    english = bilingual.lessons_of()[0]
    response = _sign_in(client, person, next_url=english.url)
    assert response["Location"] == _french(english).url


def test_english_profile_signing_in_on_the_french_page_lands_on_english(client, bilingual):
    person = make_user(language="en")
    response = client.post(
        "/fr/accounts/login/?next=/fr/progress/",
        {"username": person.email, "password": PASSWORD},
        headers={"accept-language": "fr"},
    )
    assert response["Location"] == "/en/progress/"


# --- Every page for a signed-in person -----------------------------------------------------


@pytest.fixture
def french_client(client, bilingual):
    client.force_login(make_user(language="fr"))
    return client


def test_wrong_prefix_get_is_redirected_to_the_profile_language(french_client, bilingual):
    response = french_client.get("/en/dashboard/", headers={"accept-language": "en"})
    assert response.status_code == 302 and response["Location"] == "/fr/dashboard/"
    english = bilingual.lessons_of()[0]
    response = french_client.get(english.url)
    assert response["Location"] == _french(english).url


def test_right_prefix_is_served(french_client):
    response = french_client.get("/fr/dashboard/", headers={"accept-language": "en"})
    assert response.status_code == 200 and '<html lang="fr">' in response.content.decode()


def test_unprefixed_address_goes_to_the_profile_language(french_client):
    response = french_client.get("/dashboard/", headers={"accept-language": "en"})
    assert response["Location"] == "/fr/dashboard/"


def test_writes_are_never_redirected(french_client, bilingual):
    lesson = bilingual.lessons_of()[0]
    french_client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    assert LessonCompletion.objects.count() == 1


def test_page_without_counterpart_is_served_as_asked(french_client, bilingual):
    lonely = LessonPage(title="English only", slug="english-only", summary="-", body="[]")
    bilingual.workshop().add_child(instance=lonely)
    response = french_client.get(lonely.url)
    assert response.status_code == 200


def test_language_free_addresses_are_not_redirected_but_speak_french(french_client):
    response = french_client.get("/verify/", headers={"accept-language": "en"})
    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    assert french_client.get("/api/v1/no-such-endpoint").status_code == 404
    assert french_client.get("/static/themes/favicon.svg").status_code in (200, 404)


def test_anonymous_visitors_keep_the_prefix_they_chose(client, bilingual):
    _switch(client, "fr", "/fr/dashboard/")
    response = client.get("/en/accounts/login/")
    assert response.status_code == 200 and '<html lang="en">' in response.content.decode()


def test_staff_are_sent_to_the_two_factor_page_in_their_language(client, bilingual, settings):
    from django.utils import translation

    from lms.accounts import roles

    settings.LMS_STAFF_2FA_REQUIRED = True  # production's rule (off in the test settings)

    person = make_user(group=roles.HR, language="fr")
    client.post(reverse("accounts:login"), {"username": person.email, "password": PASSWORD})
    response = client.get("/admin/", headers={"accept-language": "en"})
    with translation.override("fr"):
        setup = reverse("accounts:two_factor_setup")
    assert response.status_code == 302 and response["Location"].startswith(setup)
    assert setup.startswith("/fr/")
    assert client.get(response["Location"]).status_code == 200  # no second hop to /fr/
