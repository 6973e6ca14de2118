"""Builds the demo academy from lms/demo/curriculum through the same APIs trainers and
learners use: Wagtail's page API for authoring, our services for enrollments and progress.

Idempotent: every step looks for what it would create and leaves existing things alone, so a
second run changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses import services as course_services
from courses.models import AcademyPage, CoursePage, Enrollment, LessonPage, WorkshopPage
from lms.accounts import roles
from lms.accounts import services as account_services
from lms.accounts.models import User
from quizzes.models import Question
from themes.models import BrandSettings

from .curriculum import CURRICULUM
from .quiz_builder import demo_quizzes_build

DEMO_PASSWORD = "porte-voix-demo"  # noqa: S105 - public demo accounts, refused in production

ACADEMY = {
    "slug": "academy",
    "title": {"en": "Porte-voix academy", "fr": "Académie Porte-voix"},
    "intro": {
        "en": "<p>Speak for your company with confidence: learn the skills, the values and "
        "the safety habits of a brand ambassador, one level at a time.</p>",
        "fr": "<p>Parlez au nom de votre entreprise en toute confiance : apprenez les "
        "compétences, les valeurs et les réflexes de sécurité d'un ambassadeur, niveau "
        "après niveau.</p>",
    },
}

USERS = [
    # email, first, last, groups, language, employee id, department, team
    ("admin@porte-voix.test", "Ada", "Admin", (), "en", "E0001", "IT", "Platform"),
    (
        "trainer@porte-voix.test",
        "Théo",
        "Formateur",
        (roles.TRAINERS,),
        "fr",
        "E0002",
        "Communication",
        "Social media",
    ),
    ("hr@porte-voix.test", "Hana", "Ressources", (roles.HR,), "fr", "E0003", "HR", "Learning"),
    (
        "camille.martin@porte-voix.test",
        "Camille",
        "Martin",
        (roles.LEARNERS,),
        "fr",
        "E1001",
        "Marketing",
        "Brand",
    ),
    (
        "alex.morgan@porte-voix.test",
        "Alex",
        "Morgan",
        (roles.LEARNERS,),
        "en",
        "E1002",
        "Sales",
        "Key accounts",
    ),
    (
        "lea.dubois@porte-voix.test",
        "Léa",
        "Dubois",
        (roles.LEARNERS,),
        "fr",
        "E1003",
        "Engineering",
        "Cloud",
    ),
    (
        "sam.taylor@porte-voix.test",
        "Sam",
        "Taylor",
        (roles.LEARNERS,),
        "en",
        "E1004",
        "Marketing",
        "Events",
    ),
]


@dataclass
class DemoReport:
    created_pages: int = 0
    created_users: list[str] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)


def _locale(code: str) -> Locale:
    locale, _created = Locale.objects.get_or_create(language_code=code)
    return locale


def _stream(blocks) -> str:
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def _objectives(items) -> str:
    return json.dumps([{"type": "objective", "value": text} for text in items])


def _publish(page: Page) -> None:
    page.save_revision().publish()


class _Builder:
    def __init__(self, report: DemoReport):
        self.report = report
        self.en = _locale("en")
        self.fr = _locale("fr")

    def child(self, parent: Page, model, slug: str, **fields) -> Page:
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        _publish(page)
        self.report.created_pages += 1
        return page

    def translation(self, page: Page, **fields) -> Page:
        """The French version of a page, created by Wagtail's copy-for-translation."""
        existing = page.get_translations().filter(locale=self.fr).first()
        if existing:
            return existing.specific
        copy = page.copy_for_translation(self.fr)
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save()
        _publish(copy)
        self.report.created_pages += 1
        return copy

    def academy(self) -> AcademyPage:
        academy = AcademyPage.objects.filter(locale=self.en, depth=2).first()
        if academy is None:
            root = Page.get_first_root_node()
            academy = AcademyPage(
                title=ACADEMY["title"]["en"], slug=ACADEMY["slug"], intro=ACADEMY["intro"]["en"]
            )
            root.add_child(instance=academy)
            _publish(academy)
            self.report.created_pages += 1
            self._point_site_at(academy, root)
        self.translation(academy, title=ACADEMY["title"]["fr"], intro=ACADEMY["intro"]["fr"])
        return academy

    @staticmethod
    def _point_site_at(academy: AcademyPage, root: Page) -> None:
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        hostname, port = _configured_address()
        if site is None:
            Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=academy,
                is_default_site=True,
                site_name="Porte-voix",
            )
        else:
            site.root_page = academy
            site.site_name = "Porte-voix"
            if (site.hostname, site.port) == ("localhost", 80):  # Wagtail's untouched default
                # The Site's root URL is what certificates, QR codes and e-mails link to:
                # make it the address the academy is served at (WAGTAILADMIN_BASE_URL).
                site.hostname, site.port = hostname, port
            site.save()
        # Wagtail's placeholder "Welcome" page is of no use once the academy is the root.
        placeholder = old_root and old_root.pk != academy.pk and old_root.specific_class is Page
        if placeholder and not old_root.get_children().exists():
            old_root.delete()

    def course(self, academy: AcademyPage, data: dict) -> None:
        course = self.child(
            academy,
            CoursePage,
            data["slug"],
            title=data["title"]["en"],
            summary=data["summary"]["en"],
        )
        self.translation(course, title=data["title"]["fr"], summary=data["summary"]["fr"])
        for ws in data["workshops"]:
            workshop = self.child(
                course,
                WorkshopPage,
                ws["slug"],
                title=ws["title"]["en"],
                level=ws["level"],
                summary=ws["summary"]["en"],
                estimated_minutes=ws["duration_minutes"],
                pass_mark=ws["pass_mark"],
                objectives=_objectives(ws["objectives"]["en"]),
            )
            self.translation(
                workshop,
                title=ws["title"]["fr"],
                summary=ws["summary"]["fr"],
                objectives=_objectives(ws["objectives"]["fr"]),
            )
            for lesson in ws["lessons"]:
                page = self.child(
                    workshop,
                    LessonPage,
                    lesson["slug"],
                    title=lesson["title"]["en"],
                    summary=lesson["summary"]["en"],
                    estimated_minutes=lesson["duration_minutes"],
                    body=_stream(lesson["body"]["en"]),
                )
                self.translation(
                    page,
                    title=lesson["title"]["fr"],
                    summary=lesson["summary"]["fr"],
                    body=_stream(lesson["body"]["fr"]),
                )


