"""A certificate's title in the reader's language wherever it shows (issue 17): the
learner's list and dashboard panel, the quiz result, the public verification page (the
visitor's language), the PDF and the e-mail (the holder's), HR's learner file (HR's).
The certificate keeps its snapshot; a reader in another language sees the translation
of its template (or of its course and workshop), and the snapshot when there is none."""

from __future__ import annotations

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from certificates.models import CertificateTemplate
from certificates.rendering import certificate_pdf_render
from certificates.selectors import certificates_titled
from courses.success import Earned
from lms.accounts import roles
from tests.factories import build_academy, make_user

from . import issuing
from .issuing import certificate_earn, learner_named
from .test_rendering import pdf_text

media_root = issuing.media_root

EN_TITLE = "Course 0 — Course 0 beginner"
FR_TITLE = "Course 0 (FR) — Course 0 beginner (FR)"


@pytest.fixture
def bilingual(db):
    return build_academy(courses=1, lessons=2, levels=("beginner", "intermediate"), french=True)


@pytest.fixture
def english_only(db):
    return build_academy(courses=1, lessons=2, levels=("beginner", "intermediate"))


def _holder(language="en"):
    user = learner_named("Ana", "Martin", language=language)
    user.profile.show_name_on_certificates = True  # answered: the buttons download
    user.profile.save()
    return user


def _french_template(built, *, title="Certificat des réseaux sociaux"):
    """An English template for the beginner workshop and its French translation."""
    workshop = built.workshop(0, "beginner")
    template = CertificateTemplate.objects.create(
        workshop=workshop,
        title="Social-media certificate",
        wording="has completed the social-media workshop",
        signatory_title="Community manager",
        locale=workshop.locale,
    )
    french = template.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = title
    french.wording = "a suivi l'atelier réseaux sociaux"
    french.signatory_title = "Responsable de communauté"
    french.save()
    return template


# --- the selector ------------------------------------------------------------------------


def test_a_certificate_without_template_reads_its_course_and_workshop_in_french(
    bilingual, media_root
):
    certificate = certificate_earn(bilingual, _holder())
    assert (certificate.language, certificate.title) == ("en", EN_TITLE)
    [french] = certificates_titled([certificate], language="fr")
    assert french.title_shown == FR_TITLE
    with translation.override("fr"):
        assert french.wording_shown == translation.gettext(
            "has completed the workshop and passed its final assessment"
        )
        assert french.wording_shown != certificate.wording
    [english] = certificates_titled([certificate], language="en")
    assert english.title_shown == EN_TITLE


def test_no_french_falls_back_to_the_title_as_issued(english_only, media_root):
    certificate = certificate_earn(english_only, _holder())
    [shown] = certificates_titled([certificate], language="fr")
    assert shown.title_shown == EN_TITLE
    assert shown.wording_shown == certificate.wording


def test_a_template_reads_in_its_translation_and_falls_back_without_one(bilingual, media_root):
    _french_template(bilingual)
    certificate = certificate_earn(bilingual, _holder())
    assert certificate.template_id and certificate.title == "Social-media certificate"
    [shown] = certificates_titled([certificate], language="fr")
    assert shown.title_shown == "Certificat des réseaux sociaux"
    assert shown.wording_shown == "a suivi l'atelier réseaux sociaux"
    assert shown.signatory_title_shown == "Responsable de communauté"

    # The French translation gone: the certificate as issued.
    CertificateTemplate.objects.exclude(pk=certificate.template_id).delete()
    [shown] = certificates_titled([certificate], language="fr")
    assert shown.title_shown == "Social-media certificate"


def test_a_renamed_default_title_is_kept_rather_than_rebuilt(bilingual, media_root):
    """A snapshot that is not the pages' "course — workshop" (the workshop was renamed
    since): it is not replaced by today's names in another language."""
    certificate = certificate_earn(bilingual, _holder())
    certificate.title = "Old name — beginner"
    [shown] = certificates_titled([certificate], language="fr")
    assert shown.title_shown == "Old name — beginner"


def test_titles_cost_two_queries_however_many_certificates(
    bilingual, media_root, django_assert_max_num_queries
):
    _french_template(bilingual)
    holder = _holder()
    with_template = certificate_earn(bilingual, holder)
    without = certificate_earn(bilingual, holder, level="intermediate")
    others = [certificate_earn(bilingual, _holder()) for _ in range(3)]
    with django_assert_max_num_queries(2):
        certificates_titled([with_template, without], language="fr")
    with django_assert_max_num_queries(2):
        shown = certificates_titled([with_template, without, *others], language="fr")
    assert [c.title_shown for c in shown] == [
        "Certificat des réseaux sociaux",
        "Course 0 (FR) — Course 0 intermediate (FR)",
        *["Certificat des réseaux sociaux"] * 3,
    ]
    with django_assert_max_num_queries(0):  # already in the reader's language
        certificates_titled([with_template, without], language="en")


