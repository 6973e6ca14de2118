"""One small class per event, registered by event name. Each turns a domain event into an
xAPI 1.0.3 statement (a plain dict, without `id`: the outbox fixes it when recording).

Rules followed everywhere (docs: /work/shared/reference/xapi-producer.md):
- no `version` key in bodies; the header carries it;
- actor from actor.actor_for (an opaque account by default);
- objects are Activities with stable IRIs (activities.py);
- context: `registration` = the enrollment's, `contextActivities` values are arrays (parent =
  the workshop, grouping = the course), `platform` and the learner's `language`;
- timestamps come from the domain rows (enrolled_at, completed_at, submitted_at...), so a
  statement says when the learner acted, and tests fix them through the services' `now=`.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone

from . import constants
from .activities import activity_id, language_tag, page_activity, quiz_activity, reference
from .actor import actor_for
from .formats import duration, number, timestamp

REGISTRY: dict[str, StatementBuilder] = {}


def register(cls):
    REGISTRY[cls.event] = cls()
    return cls


def learner_language(user) -> str:
    """The learner's preferred language, for statements about no page or quiz (certificates,
    tiers, the charter). Costs a query unless the profile is loaded."""
    try:
        code = user.profile.preferred_language
    except ObjectDoesNotExist:  # no profile (a superuser made by createsuperuser)
        code = None
    return language_tag(code)


def workshop_ref(key) -> dict:
    return reference("workshop", key, constants.MODULE)


def course_ref(key) -> dict:
    return reference("course", key, constants.COURSE)


def statement(
    *,
    user,
    verb: constants.Verb,
    obj: dict,
    at: dt.datetime | None,
    registration=None,
    result: dict | None = None,
    parent=(),
    grouping=(),
    other=(),
    cmi5: bool = False,
    language: str | None = None,
) -> dict:
    """`obj` is an activity, or (activity, language tag) as page_activity/quiz_activity give:
    context.language is then the language of the page or quiz the learner used."""
    if isinstance(obj, tuple):
        obj, language = obj[0], language or obj[1]
    context = {
        "platform": constants.PLATFORM,
        "language": language or learner_language(user),
    }
    if registration:
        context["registration"] = str(registration)
    activities = {}
    if parent:
        activities["parent"] = list(parent)
    if grouping:
        activities["grouping"] = list(grouping)
    if other:
        activities["other"] = list(other)
    if cmi5:
        activities["category"] = [{"objectType": "Activity", "id": constants.CMI5_CATEGORY}]
    if activities:
        context["contextActivities"] = activities
    body = {
        "actor": actor_for(user),
        "verb": verb.as_dict(),
        "object": obj,
        "context": context,
        "timestamp": timestamp(at or timezone.now()),
    }
    if result:
        body["result"] = result
    return body


def score(*, raw, maximum, scaled=None) -> dict | None:
    """A result.score: numbers as numbers; min/max only when they make a range."""
    if raw is None:
        return None
    values = {"raw": number(raw)}
    if maximum is not None and number(maximum) > 0:
        values["min"] = 0
        values["max"] = number(maximum)
    if scaled is not None:
        values["scaled"] = number(scaled)
    return values


class StatementBuilder:
    event: str = ""
    verb: constants.Verb

    def build(self, **kwargs) -> dict:
        raise NotImplementedError


# --- enrollment and content ----------------------------------------------------------------


@register
class Enrolled(StatementBuilder):
    event = "enrolled"
    verb = constants.REGISTERED

    def build(self, *, user, enrollment, workshop, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(workshop, kind="workshop", type_iri=constants.MODULE),
            at=enrollment.enrolled_at,
            registration=enrollment.registration,
            grouping=[course_ref(enrollment.course_key)],
        )


@register
class WorkshopLaunched(StatementBuilder):
    event = "workshop_launched"
    verb = constants.LAUNCHED

    def build(self, *, user, enrollment, workshop, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(workshop, kind="workshop", type_iri=constants.MODULE),
            at=enrollment.started_at,
            registration=enrollment.registration,
            grouping=[course_ref(enrollment.course_key)],
        )


@register
class LessonExperienced(StatementBuilder):
    event = "lesson_experienced"
    verb = constants.EXPERIENCED

    def build(self, *, user, enrollment, lesson, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(lesson, kind="lesson", type_iri=constants.LESSON),
            at=enrollment.last_activity_at,
            registration=enrollment.registration,
            parent=[workshop_ref(enrollment.workshop_key)],
            grouping=[course_ref(enrollment.course_key)],
        )


@register
class LessonCompleted(StatementBuilder):
    event = "lesson_completed"
    verb = constants.COMPLETED

    def build(self, *, user, enrollment, lesson, completion=None, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(lesson, kind="lesson", type_iri=constants.LESSON),
            at=completion.completed_at if completion else enrollment.last_activity_at,
            registration=enrollment.registration,
            parent=[workshop_ref(enrollment.workshop_key)],
            grouping=[course_ref(enrollment.course_key)],
            result={"completion": True},
        )


# --- the final quiz ------------------------------------------------------------------------


def _quiz_context(attempt, enrollment):
    """parent/grouping for an attempt: its workshop (context_key) and course, when known."""
    grouping = []
    if enrollment is not None:
        grouping.append(course_ref(enrollment.course_key))
    workshop = [workshop_ref(attempt.context_key)] if attempt.context_key else []
    return workshop, grouping


@register
class QuizAttempted(StatementBuilder):
    event = "quiz_attempted"
    verb = constants.ATTEMPTED

    def build(self, *, user, attempt, enrollment=None, **_):
        obj = quiz_activity(attempt.quiz)
        parent, grouping = _quiz_context(attempt, enrollment)
        return statement(
            user=user,
            verb=self.verb,
            obj=obj,
            at=attempt.started_at,
            registration=enrollment.registration if enrollment else None,
            parent=parent,
            grouping=grouping,
        )


def _components(items) -> list[dict]:
    return [{"id": key, "description": {language: text}} for key, text, language in items]


def xapi_response(interaction_type: str, value, order: list[str] | None = None) -> str:
    """A canonical response (quizzes' form) in xAPI response syntax."""
    if interaction_type == "true-false":
        return "true" if value else "false"
    if interaction_type == "matching":
        keys = [k for k in (order or []) if k in value] + sorted(set(value) - set(order or []))
        return "[,]".join(f"{k}[.]{value[k]}" for k in keys)
    if isinstance(value, list):
        if interaction_type == "choice" and order:
            # Options picked: their order carries no meaning; list them as they are shown
            # to the author (a stable order, not one that depends on random keys).
            rank = {key: n for n, key in enumerate(order)}
            value = sorted(value, key=lambda k: (rank.get(str(k), len(rank)), str(k)))
        return "[,]".join(str(v) for v in value)
    return str(value)


def interaction_definition(question, language: str) -> dict:
    """The cmi.interaction definition of a question: its type, components (with the option
    keys as ids) and correctResponsesPattern."""
    kind = question.interaction_type
    prompt = question.prompt
    situation = getattr(question, "situation", "")
    definition = {
        "type": constants.INTERACTION,
        "interactionType": kind,
        "name": {language: prompt[:250]},
        "description": {language: f"{situation}\n\n{prompt}" if situation else prompt},
    }
    if kind == "choice":
        choices = question._choices()
        definition["choices"] = _components((str(c.key), c.text, language) for c in choices)
        order = [str(c.key) for c in choices]
        pattern = question.correct_response()
        definition["correctResponsesPattern"] = [xapi_response(kind, pattern, order)]
    elif kind == "true-false":
        definition["correctResponsesPattern"] = [xapi_response(kind, question.correct_response())]
    elif kind == "sequencing":
        # xAPI lists the items to order as `choices` (`steps` belong to "performance").
        steps = question._steps()
        definition["choices"] = _components((str(s.key), s.text, language) for s in steps)
        definition["correctResponsesPattern"] = [xapi_response(kind, question.correct_response())]
    elif kind == "matching":
        pairs = question._pairs()
        definition["source"] = _components((str(p.key), p.source, language) for p in pairs)
        definition["target"] = _components((str(p.key), p.target, language) for p in pairs)
        order = [str(p.key) for p in pairs]
        definition["correctResponsesPattern"] = [
            xapi_response(kind, question.correct_response(), order)
        ]
    elif kind == "fill-in":
        # Every accepted answer is a correct pattern (grading ignores case and accents too).
        definition["correctResponsesPattern"] = [a.text for a in question._accepted()]
    return definition


@register
class QuestionAnswered(StatementBuilder):
    event = "question_answered"
    verb = constants.ANSWERED

    def build(
        self, *, user, attempt, answer, enrollment=None, assessment=None, quiz_language=None, **_
    ):
        if assessment is None:
            assessment, quiz_language = quiz_activity(attempt.quiz)
        question = answer.question
        order = question.option_keys()
        workshop, course = _quiz_context(attempt, enrollment)
        return statement(
            user=user,
            verb=self.verb,
            obj={
                "objectType": "Activity",
                "id": activity_id("question", question.key),
                "definition": interaction_definition(question, quiz_language or "en-US"),
            },
            at=attempt.submitted_at,
            registration=enrollment.registration if enrollment else None,
            parent=[reference_of(assessment)],
            grouping=[*workshop, *course],
            language=quiz_language,
            result={
                "response": xapi_response(question.interaction_type, answer.response, order),
                "success": bool(answer.is_correct),
                "score": score(raw=answer.points, maximum=answer.max_points),
            },
        )


def reference_of(activity: dict) -> dict:
    return {
        "objectType": "Activity",
        "id": activity["id"],
        "definition": {"type": activity["definition"]["type"]},
    }


class _WorkshopJudged(StatementBuilder):
    """Passed or failed. The object is the workshop (the cmi5 AU whose registration this is);
    the attempt that decided it gives the score and the duration."""

    success: bool

    def build(self, *, user, enrollment, workshop, attempt=None, **_):
        result = {"success": self.success, "completion": True}
        other = []
        at = enrollment.passed_at if self.success else enrollment.last_activity_at
        if attempt is not None:
            result["score"] = score(
                raw=attempt.score_raw, maximum=attempt.score_max, scaled=attempt.score_scaled
            )
            if attempt.submitted_at and attempt.started_at:
                result["duration"] = duration(attempt.submitted_at - attempt.started_at)
            at = attempt.submitted_at or at
            other.append(
                reference("assessment", attempt.quiz.translation_key, constants.ASSESSMENT)
            )
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(workshop, kind="workshop", type_iri=constants.MODULE),
            at=at,
            registration=enrollment.registration,
            grouping=[course_ref(enrollment.course_key)],
            other=other,
            cmi5=True,
            result={k: v for k, v in result.items() if v is not None},
        )


