"""Settings for the load run's gunicorn: the production settings plus one template directory.

Everything an operator runs (DEBUG off, PostgreSQL with persistent connections, the shared
cache, the database task queue, secure cookies, HTTPS behind a proxy) comes from
`lms.settings.production`, with the environment tests/bench/load.py gives it. The only
addition is tests/bench/settings.py's: the floor's copy of Wagtail's `wagtailcore/page.html`
(it prints the signed-in user's e-mail, so the floor loads the session and the user like an
authenticated page of ours does). Bare Wagtail pages exist only in the benchmark's database.
"""

from pathlib import Path

from lms.settings.production import *  # noqa: F403
from lms.settings.production import TEMPLATES

BENCH_TEMPLATES = Path(__file__).resolve().parent / "templates"  # as tests/bench/settings.py

TEMPLATES = [
    {**TEMPLATES[0], "DIRS": [BENCH_TEMPLATES, *TEMPLATES[0]["DIRS"]]},
    *TEMPLATES[1:],
]
