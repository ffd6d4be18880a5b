from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from films.blocks import FilmBlock
from home.blocks import AimBlock, BodyBlock, CallToActionBlock, LinkBlock
from home.locales import (
    language_versions,
    locale_of,
    private_q,
    restrictions_of,
    untranslated_copy_q,
)
from home.models.topics import duplicate_topic_error
from home.per_request import remembering

# Addresses the site itself uses at the top level: a page there would be unreachable or
# would hide the admin, media or the English site (/en/).
RESERVED_TOP_LEVEL_SLUGS = {
    "admin",
    "documents",
    "static",
    "media",
    "healthz",
    "sitemap",
    "robots",
    "_util",
    "account",  # the partners' log-in and password pages (resources/urls.py)
    "konto",
    "search",  # the search page (search/urls.py)
    "soeg",
} | {code for code, _name in settings.LANGUAGES}


def check_slug(slug, parent):
    """Refuse addresses the site itself uses at the top level, and slugs with nothing
    readable in them (typing only letters the slug cannot hold, such as 日本, leaves
    just a hyphen: the page would live at /-/)."""
    if slug and not any(character.isalnum() for character in slug):
        raise ValidationError(
            {
                "slug": _(
                    "The address “%(slug)s” has no letters or digits. Use a-z and 0-9, "
                    "for example “en-god-start”."
                )
                % {"slug": slug}
            }
        )
    if parent is not None and parent.depth == 2 and slug in RESERVED_TOP_LEVEL_SLUGS:
        raise ValidationError(
            {
                "slug": _("The address “%(slug)s” is used by the site itself. Choose another slug.")
                % {"slug": slug}
            }
        )


class SitePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        try:
            check_slug(cleaned_data.get("slug"), self.parent_page)
        except ValidationError as error:
            self.add_error(None, error)
        if message := duplicate_topic_error(self):  # pages with topics (films, news)
            self.add_error(None, message)
        return cleaned_data


class SitePage(Page):
    """Behaviour every public page type shares: language versions for the switcher,
    hreflang and the canonical link."""

    base_form_class = SitePageForm
    # Relations every view of the page shows (its images...), read with the page itself
    # when home.routing reads it for a view.
    page_view_related = ()

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # Pages made in code (and translations) are checked here; SitePageForm checks
        # new pages in the admin, which have no place in the tree yet.
        if self.path:
            check_slug(self.slug, self.get_parent())

    def get_view_restrictions(self):
        """Wagtail asks on every view of the page: while a request is answered, from
        the site's restrictions it has read already (the same ones; the query set
        still runs its own query when filtered or ordered, as the admin does)."""
        if not remembering():
            return super().get_view_restrictions()
        found = restrictions_of(self)
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
        restrictions._result_cache = found
        restrictions._prefetch_done = True
        return restrictions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale_of(self)  # templates read the page's language again and again
        context["language_versions"] = language_versions(self, request)
        return context


class HomePage(SitePage):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_film = StreamField(
        [("film", FilmBlock())],
        verbose_name=_("hero film"),
        blank=True,
        max_num=1,
        help_text=_("Shown instead of the hero image, with its poster and a play button."),
    )
    hero_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("hero buttons"),
        blank=True,
        max_num=2,
    )

    aims_heading = models.CharField(_("aims heading"), max_length=120, blank=True)
    aims_intro = models.TextField(_("aims introduction"), blank=True)
    aims = StreamField([("aim", AimBlock())], verbose_name=_("aims"), blank=True, max_num=6)

    join_heading = models.CharField(_("join heading"), max_length=120, blank=True)
    join_actions = StreamField(
        [("call_to_action", CallToActionBlock())],
        verbose_name=_("calls to action"),
        blank=True,
        max_num=3,
        help_text=_("One for schools and one for companies works best."),
    )

    partners_heading = models.CharField(_("partners heading"), max_length=120, blank=True)
    news_heading = models.CharField(
        _("news heading"),
        max_length=120,
        blank=True,
        help_text=_("Shown above the latest news, when there is news."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("more content"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    page_view_related = ("hero_image",)

    search_fields = Page.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("aims"),
        index.SearchField("body"),
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_film"),
                FieldPanel("hero_links"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("aims_heading"), FieldPanel("aims_intro"), FieldPanel("aims")],
            heading=_("Aims"),
        ),
        MultiFieldPanel(
            [FieldPanel("join_heading"), FieldPanel("join_actions")],
            heading=_("Join us"),
        ),
        FieldPanel("partners_heading"),
        FieldPanel("news_heading"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("top image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("content"), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    page_view_related = ("hero_image",)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = (
            self.get_children()
            .live()
            .exclude(private_q())
            .filter(locale_id=self.locale_id)
            .exclude(untranslated_copy_q())
            .defer_streamfields()
        )
        return context
