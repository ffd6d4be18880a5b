"""News about the initiative: a news index per language with its posts, topic pages,
an RSS feed, and the latest posts on the home page."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.locales import locale_of
from home.models import PageTopic
from home.models.pages import SitePage
from home.search_topics import TopicNamesForSearch


def today():
    return timezone.localdate()


# Addresses below a news index that its routes use: a post there could never be opened.
RESERVED_POST_SLUGS = {"feed", "emne", "topic"}
EARLIEST_DATE, LATEST_DATE = date(1990, 1, 1), date(2100, 12, 31)


class NewsIndexPage(RoutablePageMixin, SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    # Tutorial films and partner news live in the partner area.
    parent_page_types = ["home.HomePage", "home.ContentPage", "resources.PartnerAreaPage"]
    subpage_types = ["news.NewsPage"]
    posts_per_page = 10

    search_fields = SitePage.search_fields + [index.SearchField("intro")]
    content_panels = SitePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    @path("")
    def all_posts(self, request):
        return self.render_listing(request, topic=None)

    @path("emne/<str:slug>/", name="topic_da")
    def posts_about_in_danish(self, request, slug):
        return self.posts_about(request, slug, "da")

    @path("topic/<str:slug>/", name="topic_en")
    def posts_about_in_english(self, request, slug):
        return self.posts_about(request, slug, "en")

    def posts_about(self, request, slug, route_language):
        from news.listing import topic_by_slug

        # Each language has its own word in the address: /en/news/emne/... is not a page.
        if locale_of(self).language_code != route_language:
            raise Http404
        topic = topic_by_slug(slug, locale_of(self))
        if topic is None:
            raise Http404
        return self.render_listing(request, topic=topic)

    @path("feed/", name="feed")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)

    def render_listing(self, request, topic):
        from news.listing import listing_context, topic_page_versions

        context = self.get_context(request)
        context.update(listing_context(self, request, topic))
        if topic is not None:
            # A topic page is a page of its own: its canonical address, and its
            # language versions (the same topic in the other language's news).
            context["canonical_url"] = self.get_full_url(request) + self.topic_subpath(topic)
            context["language_versions"] = topic_page_versions(
                self, topic, context["language_versions"]
            )
        # (RoutablePageMixin.render would build the whole context a second time.)
        return TemplateResponse(request, self.get_template(request), context)

    def topic_subpath(self, topic):
        name = "topic_en" if locale_of(self).language_code == "en" else "topic_da"
        return self.reverse_subpage(name, kwargs={"slug": topic.slug})

    @property
    def feed_subpath(self):
        return self.reverse_subpage("feed")

    def get_cached_paths(self):
        """What a CDN is told to forget when a post below changes (Wagtail's frontend
        cache): the listing, its feed and the page of each topic (in this language's
        address). Listing pages beyond the first (?page=2) cannot all be named; they
        expire after PAGE_CACHE_CDN_SECONDS."""
        from home.models import Topic

        paths = ["/", "/" + self.feed_subpath]
        topics = Topic.objects.filter(locale_id=self.locale_id).only("slug")
        paths += ["/" + self.topic_subpath(topic) for topic in topics]
        return paths


class NewsPageTopic(PageTopic):
    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="topic_links")


class NewsPage(TopicNamesForSearch, SitePage):
    date = models.DateField(
        _("publication date"),
        default=today,
        db_index=True,
        help_text=_(
            "Shown on the post; the news is listed newest first by this date. For a post "
            "that is scheduled to go live later, set it to the go-live day."
        ),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("One or two sentences, shown in listings, the feed and on the home page."),
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("content"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_role = models.CharField(
        _("contact's role"),
        max_length=160,
        blank=True,
        help_text=_("For example 'Project manager, ROCKWOOL Foundation'"),
    )
    contact_email = models.EmailField(_("contact's e-mail"), blank=True)

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_view_related = ("main_image",)

    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        # Its topics' names in the page's own language (home.search_topics).
        index.SearchField("topic_names"),
    ]

    content_panels = SitePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("main_image"),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topic"), heading=_("Topics")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact (optional)"),
        ),
    ]

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        ordering = ["-date", "-pk"]

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_POST_SLUGS:
            errors["slug"] = _(
                "The address “%(slug)s” is used by the news index itself. Choose another slug."
            ) % {"slug": self.slug}
        if self.date and not EARLIEST_DATE <= self.date <= LATEST_DATE:
            errors["date"] = _("Enter a date between 1990 and 2100.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from home.listings import attach_topics
        from news.listing import news_index_of, related_posts

        context = super().get_context(request, *args, **kwargs)
        attach_topics([self], locale_of(self))
        context["related_posts"] = related_posts(self, request)
        context["news_index"] = news_index_of(self)
        return context