# The employer of the demo. Content never types it: it writes {company} (themes/placeholders),
# and the referent ({referent_name}…) comes from lms/demo/kit.py's REFERENT.
COMPANY = "Northwind"


def _configured_address() -> tuple[str, int]:
    """(hostname, port) of WAGTAILADMIN_BASE_URL, e.g. ("127.0.0.1", 8000) for `make run`."""
    from urllib.parse import urlsplit

    from django.conf import settings

    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


def _brand() -> None:
    site = Site.objects.get(is_default_site=True)
    brand = BrandSettings.for_site(site)
    if not brand.company_name:  # not set up by this demo yet (an admin's edit stays)
        brand.academy_name = "Porte-voix"
        brand.company_name = COMPANY
        brand.footer = f"<p>{COMPANY} · Porte-voix</p>"
        brand.save()


def _users(report: DemoReport) -> dict[str, User]:
    users = {}
    for email, first, last, groups, language, employee_id, department, team in USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = account_services.user_create(
                email=email,
                first_name=first,
                last_name=last,
                password=DEMO_PASSWORD,
                employee_id=employee_id,
                department=department,
                team=team,
                preferred_language=language,
                groups=groups,
                is_superuser=email.startswith("admin@"),
            )
            report.created_users.append(email)
        users[email] = user
        report.logins.append((email, ", ".join(groups) or "superuser"))
    return users


def _workshop(course_slug: str, level: str) -> WorkshopPage:
    course = CoursePage.objects.get(locale__language_code="en", slug=course_slug)
    return WorkshopPage.objects.child_of(course).get(level=level)