# --- where it shows ----------------------------------------------------------------------


def test_the_learners_list_and_dashboard_panel_speak_french(client, bilingual, media_root):
    holder = _holder("fr")
    certificate_earn(bilingual, holder)
    client.force_login(holder)
    with translation.override("fr"):
        listing = client.get(reverse("certificates:mine")).content.decode()
        dashboard = client.get(reverse("dashboard:home")).content.decode()
    assert FR_TITLE in listing and EN_TITLE not in listing
    assert FR_TITLE in dashboard


def test_the_list_falls_back_to_the_title_as_issued(client, english_only, media_root):
    holder = _holder("fr")
    certificate_earn(english_only, holder)
    client.force_login(holder)
    with translation.override("fr"):
        listing = client.get(reverse("certificates:mine")).content.decode()
    assert EN_TITLE in listing


@pytest.mark.parametrize(("accept", "title"), [("fr-FR,fr;q=0.9", FR_TITLE), ("en", EN_TITLE)])
def test_the_verification_page_speaks_the_visitors_language(
    client, bilingual, media_root, accept, title
):
    certificate = certificate_earn(bilingual, _holder())
    page = client.get(
        reverse("verify:certificate", args=[certificate.code]), HTTP_ACCEPT_LANGUAGE=accept
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert f'<h1 id="verify-title">{title}</h1>' in html


def test_the_pdf_and_the_e_mail_speak_the_holders_language(
    bilingual, media_root, django_capture_on_commit_callbacks
):
    _french_template(bilingual)
    holder = _holder("fr")
    holder.email = "ana@example.com"
    holder.save()
    certificate = certificate_earn(bilingual, holder, deliver=django_capture_on_commit_callbacks)
    text = pdf_text(certificate_pdf_render(certificate=certificate))
    assert "Certificat des réseaux sociaux" in text
    assert "a suivi l'atelier réseaux sociaux" in text
    assert "Responsable de communauté" in text
    assert "Social-media certificate" not in text
    assert "Certificat des réseaux sociaux" in mail.outbox[-1].subject


def test_the_pdf_of_an_english_holder_stays_english(bilingual, media_root):
    _french_template(bilingual)
    certificate = certificate_earn(bilingual, _holder("en"))
    text = pdf_text(certificate_pdf_render(certificate=certificate))
    assert "Social-media certificate" in text and "Certificat des" not in text


def test_hr_reads_the_learner_files_certificates_in_their_language(client, bilingual, media_root):
    holder = _holder("en")
    certificate_earn(bilingual, holder)
    hr = make_user(group=roles.HR, language="fr")
    UserProfile.objects.update_or_create(user=hr, defaults={"preferred_language": "fr"})
    client.force_login(hr)
    page = client.get(reverse("reports_admin:learner", args=[holder.pk]))
    assert page.status_code == 200
    assert f"<td>{FR_TITLE}</td>" in page.content.decode()


def test_the_quiz_result_names_the_certificate_in_the_viewers_language(bilingual, media_root):
    holder = _holder("fr")
    certificate = certificate_earn(bilingual, holder)
    request = RequestFactory().get("/")
    request.user = holder
    earned = Earned(at=certificate.issued_at, certificate=certificate)
    with translation.override("fr"):
        html = render_to_string(
            "courses/quiz/_earned.html",
            {"earned": earned, "next_step": None, "workshop": None, "course": None},
            request=request,
        )
        pdf = reverse("certificates:pdf", args=[certificate.public_id])
    assert f"<p>{FR_TITLE}</p>" in html
    assert f'href="{pdf}" download' in html


@pytest.mark.parametrize("chosen", [None, False, True])
def test_the_quiz_result_asks_the_name_question_exactly_when_the_download_does(
    client, bilingual, media_root, chosen
):
    """The result page's download button and the download view follow one rule
    (certificates.views.name_choice_needed): asked first while not chosen, direct after."""
    holder = _holder("en")
    holder.profile.show_name_on_certificates = chosen
    holder.profile.save()
    certificate = certificate_earn(bilingual, holder)
    request = RequestFactory().get("/")
    request.user = holder
    html = render_to_string(
        "courses/quiz/_earned.html",
        {"earned": Earned(at=certificate.issued_at, certificate=certificate)},
        request=request,
    )
    client.force_login(holder)
    download = client.get(reverse("certificates:pdf", args=[certificate.public_id]))
    asks = reverse("certificates:name_choice")
    if chosen is None:
        assert download.status_code == 302 and download["Location"].startswith(asks)
        assert f'href="{download["Location"]}" data-testid="certificate-download"' in html
    else:
        assert download.status_code == 200
        pdf = reverse("certificates:pdf", args=[certificate.public_id])
        assert f'href="{pdf}" download' in html
        assert asks not in html