@register
class WorkshopPassed(_WorkshopJudged):
    event = "workshop_passed"
    verb = constants.PASSED
    success = True


@register
class WorkshopFailed(_WorkshopJudged):
    event = "workshop_failed"
    verb = constants.FAILED
    success = False


@register
class WorkshopCompleted(StatementBuilder):
    event = "workshop_completed"
    verb = constants.COMPLETED

    def build(self, *, user, enrollment, workshop, **_):
        result = {"completion": True}
        if enrollment.started_at and enrollment.completed_at:
            result["duration"] = duration(enrollment.completed_at - enrollment.started_at)
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(workshop, kind="workshop", type_iri=constants.MODULE),
            at=enrollment.completed_at,
            registration=enrollment.registration,
            grouping=[course_ref(enrollment.course_key)],
            cmi5=True,
            result=result,
        )


@register
class CourseCompleted(StatementBuilder):
    """A course spans several enrollments: the statement has no registration."""

    event = "course_completed"
    verb = constants.COMPLETED

    def build(self, *, user, course, at=None, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=page_activity(course, kind="course", type_iri=constants.COURSE),
            at=at,
            result={"completion": True},
        )


# --- certificates, tiers and the charter (plain kwargs, so these builders need no model) ----


def _named(kind: str, key, type_iri: str, name) -> dict:
    names = name if isinstance(name, dict) else {"en-US": str(name)}
    return {
        "objectType": "Activity",
        "id": activity_id(kind, key),
        "definition": {"type": type_iri, "name": names},
    }


