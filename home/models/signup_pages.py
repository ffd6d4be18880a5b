"""The "collaborate with us" form pages: one for vocational schools, one for companies.
Each is a page (editors write its text and translate it like any other) whose fields are
fixed, because a school's sign-up becomes a partner school with one action."""

from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock
from home.models.pages import SitePage

THANKS_SLUGS = {"da": "tak", "en": "thank-you"}


class SignupPage(RoutablePageMixin, SitePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("text above the form"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent box: how the details are used and how long kept."),
    )
    thank_you_heading = models.CharField(
        _("thank-you heading"),
        max_length=120,
        blank=True,
        help_text=_("Empty: “Thank you”."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after sending, for example what happens next and when."),
    )
    notification_address = models.EmailField(
        _("notify this address"),
        blank=True,
        help_text=_("Each sign-up is e-mailed here. Empty: the site's editors' address."),
    )

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []
    page_view_related = ("privacy_page",)

    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = SitePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("privacy_page"),
        MultiFieldPanel(
            [FieldPanel("thank_you_heading"), FieldPanel("thank_you_text")],
            heading=_("After sending"),
        ),
        FieldPanel("notification_address"),
    ]
    # The privacy page is the same in every language (its translation is linked), and so
    # is the address that hears of each sign-up.
    override_translatable_fields = [
        SynchronizedField("privacy_page"),
        SynchronizedField("notification_address"),
    ]

    form_class = None  # set by each kind

    class Meta:
        abstract = True

    @property
    def notify_address(self):
        """This page's address for sign-ups; else its translations' (an address set on
        the Danish page counts for the English one before the translation is synced);
        else the site's."""
        if self.notification_address:
            return self.notification_address
        shared = (
            type(self)
            .objects.filter(translation_key=self.translation_key)
            .exclude(notification_address="")
            .values_list("notification_address", flat=True)
            .first()
        )
        return shared or settings.SIGNUP_NOTIFICATION_EMAIL

    def thanks_url(self):
        return self.url + THANKS_SLUGS.get(self.locale.language_code, "thank-you") + "/"

    def get_form(self, request, data=None):
        from home.locales import translation_for_visitor
        from home.signups.retention import retention_period

        privacy = translation_for_visitor(self.privacy_page) if self.privacy_page_id else None
        return self.form_class(
            data,
            privacy_url=privacy.url if privacy is not None else None,
            retention=retention_period(),
        )

    def render_form(self, request, form, status=200, problem=None):
        context = self.get_context(request)
        context.update(form=form, problem=problem)
        response = TemplateResponse(request, self.template, context, status=status)
        add_never_cache_headers(response)  # it holds a CSRF token and perhaps what was typed
        return response

    @path("")
    def form_view(self, request):
        from home.signups import submission

        if request.method != "POST":
            return self.render_form(request, self.get_form(request))
        form = self.get_form(request, request.POST)
        if form.is_spam:
            # Nothing is saved or sent; the software gets the same page as a person.
            submission.count_attempt(request)
            return redirect(self.thanks_url())
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        if submission.count_attempt(request):
            return self.render_form(
                request, form, status=429, problem=submission.too_many_message(self)
            )
        signup = form.save(page=self, commit=False)
        if submission.recent_duplicate(signup) is None:
            signup.save()
            submission.send_emails(signup, request)
            # The thank-you page says so when the confirmation could not be sent.
            request.session["signup_unconfirmed"] = bool(signup.confirmation_error)
        return redirect(self.thanks_url())

    @path("tak/", name="thanks_da")
    def thanks_in_danish(self, request):
        return self.thanks_view(request, "da")

    @path("thank-you/", name="thanks_en")
    def thanks_in_english(self, request):
        return self.thanks_view(request, "en")

    def thanks_view(self, request, route_language):
        from django.http import Http404

        if self.locale.language_code != route_language:
            raise Http404
        context = self.get_context(request)
        context["thanks"] = True
        if hasattr(request, "session"):
            context["unconfirmed"] = request.session.pop("signup_unconfirmed", False)
        response = TemplateResponse(request, self.template, context)
        add_never_cache_headers(response)
        return response


class SchoolSignupPage(SignupPage):
    kind = "school"
    template = "home/signup_page.html"  # (Wagtail names one per page type otherwise)

    class Meta:
        verbose_name = _("sign-up form for schools")
        verbose_name_plural = _("sign-up forms for schools")

    @property
    def form_class(self):
        from home.signups.forms import SchoolSignupForm

        return SchoolSignupForm


class CompanySignupPage(SignupPage):
    kind = "company"
    template = "home/signup_page.html"

    class Meta:
        verbose_name = _("sign-up form for companies")
        verbose_name_plural = _("sign-up forms for companies")

    @property
    def form_class(self):
        from home.signups.forms import CompanySignupForm

        return CompanySignupForm
