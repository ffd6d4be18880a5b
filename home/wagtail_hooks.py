from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import translation_publishing
from home.locales import is_public, is_servable_in_active_language, untranslated_copy_q
from home.models import Footer, Partner, Topic
from home.signups.admin_views import SignupsAdmin, SignupsPanel, register_permission_policies
from home.views import not_translated_response


@hooks.register("before_serve_page")
def refuse_pages_outside_their_language(page, request, args, kwargs):
    """An English URL never serves Danish text presented as English (and vice versa).

    Wagtail falls back to the default-language tree when a translation is missing, and
    wagtail-localize may keep untranslated aliases in the English tree; both would show
    Danish text at an English address. We answer 404 instead, with a link to the page in
    the language it does exist in.
    """
    if is_servable_in_active_language(page):
        return None
    if not is_public(page):
        # A private page is not even named: the same 404 as an address that never existed.
        raise Http404
    return not_translated_response(request, page)


# Before wagtail-localize's own hooks and URLs (order -1), which they wrap.
hooks.register("before_edit_page", translation_publishing.refuse_incomplete_publish, order=-1)
hooks.register("before_edit_snippet", translation_publishing.refuse_incomplete_publish, order=-1)
hooks.register(
    "before_bulk_action",
    translation_publishing.refuse_bulk_publish_of_incomplete_translations,
    order=-1,
)


@hooks.register("register_admin_urls", order=-1)
def wrap_wagtail_localize_views():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            translation_publishing.UpdateTranslationsPublishingCompleteOnes.as_view(),
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            translation_publishing.upload_pofile,
        ),
    ]


@hooks.register("construct_page_chooser_queryset")
def hide_untranslated_placeholders_from_choosers(pages, request):
    """wagtail-localize's placeholders carry the Danish title in the English tree, so a
    search in the page chooser would list those pages twice. When browsing, those with
    subpages stay, so that editors can still reach the translated pages below them."""
    placeholders = Page.objects.filter(untranslated_copy_q())
    if not request.GET.get("q"):
        placeholders = placeholders.filter(numchild=0)
    # By id: the search backend filters only on indexed fields, and `alias_of` is not one.
    return pages.exclude(id__in=list(placeholders.values_list("pk", flat=True)))


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 200
    add_to_admin_menu = True
    # Wagtail adds the language column only to its default columns: keep it.
    list_display = ["name", LocaleColumn(), "kind", "sort_order"]
    list_filter = ["kind"]
    search_fields = ["name"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 210
    add_to_admin_menu = True


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", LocaleColumn()]
    search_fields = ["name"]


register_snippet(PartnerViewSet)
register_snippet(FooterViewSet)
register_snippet(TopicViewSet)


register_permission_policies()


@hooks.register("register_admin_viewset")
def register_signups_admin():
    return SignupsAdmin()


@hooks.register("construct_homepage_panels")
def add_signups_panel(request, panels):
    panels.append(SignupsPanel(request))  # shows nothing to those who may not see sign-ups
