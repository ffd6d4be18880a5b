"""Which pages truly exist in which language.

wagtail-localize (and Wagtail's own "copy for translation") can create *aliases* of a
Danish page inside the English tree: placeholders that still hold the Danish text. Such a
page must never be served, listed or linked as English. This module is the one place that
decides it, so that routing, menus, the language switcher and the sitemap cannot disagree.
"""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Prefetch, Q, prefetch_related_objects
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import StringSegment, StringTranslation

from home.per_request import remembered

LANGUAGE_NAMES = dict(settings.LANGUAGES)


# --- the site's locales: one query per request, however often they are asked for ----


def _locales_by_id():
    return remembered("locales", lambda: {locale.pk: locale for locale in Locale.objects.all()})


def locale_by_id(pk):
    return _locales_by_id()[pk]


def locale_for_language(code):
    """Like `Locale.objects.get_for_language` (DoesNotExist when there is none)."""
    wanted = get_supported_content_language_variant(code)
    for locale in _locales_by_id().values():
        if locale.language_code == wanted:
            return locale
    raise Locale.DoesNotExist(wanted)


def active_locale():
    """Like `Locale.get_active()`."""
    try:
        return locale_for_language(translation.get_language())
    except (Locale.DoesNotExist, LookupError):
        return default_locale()


def default_locale():
    """Like `Locale.get_default()`."""
    return locale_for_language(settings.LANGUAGE_CODE)


def locale_of(obj):
    """`obj.locale` (a page or snippet), without a query once the locales are known."""
    field = obj._meta.get_field("locale")
    if not field.is_cached(obj):
        field.set_cached_value(obj, locale_by_id(obj.locale_id))
    return obj.locale


def untranslated_copy_q():
    """Pages that are aliases of a page in another locale, i.e. not translated yet."""
    return Q(alias_of__isnull=False) & ~Q(alias_of__locale=F("locale"))


def is_untranslated_copy(page):
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def is_servable_in_active_language(page):
    """A page is served only in its own language, and only if it is a real translation."""
    return locale_of(page).language_code == translation.get_language() and not is_untranslated_copy(
        page
    )


def translation_for_visitor(page):
    """The live, real translation of a chosen page in the visitor's language; the page
    itself (or, for an untranslated placeholder, the page it copies) when there is none
    and it is live (a link to the Danish page beats a link to a 404); None when neither
    is live. Unlike Wagtail's `.localized`, never an untranslated alias, which would
    link to a page we refuse to serve."""
    return translations_for_visitor([page])[page.pk]


def translations_for_visitor(pages, in_active_language=None):
    """`translation_for_visitor` of each of `pages`, by the chosen page's id, in at most
    two queries however many pages there are (a footer's or a page's links). When the
    caller has read the live, real pages of the visitor's language with those pages'
    translation keys already, it passes them as `in_active_language`."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    active = active_locale()
    # A language has one page per translation key (Wagtail's unique constraint): a page
    # chosen in the visitor's language is its own translation there, so only pages of
    # other languages are looked up (none at all when editors chose in that language).
    other_keys = {page.translation_key for page in pages if page.locale_id != active.pk}
    found = {
        page.translation_key: page
        for page in pages
        if page.locale_id == active.pk and page.live and not _is_copy_needing_source(page)
    }
    if other_keys and in_active_language is not None:
        found.update(
            (translated.translation_key, translated)
            for translated in in_active_language
            if translated.translation_key in other_keys
        )
    elif other_keys:
        found.update(
            (translated.translation_key, translated)
            for translated in Page.objects.filter(translation_key__in=other_keys, locale=active)
            .live()
            .exclude(untranslated_copy_q())
        )
    _fetch_aliased_pages(page for page in pages if page.translation_key not in found)
    chosen = {}
    for page in pages:
        if page.translation_key in found:
            chosen[page.pk] = found[page.translation_key]
            continue
        # An editor who chose wagtail-localize's placeholder gets the page it stands for.
        page_or_source = page.alias_of if is_untranslated_copy(page) else page
        live = page_or_source.live and not is_untranslated_copy(page_or_source)
        chosen[page.pk] = page_or_source if live else None
    for page in chosen.values():
        if page is not None:
            locale_of(page)
    return chosen


def chosen_pages_and_targets(ids):
    """For a group of links: the chosen pages by id (what a PageChooserBlock reads) and
    the translation_for_visitor of each, by id, from one query that reads the chosen
    pages and their translations in the visitor's language together (and, only when
    one is a copy, a second for the pages they copy)."""
    wanted = {pk for pk in ids if pk is not None}
    if not wanted:
        return {}, {}
    active = active_locale()
    # Two halves of one query, as a UNION: with OR, PostgreSQL reads every page of the
    # site to answer it (about 3 ms per group of links with 10,000 pages), while each
    # half alone uses an index (the primary key; translation key and locale).
    source_locale = {"source_locale_id": F("alias_of__locale_id")}
    chosen_pages = Page.objects.filter(pk__in=wanted).annotate(**source_locale)
    translations = Page.objects.filter(
        locale=active,
        translation_key__in=Page.objects.filter(pk__in=wanted).values("translation_key"),
    ).annotate(**source_locale)
    rows = list(chosen_pages.order_by().union(translations.order_by()))
    chosen = {row.pk: row for row in rows if row.pk in wanted}
    # What the query of translations_for_visitor would find: live, and not a copy of a
    # page in another language.
    in_active_language = [
        row
        for row in rows
        if row.locale_id == active.pk
        and row.live
        and (row.alias_of_id is None or row.source_locale_id == row.locale_id)
    ]
    return chosen, translations_for_visitor(chosen.values(), in_active_language)


def _is_copy_needing_source(page):
    """An alias, which is an untranslated copy when its source is in another language:
    it is not its own translation then, and the source decides (fetched below)."""
    return page.alias_of_id is not None


def _fetch_aliased_pages(pages):
    """Fill in `alias_of` of those pages that are aliases, in one query."""
    aliases = [page for page in pages if page.alias_of_id is not None]
    sources = Page.objects.in_bulk({page.alias_of_id for page in aliases})
    for page in aliases:
        if page.alias_of_id in sources:
            page._meta.get_field("alias_of").set_cached_value(page, sources[page.alias_of_id])


def real_translations(page, inclusive=True):
    """Live, real translations of a page (the page itself included), in settings order."""
    queryset = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .exclude(untranslated_copy_q())
    )
    if not inclusive:
        queryset = queryset.exclude(pk=page.pk)
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(queryset, key=lambda p: order.index(locale_of(p).language_code))


# --- view restrictions: the site has few, so they are read once per request and every
# page's privacy is worked out from its path (a restriction covers its page and all
# pages below it, whose paths begin with its page's path).


def view_restrictions():
    return remembered(
        "view_restrictions",
        lambda: list(
            PageViewRestriction.objects.select_related("page").annotate(
                page_has_aliases=Exists(Page.objects.filter(alias_of_id=OuterRef("page_id")))
            )
        ),
    )


def _covered_paths():
    """(path, restriction) pairs: a restriction covers its page's subtree and, as in
    Wagtail's `get_view_restrictions`, the subtree of each alias of its page."""

    def compute():
        restrictions = view_restrictions()
        by_page = {}
        for restriction in restrictions:
            by_page.setdefault(restriction.page_id, []).append(restriction)
        pairs = [(restriction.page.path, restriction) for restriction in restrictions]
        aliased = [r.page_id for r in restrictions if r.page_has_aliases]
        if aliased:
            aliases = Page.objects.filter(alias_of_id__in=aliased).values_list(
                "path", "alias_of_id"
            )
            pairs += [(path, r) for path, source in aliases for r in by_page[source]]
        return pairs

    return remembered("covered_paths", compute)


