"""Django's `{# … #}` comment ends on its own line; one spread over two lines is printed on
the page as text (the dashboard once showed "{# Two columns from 1000 px … #}" to every
learner). Longer comments are `{% comment %}`."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("lms", "courses", "quizzes", "certificates", "themes")


def test_no_template_comment_spans_two_lines():
    found = []
    for source in SOURCES:
        for path in (ROOT / source).rglob("templates/**/*"):
            if path.suffix not in (".html", ".txt", ".xml", ".svg") or not path.is_file():
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for opened in re.finditer(r"\{#", line):
                    if "#}" not in line[opened.end() :]:
                        found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == [], "a {# comment #} over several lines is shown as text: " + ", ".join(found)
