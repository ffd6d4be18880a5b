"""Prepare a new installation after `migrate`: both languages, the editors' group, a home
page (only if there is none) and the site's public address. Idempotent; creates no demo
content and no accounts."""

import os

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from home.models import HomePage
from home.site_setup import ensure_editors_group, ensure_locales, point_default_site


class Command(BaseCommand):
    help = "Set up locales, the editors' group, a home page and the site address (SITE_URL)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            default=os.environ.get("SITE_URL"),
            help="Public address, e.g. https://osibranchen.dk (default: $SITE_URL)",
        )

    @transaction.atomic
    def handle(self, *args, site_url=None, **options):
        danish, _english = ensure_locales()
        ensure_editors_group()
        home = HomePage.objects.filter(locale=danish, depth=2).first()
        if home is None:
            from wagtail.models import Page

            home = HomePage(
                title="OS I BRANCHEN",
                slug="hjem",
                locale=danish,
                hero_heading="Første skoledag er første dag i branchen",
            )
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            self.stdout.write(
                "Created an empty Danish home page; edit and translate it in the admin."
            )
        try:
            point_default_site(home, site_url)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        if not site_url:
            site = Site.objects.get(is_default_site=True)
            self.stderr.write(
                self.style.WARNING(
                    f"No SITE_URL given: the site's address stays {site.root_url}. Canonical "
                    "links, hreflang and the sitemap are built from it; set SITE_URL "
                    "(e.g. https://osibranchen.dk) and run this again."
                )
            )
        self.stdout.write(self.style.SUCCESS("The site is set up."))
