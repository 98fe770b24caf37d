"""One settings module, driven by environment variables.

Defaults are safe for production (DEBUG off, secure cookies, HSTS); `make run`
turns DEBUG on for local use. See README.md for every variable.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

# Without SECRET_KEY a throwaway development key is used so that tests and
# management commands run anywhere; config/wsgi.py refuses to serve with it
# when DEBUG is off, and `check --deploy` flags it.
DEVELOPMENT_SECRET_KEY = "django-insecure-development-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY") or DEVELOPMENT_SECRET_KEY

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

SITE_NAME = os.environ.get("SITE_NAME", "Baclofen Community")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "accounts",
    "forum",
    "resources",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "config.middleware.RejectNullCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "forum.caching.ContentVersionMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.site",
                "forum.notifications.context_processors.notifications",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a post is being written; IMMEDIATE avoids
    # "database is locked" when two writers start a transaction together.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if DEBUG else 60

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "forum",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "forum:board-list"

SITE_ID = 1

# Sessions are read on every signed-in request: served from the cache, kept in the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# django-allauth: log in by username or email; the address must be confirmed
# before posting (forum.permissions checks it), but members may sign in and read.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "5/h/ip",
    "reset_password": "5/h/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "3/5m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = SITE_NAME

# Console mail while developing; SMTP (configured below) when DEBUG is off.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend"
)
MAILERS = {"default": {"BACKEND": EMAIL_BACKEND}}
if EMAIL_BACKEND.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 25),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
        "use_ssl": env_bool("EMAIL_USE_SSL", False),
        "timeout": env_int("EMAIL_TIMEOUT", 10),
    }
del EMAIL_BACKEND  # Django 6.1 refuses the old EMAIL_* settings beside MAILERS.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "forum@localhost")

# Background tasks (django.tasks): notification emails are enqueued after the transaction
# commits and sent by a thread pool in the web process, so no request waits for the mail
# server, with nothing else to run. Queued mail does not survive a restart; a deployment
# that wants that can set TASKS_BACKEND to a persistent backend with its worker (for example
# django_tasks_db.DatabaseBackend and `manage.py db_worker`). See docs/notifications.md.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND") or "django_tasks_local.ThreadPoolBackend",
        "OPTIONS": {"MAX_WORKERS": env_int("TASKS_MAX_WORKERS", 4)}
        if not os.environ.get("TASKS_BACKEND")
        else {},
    }
}
if TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
    INSTALLED_APPS.append("django_tasks_db")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Pages served to signed-out readers from the cache (forum.caching); 0 turns it off.
FORUM_ANONYMOUS_CACHE_SECONDS = env_int("FORUM_ANONYMOUS_CACHE_SECONDS", 120)

# Forum behaviour.
FORUM_TOPICS_PER_PAGE = env_int("FORUM_TOPICS_PER_PAGE", 30)
FORUM_POSTS_PER_PAGE = env_int("FORUM_POSTS_PER_PAGE", 20)
FORUM_MAX_POST_LENGTH = env_int("FORUM_MAX_POST_LENGTH", 50_000)
FORUM_EDIT_WINDOW_MINUTES = env_int("FORUM_EDIT_WINDOW_MINUTES", 60 * 24)  # 0: no limit
# Posting rate limit: at most N posts (topics and replies) per member per window.
FORUM_POST_RATE_LIMIT = env_int("FORUM_POST_RATE_LIMIT", 10)
FORUM_POST_RATE_WINDOW_SECONDS = env_int("FORUM_POST_RATE_WINDOW_SECONDS", 60)
# Reactions (helpful, thanks) and bookmarks: at most N reactions per member per window.
FORUM_REACTION_RATE_LIMIT = env_int("FORUM_REACTION_RATE_LIMIT", 60)
FORUM_REACTION_RATE_WINDOW_SECONDS = env_int("FORUM_REACTION_RATE_WINDOW_SECONDS", 60)
# Moderation: N open unsafe-advice reports from distinct members hide a post until
# a moderator reviews it; new members' first K posts wait for approval (0: off);
# members may file at most N reports per window.
FORUM_REPORT_HIDE_THRESHOLD = env_int("FORUM_REPORT_HIDE_THRESHOLD", 3)
FORUM_APPROVE_FIRST_POSTS = env_int("FORUM_APPROVE_FIRST_POSTS", 0)
FORUM_REPORT_RATE_LIMIT = env_int("FORUM_REPORT_RATE_LIMIT", 10)
FORUM_REPORT_RATE_WINDOW_SECONDS = env_int("FORUM_REPORT_RATE_WINDOW_SECONDS", 60 * 60)
# Safety screening (issue 5): screen every new or edited post and queue likely unsafe
# advice for review. Rules and dose thresholds are staff data (admin, /mod/rules/).
FORUM_SCREENING_ENABLED = env_bool("FORUM_SCREENING_ENABLED", True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