def final_quiz_take(user, workshop, when, *, right: bool) -> None:
    """Take a workshop's final quiz through the services, answering everything right, or
    getting the first half of the questions wrong."""
    attempt = course_services.workshop_quiz_start(user=user, workshop=workshop, now=when)
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids)}
    answers = {}
    for index, pk in enumerate(attempt.question_ids):
        question = questions[pk]
        response = question.correct_response()
        if not right and index < len(attempt.question_ids) / 2:
            response = _wrong_response(question, response)
        answers[str(pk)] = response
    course_services.workshop_quiz_submit(
        user=user,
        workshop=workshop,
        attempt_id=attempt.pk,
        answers=answers,
        now=when + timedelta(minutes=12),
    )


def _wrong_response(question, right):
    kind = question.interaction_type
    if kind == "true-false":
        return not right
    if kind == "fill-in":
        return "je ne sais pas"
    if kind == "sequencing":
        return list(reversed(right))
    if kind == "matching":
        keys = list(right)
        return dict(zip(keys, keys[1:] + keys[:1], strict=True))
    options = question.option_keys()
    if isinstance(right, list):
        return [k for k in options if k not in right][:1] or right
    return next((k for k in options if k != right), right)


def _progress(users: dict[str, User]) -> None:
    """A few learners at different points of the path, written through the services."""
    if Enrollment.objects.filter(user__in=users.values()).exists():
        return  # progress was already made on a previous run
    start = timezone.now() - timedelta(days=20)
    social = CURRICULUM[0]["slug"]
    security = CURRICULUM[2]["slug"]

    def complete_all(user, workshop, day, fail_first=False):
        course_services.workshop_enroll(
            user=user, workshop=workshop, now=start + timedelta(days=day)
        )
        lessons = LessonPage.objects.live().child_of(workshop).order_by("path")
        for offset, lesson in enumerate(lessons):
            course_services.lesson_complete(
                user=user, lesson=lesson, now=start + timedelta(days=day, minutes=15 * (offset + 1))
            )
        if workshop.final_quiz_id:
            if fail_first:
                final_quiz_take(user, workshop, start + timedelta(days=day, hours=2), right=False)
            final_quiz_take(user, workshop, start + timedelta(days=day + 1, hours=3), right=True)

    alex = users["alex.morgan@porte-voix.test"]
    complete_all(alex, _workshop(social, "beginner"), 1)
    complete_all(alex, _workshop(security, "beginner"), 4, fail_first=True)
    intermediate = _workshop(social, "intermediate")
    course_services.workshop_enroll(user=alex, workshop=intermediate, now=start + timedelta(days=8))
    first = LessonPage.objects.live().child_of(intermediate).order_by("path").first()
    course_services.lesson_complete(user=alex, lesson=first, now=start + timedelta(days=9))

    camille = users["camille.martin@porte-voix.test"]
    beginner = _workshop(social, "beginner")
    course_services.workshop_enroll(user=camille, workshop=beginner, now=start + timedelta(days=10))
    first = LessonPage.objects.live().child_of(beginner).order_by("path").first()
    course_services.lesson_complete(user=camille, lesson=first, now=start + timedelta(days=11))

    sam = users["sam.taylor@porte-voix.test"]
    complete_all(sam, _workshop(CURRICULUM[1]["slug"], "beginner"), 12)

    hr = users["hr@porte-voix.test"]
    lea = users["lea.dubois@porte-voix.test"]
    course_services.course_enroll(
        user=lea,
        course=CoursePage.objects.get(locale__language_code="en", slug=security),
        source="hr",
        enrolled_by=hr,
        due_date=(timezone.now() + timedelta(days=30)).date(),
        now=start + timedelta(days=15),
    )


@transaction.atomic
def demo_build() -> DemoReport:
    from . import advocacy as demo_advocacy
    from . import gamification as demo_gamification
    from . import kit as demo_kit

    report = DemoReport()
    roles.roles_sync()
    builder = _Builder(report)
    academy = builder.academy()
    for course in CURRICULUM:
        builder.course(academy, course)
    demo_quizzes_build()
    _brand()
    # After the quizzes (its tier learners pass final quizzes), before _progress (so every
    # certificate uses the demo's certificate templates).
    demo_advocacy.build(academy=academy, report=report)
    users = _users(report)
    _progress(users)
    demo_kit.build(report)  # needs the tiers
    demo_gamification.build()  # replays everyone's activity, so it comes last
    return report
