"""The blocks a trainer composes a lesson from. One class per block, each with its template."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from themes.placeholders import help_text as placeholder_help_text

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class BrandPlaceholdersMixin:
    """Fills in {referent_name}, {company}… (themes/placeholders.py) in what the block
    renders, from the brand settings of the request's site: every text of every block
    (titles, lists, captions, rich text) without a filter in each template. Display-only;
    the stored value keeps the placeholder."""

    def render(self, value, context=None):
        from themes.placeholders import brand_for, expand

        html = super().render(value, context)
        request = context.get("request") if context is not None else None
        return expand(html, brand_for(request))


class RichTextBlock(BrandPlaceholdersMixin, blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("help_text", placeholder_help_text())
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "courses/blocks/rich_text.html"


class ImageBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


_YOUTUBE = re.compile(r"(?:youtube\.com/(?:watch\?v=|embed/)|youtu\.be/)([A-Za-z0-9_-]{11})")
_VIMEO = re.compile(r"vimeo\.com/(?:video/)?(\d+)")


def video_embed_url(url: str) -> str | None:
    """The privacy-friendly player address for a YouTube or Vimeo link, or None."""
    if match := _YOUTUBE.search(url):
        return f"https://www.youtube-nocookie.com/embed/{match.group(1)}"
    if match := _VIMEO.search(url):
        return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1"
    return None


class VideoBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    """A video from YouTube, Vimeo or a direct .mp4/.webm link.

    Rendered without an oEmbed look-up, so a page never waits on (or breaks because of) a
    third-party service; a transcript keeps the lesson usable without sound or video.
    """

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        url = value.get("url") or ""
        if not (video_embed_url(url) or re.search(r"\.(mp4|webm)(\?.*)?$", url, re.I)):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Use a YouTube or Vimeo link, or a direct link to an .mp4 or .webm file.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context


class CalloutBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = RichTextBlock(label=_("Text"))

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class DoDontBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    do = blocks.ListBlock(blocks.CharBlock(label=_("Do")), label=_("Do"))
    dont = blocks.ListBlock(blocks.CharBlock(label=_("Don't")), label=_("Don't"))

    class Meta:
        icon = "list-ul"
        label = _("Do & don't")
        template = "courses/blocks/do_dont.html"


class TakeawaysBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Takeaway")), label=_("Key takeaways"))

    class Meta:
        icon = "tick"
        label = _("Key takeaways")
        template = "courses/blocks/takeaways.html"


class ExamplePostBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    """A model social-media post a learner can copy and adapt."""

    network = blocks.ChoiceBlock(
        label=_("Network"),
        choices=[
            ("linkedin", "LinkedIn"),
            ("x", "X"),
            ("instagram", "Instagram"),
            ("facebook", "Facebook"),
        ],
        default="linkedin",
    )
    author = blocks.CharBlock(label=_("Author shown"), max_length=120)
    text = blocks.TextBlock(label=_("Post text"))
    note = blocks.TextBlock(label=_("Why it works"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Example post")
        template = "courses/blocks/example_post.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["network_label"] = dict(self.child_blocks["network"].field.choices).get(
            value["network"], value["network"]
        )
        return context


class DocumentBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "courses/blocks/document.html"


def is_final_quiz(quiz) -> bool:
    """Whether a quiz (in any of its languages) is some workshop's final quiz. A knowledge
    check shows feedback and explanations, so it must never be one."""
    from .models import WorkshopPage

    return WorkshopPage.objects.filter(final_quiz__translation_key=quiz.translation_key).exists()


class KnowledgeCheckBlock(BrandPlaceholdersMixin, blocks.StructBlock):
    """A short quiz inside a lesson, for practice: the learner checks their answers and gets
    feedback on the spot. Nothing is recorded and it does not count towards progress."""

    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Quiz"))
    intro = blocks.TextBlock(
        label=_("Introduction"),
        required=False,
        help_text=_("A sentence before the questions, e.g. “Check what you have learned.”"),
    )

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "courses/quiz/knowledge_check_block.html"

    def clean(self, value):
        value = super().clean(value)
        quiz = value.get("quiz")
        if quiz is not None and is_final_quiz(quiz):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "quiz": ValidationError(
                        _(
                            "This quiz is the final quiz of a workshop: checking it here would "
                            "show its answers. Choose a quiz made for practice."
                        )
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        from quizzes.form_input import form_state
        from quizzes.practice import practice_questions

        context = super().get_context(value, parent_context)
        block_id = (parent_context or {}).get("id")
        request = (parent_context or {}).get("request")
        quiz = value.get("quiz")
        if quiz is not None:
            # The lesson's language when the quiz is translated, else the quiz as chosen.
            quiz = quiz.localized
        checked = getattr(request, "knowledge_checks", {}).get(str(block_id))
        if checked is not None:
            # The learner just checked this block: courses.quiz_views graded it.
            context.update(quiz=checked.quiz, checked=checked, items=checked.results)
        elif quiz is not None:
            views = form_state(practice_questions(quiz=quiz))
            context.update(quiz=quiz, items=[{"view": view} for view in views])
        context["block_id"] = block_id
        return context


class LessonBodyBlock(blocks.StreamBlock):
    rich_text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    do_dont = DoDontBlock()
    takeaways = TakeawaysBlock()
    example_post = ExamplePostBlock()
    document = DocumentBlock()
    knowledge_check = KnowledgeCheckBlock()
