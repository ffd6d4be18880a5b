"""Settings shared by every environment. Everything that differs between machines is
read from environment variables here; dev/test/production only change defaults."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_days(name, default):
    """A whole number of days, at least one (0 would make "older than" mean everything)."""
    value = os.environ.get(name, str(default)).strip()
    if not value.isdecimal() or int(value) < 1:
        raise ImproperlyConfigured(
            f"{name} must be a whole number of days, 1 or more, not {value!r}"
        )
    return int(value)


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "films",
    "news",
    "resources",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "osib_site.middleware.CollapseRepeatedSlashesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a page kept for anonymous visitors costs no database query.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: the language comes from the URL prefix only.
    "osib_site.middleware.UrlPrefixLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out log-in into its "wait" page.
    "axes.middleware.AxesMiddleware",
    # An upload the object store did not take: a message, not an error page.
    "osib_site.middleware.StorageUnavailableMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "osib_site.urls"
WSGI_APPLICATION = "osib_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: SQLite by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL's default cost of a random read (4) is meant for spinning disks. With it the
# planner reads every search index entry rather than use the GIN index on `title || body`
# (search/migrations/0001): 30 ms instead of 3 for a search over 10,000 pages. 1.1 is the
# usual value for SSDs and for data that fits in memory. Set per connection, so that it
# needs no rights on the server; empty keeps the server's own value (for example behind
# a pooler that refuses start-up options).
RANDOM_PAGE_COST = os.environ.get("DB_RANDOM_PAGE_COST", "1.1").strip()
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and RANDOM_PAGE_COST:
    try:
        cost = float(RANDOM_PAGE_COST)
    except ValueError:
        raise ImproperlyConfigured(
            f"DB_RANDOM_PAGE_COST must be a number, not {RANDOM_PAGE_COST!r}"
        ) from None
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c random_page_cost={cost}"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# --- Cache: Redis when REDIS_URL is set, process-local memory otherwise.
def redis_cache(url):
    """A Redis cache the site survives losing: when Redis is down or slow, reads miss and
    writes are dropped after a short timeout (logged), so pages render from the database
    instead of failing. /healthz reports the cache's state."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "osib"),
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }


DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "osib_site.cache"

if os.environ.get("REDIS_URL"):
    CACHES = {"default": redis_cache(os.environ["REDIS_URL"])}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Room for the page cache of a site this size (Django's default is 300).
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# --- The page cache for anonymous visitors (home/page_cache.py). Each app process has
# its own memory cache; with several processes set REDIS_URL, so that a change renews
# the cache of all of them.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(60 * 60 * 24)))
# How long browsers and a CDN may keep a public page. A CDN that is purged on publish
# (WAGTAILFRONTENDCACHE below) can keep it for long; browsers are never purged.
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "300"))
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/documents/", "/healthz", "/_util/"]

# --- `make bench` only (home/bench/instrumentation.py): each response carries its server
# time and SQL query count, and a bare view answers as the ceiling. Not for a real site.
BENCH_MODE = env_bool("BENCH_MODE", False)
if BENCH_MODE:
    MIDDLEWARE.insert(0, "home.bench.instrumentation.ServerTimingMiddleware")
    PAGE_CACHE_EXCLUDED_PREFIXES.append("/_bench/")

# --- A CDN in front of the site, purged on publish (Wagtail's frontend cache). Either an
# HTTP purge address (Varnish, Fastly-style PURGE) or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }
# The addresses of each translation are worked out from the pages themselves
# (home/page_cache_invalidation.py): Wagtail's prefix swap breaks translated slugs.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- E-mail: console in development; SMTP configured by environment in production.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "OS I BRANCHEN <noreply@example.com>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: Danish first (unprefixed URLs), English under /en/.
LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "osib_language"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media files.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Media on S3-compatible object storage (home/storage.py). Setting the bucket switches
# images, renditions and documents to it; nothing else changes. Images are public (plain,
# stable URLs, on AWS_S3_CUSTOM_DOMAIN when set); documents are private, handed out as
# signed URLs that expire after AWS_QUERYSTRING_EXPIRE seconds, only after the site's
# permission check. Keys and region may also come from boto3's own sources (instance
# roles, ~/.aws). Public objects get the ACL AWS_PUBLIC_MEDIA_ACL; set it empty when the
# bucket refuses ACLs and a bucket policy makes `<AWS_LOCATION>/images/*` and
# `<AWS_LOCATION>/original_images/*` readable instead.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_PUBLIC_MEDIA_ACL = os.environ.get("AWS_PUBLIC_MEDIA_ACL", "public-read")
MEDIA_ON_OBJECT_STORAGE = bool(AWS_STORAGE_BUCKET_NAME)
if MEDIA_ON_OBJECT_STORAGE:
    STORAGES["default"] = {"BACKEND": "home.storage.MediaStorage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None  # "path"
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "300"))
    # Films and sound (home/storage.py): a browser keeps seeking in the URL it was sent
    # to, so theirs must outlive a viewing; four hours by default (at most 7 days).
    AWS_QUERYSTRING_EXPIRE_MEDIA = int(os.environ.get("AWS_QUERYSTRING_EXPIRE_MEDIA", "14400"))
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    AWS_DEFAULT_ACL = None
    # Reading a file (a rendition being made) spools to disk beyond 10 MB, not memory.
    AWS_S3_MAX_MEMORY_SIZE = 10 * 1024 * 1024


DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail.
WAGTAIL_SITE_NAME = "OS I BRANCHEN"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# One backend for both languages; on PostgreSQL it understands Danish and English
# inflections (search/postgres_backend.py), on SQLite it matches word beginnings.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Films and their caption tracks are documents too: they get the same upload screens,
# collections and privacy. home.document_forms checks that they are what they claim.
WAGTAILDOCS_EXTENSIONS += ["mp4", "m4v", "webm", "vtt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.document_forms.SiteDocumentForm"
# Every document goes through /documents/<id>/<name>, where its privacy is checked
# (resources/document_access.py); never a redirect to a file address anyone could share.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
if MEDIA_ON_OBJECT_STORAGE:
    # On object storage: a redirect to a signed URL that soon expires, after the same
    # checks (the server never holds a film in memory to pass it on).
    WAGTAILDOCS_SERVE_METHOD = "redirect"
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "1024")) * 1024 * 1024
WAGTAILDOCS_CONTENT_TYPES = {
    "mp4": "video/mp4",
    "m4v": "video/mp4",
    "webm": "video/webm",
    "vtt": "text/vtt",
}
# Films and captions are played in the page, not downloaded.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "video/mp4", "video/webm", "text/vtt"]

# --- Films from YouTube and Vimeo (films/oembed.py). Tests point the endpoints at a
# local server; a provider that fails is not asked again for a while.
FILMS_OEMBED_ENDPOINTS = {
    "youtube": os.environ.get("FILMS_YOUTUBE_OEMBED", "https://www.youtube.com/oembed"),
    "vimeo": os.environ.get("FILMS_VIMEO_OEMBED", "https://vimeo.com/api/oembed.json"),
}
FILMS_OEMBED_TIMEOUT = float(os.environ.get("FILMS_OEMBED_TIMEOUT", "3"))
FILMS_OEMBED_OUTAGE_PAUSE = 300  # seconds without asking a provider that did not answer
FILMS_OEMBED_REFUSED_PAUSE = 3600  # seconds before asking again about a refused video
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "webp": "webp"}
# Every upload is decoded before it is accepted, so a damaged file gets a message.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.SiteImageForm"
# 50 megapixels (a large camera photo) is far more than any page shows; bigger images
# only cost seconds and hundreds of megabytes each time a new size is made.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# ASCII slugs keep addresses portable. Wagtail's admin makes them from the title and
# transliterates æ/ø/å as ae/o/a; editors who prefer oe/aa type the slug themselves.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# wagtail-localize: translations are edited in its own editor, kept in sync with the source.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# A new translation starts as a draft: nothing appears at an English address until an
# editor has translated it and pressed "Publish" (otherwise wagtail-localize would
# publish a copy still holding the Danish text).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

LOGIN_URL = "wagtailadmin_login"
# After the visitors' log-in (Wagtail's /_util/login/) without a page to return to: the
# front page in the visitor's language (resolved per request, hence lazy).
LOGIN_REDIRECT_URL = reverse_lazy("wagtail_serve", args=("",))

# Visitors who need to sign in for a page (the partner area) get the partners' log-in.
WAGTAIL_FRONTEND_LOGIN_URL = "partner_login"
LOGOUT_REDIRECT_URL = LOGIN_REDIRECT_URL
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3  # three days to follow a password-reset link
PARTNER_INVITATION_DAYS = int(os.environ.get("PARTNER_INVITATION_DAYS", "7"))

# --- Failed log-ins (django-axes): after 5 failures for one account, or 20 from one
# client address (a school's network shares one), that account or address waits 15
# minutes. Each failure during the wait starts it again. A password reset ends the wait
# for its account.
AXES_HANDLER = "resources.throttling.AccountAndAddressHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A success clears only that account's failures (resources.throttling), not its address's.
AXES_RESET_ON_SUCCESS = False
AXES_USERNAME_CALLABLE = "resources.throttling.username_of"
AXES_LOCKOUT_CALLABLE = "resources.throttling.locked_out_response"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "resources.throttling.client_address"
# How many proxies in front of the site add themselves to X-Forwarded-For (0: none, the
# client is REMOTE_ADDR). Without it, behind a proxy every visitor would share one count.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))

# --- Sign-ups from schools and companies (home/signups/). Each is e-mailed to the form
# page's own address or, when it has none, to this one; sign-ups older than the
# retention period are deleted by `delete_old_signups` (run it daily). A client address
# may send SIGNUP_RATE_LIMIT sign-ups (django-ratelimit's "count/period"); with several
# app servers the count needs the shared cache (REDIS_URL).
SIGNUP_NOTIFICATION_EMAIL = os.environ.get("SIGNUP_NOTIFICATION_EMAIL", "osibranchen@example.org")
SIGNUP_RETENTION_DAYS = env_days("SIGNUP_RETENTION_DAYS", 365)
SIGNUP_RATE_LIMIT = os.environ.get("SIGNUP_RATE_LIMIT", "10/h")

SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

# Site-wide strings used in templates outside any page.
SITE_TAGLINE = _("Your first day at school is your first day in the industry")
