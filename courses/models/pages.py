"""The page tree trainers author: Academy > Course > Workshop > Lesson."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, LessonBodyBlock
from ..extensions import lesson_asides
from ..levels import LEVEL_RANK, Level


class LearnerPage(Page):
    """A page of the academy: employees only, so signed-in users only."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail's (the restrictions of this page and its ancestors: two queries, which
        its `before_serve_page` hook runs on every page), on a page (GET) read once per
        process until a restriction or a page changes (shared_cache.derived). The answer is
        still a queryset over the same rows, already evaluated: a clone (`order_by()`, the
        admin's privacy view) queries the database as before."""
        from wagtail.models import PageViewRestriction

        from ..request_memo import memo_active
        from ..shared_cache import derived

        if not memo_active() or self.pk is None:
            return super().get_view_restrictions()
        rows = derived(
            ("view_restrictions", self.pk),
            lambda: list(super(LearnerPage, self).get_view_restrictions()),
        )
        restrictions = PageViewRestriction.objects.filter(pk__in=[row.pk for row in rows])
        restrictions._result_cache = list(rows)
        restrictions._prefetch_done = True
        return restrictions


class AcademyPage(LearnerPage):
    """The academy's home page: the root under which courses live."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    # The charter is advocacy's page; named by label only (courses imports nothing of lms).
    subpage_types = ["courses.CoursePage", "advocacy.CharterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("academy")
        verbose_name_plural = _("academies")

    def route(self, request, path_components):
        """Find the page for the whole remaining path in one query on `url_path`, instead of
        Wagtail's one query per level of the tree. Anything without an exact match (a sub-route
        of a routable page, a 404) goes through Wagtail's own walk."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            found = self._live_page_at(url_path)
            if found is not None:
                return found.route(request, [])
            match = (
                Page.objects.filter(url_path=url_path, path__startswith=self.path)
                .specific()
                .first()
            )
            if match is not None:
                return match.route(request, [])
        return super().route(request, path_components)

    def _live_page_at(self, url_path: str):
        """The live course, workshop or lesson at `url_path`, in one query: the cached
        outline (selectors.site_outline) names its id and model, so only the specific row
        is read. None when the outline has no such page (a draft, a charter page, a
        sub-route) or outside a GET, whose reads never come from the cache."""
        from ..selectors import outline_page_at

        known = outline_page_at(url_path)
        if known is None or not known.path.startswith(self.path):
            return None
        return type(known).objects.filter(pk=known.pk).first()

    def get_context(self, request, *args, **kwargs):
        from ..selectors import catalogue_for_learner

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue_for_learner(academy=self, user=request.user)
        return context


class CoursePage(LearnerPage):
    """A topic track such as "Social-media skills", with one workshop per level."""

    summary = models.TextField(_("summary"), max_length=400)
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    parent_page_types = ["courses.AcademyPage"]
    subpage_types = ["courses.WorkshopPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user)
        return context


class WorkshopPage(LearnerPage):
    """One level of a course: lessons, then (with the quiz engine) a final quiz."""

    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    summary = models.TextField(_("summary"), max_length=400)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
    )
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=250))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "The score a learner needs on the final quiz to pass the workshop; it replaces "
            "the quiz's own pass mark there."
        ),
    )
    final_quiz = models.ForeignKey(
        "quizzes.Quiz",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("final quiz"),
        help_text=_("Passing it passes the workshop. Without one, completing the lessons does."),
    )
    requires_previous_level = models.BooleanField(
        _("requires the previous level"),
        default=True,
        help_text=_(
            "Lock this workshop until the learner has passed the workshops of lower levels "
            "in the same course."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("level"),
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("final_quiz"),
                FieldPanel("pass_mark"),
                FieldPanel("requires_previous_level"),
                InlinePanel("prerequisites", label=_("Prerequisite workshops")),
            ],
            heading=_("Passing and prerequisites"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.FilterField("level")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    @property
    def level_rank(self) -> int:
        return LEVEL_RANK.get(self.level, 0)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_of, workshop_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = workshop_outline(workshop=self, user=request.user)
        context["course"] = course_of(workshop=self)
        return context


class WorkshopPrerequisite(Orderable):
    """A workshop that must be passed before this one opens (besides the lower levels)."""

    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="prerequisites")
    required = models.ForeignKey(
        WorkshopPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("required workshop"),
    )

    panels = [PageChooserPanel("required", "courses.WorkshopPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")

    def clean(self):
        if self.required_id and self.page_id and self.required_id == self.page_id:
            raise ValidationError({"required": _("A workshop cannot require itself.")})


class LessonPage(LearnerPage):
    """One unit of content inside a workshop."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["courses.WorkshopPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        from ..selectors import lesson_view_state
        from ..services import lesson_visit

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        # Computed once here and reused by get_context and by the visit it records.
        request.lesson_state = lesson_view_state(lesson=self, user=request.user)
        if not getattr(request, "is_preview", False):
            lesson_visit(user=request.user, lesson=self, state=request.lesson_state.workshop)
        return super(LearnerPage, self).serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_view_state

        context = super().get_context(request, *args, **kwargs)
        # serve() computed it; a preview renders without serve() and computes it here.
        state = getattr(request, "lesson_state", None)
        context["state"] = state or lesson_view_state(lesson=self, user=request.user)
        # Blocks other apps add beside every lesson (courses/extensions.py).
        context["lesson_asides"] = lesson_asides()
        return context
