"""Admin forms for trainers: one form per question type, inline formsets for its options,
and the item-analysis date filter.

Each question type is described once, in `QUESTION_TYPE_SPECS`, built from
`models.QUESTION_TYPES`: the admin offers exactly the types the engine can grade.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.images.widgets import AdminImageChooser

from .models import (
    QUESTION_TYPES,
    AcceptedAnswer,
    Choice,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    OrderingItem,
    OrderingQuestion,
    Question,
    ScenarioQuestion,
    ShortTextQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .translation import language_name

# --- the question itself -------------------------------------------------------------------

COMMON_FIELDS = ["prompt", "image", "image_alt", "points", "explanation"]


class QuestionForm(forms.ModelForm):
    """Fields every question has. Subclasses add the type's own fields."""

    class Meta:
        model = Question
        fields = COMMON_FIELDS
        widgets = {
            "image": AdminImageChooser,
            "prompt": forms.Textarea(attrs={"rows": 3}),
            "explanation": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not (cleaned.get("image_alt") or "").strip():
            self.add_error(
                "image_alt",
                _("Describe the image for learners who cannot see it (alternative text)."),
            )
        return cleaned


class SingleChoiceQuestionForm(QuestionForm):
    class Meta(QuestionForm.Meta):
        model = SingleChoiceQuestion


class ScenarioQuestionForm(QuestionForm):
    class Meta(QuestionForm.Meta):
        model = ScenarioQuestion
        fields = ["situation", *COMMON_FIELDS]
        widgets = {**QuestionForm.Meta.widgets, "situation": forms.Textarea(attrs={"rows": 4})}


class MultipleChoiceQuestionForm(QuestionForm):
    class Meta(QuestionForm.Meta):
        model = MultipleChoiceQuestion
        fields = [*COMMON_FIELDS, "partial_credit"]


def _as_bool(value) -> bool:
    return value in (True, "True", "true")


class TrueFalseQuestionForm(QuestionForm):
    correct_answer = forms.TypedChoiceField(
        label=_("The statement is"),
        choices=[(True, _("True")), (False, _("False"))],
        coerce=_as_bool,
        widget=forms.RadioSelect,
    )

    class Meta(QuestionForm.Meta):
        model = TrueFalseQuestion
        fields = [*COMMON_FIELDS, "correct_answer", "feedback_true", "feedback_false"]
        widgets = {
            **QuestionForm.Meta.widgets,
            "feedback_true": forms.Textarea(attrs={"rows": 2}),
            "feedback_false": forms.Textarea(attrs={"rows": 2}),
        }


class OrderingQuestionForm(QuestionForm):
    class Meta(QuestionForm.Meta):
        model = OrderingQuestion


class MatchingQuestionForm(QuestionForm):
    class Meta(QuestionForm.Meta):
        model = MatchingQuestion


class ShortTextQuestionForm(QuestionForm):
    class Meta(QuestionForm.Meta):
        model = ShortTextQuestion


# --- options: inline formsets --------------------------------------------------------------


class OptionsFormSet(BaseInlineFormSet):
    """An inline formset whose rows are saved in the order the trainer gives them.

    Rows are kept in their `ORDER` ("position") value; blank new rows are ignored.
    Subclasses check the rules of their question type in `check(rows)`.
    """

    order_attribute = "sort_order"
    heading = ""
    row_label = _("Row %(n)d")
    help_text = ""
    add_hint = _("Leave extra rows empty; they are ignored.")

    def __init__(self, *args, extra: int | None = None, **kwargs):
        if extra is not None:
            self.extra = extra
        super().__init__(*args, **kwargs)

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "ORDER" in form.fields:
            form.fields["ORDER"].label = _("Position")
            form.fields["ORDER"].widget.attrs.update({"min": 1, "class": "w-w-24"})
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove")

    def row_labels(self):
        return [(form, self.row_label % {"n": n}) for n, form in enumerate(self.forms, start=1)]

    def live_rows(self) -> list[dict]:
        """Cleaned data of the rows that will exist after saving."""
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            if form.instance.pk is None and not form.has_changed():
                continue
            rows.append(data)
        return rows

    def clean(self):
        super().clean()
        if any(self.errors):
            return  # row errors first; counting half-valid rows would mislead
        self.check(self.live_rows())

    def check(self, rows: list[dict]) -> None:
        pass

    def save_in_order(self, question) -> None:
        """Delete removed rows, then save the others with their position in the order given."""
        for form in self.deleted_forms:
            if form.instance.pk is not None:
                form.instance.delete()
        for position, form in enumerate(self.ordered_forms):
            option = form.save(commit=False)
            option.question = question
            setattr(option, self.order_attribute, position)
            option.save()


class SingleChoicesFormSet(OptionsFormSet):
    row_label = _("Option %(n)d")
    heading = _("Options")
    help_text = _("At least two options, exactly one of them correct.")

    def check(self, rows):
        if len(rows) < 2:
            raise ValidationError(_("Give at least two options."))
        correct = sum(1 for row in rows if row.get("is_correct"))
        if correct != 1:
            raise ValidationError(
                _("Mark exactly one option as correct (%(count)d marked now).") % {"count": correct}
            )


class MultipleChoicesFormSet(OptionsFormSet):
    row_label = _("Option %(n)d")
    heading = _("Options")
    help_text = _("At least two options, one or more of them correct.")

    def check(self, rows):
        if len(rows) < 2:
            raise ValidationError(_("Give at least two options."))
        if not any(row.get("is_correct") for row in rows):
            raise ValidationError(_("Mark at least one option as correct."))


class StepsFormSet(OptionsFormSet):
    row_label = _("Step %(n)d")
    order_attribute = "position"
    heading = _("Steps, in the correct order")
    help_text = _(
        "List the steps in their correct order; learners see them shuffled. At least two."
    )

    def check(self, rows):
        if len(rows) < 2:
            raise ValidationError(_("Give at least two steps."))


def _norm(text: str) -> str:
    return " ".join((text or "").split()).casefold()


class PairsFormSet(OptionsFormSet):
    row_label = _("Pair %(n)d")
    heading = _("Pairs")
    help_text = _(
        "Each item with its match; learners see the matches in another order. At least two "
        "pairs, every item and every match different."
    )

    def check(self, rows):
        if len(rows) < 2:
            raise ValidationError(_("Give at least two pairs."))
        problems = []
        for field, label in (("source", _("item")), ("target", _("match"))):
            first_seen, repeated = {}, []
            for row in rows:
                value = row.get(field, "")
                if _norm(value) in first_seen:
                    original = first_seen[_norm(value)]
                    if original not in repeated:
                        repeated.append(original)
                else:
                    first_seen[_norm(value)] = value
            if repeated:
                problems.append(
                    ngettext(
                        "Each %(label)s must be different: “%(values)s” appears more than once.",
                        "Each %(label)s must be different: “%(values)s” appear more than once.",
                        len(repeated),
                    )
                    % {"label": label, "values": "”, “".join(repeated)}
                )
        if problems:
            raise ValidationError(problems)


class AcceptedAnswersFormSet(OptionsFormSet):
    row_label = _("Accepted answer %(n)d")
    heading = _("Accepted answers")
    help_text = _("Every answer you accept. Case, accents and spacing are ignored when comparing.")

    def check(self, rows):
        if not rows:
            raise ValidationError(_("Give at least one accepted answer."))

    def save_in_order(self, question):
        for form in self.deleted_forms:
            if form.instance.pk is not None:
                form.instance.delete()
        for form in self.forms:
            if form in self.deleted_forms or not getattr(form, "cleaned_data", None):
                continue
            if form.instance.pk is None and not form.has_changed():
                continue
            answer = form.save(commit=False)
            answer.question = question
            answer.save()


_textarea = {"rows": 2}


def _choices_formset(formset):
    return inlineformset_factory(
        Question,
        Choice,
        formset=formset,
        fields=["text", "is_correct", "feedback"],
        widgets={"feedback": forms.Textarea(attrs=_textarea)},
        extra=4,
        can_order=True,
        can_delete=True,
    )


ChoicesSingle = _choices_formset(SingleChoicesFormSet)
ChoicesMultiple = _choices_formset(MultipleChoicesFormSet)
Steps = inlineformset_factory(
    Question,
    OrderingItem,
    formset=StepsFormSet,
    fields=["text"],
    extra=4,
    can_order=True,
    can_delete=True,
)
Pairs = inlineformset_factory(
    Question,
    MatchPair,
    formset=PairsFormSet,
    fields=["source", "target"],
    extra=4,
    can_order=True,
    can_delete=True,
)
AcceptedAnswers = inlineformset_factory(
    Question,
    AcceptedAnswer,
    formset=AcceptedAnswersFormSet,
    fields=["text"],
    extra=3,
    can_delete=True,
)


# --- the type registry ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionTypeSpec:
    slug: str
    model: type[Question]
    description: str
    form_class: type[QuestionForm]
    formset_class: type[OptionsFormSet] | None = None
    formset_prefix: str = ""

    @property
    def label(self) -> str:
        return self.model.type_label()


def type_slug(model) -> str:
    return model._meta.model_name.removesuffix("question")


_SPECS = {
    SingleChoiceQuestion: (
        _("One correct answer among several options."),
        SingleChoiceQuestionForm,
        ChoicesSingle,
        "choices",
    ),
    MultipleChoiceQuestion: (
        _("Several options may be correct; partial credit is optional."),
        MultipleChoiceQuestionForm,
        ChoicesMultiple,
        "choices",
    ),
    TrueFalseQuestion: (
        _("A statement the learner judges true or false."),
        TrueFalseQuestionForm,
        None,
        "",
    ),
    OrderingQuestion: (
        _("Put steps in the right order."),
        OrderingQuestionForm,
        Steps,
        "steps",
    ),
    MatchingQuestion: (
        _("Pair each item with its match."),
        MatchingQuestionForm,
        Pairs,
        "pairs",
    ),
    ShortTextQuestion: (
        _("A word or short phrase, compared without regard to case or accents."),
        ShortTextQuestionForm,
        AcceptedAnswers,
        "accepted",
    ),
    ScenarioQuestion: (
        _("A situation, and the best way to react to it."),
        ScenarioQuestionForm,
        ChoicesSingle,
        "choices",
    ),
}

QUESTION_TYPE_SPECS: dict[str, QuestionTypeSpec] = {
    type_slug(model): QuestionTypeSpec(type_slug(model), model, *_SPECS[model])
    for model in QUESTION_TYPES
}


def spec_for(question: Question) -> QuestionTypeSpec:
    return QUESTION_TYPE_SPECS[type_slug(type(question))]


# --- item analysis filter ------------------------------------------------------------------

EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2999, 12, 31)


class AnalysisFilterForm(forms.Form):
    """`from` and `to` (inclusive) on the submission date. Both optional."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in (("from", _("Submitted from")), ("to", _("Submitted until"))):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=["%Y-%m-%d"],
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
            )

    def _in_range(self, name):
        value = self.cleaned_data.get(name)
        if value is not None and not (EARLIEST <= value <= LATEST):
            raise ValidationError(
                _("Pick a date between %(start)s and %(end)s.")
                % {"start": EARLIEST.isoformat(), "end": LATEST.isoformat()}
            )
        return value

    def clean_from(self):
        return self._in_range("from")

    def clean_to(self):
        return self._in_range("to")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            raise ValidationError(_("The start date must be on or before the end date."))
        return cleaned


class TranslateQuizForm(forms.Form):
    """Pick the language to copy a quiz into."""

    locale = forms.ModelChoiceField(queryset=None, label=_("Translate to"), empty_label=None)

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = locales
        self.fields["locale"].label_from_instance = language_name
