"""Signing in and out, choosing and changing passwords, and accepting invitations: the
partners' own pages in the site's look and language (the admin keeps its own)."""

from urllib.parse import urlsplit

from axes.utils import reset as reset_failed_logins
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters

from home.locales import home_in_language
from resources import invitations
from resources.account_forms import PartnerLoginForm, PartnerPasswordResetForm
from resources.addresses import canonical_email
from resources.start_page import partner_area_for

LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"


def front_page_url(request):
    home = home_in_language(request, request.LANGUAGE_CODE)
    return home.get_url(request) if home else "/"


def start_url_for(request):
    """Where a person lands after signing in without a page to return to: the partner
    area if they may open it, else the front page."""
    area = partner_area_for(request)
    return area.get_url(request) if area is not None else front_page_url(request)


class NeverCachedMixin:
    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response


class LoginView(NeverCachedMixin, auth_views.LoginView):
    template_name = "resources/account/login.html"
    form_class = PartnerLoginForm

    def get_default_redirect_url(self):
        return start_url_for(self.request)

    def get_redirect_url(self):
        url = super().get_redirect_url()
        # Sent back to the log-in page itself (an old bookmark): go on to the start.
        return "" if url and urlsplit(url).path == self.request.path else url


class LogoutView(NeverCachedMixin, auth_views.LogoutView):
    """Signing out takes a POST (a link could sign people out from another site); the
    address itself shows a button instead of an error."""

    template_name = "resources/account/logout.html"
    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, self.template_name)

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You are signed out."))
        return response

    def get_default_redirect_url(self):
        return front_page_url(self.request)


class PasswordResetView(NeverCachedMixin, auth_views.PasswordResetView):
    template_name = "resources/account/password_reset.html"
    form_class = PartnerPasswordResetForm
    email_template_name = "resources/emails/password_reset_body.txt"
    subject_template_name = "resources/emails/password_reset_subject.txt"
    success_url = reverse_lazy("partner_password_reset_done")


class PasswordResetDoneView(NeverCachedMixin, auth_views.PasswordResetDoneView):
    template_name = "resources/account/password_reset_done.html"


class PasswordResetConfirmView(NeverCachedMixin, auth_views.PasswordResetConfirmView):
    template_name = "resources/account/password_reset_confirm.html"
    success_url = reverse_lazy("partner_password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        # A locked-out person who proved they own the address may try again at once.
        reset_failed_logins(username=canonical_email(form.user.get_username()))
        return response


class PasswordResetCompleteView(NeverCachedMixin, auth_views.PasswordResetCompleteView):
    template_name = "resources/account/password_reset_complete.html"


class SignedInOnlyMixin(LoginRequiredMixin):
    """Django's password-change views send visitors who are not signed in to LOGIN_URL,
    the admin's log-in; this sends them to the partners' log-in first."""

    login_url = reverse_lazy("partner_login")


class PasswordChangeView(SignedInOnlyMixin, NeverCachedMixin, auth_views.PasswordChangeView):
    template_name = "resources/account/password_change.html"
    success_url = reverse_lazy("partner_password_change_done")


class PasswordChangeDoneView(
    SignedInOnlyMixin, NeverCachedMixin, auth_views.PasswordChangeDoneView
):
    template_name = "resources/account/password_change_done.html"


PROBLEM_STATUS = {"invalid": 404, "used": 410, "withdrawn": 410, "expired": 410}


@method_decorator(sensitive_post_parameters("new_password1", "new_password2"), name="dispatch")
class InvitationView(NeverCachedMixin, View):
    """An invitation link: choose a password, then straight into the partner area.
    Looking at the page changes nothing; a link that cannot be used says why."""

    template_name = "resources/account/invitation.html"

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        # The link never leaves the site (a "no-referrer" policy would also blank the
        # Origin of the form's post, which the CSRF check needs).
        response["Referrer-Policy"] = "same-origin"
        return response

    def problem_response(self, request, problem, invitation):
        return render(
            request,
            "resources/account/invitation_problem.html",
            {"problem": problem, "invitation": invitation},
            status=PROBLEM_STATUS[problem],
        )

    def get(self, request, token):
        invitation = invitations.find(token)
        if problem := invitations.problem_with(invitation):
            return self.problem_response(request, problem, invitation)
        form = SetPasswordForm(invitation.member.user)
        return self.form_response(request, invitation, form)

    def post(self, request, token):
        with transaction.atomic():
            invitation = invitations.find(token)
            if invitation is not None:
                # Two tabs posting at once: the second finds the link used.
                invitation = type(invitation).objects.select_for_update().get(pk=invitation.pk)
            if problem := invitations.problem_with(invitation):
                return self.problem_response(request, problem, invitation)
            form = SetPasswordForm(invitation.member.user, request.POST)
            if not form.is_valid():
                return self.form_response(request, invitation, form, status=400)
            user = invitations.accept(invitation, form)
        login(request, user, backend=LOGIN_BACKEND)
        messages.success(
            request,
            _("Welcome, %(name)s. Your password is saved; this is your partner area.")
            % {"name": invitation.member.name},
        )
        return redirect(start_url_for(request))

    def form_response(self, request, invitation, form, status=200):
        return render(
            request,
            self.template_name,
            {"invitation": invitation, "member": invitation.member, "form": form},
            status=status,
        )
