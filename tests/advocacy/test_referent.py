"""Questions to the referent: asked from a lesson or the kit, e-mailed to the referent with
the page, answered in the Wagtail inbox, and seen only by the learner who asked."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from lms.accounts import roles
from lms.advocacy.models import ReferentQuestion
from lms.advocacy.services_referent import RATE_LIMIT, referent_question_answer
from tests.factories import build_academy, make_user
from themes.models import BrandSettings

pytestmark = pytest.mark.django_db

ASK = "/en/advocacy/ask/"


@pytest.fixture
def built():
    return build_academy(courses=1, lessons=2, levels=("beginner",))


@pytest.fixture
def brand(built):
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.referent_name = "Inès Garnier"
    brand.referent_role = "Community manager"
    brand.referent_contact = "Teams: #ambassadors"
    brand.referent_email = "referent@example.com"
    brand.save()
    return brand


@pytest.fixture
def referent(db):
    return make_user(group=roles.REFERENTS, email="referent@example.com", first_name="Inès")


def _ask(client, lesson, text="May I share our new office photos?", **extra):
    data = {"question": text, "page_title": lesson.title, "page_url": lesson.url, **extra}
    return client.post(ASK, data)


def test_every_lesson_offers_to_ask_the_referent(learner_client, built, brand):
    lesson = built.lessons_of()[0]
    page = learner_client.get(lesson.url).content.decode()
    assert 'data-testid="ask-referent"' in page
    assert "Inès Garnier" in page and "Community manager" in page and "Teams: #ambassadors" in page
    assert f'name="page_url" value="{lesson.url}"' in page
    assert f'name="page_title" value="{lesson.title}"' in page


def test_the_kit_offers_to_ask_the_referent(learner_client, built, brand):
    page = learner_client.get("/en/advocacy/kit/").content.decode()
    assert 'data-testid="ask-referent"' in page
    assert 'name="page_url" value="/en/advocacy/kit/"' in page


def test_a_question_reaches_the_referent_with_its_page(
    learner_client, learner, built, brand, referent, django_capture_on_commit_callbacks
):
    lesson = built.lessons_of()[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = _ask(learner_client, lesson)
    assert response.status_code == 302
    assert response["Location"] == lesson.url  # back to the lesson (PRG)
    question = ReferentQuestion.objects.get()
    assert (question.user, question.page_url, question.page_title) == (
        learner,
        lesson.url,
        lesson.title,
    )
    assert question.language == "en"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["referent@example.com"]
    assert learner.get_full_name() in message.subject
    assert "May I share our new office photos?" in message.body
    assert lesson.title in message.body
    assert f"http://localhost{lesson.url}" in message.body
    assert f"/admin/advocacy/questions/{question.pk}/" in message.body
    followed = learner_client.get(lesson.url).content.decode()
    assert "Your question was sent to Inès Garnier" in followed


def test_without_a_referent_address_the_referents_group_is_told(
    learner_client, built, django_capture_on_commit_callbacks
):
    first = make_user(group=roles.REFERENTS, email="cm1@example.com")
    second = make_user(group=roles.REFERENTS, email="cm2@example.com")
    make_user(group=roles.HR, email="hr@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        assert _ask(learner_client, built.lessons_of()[0]).status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])


@pytest.mark.parametrize(
    ("text", "message"),
    [("   ", "Write your question."), ("x" * 2001, "2000 characters")],
)
def test_a_bad_question_changes_nothing(
    learner_client, built, brand, text, message, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _ask(learner_client, built.lessons_of()[0], text=text)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ReferentQuestion.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/phish",
        "//evil.example/phish",
        "/\\evil.example",
        "javascript:alert(1)",
    ],
)
def test_an_outside_address_is_refused(
    learner_client, built, brand, url, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _ask(learner_client, built.lessons_of()[0], page_url=url)
    assert response.status_code == 400
    assert "evil.example" not in response.get("Location", "")
    assert "is not valid" in response.content.decode()
    assert not ReferentQuestion.objects.exists()
    assert mail.outbox == []


def test_the_text_is_kept_when_the_form_is_shown_again(learner_client, built, brand):
    response = _ask(learner_client, built.lessons_of()[0], text="Keep me", page_url="//evil")
    page = response.content.decode()
    assert ">Keep me</textarea>" in page


def test_too_many_questions_in_an_hour_are_refused(learner_client, learner, built, brand):
    site = Site.objects.get(is_default_site=True)
    now = timezone.now()
    ReferentQuestion.objects.bulk_create(
        ReferentQuestion(user=learner, site=site, question=f"q{n}", language="en", asked_at=now)
        for n in range(RATE_LIMIT)
    )
    response = _ask(learner_client, built.lessons_of()[0])
    assert response.status_code == 400
    assert "Please wait a little" in response.content.decode()
    assert ReferentQuestion.objects.count() == RATE_LIMIT
    # An hour later it is fine again.
    ReferentQuestion.objects.update(asked_at=now - dt.timedelta(hours=2))
    assert _ask(learner_client, built.lessons_of()[0]).status_code == 302


def test_the_ask_page_works_on_its_own(learner_client, built, brand):
    response = learner_client.get(ASK, {"from": "/en/advocacy/kit/", "title": "Content kit"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "About: Content kit" in page
    assert 'href="/en/advocacy/kit/"' in page
    outside = learner_client.get(ASK, {"from": "https://evil.example/"}).content.decode()
    assert 'name="page_url" value="http' not in outside
    assert 'href="https://evil.example/"' not in outside


def _question(user, text="Can I like a post of a competitor?"):
    return ReferentQuestion.objects.create(
        user=user,
        site=Site.objects.get(is_default_site=True),
        question=text,
        page_title="Lesson 1",
        page_url="/en/academy/lesson-1/",
        language="en",
        asked_at=timezone.now(),
    )


def test_the_inbox_is_for_referents_only(client, built, learner, referent, trainer, hr_user):
    question = _question(learner)
    index = reverse("referent_inbox:index")
    detail = reverse("referent_inbox:detail", args=[question.pk])
    client.force_login(referent)
    assert question.question in client.get(index).content.decode()
    assert question.question in client.get(detail).content.decode()
    for outsider in (trainer, hr_user):
        client.force_login(outsider)
        for url in (index, detail):
            # Wagtail's admin answers a PermissionDenied with a redirect to its home page
            # and a "no permission" message.
            response = client.get(url, follow=True)
            assert response.redirect_chain == [("/admin/", 302)]
            page = response.content.decode()
            assert "permission" in page and question.question not in page
    client.force_login(learner)  # no admin access at all
    response = client.get(detail)
    assert response.status_code in (302, 403)
    assert question.question not in response.content.decode()


def test_the_inbox_menu_shows_only_to_referents(client, built, referent, hr_user):
    client.force_login(referent)
    assert "Questions to the referent" in client.get("/admin/").content.decode()
    client.force_login(hr_user)
    assert "Questions to the referent" not in client.get("/admin/").content.decode()


def test_the_inbox_lists_unanswered_first_and_filters(client, built, learner, referent):
    answered = _question(learner, "Answered one")
    referent_question_answer(question=answered, by=referent, answer="Yes.")
    waiting = _question(learner, "Waiting one")
    client.force_login(referent)
    page = client.get(reverse("referent_inbox:index")).content.decode()
    assert page.index("Waiting one") < page.index("Answered one")
    only_waiting = client.get(reverse("referent_inbox:index"), {"status": "unanswered"})
    assert "Answered one" not in only_waiting.content.decode()
    assert waiting.question in only_waiting.content.decode()


def test_the_answer_reaches_only_the_learner_who_asked(
    client, built, referent, hr_user, django_capture_on_commit_callbacks
):
    asker = make_user(language="fr", email="asker@example.com")
    other = make_user(email="other@example.com")
    question = _question(asker)
    detail = reverse("referent_inbox:detail", args=[question.pk])

    client.force_login(hr_user)  # HR may not answer
    assert client.post(detail, {"answer": "HR says no"})["Location"] == "/admin/"

    client.force_login(referent)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail, {"answer": "Yes, if the post is public."})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.answer == "Yes, if the post is public." and question.answered_by == referent
    assert [m.to for m in mail.outbox] == [["asker@example.com"]]
    assert "Yes, if the post is public." in mail.outbox[0].body
    assert "/fr/advocacy/questions/" in mail.outbox[0].body  # in the learner's language

    client.force_login(asker)
    # The asker reads English from now on (a signed-in person is kept in their language).
    client.post(reverse("set_language"), {"language": "en", "next": "/en/"})
    dashboard = client.get("/en/dashboard/").content.decode()
    assert 'data-testid="referent-answers"' in dashboard and "new answer" in dashboard
    mine = client.get("/en/advocacy/questions/").content.decode()
    assert "Yes, if the post is public." in mine and "New answer" in mine
    question.refresh_from_db()
    assert question.answer_seen_at is not None
    assert "New answer" not in client.get("/en/advocacy/questions/").content.decode()
    assert client.get(f"/en/advocacy/questions/{question.pk}/").status_code == 200

    client.force_login(other)
    assert client.get(f"/en/advocacy/questions/{question.pk}/").status_code == 404
    assert (
        "Yes, if the post is public." not in client.get("/en/advocacy/questions/").content.decode()
    )
    assert (
        'data-testid="referent-answers"'
        not in client.get(reverse("dashboard:home")).content.decode()
    )


def test_an_empty_answer_changes_nothing(client, built, learner, referent):
    question = _question(learner)
    client.force_login(referent)
    response = client.post(reverse("referent_inbox:detail", args=[question.pk]), {"answer": " "})
    assert response.status_code == 400
    question.refresh_from_db()
    assert question.answered_at is None and mail.outbox == []


def test_questions_need_sign_in(client, built):
    assert client.post(ASK, {"question": "Hi"}).status_code == 302
    assert not ReferentQuestion.objects.exists()


def test_my_questions_page_query_count_does_not_grow(client, built, brand, referent):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    asker = make_user()
    client.force_login(asker)
    _question(asker)
    client.get("/en/advocacy/questions/")

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/en/advocacy/questions/").status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for n in range(12):
        question = _question(asker, f"Question {n}")
        referent_question_answer(question=question, by=referent, answer=f"Answer {n}")
    client.get("/en/advocacy/questions/")  # marks the new answers as read (one UPDATE)
    assert count() == few
