"""The search page, one per language (/soeg/, /en/search/): the visitor's own language
only, what they may open only, never cached, never indexed by search engines."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from wagtail.models import Locale

from home.listings import paginate
from home.locales import locale_for_language
from resources.start_page import partner_area_for
from search import results

PER_PAGE = 10


def search_url(language, query):
    with translation.override(language):
        url = reverse("search")
    return f"{url}?{urlencode({'q': query})}" if query else url


def language_versions(query):
    active = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": search_url(code, query),
            "full_url": None,
            "is_current": code == active,
            "is_fallback": False,
        }
        for code, name in settings.LANGUAGES
    ]


def other_languages_with_results(request, query):
    found = []
    for locale in Locale.objects.exclude(language_code=translation.get_language()):
        with translation.override(locale.language_code):
            matches = results.search(request, query, locale)
            count = matches.count() if matches is not None else 0
        if count:
            found.append(
                {
                    "code": locale.language_code,
                    "count": count,
                    "url": search_url(locale.language_code, query),
                }
            )
    return found


def search_view(request):
    language = translation.get_language()
    try:
        locale = locale_for_language(language)
    except (Locale.DoesNotExist, LookupError):
        locale = None
    query, was_cut = results.clean_query(request.GET.get("q", ""))
    context = {
        "query": query,
        "too_long": was_cut,
        "language_versions": language_versions(query),
        "search_page": True,
    }
    promoted = results.promoted(request, query, locale) if locale is not None else []
    # Promoted pages are shown once, above the others (on the first page).
    exclude = [item["page"].pk for item in promoted if item["page"] is not None]
    matches = results.search(request, query, locale, exclude) if locale is not None else None
    if matches is not None:
        page, _other_parameters = paginate(request, matches, PER_PAGE)
        area = partner_area_for(request)
        wanted = results.wanted_forms(query)  # once for all the titles and summaries
        results.prepare_summaries(page.object_list, locale)

        def in_area(found):
            return area is not None and found.path.startswith(area.path)

        for item in promoted:
            if item["page"] is not None:
                item["title"] = results.title_marked(item["page"], wanted, language)
                item["in_partner_area"] = in_area(item["page"])
        context.update(
            promoted=promoted if page.number == 1 else [],
            results=[
                {
                    "page": found,
                    "title": results.title_marked(found, wanted, language),
                    "summary": results.summary(found, wanted, language),
                    "in_partner_area": in_area(found),
                }
                for found in page.object_list
            ],
            page_obj=page,
            # The links to other pages carry the query as it was searched, not as typed.
            other_parameters=urlencode({"q": query}),
            total=page.paginator.count + len(promoted),
        )
        if context["total"]:
            results.record_hit(query)
        else:
            context["elsewhere"] = other_languages_with_results(request, query)
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)  # what a visitor finds depends on who they are
    return response
