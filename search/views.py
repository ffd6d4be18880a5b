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
            name = dict(settings.LANGUAGES).get(locale.language_code, locale.language_code)
            found.append(
                {
                    "code": locale.language_code,
                    "name": name,
                    "count": count,
                    "url": search_url(locale.language_code, query),
                }
            )
    return found


def search_view(request):
    language = translation.get_language()
    locale = Locale.objects.filter(language_code=language).first()
    query = results.clean_query(request.GET.get("q", ""))
    context = {
        "query": query,
        "too_long": len(request.GET.get("q", "")) > len(query) + 1,
        "language_versions": language_versions(query),
        "search_page": True,
    }
    promoted = results.promoted(request, query, locale) if locale is not None else []
    # Promoted pages are shown once, above the others.
    exclude = [page.pk for page, _description in promoted]
    matches = results.search(request, query, locale, exclude) if locale is not None else None
    if matches is not None:
        page, other_parameters = paginate(request, matches, PER_PAGE)
        area = partner_area_for(request)
        area_paths = [area.path] if area is not None else []
        context.update(
            promoted=[
                {"page": p, "description": d, "title": results.title_marked(p, query, language)}
                for p, d in promoted
            ]
            if page.number == 1
            else [],
            results=[
                {
                    "page": result,
                    "title": results.title_marked(result, query, language),
                    "summary": results.summary(result, query, language),
                    "in_partner_area": any(result.path.startswith(p) for p in area_paths),
                }
                for result in page.object_list
            ],
            page_obj=page,
            other_parameters=other_parameters,
            total=page.paginator.count + (len(promoted) if page.number == 1 else 0),
        )
        if context["total"]:
            results.record_hit(query)
        else:
            context["elsewhere"] = other_languages_with_results(request, query)
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)  # what a visitor finds depends on who they are
    return response
