"""What every installation needs besides migrations: both locales, the editors' group
and the site's public address. Used by `setup_site` (production) and by the demo."""

import ipaddress
import re
from urllib.parse import urlsplit

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
)

EDITORS_GROUP = "Site editors"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", ("add_image", "change_image", "choose_image")),
    ("wagtaildocs", ("add_document", "change_document", "choose_document")),
)
MODEL_PERMISSIONS = (
    "access_admin",
    "submit_translation",
    "add_partner",
    "change_partner",
    "delete_partner",
    "add_footer",
    "change_footer",
    "add_topic",
    "change_topic",
    "delete_topic",
    # The partner area: schools, their staff (and invitations), standard e-mails.
    "add_partnerschool",
    "change_partnerschool",
    "add_schoolmember",
    "change_schoolmember",
    "add_standardemail",
    "change_standardemail",
    "delete_standardemail",
    # Sign-ups from schools and companies: read, export, delete (they are made on the site).
    "view_schoolsignup",
    "delete_schoolsignup",
    "view_companysignup",
    "delete_companysignup",
    # Promoted search results (per query; a promotion names a page in one language).
    "add_searchpromotion",
    "change_searchpromotion",
    "delete_searchpromotion",
)


def ensure_locales():
    """Danish (default) and English; returns them in that order."""
    return (
        Locale.objects.get_or_create(language_code="da")[0],
        Locale.objects.get_or_create(language_code="en")[0],
    )


def ensure_editors_group():
    """The foundation's editors: publish and translate pages, manage media and snippets."""
    group, created = Group.objects.get_or_create(name=EDITORS_GROUP)
    # Idempotent all the way, so that permissions added in a later version (topics)
    # reach an existing group too.
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=[
                "wagtailadmin",
                "wagtail_localize",
                "home",
                "resources",
                "wagtailsearchpromotions",
            ],
            codename__in=MODEL_PERMISSIONS,
        )
    )
    root_page = Page.get_first_root_node()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root_page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in COLLECTION_PERMISSIONS:
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )
    return group, created


# Dot-separated labels of letters, digits and hyphens (also single-label names such as
# `localhost` or a machine on the local network).
HOSTNAME = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.?")


def is_ip_address(host):
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def parse_site_url(site_url):
    """'https://osibranchen.dk' -> ('osibranchen.dk', 443), with a clear error otherwise.
    Wagtail serves a site at the root of a host, so a path, query or login is refused
    rather than silently dropped."""
    problem = ImproperlyConfigured(
        "SITE_URL must be the site's address without a path, like https://example.org "
        f"or http://127.0.0.1:8000, not {site_url!r}"
    )
    parts = urlsplit(site_url)
    try:
        port = parts.port
    except ValueError:
        raise problem from None
    host = parts.hostname or ""
    if (
        parts.scheme not in {"http", "https"}
        or not (HOSTNAME.fullmatch(host) or is_ip_address(host))
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise problem
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def point_default_site(root_page, site_url=None):
    """Make the default Site serve `root_page` at `site_url` (if given). The Site's
    address is what canonical links, hreflang and the sitemap are built from.
    Returns True when something changed."""
    site = Site.objects.filter(is_default_site=True).first()
    hostname, port = parse_site_url(site_url) if site_url else ("localhost", 80)
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=root_page,
            is_default_site=True,
            site_name="OS I BRANCHEN",
        )
        return True
    wanted = {"root_page_id": root_page.pk, "site_name": "OS I BRANCHEN"}
    if site_url:
        wanted.update(hostname=hostname, port=port)
    if all(getattr(site, name) == value for name, value in wanted.items()):
        return False
    old_root = site.root_page
    for name, value in wanted.items():
        setattr(site, name, value)
    site.save()
    # Wagtail's placeholder "Welcome to your new Wagtail site!" page has no use now.
    if old_root.pk != root_page.pk and old_root.specific_class is Page and old_root.slug == "home":
        old_root.delete()
    return True
