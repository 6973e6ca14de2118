"""Trainers can only build the tree the product understands: Academy > Course > Workshop >
Lesson."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import AcademyPage, CoursePage, LessonPage, WorkshopPage


class PageTreeRules(WagtailPageTestCase):
    def test_academy_sits_at_the_root(self):
        self.assertCanCreateAt(Page, AcademyPage)
        self.assertCanNotCreateAt(AcademyPage, AcademyPage)

    def test_courses_and_the_charter_only_in_an_academy(self):
        from lms.advocacy.models import CharterPage

        self.assertAllowedSubpageTypes(AcademyPage, {CoursePage, CharterPage})
        self.assertAllowedParentPageTypes(CharterPage, {AcademyPage})
        self.assertAllowedParentPageTypes(CoursePage, {AcademyPage})
        self.assertCanNotCreateAt(CoursePage, CoursePage)
        self.assertCanNotCreateAt(Page, CoursePage)

    def test_workshops_only_in_a_course(self):
        self.assertAllowedSubpageTypes(CoursePage, {WorkshopPage})
        self.assertAllowedParentPageTypes(WorkshopPage, {CoursePage})
        self.assertCanNotCreateAt(AcademyPage, WorkshopPage)

    def test_lessons_only_in_a_workshop_and_have_no_children(self):
        self.assertAllowedSubpageTypes(WorkshopPage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {WorkshopPage})
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertAllowedSubpageTypes(LessonPage, set())
