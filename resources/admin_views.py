"""The editors' screens for the partner area: schools, their staff (with invitations)
and the standard e-mails, grouped in one "Partner area" menu."""

import logging
import smtplib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources import invitations
from resources.admin_forms import SchoolMemberForm
from resources.models import PartnerSchool, SchoolMember, StandardEmail
from resources.models.schools import MEMBER_PANELS

logger = logging.getLogger(__name__)


def mail_invitation(request, member):
    """Send an invitation; a mail server that fails leaves a message, not an error page
    (the person's record is kept, and the invitation can be sent again)."""
    try:
        invitations.send(member, request, sent_by=request.user)
    except (smtplib.SMTPException, OSError):
        logger.exception("The invitation to %s could not be sent", member.pk)
        messages.error(
            request,
            _(
                "The invitation to %(email)s could not be sent: the mail server did not "
                "answer. The person is saved; send the invitation again later."
            )
            % {"email": member.email},
        )
        return False
    return True


class SchoolViewSet(ModelViewSet):
    model = PartnerSchool
    url_namespace = "partner_schools"
    url_prefix = "partner-area/schools"
    icon = "home"
    menu_label = gettext_lazy("Schools")
    list_display = [
        "name",
        "town",
        "wave",
        "start_date",
        "active_label",
    ]
    list_filter = ["is_active", "wave"]
    search_fields = ["name", "town"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_urlpatterns(self):
        from resources.signup_conversion import convert_signup_view

        return super().get_urlpatterns() + [
            path("from-signup/<int:pk>/", convert_signup_view, name="from_signup"),
        ]


class MemberIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_active and not instance.has_password:
            buttons.append(
                MenuItem(
                    _("Send the invitation again"),
                    url=reverse("partner_staff:invite", args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
            buttons.append(
                MenuItem(
                    _("Withdraw the invitation"),
                    url=reverse("partner_staff:withdraw", args=[instance.pk]),
                    icon_name="cross",
                    priority=16,
                )
            )
        return buttons


class MemberCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        member = invitations.add_member(
            school=data["school"],
            email=data["email"],
            name=data["name"],
            role=data["role"],
            language=data["language"],
            is_active=data.get("is_active", True),
        )
        log(instance=member, action="wagtail.create", user=self.request.user)
        # Someone with an account of their own already (a visitor's) signs in with it.
        self.mailed = (
            member.is_active and not member.has_password and mail_invitation(self.request, member)
        )
        return member

    def get_success_message(self, instance):
        if instance.has_password:
            return _(
                "%(name)s is added. %(email)s already has an account on the site and can "
                "sign in to the partner area with it now; no invitation is sent."
            ) % {"name": instance.name, "email": instance.email}
        if self.mailed:
            return _("%(name)s is added, and an invitation is on its way to %(email)s.") % {
                "name": instance.name,
                "email": instance.email,
            }
        return _("%(name)s is added.") % {"name": instance.name}


class MemberEditView(generic.EditView):
    def save_instance(self):
        old_address = self.object.user.email
        member = self.form.save()
        log(instance=member, action="wagtail.edit", user=self.request.user)
        if member.user.email != old_address and not member.has_password:
            # The link went to the old address (perhaps a typo, perhaps somebody else's):
            # it must not open this account. The new address gets a link of its own.
            invitations.revoke(member)
            if member.is_active and mail_invitation(self.request, member):
                messages.info(
                    self.request,
                    _(
                        "The address changed: the earlier invitation no longer works, and a "
                        "new one is on its way to %(email)s."
                    )
                    % {"email": member.email},
                )
        return member


class MemberViewSet(ModelViewSet):
    model = SchoolMember
    url_namespace = "partner_staff"
    url_prefix = "partner-area/staff"
    icon = "user"
    menu_label = gettext_lazy("School staff")
    list_display = ["name", "email_address", "school", "role", "status"]
    list_filter = ["school", "role", "is_active"]
    search_fields = ["name", "user__email", "school__name"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = MemberIndexView
    add_view_class = MemberCreateView
    edit_view_class = MemberEditView
    edit_handler = ObjectList(MEMBER_PANELS, base_form_class=SchoolMemberForm)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/invite/", self.invite_view, name="invite"),
            path("<int:pk>/withdraw/", self.withdraw_view, name="withdraw"),
        ]

    def confirm(self, request, pk, action):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        member = get_object_or_404(SchoolMember.objects.select_related("school", "user"), pk=pk)
        index = reverse(self.get_url_name("index"))
        nothing_open = action == "withdraw" and not invitations.open_invitations(member).exists()
        if nothing_open and not member.has_password and member.is_active:
            messages.warning(
                request,
                _("%(name)s has no open invitation to withdraw.") % {"name": member.name},
            )
            return None, redirect(index)
        if member.has_password or not member.is_active:
            messages.warning(
                request,
                _(
                    "%(name)s has no open invitation: they have chosen a password already, "
                    "or are deactivated."
                )
                % {"name": member.name},
            )
            return None, redirect(index)
        if request.method == "POST":
            return member, redirect(index)
        titles = {
            "invite": _("Send the invitation to %(name)s again?"),
            "withdraw": _("Withdraw the invitation to %(name)s?"),
        }
        return None, TemplateResponse(
            request,
            "resources/admin/confirm_invitation.html",
            {
                "page_title": titles[action] % {"name": member.name},
                "header_icon": "mail",
                "member": member,
                "action": action,
                "index_url": index,
            },
        )

    def invite_view(self, request, pk):
        member, response = self.confirm(request, pk, "invite")
        if member is not None and mail_invitation(request, member):
            messages.success(
                request,
                _("A new invitation is on its way to %(email)s; the earlier link no longer works.")
                % {"email": member.email},
            )
        return response

    def withdraw_view(self, request, pk):
        member, response = self.confirm(request, pk, "withdraw")
        if member is not None:
            invitations.revoke(member)
            messages.success(
                request,
                _("The invitation to %(email)s is withdrawn: its link no longer works.")
                % {"email": member.email},
            )
        return response


class StandardEmailViewSet(SnippetViewSet):
    model = StandardEmail
    icon = "mail"
    menu_label = gettext_lazy("Standard e-mails")
    list_display = ["title", "subject"]


class PartnerAreaAdmin(ViewSetGroup):
    menu_label = gettext_lazy("Partner area")
    menu_icon = "group"
    menu_order = 250
    items = (SchoolViewSet, MemberViewSet, StandardEmailViewSet)


def register_admin_views():
    register_snippet(PartnerAreaAdmin)
