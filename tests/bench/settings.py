"""Settings for the benchmark: the test settings plus one template directory.

The floor page is a bare `wagtail.models.Page`. Wagtail renders a bare Page with its own
template, ``wagtailcore/page.html``; the directory added here holds a copy of that template
that also prints the signed-in user's e-mail, so the floor loads the session and the user
like an authenticated page of ours does. Nothing is patched: Wagtail finds the template by
its ordinary lookup (project directories before app directories). Bare Pages appear only in
the benchmark's own database, so no page of the academy is affected.

The database comes from DATABASE_URL, which tests/bench/run.py sets before Django loads
this module.
"""

from pathlib import Path

from lms.settings.test import *  # noqa: F403
from lms.settings.test import TEMPLATES

BENCH_TEMPLATES = Path(__file__).resolve().parent / "templates"

TEMPLATES = [
    {**TEMPLATES[0], "DIRS": [BENCH_TEMPLATES, *TEMPLATES[0]["DIRS"]]},
    *TEMPLATES[1:],
]
