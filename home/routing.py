"""Finding the page an address names, in fewer queries than Wagtail's own routing.

Wagtail walks the tree one level at a time: the site, the active locale, the home page
in that language, then for each part of the address the child with that slug and that
child as its specific type (two queries per level). Here the home page in the visitor's
language comes from the locales read once per request (home.locales), the pages along
the whole address are read in one query, and only the page served is read as its
specific type. Wherever a page on the way answers addresses below it itself (a
RoutablePageMixin route that matches, or a page type with a `route` of its own), or the
tree is not as expected (two children with one slug), Wagtail's own routing takes over
from that page, so the answer is always the one Wagtail would give.

The result is stored where Wagtail keeps it for the request, so `wagtail.views.serve`
(and anything else that asks for the request's page) uses it as its own.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from home.locales import active_locale
from home.per_request import recall, remember, remembered


def route_for_request(request, path):
    """Like Wagtail's `Page.route_for_request`: a RouteResult, or None for a 404."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = _route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def live_home_translation(site):
    """The site's home page in the visitor's language when it is live, else None
    (remembered for the request: routing and the header both ask)."""
    root = site.root_page
    try:
        locale = active_locale()
    except Locale.DoesNotExist:
        return None
    if locale.pk == root.locale_id:
        return root if root.live else None
    return remembered(
        ("live_home_translation", site.pk, locale.pk),
        lambda: (
            Page.objects.filter(translation_key=root.translation_key, locale=locale).live().first()
        ),
    )


def specific_for_view(page):
    """`page.specific`, with what its type shows on every view (`page_view_related`,
    such as its images) read in the same query."""
    model = page.specific_class
    related = getattr(model, "page_view_related", ())
    if model is None or isinstance(page, model) or not related or "specific" in page.__dict__:
        return page.specific
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    # What Wagtail's get_specific copies: values set on the generic page so far.
    for name, value in page.__dict__.items():
        specific.__dict__.setdefault(name, value)
    page.__dict__["specific"] = specific
    return specific


def ancestors_from_route(page):
    """The pages routing passed on its way to `page` (generic pages, the home page
    first), when this request routed to it; else None."""
    return recall(("route_ancestors", page.pk))


def _route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    # Wagtail's `site.root_page.localized`: the live translation, else the root itself.
    page = live_home_translation(site) or site.root_page
    components = [component for component in path.split("/") if component]
    below = _pages_below(page, components)
    passed = []
    for index, slug in enumerate(components):
        remaining = components[index:]
        if _answers_below_itself(page, remaining):
            return specific_for_view(page).route(request, remaining)
        children = [
            candidate
            for candidate in below
            if candidate.depth == page.depth + 1
            and candidate.slug == slug
            and candidate.path.startswith(page.path)
        ]
        if len(children) != 1:
            if not children:
                raise Http404
            # Wagtail's own lookup says what to do about two pages with one address.
            return specific_for_view(page).route(request, remaining)
        passed.append(page)
        children[0]._cached_parent_obj = page  # as Wagtail's routing does
        page = children[0]
    remember(("route_ancestors", page.pk), passed)
    return specific_for_view(page).route(request, [])


def _pages_below(root, components):
    """Every page that could lie on the address below `root`, in one query."""
    if not components:
        return []
    return list(
        Page.objects.filter(
            path__startswith=root.path,
            depth__gt=root.depth,
            depth__lte=root.depth + len(components),
            slug__in=set(components),
        )
    )


def _answers_below_itself(page, remaining):
    """Whether the page's own type decides what the rest of the address means, as
    Wagtail would ask it to: a routable page whose routes match it, or a page type with
    a `route` of its own."""
    model = page.specific_class
    if model is None:
        return True
    if model.route is Page.route:
        return False
    if model.route is RoutablePageMixin.route:
        if not page.live:
            return False  # Wagtail's routable pages route only when live
        try:
            model.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Http404:
            return False
        return True
    return True
