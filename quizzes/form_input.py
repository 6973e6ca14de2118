"""Between the quiz form in the browser and the canonical answers the services grade.

`answers_from_post` reads a submitted form into `{str(question id): raw response}` for
`attempt_submit` (or `practice_check`). It judges nothing: a malformed value is passed on
as it came, so the question's own `validate_response` refuses it with its message, and the
service records nothing. Fields that are not answers (the CSRF token, anything invented) are
ignored; an answer field for a question outside the form is passed on, so the service
refuses the whole submission instead of silently dropping it. The one thing refused here:
an answer field sent twice (`q-2=true&q-2=false`, or one option ticked twice), which no
browser sends for our form; which value would count is a guess, so the request is a 400
(BadRequest) and the attempt stays as it was.

Field names, per question shown (`<id>` is the question's primary key):

- single choice, scenario, true/false, short text: `q-<id>` = the option key, "true" or
  "false", or the text typed;
- multiple choice: `q-<id>`, once per ticked option key;
- ordering: `q-<id>-<step key>` = the position given to that step (1..n);
- matching: `q-<id>-<n>` = the index, in the list shown, of the answer picked for the n-th
  item shown. Matching uses indexes rather than keys because an item and its right answer
  share a key: keys in the page would give the answers away.

`form_state` puts the learner's inputs back on the question views so a refused form is shown
again as it was filled, and `question_errors` gives each question its own message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _

from .errors import ResponseError
from .selectors import QuestionView

ANSWER_FIELD = re.compile(r"^q-(\d+)(?:-(.+))?$")
_MISSING = object()


def field_name(view: QuestionView) -> str:
    return f"q-{view.question.pk}"


def _get(post: Mapping, name: str):
    value = post.get(name)
    return value if value is None or isinstance(value, str) else str(value)


def _getlist(post: Mapping, name: str) -> list:
    if hasattr(post, "getlist"):
        return list(post.getlist(name))
    value = post.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _blank(value) -> bool:
    return value is None or value == ""


def _read_ordering(view: QuestionView, post: Mapping, name: str):
    raw = {o.key: _get(post, f"{name}-{o.key}") for o in view.options}
    if all(_blank(v) for v in raw.values()):
        return _MISSING
    count = len(view.options)
    positions = {}
    for key, value in raw.items():
        if value is None or not value.isdecimal() or not 1 <= int(value) <= count:
            return raw  # malformed: validate_response refuses anything but a list
        positions[key] = int(value)
    if sorted(positions.values()) != list(range(1, count + 1)):
        return raw  # two steps in one place, or a place left empty
    return sorted(positions, key=positions.get)


def _read_matching(view: QuestionView, post: Mapping, name: str):
    raw = [_get(post, f"{name}-{index}") for index in range(len(view.options))]
    if all(_blank(v) for v in raw):
        return _MISSING
    targets = [t.key for t in view.targets]
    response = {}
    for source, value in zip(view.options, raw, strict=True):
        if value is not None and value.isdecimal() and int(value) < len(targets):
            response[source.key] = targets[int(value)]
        else:
            response[source.key] = "" if value is None else value
    return response


def _read(view: QuestionView, post: Mapping):
    name = field_name(view)
    kind = view.kind
    if kind == "multiplechoice":
        values = _getlist(post, name)
        return values if values else _MISSING
    if kind == "ordering":
        return _read_ordering(view, post, name)
    if kind == "matching":
        return _read_matching(view, post, name)
    value = _get(post, name)
    return _MISSING if value is None else value


def _refuse_repeated_fields(views: list[QuestionView], post: Mapping) -> None:
    if not hasattr(post, "getlist"):
        return  # a plain dict (tests, scripted clients) cannot repeat a key
    ticks = {field_name(v) for v in views if v.kind == "multiplechoice"}
    for name in post:
        if not ANSWER_FIELD.match(str(name)):
            continue
        values = post.getlist(name)
        if len(values) > 1 and (name not in ticks or len(set(values)) < len(values)):
            raise BadRequest(
                _(
                    "The answer field “%(field)s” was sent more than once. Nothing was "
                    "recorded: send each answer once."
                )
                % {"field": str(name)[:40]}
            )


def answers_from_post(question_views: Iterable[QuestionView], post: Mapping) -> dict:
    """The answers of a submitted form, `{str(question id): raw response}`, for the services.
    Raises BadRequest when an answer field is repeated."""
    views = list(question_views)
    _refuse_repeated_fields(views, post)
    shown = {str(v.question.pk) for v in views}
    answers = {}
    for view in views:
        raw = _read(view, post)
        if raw is not _MISSING:
            answers[str(view.question.pk)] = raw
    for name in post:
        match = ANSWER_FIELD.match(str(name))
        if match and match.group(1) not in shown:
            # An answer to a question this form did not show: let the service refuse it.
            answers.setdefault(match.group(1), _get(post, name))
    return answers


def question_errors(question_views: Iterable[QuestionView], answers: Mapping) -> dict[int, str]:
    """Each question's own message for the answers given ({question id: message}), using the
    question's validation, so the form can point at the questions to fix."""
    errors = {}
    for view in question_views:
        raw = answers.get(str(view.question.pk))
        if raw is None or raw == "" or raw == []:
            errors[view.question.pk] = _("Answer this question.")
            continue
        try:
            view.question.validate_response(raw)
        except ResponseError as error:
            errors[view.question.pk] = str(error.message)
    return errors


def form_state(
    question_views: Iterable[QuestionView],
    post: Mapping | None = None,
    errors: Mapping[int, str] | None = None,
) -> list[QuestionView]:
    """Set on each view (and its options) what the learner entered, to show the form again as
    they left it: `view.value` (single, true/false, short text), `option.checked` (choices),
    `option.position` (ordering), `option.chosen` (matching: index of the answer picked) and
    `view.error`."""
    post = post or {}
    errors = errors or {}
    views = list(question_views)
    for view in views:
        name = field_name(view)
        view.error = errors.get(view.question.pk, "")
        view.value = _get(post, name) or ""
        picked = set(_getlist(post, name)) if view.kind == "multiplechoice" else {view.value}
        for index, option in enumerate(view.options):
            option.checked = option.key in picked
            if view.kind == "ordering":
                value = _get(post, f"{name}-{option.key}") or ""
                option.position = int(value) if value.isdecimal() else None
            elif view.kind == "matching":
                value = _get(post, f"{name}-{index}") or ""
                option.chosen = int(value) if value.isdecimal() else None
    return views


def post_data(question_views: Iterable[QuestionView], answers: Mapping) -> dict:
    """The form fields a browser sends for canonical answers (the inverse of
    `answers_from_post`): for tests, benchmarks and scripted clients."""
    data: dict[str, object] = {}
    for view in question_views:
        response = answers.get(str(view.question.pk))
        if response is None:
            continue
        name = field_name(view)
        if view.kind == "ordering":
            for position, key in enumerate(response, start=1):
                data[f"{name}-{key}"] = str(position)
        elif view.kind == "matching":
            targets = [t.key for t in view.targets]
            for index, source in enumerate(view.options):
                data[f"{name}-{index}"] = str(targets.index(response[source.key]))
        elif view.kind == "truefalse":
            data[name] = "true" if response in (True, "true") else "false"
        else:
            data[name] = response
    return data
