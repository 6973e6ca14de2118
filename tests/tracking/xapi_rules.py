"""A validator of the xAPI 1.0.3 statement rules a producer must meet
(/work/shared/reference/xapi-producer.md). Returns the list of broken rules: empty = valid.

Not a full LRS: it checks what our builders could get wrong. The strict LRS of the delivery
tests checks the rest."""

from __future__ import annotations

import re
import uuid

IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
DURATION = re.compile(
    r"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$"
)
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
INTERACTION_TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}
COMPONENTS = {
    "choice": {"choices"},
    "sequencing": {"choices"},
    "likert": {"scale"},
    "matching": {"source", "target"},
    "performance": {"steps"},
}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def _is_uuid(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _language_map(value, where: str, errors: list) -> None:
    if not isinstance(value, dict) or not value:
        errors.append(f"{where}: a non-empty language map")
        return
    for tag, text in value.items():
        if not LANGUAGE_TAG.match(tag):
            errors.append(f"{where}: {tag!r} is not an RFC 5646 tag")
        if not isinstance(text, str):
            errors.append(f"{where}[{tag}]: a string")


def _actor(actor, errors: list) -> None:
    if not isinstance(actor, dict):
        errors.append("actor: an object")
        return
    present = [k for k in IFIS if k in actor]
    if len(present) != 1:
        errors.append(f"actor: exactly one identifier, found {present}")
    if actor.get("objectType", "Agent") != "Agent":
        errors.append("actor: an Agent")
    if "mbox" in actor and not str(actor["mbox"]).startswith("mailto:"):
        errors.append("actor.mbox: a mailto IRI")
    if "mbox_sha1sum" in actor and not re.fullmatch(r"[0-9a-f]{40}", actor["mbox_sha1sum"]):
        errors.append("actor.mbox_sha1sum: 40 hex digits")
    if "account" in actor:
        account = actor["account"]
        if set(account) != {"homePage", "name"}:
            errors.append("actor.account: homePage and name")
        if not IRI.match(str(account.get("homePage", ""))):
            errors.append("actor.account.homePage: an IRL")
        if not account.get("name"):
            errors.append("actor.account.name: not empty")


def _extensions(value, where: str, errors: list) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: an object")
        return
    for key in value:
        if not IRI.match(key):
            errors.append(f"{where}: key {key!r} is not an IRI")


def _activity(activity, where: str, errors: list) -> None:
    if activity.get("objectType", "Activity") != "Activity":
        errors.append(f"{where}: an Activity")
    if not IRI.match(str(activity.get("id", ""))):
        errors.append(f"{where}.id: an IRI")
    definition = activity.get("definition")
    if definition is None:
        return
    if "type" in definition and not IRI.match(definition["type"]):
        errors.append(f"{where}.definition.type: an IRI")
    for field in ("name", "description"):
        if field in definition:
            _language_map(definition[field], f"{where}.definition.{field}", errors)
    if "extensions" in definition:
        _extensions(definition["extensions"], f"{where}.definition.extensions", errors)
    kind = definition.get("interactionType")
    has_parts = any(
        k in definition
        for k in ("choices", "scale", "source", "target", "steps", "correctResponsesPattern")
    )
    if has_parts and kind is None:
        errors.append(f"{where}: interactionType is required with choices or a pattern")
    if kind is not None:
        if kind not in INTERACTION_TYPES:
            errors.append(f"{where}: unknown interactionType {kind!r}")
        allowed = COMPONENTS.get(kind, set())
        for component in ("choices", "scale", "source", "target", "steps"):
            if component in definition:
                if component not in allowed:
                    errors.append(f"{where}: {component} does not belong to {kind}")
                    continue
                ids = [item.get("id") for item in definition[component]]
                if not all(isinstance(i, str) and i for i in ids) or len(set(ids)) != len(ids):
                    errors.append(f"{where}.{component}: unique string ids")
                for item in definition[component]:
                    if "description" in item:
                        _language_map(item["description"], f"{where}.{component}[]", errors)
        pattern = definition.get("correctResponsesPattern")
        if pattern is not None:
            if not isinstance(pattern, list) or not all(isinstance(p, str) for p in pattern):
                errors.append(f"{where}.correctResponsesPattern: an array of strings")
            elif kind == "true-false" and pattern not in (["true"], ["false"]):
                errors.append(f"{where}: a true-false pattern is 'true' or 'false'")
            elif kind == "matching":
                for p in pattern:
                    if not all(len(pair.split("[.]")) == 2 for pair in p.split("[,]")):
                        errors.append(f"{where}: matching pairs use [.]")


def _result(result, errors: list) -> None:
    score = result.get("score")
    if score is not None:
        for key, value in score.items():
            if key not in ("scaled", "raw", "min", "max"):
                errors.append(f"result.score: unknown {key}")
            elif not _is_number(value):
                errors.append(f"result.score.{key}: a JSON number")
        if _is_number(score.get("scaled")) and not -1 <= score["scaled"] <= 1:
            errors.append("result.score.scaled: in [-1, 1]")
        low, high, raw = score.get("min"), score.get("max"), score.get("raw")
        if _is_number(low) and _is_number(high) and not low < high:
            errors.append("result.score: min < max")
        if _is_number(raw):
            if _is_number(low) and raw < low:
                errors.append("result.score.raw: >= min")
            if _is_number(high) and raw > high:
                errors.append("result.score.raw: <= max")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            errors.append(f"result.{key}: a boolean")
    if "response" in result and not isinstance(result["response"], str):
        errors.append("result.response: a string")
    if "duration" in result and not DURATION.match(str(result["duration"])):
        errors.append(f"result.duration: ISO 8601 with <= 0.01 s ({result['duration']!r})")
    if "extensions" in result:
        _extensions(result["extensions"], "result.extensions", errors)


def _context(context, object_is_activity: bool, errors: list) -> None:
    if "registration" in context and not _is_uuid(context["registration"]):
        errors.append("context.registration: a UUID")
    for key in ("platform", "language"):
        if key in context and not object_is_activity:
            errors.append(f"context.{key}: only when the object is an Activity")
    if "language" in context and not LANGUAGE_TAG.match(str(context["language"])):
        errors.append("context.language: an RFC 5646 tag")
    activities = context.get("contextActivities", {})
    for key, value in activities.items():
        if key not in ("parent", "grouping", "category", "other"):
            errors.append(f"context.contextActivities.{key}: unknown")
        if not isinstance(value, list):
            errors.append(f"context.contextActivities.{key}: an array")
            continue
        for n, activity in enumerate(value):
            _activity(activity, f"context.contextActivities.{key}[{n}]", errors)
    if "extensions" in context:
        _extensions(context["extensions"], "context.extensions", errors)


def statement_errors(statement: dict) -> list[str]:
    errors: list[str] = []
    allowed = {
        "id",
        "actor",
        "verb",
        "object",
        "result",
        "context",
        "timestamp",
        "stored",
        "authority",
        "version",
        "attachments",
    }
    for key in statement:
        if key not in allowed:
            errors.append(f"unknown property {key!r}")
    if not _is_uuid(statement.get("id")):
        errors.append("id: a UUID")
    if "version" in statement and statement["version"] != "1.0.0":
        errors.append("version: left out, or exactly 1.0.0")
    _actor(statement.get("actor"), errors)
    verb = statement.get("verb") or {}
    if not IRI.match(str(verb.get("id", ""))):
        errors.append("verb.id: an IRI")
    if "display" in verb:
        _language_map(verb["display"], "verb.display", errors)
    else:
        errors.append("verb.display: given (en-US at least)")
    obj = statement.get("object") or {}
    is_activity = obj.get("objectType", "Activity") == "Activity"
    if is_activity:
        _activity(obj, "object", errors)
        if "type" not in obj.get("definition", {}):
            errors.append("object.definition.type: given")
    if "result" in statement:
        _result(statement["result"], errors)
    if "context" in statement:
        _context(statement["context"], is_activity, errors)
    stamp = statement.get("timestamp")
    if stamp is not None and not TIMESTAMP.match(stamp):
        errors.append(f"timestamp: UTC with Z and milliseconds ({stamp!r})")
    return errors


def assert_valid(statement: dict) -> None:
    errors = statement_errors(statement)
    assert not errors, f"{statement.get('verb', {}).get('id')}: " + "; ".join(errors)