@register
class CertificateEarned(StatementBuilder):
    """kwargs: user, certificate_key (stable across installs, e.g. the workshop's key),
    name (str or language map), at; optional registration, workshop_key, course_key."""

    event = "certificate_earned"
    verb = constants.EARNED

    def build(
        self, *, user, certificate_key, name, at, registration=None, workshop_key=None,
        course_key=None, **_,
    ):  # fmt: skip
        return statement(
            user=user,
            verb=self.verb,
            obj=_named("certificate", certificate_key, constants.CERTIFICATE, name),
            at=at,
            registration=registration,
            parent=[workshop_ref(workshop_key)] if workshop_key else [],
            grouping=[course_ref(course_key)] if course_key else [],
        )


@register
class TierEarned(StatementBuilder):
    """kwargs: user, tier_key (e.g. the tier's slug), name, at."""

    event = "tier_earned"
    verb = constants.EARNED

    def build(self, *, user, tier_key, name, at, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=_named("tier", tier_key, constants.BADGE, name),
            at=at,
        )


@register
class CharterAccepted(StatementBuilder):
    """kwargs: user, charter_version (e.g. "2026-01"), name, at."""

    event = "charter_accepted"
    verb = constants.ACCEPTED

    def build(self, *, user, charter_version, name, at, **_):
        return statement(
            user=user,
            verb=self.verb,
            obj=_named("charter", charter_version, constants.POLICY, name),
            at=at,
        )


@register
class CertificateRevoked(StatementBuilder):
    """kwargs: user, voided_statement_id (the certificate_earned statement), at.

    A voiding statement: its object is a StatementRef, so it carries no context.platform or
    language (those are for Activities) and nothing else the spec forbids on voiding."""

    event = "certificate_revoked"
    verb = constants.VOIDED

    def build(self, *, user, voided_statement_id, at, **_):
        return {
            "actor": actor_for(user),
            "verb": self.verb.as_dict(),
            "object": {"objectType": "StatementRef", "id": str(voided_statement_id)},
            "timestamp": timestamp(at or timezone.now()),
        }
