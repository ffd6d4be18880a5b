"""sitemap.xml with every live, public page in every language it really exists in, each
with hreflang alternates pointing at its translations' own URLs."""

from collections import defaultdict

from django.contrib.sitemaps.views import sitemap
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

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
