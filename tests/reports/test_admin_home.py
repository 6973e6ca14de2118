"""The Wagtail admin home shows HR, trainers and referents what they come for — completion
at a glance, overdue learners, open questions to the referent, parked statements, drafts
awaiting moderation — each panel only to the roles allowed to open the page it links to,
and with the same number of queries whatever the size of the academy."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from courses.models import CompletionStatus, Enrollment
from lms.accounts import roles
from lms.advocacy.models import ReferentQuestion
from lms.tracking.models import Delivery, DeliveryStatus, Destination, Statement
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db

PANELS = {
    "completion": 'id="pv-completion-',
    "overdue": 'id="pv-overdue-',
    "questions": 'id="pv-questions-',
    "parked": 'id="pv-parked-',
    "moderation": 'id="pv-moderation-',
}


@pytest.fixture
def built(db):
    return build_academy(courses=1, lessons=1)


@pytest.fixture
def destination(db):
    return Destination.objects.create(name="LRS", endpoint="http://127.0.0.1:9/xapi/")


def _people(built, destination, n: int, *, start: int = 0):
    """n learners, each enrolled past a due date, asking a question, with a parked
    statement, and a draft submitted to moderation per learner."""
    workshop = built.workshop()
    today = timezone.localdate()
    for i in range(start, start + n):
        learner = make_user(first_name=f"Late{i}", last_name="Learner")
        Enrollment.objects.create(
            user=learner,
            course_key=built.courses[0].translation_key,
            workshop_key=workshop.translation_key,
            enrolled_at=timezone.now() - dt.timedelta(days=40),
            due_date=today - dt.timedelta(days=30 - i),
            completion_status=CompletionStatus.IN_PROGRESS,
        )
        ReferentQuestion.objects.create(
            user=learner,
            site=Site.objects.get(is_default_site=True),
            question=f"May I share post {i}?",
            language="en",
            asked_at=timezone.now() - dt.timedelta(hours=i),
        )
        statement = Statement.objects.create(event="completed", user=learner, verb="v", body="{}")
        Delivery.objects.create(
            statement=statement, destination=destination, status=DeliveryStatus.PARKED
        )
    lessons = built.lessons_of()
    page = lessons[0]
    for i in range(start, start + n):
        draft = page.get_parent().add_child(
            instance=type(page)(title=f"Draft {i}", slug=f"draft-{i}", live=False)
        )
        revision = draft.save_revision()
        draft.get_workflow().start(draft, revision.user or make_user(group=roles.TRAINERS))


def _shown(html: str) -> set[str]:
    return {name for name, marker in PANELS.items() if marker in html}


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        (roles.HR, {"completion", "overdue", "parked"}),
        (roles.TRAINERS, {"moderation"}),
        (roles.REFERENTS, {"questions"}),
        (None, set(PANELS)),  # the superuser
    ],
)
def test_each_role_sees_its_panels_and_their_links_open(
    client, built, destination, group, expected
):
    _people(built, destination, 2)
    person = make_user(group=group, is_superuser=group is None)
    client.force_login(person)
    html = client.get("/admin/").content.decode()
    assert _shown(html) == expected
    for link in {
        "completion": "/admin/reports/completions/",
        "overdue": "/admin/reports/completions/?overdue=1",
        "questions": "/admin/advocacy/questions/?status=unanswered",
        "parked": "/admin/tracking/?status=parked",
        "moderation": "/admin/reports/workflow/",
    }.values():
        if link in html:
            assert client.get(link).status_code == 200, link


def test_the_panels_say_what_waits(client, built, destination):
    _people(built, destination, 3)
    client.force_login(make_user(group=None, is_superuser=True))
    html = client.get("/admin/").content.decode()
    assert "3 learners are past a due date." in html
    assert "Late0 Learner" in html  # the longest overdue first
    assert "3 questions wait for an answer." in html and "May I share post 0?" in html
    assert "3 statements were refused by a Learning Record Store" in html
    assert "3 drafts await moderation." in html and "Draft 0" in html


def test_the_panels_in_french(client, built, destination):
    _people(built, destination, 1)
    admin = make_user(group=None, is_superuser=True, language="fr")
    client.force_login(admin)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Apprenants en retard" in html
    assert "1 apprenant a dépassé une échéance." in html


def test_empty_panels_say_so(client, built):
    client.force_login(make_user(group=None, is_superuser=True))
    html = client.get("/admin/").content.decode()
    assert "Nobody is past a due date." in html
    assert "No question is waiting." in html
    assert "No statement is parked" in html
    assert "No draft awaits moderation." in html


def _home_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries)


def test_the_home_costs_the_same_queries_at_two_sizes(client, built, destination):
    client.force_login(make_user(group=None, is_superuser=True))
    _people(built, destination, 2)
    _home_queries(client)  # warm the caches a first request fills
    small = _home_queries(client)
    _people(built, destination, 12, start=2)
    _home_queries(client)
    large = _home_queries(client)
    if large != small:
        import collections

        with CaptureQueriesContext(connection) as a:
            client.get("/admin/")
        counts = collections.Counter(q["sql"][:200] for q in a.captured_queries)
        print("\n".join(f"{n} {sql}" for sql, n in counts.most_common(12)))
    assert large == small, (small, large)
