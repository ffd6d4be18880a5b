"""The partners' account pages, with addresses in each language (Danish ones without a
prefix, English under /en/)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from resources import account_views as views

urlpatterns = [
    path(
        pgettext_lazy("URL address", "account/login/"),
        views.LoginView.as_view(),
        name="partner_login",
    ),
    path(
        pgettext_lazy("URL address", "account/logout/"),
        views.LogoutView.as_view(),
        name="partner_logout",
    ),
    path(
        pgettext_lazy("URL address", "account/password/forgotten/"),
        views.PasswordResetView.as_view(),
        name="partner_password_reset",
    ),
    path(
        pgettext_lazy("URL address", "account/password/forgotten/sent/"),
        views.PasswordResetDoneView.as_view(),
        name="partner_password_reset_done",
    ),
    path(
        pgettext_lazy("URL address", "account/password/new/<uidb64>/<token>/"),
        views.PasswordResetConfirmView.as_view(),
        name="partner_password_reset_confirm",
    ),
    path(
        pgettext_lazy("URL address", "account/password/new/saved/"),
        views.PasswordResetCompleteView.as_view(),
        name="partner_password_reset_complete",
    ),
    path(
        pgettext_lazy("URL address", "account/password/change/"),
        views.PasswordChangeView.as_view(),
        name="partner_password_change",
    ),
    path(
        pgettext_lazy("URL address", "account/password/changed/"),
        views.PasswordChangeDoneView.as_view(),
        name="partner_password_change_done",
    ),
    path(
        pgettext_lazy("URL address", "account/invitation/<str:token>/"),
        views.InvitationView.as_view(),
        name="partner_invitation",
    ),
]
