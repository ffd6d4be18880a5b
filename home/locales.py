"""Which pages truly exist in which language.

wagtail-localize (and Wagtail's own "copy for translation") can create *aliases* of a
Danish page inside the English tree: placeholders that still hold the Danish text. Such a
page must never be served, listed or linked as English. This module is the one place that
decides it, so that routing, menus, the language switcher and the sitemap cannot disagree.
"""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail_localize.models import StringSegment, StringTranslation

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def untranslated_copy_q():
    """Pages that are aliases of a page in another locale, i.e. not translated yet."""
    return Q(alias_of__isnull=False) & ~Q(alias_of__locale=F("locale"))


def is_untranslated_copy(page):
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def is_servable_in_active_language(page):
    """A page is served only in its own language, and only if it is a real translation."""
    return page.locale.language_code == translation.get_language() and not is_untranslated_copy(
        page
    )


def translation_for_visitor(page):
    """The live, real translation of a chosen page in the visitor's language; the page
    itself (or, for an untranslated placeholder, the page it copies) when there is none
    and it is live (a link to the Danish page beats a link to a 404); None when neither
    is live.

    One query, unlike Wagtail's `.localized`, which would also pick an untranslated
    alias and so link to a page we refuse to serve."""
    found = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=translation.get_language(),
        )
        .live()
        .exclude(untranslated_copy_q())
        .first()
    )
    if found is not None:
        return found
    if is_untranslated_copy(page):
        # An editor chose wagtail-localize's placeholder: link to the page it stands for.
        page = page.alias_of
    return page if page.live and not is_untranslated_copy(page) else None


def real_translations(page, inclusive=True):
    """Live, real translations of a page (the page itself included), in settings order."""
    queryset = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .exclude(untranslated_copy_q())
        .select_related("locale")
    )
    if not inclusive:
        queryset = queryset.exclude(pk=page.pk)
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(queryset, key=lambda p: order.index(p.locale.language_code))


def is_public(page):
    """No view restriction on the page or its ancestors (titles of restricted pages must
    not show up in links offered to anonymous visitors)."""
    return not page.get_view_restrictions().exists()


def visitor_may_view(page, request, restrictions=None):
    """Whether the visitor passes every view restriction on the page and its ancestors
    (a translation may be restricted when the page itself is not). `restrictions` are
    the page's, when the caller has them already."""
    if restrictions is None:
        restrictions = page.get_view_restrictions()
    return all(restriction.accept_request(request) for restriction in restrictions)


def home_in_language(request, language_code):
    """The live, real home page in a language, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return (
        Page.objects.filter(
            translation_key=site.root_page.translation_key,
            locale__language_code=language_code,
        )
        .live()
        .exclude(untranslated_copy_q())
        .first()
    )


def language_versions(page, request):
    """One entry per site language for the switcher and hreflang, built from each
    translation's own URL (slugs differ between languages). A language the page is not
    translated into offers that language's front page instead, marked `is_fallback`
    (the switcher shows it; hreflang leaves it out). Translations the visitor may not
    open are treated as missing."""
    found = {}
    for translated in real_translations(page):
        url = translated.get_url(request)
        if url is None:
            continue
        if translated.pk != page.pk and not visitor_may_view(translated, request):
            continue  # not even its address for those who may not open it
        code = translated.locale.language_code
        found[code] = {
            "code": code,
            "name": LANGUAGE_NAMES.get(code, code),
            "url": url,
            "full_url": translated.get_full_url(request),
            "is_current": translated.pk == page.pk,
            "is_fallback": False,
        }
    for code, name in settings.LANGUAGES:
        if code in found:
            continue
        home = home_in_language(request, code)
        if home is not None and home.pk != page.pk:
            found[code] = {
                "code": code,
                "name": name,
                "url": home.get_url(request),
                "full_url": None,
                "is_current": False,
                "is_fallback": True,
            }
    return [found[code] for code, _name in settings.LANGUAGES if code in found]


def incomplete_translation_keys(objects, locale):
    """Translation keys of those of `objects` (a queryset of a translatable model) whose
    wagtail-localize translation into `locale` still has untranslated strings. A
    translated snippet has no draft: from the moment it is submitted for translation it
    holds the source's text wherever a string is not translated yet, so until it is
    complete it counts as missing. Only the segments of `objects` are looked at, not
    those of every translated page, since this runs on each page view."""
    untranslated = StringSegment.objects.filter(
        source__object_id__in=objects.values("translation_key"),
        source__translations__target_locale=locale,
        source__translations__enabled=True,
    ).exclude(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale=locale,
                has_error=False,
            )
        )
    )
    return set(untranslated.values_list("source__object_id", flat=True))


def exclude_pages_visitor_may_not_view(pages, request):
    """`pages` without those under a view restriction the visitor does not pass. Costs a
    few queries per restriction on the site (there are few), none per page, so listings
    stay flat however many pages they show."""
    hidden = Q()
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        if not restriction.accept_request(request):
            hidden |= Q(path__startswith=restriction.page.path)
    return pages.exclude(hidden) if hidden else pages
