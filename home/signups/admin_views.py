"""The editors' screens for sign-ups (admin menu "Sign-ups"): lists with filters, a CSV
and Excel export, a page per sign-up, sending failed e-mails again and, for a school,
making it a partner school (resources.signup_conversion)."""

from datetime import timedelta

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.models.signups import CompanySignup, Region, SchoolSignup
from home.signups import submission
from home.signups.spreadsheet import SpreadsheetFriendlyCsvMixin


class SignupsComeFromTheSite(ModelPermissionPolicy):
    """Sign-ups are made by visitors on the site, never in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


class SignupFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Received"), widget=DateRangePickerWidget
    )
    region = django_filters.ChoiceFilter(
        label=gettext_lazy("Region"), choices=Region.choices, empty_label=gettext_lazy("All")
    )
    mail_failed = django_filters.BooleanFilter(
        label=gettext_lazy("E-mail failed"), method="filter_mail_failed", widget=BooleanRadioSelect
    )

    def filter_mail_failed(self, queryset, name, value):
        failed = ~Q(notification_error="") | ~Q(confirmation_error="")
        return queryset.filter(failed) if value else queryset.exclude(failed)


class SchoolSignupFilterSet(SignupFilterSet):
    converted = django_filters.BooleanFilter(
        label=gettext_lazy("Made a partner school"),
        field_name="partner_school",
        lookup_expr="isnull",
        exclude=True,
        widget=BooleanRadioSelect,
    )

    class Meta:
        model = SchoolSignup
        fields = ["created_at", "region", "role", "language", "converted", "mail_failed"]


class CompanySignupFilterSet(SignupFilterSet):
    class Meta:
        model = CompanySignup
        fields = [
            "created_at",
            "region",
            "industry",
            "offers_visits",
            "offers_mentors",
            "offers_tasks",
            "language",
            "mail_failed",
        ]


class SignupIndexView(SpreadsheetFriendlyCsvMixin, generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons += actions_for(self.request.user, instance, MenuItem)
        return buttons


class SignupInspectView(generic.InspectView):
    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        buttons += actions_for(self.request.user, self.object, HeaderButton)
        return buttons


def actions_for(user, signup, button_class):
    """What an editor can do with a sign-up besides reading and deleting it."""
    actions = []
    namespace = f"{signup._meta.model_name}s"
    if submission.unsent(signup) and user.has_perm(f"home.view_{signup._meta.model_name}"):
        actions.append(
            button_class(
                _("Send the e-mails again"),
                url=reverse(f"{namespace}:resend", args=[signup.pk]),
                icon_name="mail",
                priority=20,
            )
        )
    can_convert = user.has_perms(["resources.add_partnerschool", "resources.add_schoolmember"])
    if isinstance(signup, SchoolSignup) and not signup.partner_school_id and can_convert:
        actions.append(
            button_class(
                _("Make a partner school"),
                url=reverse("partner_schools:from_signup", args=[signup.pk]),
                icon_name="home",
                priority=10,
            )
        )
    return actions


class SignupViewSet(ModelViewSet):
    """What the two kinds of sign-up share in the admin."""

    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = SignupIndexView
    inspect_view_class = SignupInspectView
    search_backend_name = None
    # After the person's answers on a sign-up's page: what the site recorded.
    recorded_fields = ["language", "consent_given", "form_page", "mail_status"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/resend/", self.resend_view, name="resend"),
        ]

    def resend_view(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        signup = get_object_or_404(self.model, pk=pk)
        inspect = reverse(self.get_url_name("inspect"), args=[signup.pk])
        if request.method != "POST":
            return TemplateResponse(
                request,
                "home/admin/resend_signup_emails.html",
                {
                    "page_title": _("Send the e-mails for %(signup)s again?") % {"signup": signup},
                    "header_icon": "mail",
                    "signup": signup,
                    "inspect_url": inspect,
                },
            )
        submission.send_emails(signup, request, only=submission.unsent(signup))
        if signup.mail_failed:
            messages.error(
                request, _("Still not sent: %(status)s") % {"status": signup.mail_status()}
            )
        else:
            messages.success(request, _("The e-mails are sent."))
        return redirect(inspect)


class SchoolSignupViewSet(SignupViewSet):
    model = SchoolSignup
    url_namespace = "schoolsignups"
    url_prefix = "signups/schools"
    icon = "home"
    menu_label = gettext_lazy("Schools")
    filterset_class = SchoolSignupFilterSet
    list_display = [
        "school_name",
        "contact_name",
        "email",
        "region",
        "created_at",
        "mail_status",
        "converted_label",
    ]
    search_fields = ["school_name", "contact_name", "email", "town", "programmes"]
    form_fields = SchoolSignup.ANSWERS
    list_export = [
        "created_at",
        "school_name",
        "programmes",
        "town",
        "get_region_display",
        "contact_name",
        "get_role_display",
        "email",
        "phone",
        "message",
        "get_language_display",
        "mail_status",
        "converted_label",
    ]
    inspect_view_fields = [
        "received",
        *SchoolSignup.ANSWERS,
        *SignupViewSet.recorded_fields,
        "converted_label",
    ]
    export_filename = "tilmeldinger-skoler"


class CompanySignupViewSet(SignupViewSet):
    model = CompanySignup
    url_namespace = "companysignups"
    url_prefix = "signups/companies"
    icon = "site"
    menu_label = gettext_lazy("Companies")
    filterset_class = CompanySignupFilterSet
    list_display = [
        "company_name",
        "industry",
        "contact_name",
        "email",
        "region",
        "offers",
        "created_at",
        "mail_status",
    ]
    search_fields = ["company_name", "contact_name", "email", "town"]
    form_fields = [*CompanySignup.ANSWERS, "offers_visits", "offers_mentors", "offers_tasks"]
    list_export = [
        "created_at",
        "company_name",
        "get_industry_display",
        "town",
        "get_region_display",
        "contact_name",
        "email",
        "phone",
        "offers",
        "message",
        "get_language_display",
        "mail_status",
    ]
    inspect_view_fields = [
        "received",
        *CompanySignup.ANSWERS,
        "offers",
        *SignupViewSet.recorded_fields,
    ]
    export_filename = "tilmeldinger-virksomheder"


EXPORT_HEADINGS = {
    "get_region_display": gettext_lazy("Region"),
    "get_role_display": gettext_lazy("Role"),
    "get_industry_display": gettext_lazy("Industry"),
    "get_language_display": gettext_lazy("Language"),
}
SchoolSignupViewSet.export_headings = CompanySignupViewSet.export_headings = EXPORT_HEADINGS


class SignupsAdmin(ViewSetGroup):
    menu_label = gettext_lazy("Sign-ups")
    menu_icon = "form"
    menu_order = 240
    items = (SchoolSignupViewSet, CompanySignupViewSet)


def register_permission_policies():
    for model in (SchoolSignup, CompanySignup):
        register_permission_policy(model, SignupsComeFromTheSite(model))


class SignupsPanel(Component):
    """On the admin's dashboard: new sign-ups, and any whose e-mails did not go out (so
    that a failing mail server is noticed even by editors who never open the lists)."""

    name = "signups"
    order = 90
    template_name = "home/admin/signups_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        since = timezone.now() - timedelta(days=30)
        failed = ~Q(notification_error="") | ~Q(confirmation_error="")
        rows = []
        for viewset, model in (("schoolsignups", SchoolSignup), ("companysignups", CompanySignup)):
            if not self.request.user.has_perm(f"home.view_{model._meta.model_name}"):
                continue
            counts = model.objects.aggregate(
                new=Count("pk", filter=Q(created_at__gte=since)),
                failed=Count("pk", filter=failed),
            )
            rows.append(
                {
                    "label": model._meta.verbose_name_plural,
                    "url": reverse(f"{viewset}:index"),
                    "new": counts["new"],
                    "failed": counts["failed"],
                }
            )
        return {"rows": rows}
