"""sitemap.xml with every live, public page in every language it really exists in, each
with hreflang alternates pointing at its translations' own URLs; robots.txt, which
points crawlers at it."""

from collections import defaultdict

from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from home.locales import untranslated_copy_q


class TranslatedPagesSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        tree = Page.objects.none()
        for root in roots:
            tree = tree | Page.objects.descendant_of(root, inclusive=True)
        pages = list(
            tree.live()
            .public()
            .exclude(untranslated_copy_q())
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )
        self._alternates = defaultdict(list)
        for page in pages:
            self._alternates[page.translation_key].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            location = item.get_full_url(self.request)
            if location is None:
                continue
            alternates = [
                {
                    "lang_code": other.locale.language_code,
                    "location": other.get_full_url(self.request),
                }
                for other in self._alternates[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": TranslatedPagesSitemap(request)})


@require_safe
def robots_txt(request):
    site = Site.find_for_request(request)
    root_url = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        # The admin and Wagtail's log-in and password forms are not content.
        "Disallow: /admin/",
        "Disallow: /_util/",
        "Disallow: /en/_util/",
        f"Sitemap: {root_url}{reverse('sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
