"""The partner area: a section of pages that only staff of partner schools (and the
foundation's editors) may open. Its privacy is a Wagtail view restriction on the start
page, which covers everything below it; resources/restriction_sync.py keeps each
translation's restriction the same as its source's."""

from django.db import models
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from films.blocks import FilmBlock
from home.blocks import RICH_TEXT_FEATURES
from home.models.pages import SitePage
from resources.blocks import ChapterBlock, HandoutBlock, StepBlock
from resources.models.schools import SchoolMember


class PartnerAreaPage(SitePage):
    """The partner area's start page, made for the person who signed in."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "resources.OnboardingGuidePage",
        "resources.ActivityIndexPage",
        "resources.PlaybookPage",
        "resources.StandardEmailsPage",
        "films.FilmIndexPage",
        "news.NewsIndexPage",
    ]
    max_count_per_parent = 1
    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        # The e-mails are snippets shown on this page: a search for one finds the page
        # (resources.signals reindexes it when an e-mail changes).
        index.SearchField("standard_email_text"),
    ]
    search_fields = SitePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("partner area start page")
        verbose_name_plural = _("partner area start pages")

    def get_context(self, request, *args, **kwargs):
        from resources.start_page import start_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(start_page_context(self, request))
        return context


class OnboardingGuidePage(SitePage):
    """What one role does before the first school day, as steps to tick off."""

    role = models.CharField(_("for"), max_length=20, choices=SchoolMember.Role.choices)
    intro = models.TextField(_("introduction"), blank=True)
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), min_num=1)

    parent_page_types = ["resources.PartnerAreaPage"]
    subpage_types = []
    content_panels = SitePage.content_panels + [
        FieldPanel("role"),
        FieldPanel("intro"),
        FieldPanel("steps"),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("steps"),
    ]

    class Meta:
        verbose_name = _("onboarding guide")
        verbose_name_plural = _("onboarding guides")

    def step_ids(self):
        return [block.id for block in self.steps]

    def get_context(self, request, *args, **kwargs):
        from resources.onboarding import progress_of

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = progress_of(request.user, self)
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        from resources.onboarding import save_step

        step_id = request.POST.get("step", "")
        progress = save_step(request.user, self, step_id, done=request.POST.get("done") == "1")
        if request.headers.get("Accept", "").startswith("application/json"):
            if progress is None:
                return JsonResponse({"error": "unknown step"}, status=400)
            return JsonResponse({"done": progress.done_count, "total": progress.total})
        anchor = f"#step-{step_id}" if progress is not None else ""
        return redirect(self.get_url(request) + anchor)


class ActivityIndexPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["resources.PartnerAreaPage"]
    subpage_types = ["resources.ActivityPage"]
    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    search_fields = SitePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("activity list")
        verbose_name_plural = _("activity lists")

    def get_context(self, request, *args, **kwargs):
        from resources.start_page import children_in_language

        context = super().get_context(request, *args, **kwargs)
        context["activities"] = children_in_language(self, ActivityPage)
        return context


class ActivityPage(SitePage):
    """An activity students go through, with everything a facilitator needs to run it."""

    purpose = models.TextField(_("purpose"))
    timing = models.CharField(
        _("timing"), max_length=150, help_text=_("When and how long, e.g. “Day 1, 3 hours”.")
    )
    group_size = models.CharField(
        _("group size"), max_length=150, blank=True, help_text=_("e.g. “The whole class”.")
    )
    preparation = RichTextField(_("preparation"), features=RICH_TEXT_FEATURES, blank=True)
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), blank=True)
    handouts = StreamField([("handout", HandoutBlock())], verbose_name=_("handouts"), blank=True)
    tutorial_film = StreamField(
        [("film", FilmBlock())], verbose_name=_("tutorial film"), blank=True, max_num=1
    )

    parent_page_types = ["resources.ActivityIndexPage"]
    subpage_types = []
    content_panels = SitePage.content_panels + [
        FieldPanel("purpose"),
        MultiFieldPanel([FieldPanel("timing"), FieldPanel("group_size")], heading=_("Practical")),
        FieldPanel("preparation"),
        FieldPanel("steps"),
        FieldPanel("handouts"),
        FieldPanel("tutorial_film"),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("timing"),
        index.SearchField("preparation"),
        index.SearchField("steps"),
        index.SearchField("handouts"),
    ]

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")


class PlaybookPage(SitePage):
    """The facilitators' playbook (drejebog): chapters on one page, made to be printed."""

    intro = models.TextField(_("introduction"), blank=True)
    chapters = StreamField([("chapter", ChapterBlock())], verbose_name=_("chapters"), min_num=1)

    parent_page_types = ["resources.PartnerAreaPage"]
    subpage_types = []
    content_panels = SitePage.content_panels + [FieldPanel("intro"), FieldPanel("chapters")]
    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("chapters"),
    ]

    class Meta:
        verbose_name = _("playbook")
        verbose_name_plural = _("playbooks")


class StandardEmailsPage(SitePage):
    """The standard e-mails, filled in for the reader's school."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["resources.PartnerAreaPage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        # The e-mails are snippets shown on this page: a search for one finds the page
        # (resources.signals reindexes it when an e-mail changes).
        index.SearchField("standard_email_text"),
    ]

    class Meta:
        verbose_name = _("standard e-mails page")
        verbose_name_plural = _("standard e-mails pages")

    def get_context(self, request, *args, **kwargs):
        from resources.standard_emails import emails_for

        context = super().get_context(request, *args, **kwargs)
        context["emails"] = emails_for(request, self.locale)
        return context

    def standard_email_text(self):
        from resources.models.standard_emails import StandardEmail

        emails = StandardEmail.objects.filter(locale_id=self.locale_id)
        return [f"{e.title} {e.purpose} {e.subject} {e.body}" for e in emails]
