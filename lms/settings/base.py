"""Settings shared by every run mode. Secrets and hosts come from the environment only."""

from pathlib import Path

import environ
from csp import constants as csp

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env is convenient in development; production reads the real environment.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

INSTALLED_APPS = [
    # Our apps come first so their templates (login, 404, 500) win over contrib defaults.
    "themes",
    "lms.accounts",
    "courses",
    "quizzes",
    "lms.dashboard",
    "lms.tracking",
    # After lms.tracking: receivers of a domain event run in the order apps connect them, and
    # an LRS should hear "passed" before the "earned" of the certificate the pass issues.
    "certificates",
    "lms.advocacy",
    "lms.gamification",
    "lms.reports",
    "lms.scim",  # SCIM 2.0 provisioning from Entra ID / Okta (issue 13)
    # The Wagtail admin home's panels (it reads reports, advocacy and tracking).
    "lms.admin_home",
    "lms.demo",
    "lms.i18n",  # the language switcher, profile language, label filters
    "lms.sso",  # corporate sign-in: OpenID Connect and SAML identity providers
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "polymorphic",
    # Two-factor sign-in for staff (TOTP + recovery codes), see lms/accounts/two_factor.py.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # 400 for what no view can read (NUL characters, non-UTF-8 bodies), before CSRF reads it.
    "lms.request_guards.RequestGuardMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.accounts.middleware.LocaleMiddleware",  # Django's, minus redirecting admin/API 404s
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.accounts.throttle.KnownDeviceMiddleware",  # the sign-in throttle's device cookie
    # CSP (with its nonce), Permissions-Policy, Cache-Control: see lms/headers.py.
    "lms.headers.ContentSecurityPolicyMiddleware",
    "lms.headers.ResponseHeadersMiddleware",
    "lms.accounts.middleware.AdminForbiddenMiddleware",
    # After authentication: the profile's language on every page (lms/i18n), before 2FA so
    # that the two-factor page a staff member is sent to is in their language too.
    "lms.i18n.middleware.ProfileLanguageMiddleware",
    # 2FA: django-otp marks the session verified; ours sends unverified staff to set up or
    # enter their code before anything else.
    "django_otp.middleware.OTPMiddleware",
    "lms.accounts.two_factor_middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL (or anything Django supports).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run while a writer commits; a busy timeout avoids "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DB_CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)


def postgres_jit_off(database: dict) -> None:
    """PostgreSQL's JIT compiler off for our connections (DB_JIT=true to keep it). It pays
    off on long analytical queries; on a page's short ones it only costs. The final quiz's
    questions (one row per type joined, 9 tables) are estimated above `jit_above_cost` on
    tables with few statistics, and compiling took 590 ms of a 600 ms query: the attempt
    page and the answers' POST timed out under load (issue 12, tests/bench/load.py)."""
    if "postgresql" not in database.get("ENGINE", "") or env.bool("DB_JIT", default=False):
        return
    options = database.setdefault("OPTIONS", {})
    current = options.get("options", "")
    if "jit=" not in current:
        options["options"] = f"{current} -c jit=off".strip()


postgres_jit_off(DATABASES["default"])

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "accounts:login"
# Staff (HR, trainers, referents, admins) must sign in with a second factor. The test
# settings turn it off so tests can force_login staff; the 2FA tests turn it back on.
LMS_STAFF_2FA_REQUIRED = env.bool("LMS_STAFF_2FA_REQUIRED", default=True)
OTP_TOTP_ISSUER = "Porte-voix"
# The admin's sign-in form throttles repeated failures like the site's (lms/accounts/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "lms.accounts.forms.AdminLoginForm"

