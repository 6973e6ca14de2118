"""The embedded mode: SQLite file, immediate tasks, console e-mail. For `make run`."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# A development-only key: production refuses to start without its own.
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

# The academy's own 404 and 500 pages, as a prospect trying `make run` should see them (see
# lms/dev_errors.py); LMS_DEV_TRACEBACKS=true brings back Django's technical pages.
LMS_DEV_TRACEBACKS = env.bool("LMS_DEV_TRACEBACKS", default=False)
if DEBUG and not LMS_DEV_TRACEBACKS:
    MIDDLEWARE = [*MIDDLEWARE, "lms.dev_errors.BrandedErrorPagesMiddleware"]  # noqa: F405
