"""The film library. A film is a page: it then has its own address in each language,
is translated with wagtail-localize like every other page, appears in the sitemap and
search, and becomes partner-only simply by living under a restricted page."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from films.blocks import CaptionTracksBlock
from films.duration_field import ClockDurationField
from films.oembed import validate_video_url
from films.video_sources import parse_video_url
from home.file_types import VIDEO_EXTENSIONS, extension_of
from home.listings import attach_topics
from home.locales import locale_of
from home.models import PageTopic
from home.models.pages import SitePage, SitePageForm
from home.search_topics import TopicNamesForSearch

# Who a film is for: (query value, model field, label). Fixed, so booleans filter
# cheaply on every database and need no translation of their own.
AUDIENCES = [
    ("students", "for_students", _("Students")),
    ("schools", "for_schools", _("Schools")),
    ("companies", "for_companies", _("Companies")),
    ("facilitators", "for_facilitators", _("Teachers and facilitators")),
]
MAX_DURATION = timedelta(hours=10)


class FilmPageForm(SitePageForm):
    duration = ClockDurationField(
        label=_("Duration"), help_text=_("Minutes and seconds, for example 3:25 (or 1:02:05).")
    )

    def clean(self):
        cleaned_data = super().clean()
        url = (cleaned_data.get("video_url") or "").strip()
        document = cleaned_data.get("video_file")
        if url and document:
            self.add_error(
                "video_file",
                _("Choose either a YouTube/Vimeo address or a video file, not both."),
            )
        elif not url and not document and "video_url" not in self.errors:
            # (An address the form refused has its own message already.)
            self.add_error(
                "video_url", _("Enter a YouTube or Vimeo address, or choose a video file.")
            )
        return cleaned_data


class FilmIndexPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    # Tutorial films and partner news live in the partner area.
    parent_page_types = ["home.HomePage", "home.ContentPage", "resources.PartnerAreaPage"]
    subpage_types = ["films.FilmPage"]
    films_per_page = 12

    search_fields = SitePage.search_fields + [index.SearchField("intro")]
    content_panels = SitePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("film library")
        verbose_name_plural = _("film libraries")

    def get_context(self, request, *args, **kwargs):
        from films.library import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request))
        return context


class FilmPageTopic(PageTopic):
    page = ParentalKey("films.FilmPage", on_delete=models.CASCADE, related_name="topic_links")


class FilmPage(TopicNamesForSearch, SitePage):
    description = models.TextField(
        _("short description"),
        max_length=400,
        help_text=_("One or two sentences, shown in the library and under the film."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown before the film plays (and served by this site, so nothing is loaded "
            "from YouTube or Vimeo until the visitor presses play). 16:9 works best."
        ),
    )
    duration = models.DurationField(
        _("duration"), help_text=_("Minutes and seconds, for example 3:25 (or 1:02:05).")
    )
    for_students = models.BooleanField(_("students"), default=False)
    for_schools = models.BooleanField(_("schools"), default=False)
    for_companies = models.BooleanField(_("companies"), default=False)
    for_facilitators = models.BooleanField(_("teachers and facilitators"), default=False)

    video_url = models.URLField(
        _("YouTube or Vimeo address"),
        max_length=500,
        blank=True,
        help_text=_("For example https://www.youtube.com/watch?v=… or https://vimeo.com/…"),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP4 or WebM file uploaded to the site, instead of an address."),
    )
    captions = StreamField(
        CaptionTracksBlock(),
        verbose_name=_("captions"),
        blank=True,
        help_text=_(
            "For a video file: one WebVTT file per language. Visitors get the track in "
            "the page's language first."
        ),
    )
    transcript = RichTextField(
        _("transcript"),
        blank=True,
        features=["bold", "italic", "h3", "ol", "ul", "link"],
        help_text=_("Everything said and shown in the film, for those who cannot watch it."),
    )

    base_form_class = FilmPageForm
    parent_page_types = ["films.FilmIndexPage"]
    subpage_types = []
    page_view_related = ("poster", "video_file")

    # The English version may show another video (one with English subtitles) and its
    # own poster; wagtail-localize offers these for "override" in its editor.
    override_translatable_fields = [
        SynchronizedField("video_url", overridable=True),
        SynchronizedField("video_file", overridable=True),
        SynchronizedField("poster", overridable=True),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("transcript"),
        # Its topics' names in the page's own language (home.search_topics).
        index.SearchField("topic_names"),
    ]

    content_panels = SitePage.content_panels + [
        FieldPanel("description"),
        FieldPanel("poster"),
        FieldPanel("duration"),
        MultiFieldPanel(
            [
                FieldPanel("video_url"),
                FieldPanel("video_file"),
                FieldPanel("captions"),
            ],
            heading=_("The film"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel(field) for _value, field, _label in AUDIENCES]),
            ],
            heading=_("Who is it for?"),
        ),
        InlinePanel("topic_links", label=_("Topic"), heading=_("Topics")),
        FieldPanel("transcript"),
    ]

    class Meta:
        verbose_name = _("film")
        verbose_name_plural = _("films")

    def clean(self):
        super().clean()
        errors = {}
        if self.duration is not None and not timedelta(0) < self.duration <= MAX_DURATION:
            errors["duration"] = _("Enter a duration between 0:01 and 10:00:00.")
        if self.video_url and not self.video_url_is_known():
            # A new address (in the editor, or in a translation that points at another
            # video) is checked with the provider; a known one is not, so a film can
            # still be edited, copied and translated while the provider is down.
            try:
                validate_video_url(self.video_url)
            except ValidationError as error:
                errors["video_url"] = error
        if self.video_file and extension_of(self.video_file.filename) not in VIDEO_EXTENSIONS:
            errors["video_file"] = _(
                "“%(name)s” is not a video file. Choose an MP4 or WebM file."
            ) % {"name": self.video_file.filename}
        if errors:
            raise ValidationError(errors)

    def video_url_is_known(self):
        """The address is this film's saved one, or another film's (a copy, a
        translation that keeps the video): only new addresses are checked."""
        return FilmPage.objects.filter(video_url=self.video_url).exists()

    @property
    def external_video(self):
        return parse_video_url(self.video_url) if self.video_url else None

    @property
    def audiences(self):
        return [label for _value, field, label in AUDIENCES if getattr(self, field)]

    def get_context(self, request, *args, **kwargs):
        from films.player import player_context

        context = super().get_context(request, *args, **kwargs)
        context["player"] = player_context(self, request)
        attach_topics([self], locale_of(self))
        return context
