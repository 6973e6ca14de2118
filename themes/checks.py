"""`manage.py check --database default` reports placeholders that mean nothing.

A typo such as {refrent_name} is shown to learners as typed (themes/placeholders.py never
guesses and never fails a page); this check is where an author or an operator finds it.
Tagged `database`: runserver and start-up skip it; `check --database` and `migrate` run it.
`migrate` runs it before it migrates, when the tables may not exist yet (a fresh database) or
lack a column: the scan waits until the schema is the models' (no migration pending).

The content is named by app label and model (themes imports no app of ours); a model that
is not installed is skipped.
"""

from __future__ import annotations

from django.apps import apps
from django.core import checks
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from .placeholders import PLACEHOLDERS, unknown_placeholders

# (app label, model, text fields): the texts learners read that may hold placeholders.
SOURCES = [
    ("courses", "LessonPage", ["title", "body"]),
    ("quizzes", "Quiz", ["title", "description"]),
    ("quizzes", "Question", ["prompt", "explanation"]),
    ("quizzes", "ScenarioQuestion", ["situation"]),
    ("quizzes", "TrueFalseQuestion", ["feedback_true", "feedback_false"]),
    ("quizzes", "Choice", ["text", "feedback"]),
    ("quizzes", "OrderingItem", ["text"]),
    ("quizzes", "MatchPair", ["source", "target"]),
    ("advocacy", "ContentPost", ["title", "text_linkedin", "text_x", "text_facebook"]),
]


def content_with_unknown_placeholders():
    """[(model label, pk, field, [unknown names])] over every source above."""
    found = []
    for app_label, model_name, fields in SOURCES:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        names = [f.name for f in model._meta.get_fields() if f.name in fields]
        if not names:
            continue
        for row in model._base_manager.values_list("pk", *names).iterator():
            pk, values = row[0], row[1:]
            for name, value in zip(names, values, strict=True):
                if value and (unknown := unknown_placeholders(value)):
                    found.append((model._meta.label, pk, name, unknown))
    return found


def _schema_is_current(alias: str) -> bool:
    executor = MigrationExecutor(connections[alias])
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())


@checks.register(checks.Tags.database)
def check_placeholders(app_configs=None, databases=None, **kwargs):
    if not databases or "default" not in databases or not _schema_is_current("default"):
        return []
    known = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    return [
        checks.Warning(
            f"{label} #{pk} ({field}) uses an unknown placeholder: "
            + ", ".join(f"{{{name}}}" for name in unknown),
            hint=f"Known placeholders: {known}. It is shown to learners as typed.",
            obj=f"{label}:{pk}",
            id="themes.W001",
        )
        for label, pk, field, unknown in content_with_unknown_placeholders()
    ]
