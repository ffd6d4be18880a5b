"""What the partner area's start page shows the person who signed in."""

from django.utils import translation
from wagtail.models import Locale, Page

from home.locales import untranslated_copy_q, visitor_may_view
from news.models import NewsPage
from resources.membership import membership_of
from resources.models import OnboardingGuidePage, PartnerAreaPage
from resources.onboarding import progress_of

NEWEST_MATERIAL = 6
PARTNER_NEWS = 3
# Pages that list material rather than being material themselves.
SECTION_INDEXES = ["activityindexpage", "standardemailspage", "filmindexpage", "newsindexpage"]


def in_language(pages, locale):
    return pages.live().filter(locale=locale).exclude(untranslated_copy_q())


def children_in_language(page, model):
    return in_language(model.objects.child_of(page), page.locale).order_by("path")


def area_in_active_language():
    """The partner area's start page for the visitor's language (the Danish one when it
    is not translated), or None."""
    areas = PartnerAreaPage.objects.live().exclude(untranslated_copy_q()).select_related("locale")
    active = translation.get_language()
    by_language = {area.locale.language_code: area for area in areas}
    return by_language.get(active) or by_language.get(Locale.get_default().language_code)


def partner_area_for(request):
    """The partner area's start page in the visitor's language when they may open it."""
    if not request.user.is_authenticated:
        return None
    area = area_in_active_language()
    return area if area is not None and visitor_may_view(area, request) else None


def start_page_context(area, request):
    member = membership_of(request.user)
    # Cards and lists show a title, an address and a date: the pages' own types (for
    # their addresses) without reading each type's table (`defer=True`).
    sections = (
        in_language(area.get_children(), area.locale)
        .exclude(content_type__model="onboardingguidepage")
        .specific(defer=True)
    )
    guides = list(children_in_language(area, OnboardingGuidePage))
    my_guide = next((g for g in guides if member and g.role == member.role), None)
    material = (
        in_language(Page.objects.descendant_of(area), area.locale)
        .exclude(content_type__model__in=SECTION_INDEXES)
        .order_by("-last_published_at")[:NEWEST_MATERIAL]
    )
    news = in_language(NewsPage.objects.descendant_of(area), area.locale).order_by("-date", "-pk")[
        :PARTNER_NEWS
    ]
    return {
        "member": member,
        "sections": sections,
        "guides": guides,
        "my_guide": my_guide,
        "my_progress": progress_of(request.user, my_guide) if my_guide else None,
        "newest_material": material.specific(defer=True),
        "partner_news": news,
    }