# --- Languages: the UI ships in English and French; content is translated with Wagtail locales.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media"))
# Prepared completion exports (large XLSX files): private, never under MEDIA_ROOT.
REPORTS_EXPORTS_ROOT = env("REPORTS_EXPORTS_ROOT", default=str(BASE_DIR / "var" / "exports"))
# An XLSX export of more rows than this is prepared in the background, then downloaded.
REPORTS_XLSX_INLINE_MAX_ROWS = env.int("REPORTS_XLSX_INLINE_MAX_ROWS", default=10_000)
REPORTS_EXPORT_FILE_DAYS = env.int("REPORTS_EXPORT_FILE_DAYS", default=7)
# "default": media and certificate PDFs; "exports": prepared exports (lms/storage.py). On disk
# here; production puts both in an S3-compatible bucket when one is configured (ADR 0018).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "exports": {"BACKEND": "lms.storage.ExportsFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Wagtail documents are always served by Wagtail's view (its privacy checks, our origin),
# streamed from the storage, never by a redirect to the storage's address.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Wagtail
WAGTAIL_SITE_NAME = "Porte-voix"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "txt", "csv", "odt", "png", "jpg"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- xAPI statements (lms.tracking); delivery settings live with the delivery code
# Activity IRIs: <base>/<kind>/<translation key>. Empty: WAGTAILADMIN_BASE_URL/xapi/activities.
# Keep it stable for the life of the academy: an LRS groups what it learns by IRI.
XAPI_ACTIVITY_BASE = env("XAPI_ACTIVITY_BASE", default="")
# How learners are identified: "account" (opaque public id; cmi5), "mbox" or "mbox_sha1sum".
XAPI_ACTOR_FORMAT = env("XAPI_ACTOR_FORMAT", default="account")
# account.homePage of the actor. Empty: WAGTAILADMIN_BASE_URL.
XAPI_ACCOUNT_HOMEPAGE = env("XAPI_ACCOUNT_HOMEPAGE", default="")
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Background work. Wagtail enqueues its own search/reference-index tasks on "default",
# so "default" stays immediate; our tasks go to the "lms" backend, which is the database
# queue in production and immediate in the embedded mode (see docs/decisions/0003).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "lms": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="academy@porte-voix.local")

CSRF_COOKIE_HTTPONLY = False  # the lesson page posts with a normal form; the cookie stays SameSite.
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview renders in an iframe of the same origin.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

PORTE_VOIX = {
    # Names shown to learners when no brand setting exists yet for the site.
    "DEFAULT_ACADEMY_NAME": "Porte-voix",
}


# -- Security headers (lms/headers.py) ------------------------------------------------------
# Learner pages: nothing inline without the request's nonce ({{ CSP_NONCE }}), no eval.
# Videos play from the two privacy-friendly players courses/blocks.py allows, or from any
# https address a trainer typed (the video block accepts .mp4/.webm links).
_VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF, csp.NONCE],
        "style-src": [csp.SELF, csp.NONCE],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "media-src": [csp.SELF, "https:"],
        "frame-src": _VIDEO_PLAYERS,
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.SELF],
    }
}
# The Wagtail admin (8.0) writes style="" attributes, and inline <script> in its date/time
# widgets (initDateChooser) and inline panels, which no nonce can reach (widgets render
# without the request): inline scripts and styles are allowed there, with no nonce in the
# list (a nonce makes browsers ignore 'unsafe-inline'). Still no eval, no plugins, no other
# origin, no foreign form target, no framing. Image choosers preview uploads from blob:.
LMS_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
    }
}
# No Gravatar avatars in the admin: they would send a hash of each staff e-mail to a third
# party, and the admin's img-src is our origin only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Powerful features off; the kit's copy button writes to the clipboard; embedded players may
# use full screen and picture-in-picture (courses/templates/courses/blocks/video.html).
_PLAYERS = " ".join(f'"{origin}"' for origin in _VIDEO_PLAYERS)
LMS_PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "autoplay=()",
        "browsing-topics=()",
        "camera=()",
        "clipboard-read=()",
        "clipboard-write=(self)",
        "display-capture=()",
        f"encrypted-media=(self {_PLAYERS})",
        f"fullscreen=(self {_PLAYERS})",
        "geolocation=()",
        "gyroscope=()",
        "interest-cohort=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        f"picture-in-picture=(self {_PLAYERS})",
        "publickey-credentials-get=()",
        "screen-wake-lock=()",
        "usb=()",
        "xr-spatial-tracking=()",
    ]
)
