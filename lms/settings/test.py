"""Test settings: fast hashing, in-memory e-mail, SQLite unless DATABASE_URL is set."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = str(BASE_DIR / "var" / "test-media")
REPORTS_EXPORTS_ROOT = str(BASE_DIR / "var" / "test-exports")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "exports": {"BACKEND": "lms.storage.ExportsFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests force_login staff; tests/accounts/test_two_factor.py turns enforcement back on.
LMS_STAFF_2FA_REQUIRED = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not env(
    "DATABASE_URL", default=""
):
    # Tests never touch the academy's own file; Django tests on an in-memory copy.
    DATABASES["default"]["NAME"] = str(BASE_DIR / "var" / "test.sqlite3")