def restrictions_of(page):
    """The view restrictions on the page and its ancestors (or the pages they alias)."""
    found = [r for path, r in _covered_paths() if page.path.startswith(path)]
    return list({r.pk: r for r in found}.values())


def is_public(page):
    """No view restriction on the page or its ancestors (titles of restricted pages must
    not show up in links offered to anonymous visitors)."""
    return not restrictions_of(page)


def private_q():
    """Pages under a view restriction, like Wagtail's `PageQuerySet.private_q` without
    its query: `.exclude(private_q())` is `.public()`."""
    q = Q()
    for restriction in view_restrictions():
        q |= Q(path__startswith=restriction.page.path)
    return q if q else Q(pk__in=[])


def passed_restrictions(request):
    """Ids of the restrictions this visitor passes, worked out once per request (the
    user's groups and the restrictions' groups read once for all)."""
    user = getattr(request, "user", None)

    def compute():
        restrictions = view_restrictions()
        if user is None or not user.is_authenticated:
            # Never in a group: Wagtail's check would only read the groups to say no.
            restrictions = [r for r in restrictions if r.restriction_type != r.GROUPS]
        else:
            groups = [r for r in restrictions if r.restriction_type == r.GROUPS]
            prefetch_related_objects(groups, "groups")
            if groups and not user.is_superuser:
                prefetch_related_objects([user], Prefetch("groups"))
        return {r.pk for r in restrictions if r.accept_request(request)}

    return remembered(("passed_restrictions", id(request), getattr(user, "pk", None)), compute)


def visitor_may_view(page, request, restrictions=None):
    """Whether the visitor passes every view restriction on the page and its ancestors
    (a translation may be restricted when the page itself is not). `restrictions` are
    the page's, when the caller has them already."""
    if restrictions is None:
        passed = passed_restrictions(request)
        return all(r.pk in passed for r in restrictions_of(page))
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
        code = locale_of(translated).language_code
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
    """Translation keys of those of `objects` (a queryset of a translatable model, or a
    list of them) whose
    wagtail-localize translation into `locale` still has untranslated strings, as a
    subquery (for `translation_key__in`: it costs no query of its own). A
    translated snippet has no draft: from the moment it is submitted for translation it
    holds the source's text wherever a string is not translated yet, so until it is
    complete it counts as missing. Only the segments of `objects` are looked at, not
    those of every translated page, since this runs on each page view."""
    querysets = objects if isinstance(objects, list | tuple) else [objects]
    of_objects = Q()
    for queryset in querysets:
        of_objects |= Q(source__object_id__in=queryset.values("translation_key"))
    untranslated = StringSegment.objects.filter(
        of_objects,
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
    return untranslated.values("source__object_id")


def exclude_pages_visitor_may_not_view(pages, request):
    """`pages` without those under a view restriction the visitor does not pass. Costs a
    few queries per restriction on the site (there are few), none per page, so listings
    stay flat however many pages they show."""
    hidden = Q()
    passed = passed_restrictions(request)
    for restriction in view_restrictions():
        if restriction.pk not in passed:
            hidden |= Q(path__startswith=restriction.page.path)
    return pages.exclude(hidden) if hidden else pages
