"""The partners' account pages, with addresses in each language (Danish ones without a
prefix, English under /en/)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from resources import account_views as views


def url(address):
    return pgettext_lazy("URL address", address)


urlpatterns = [
    path(url("account/login/"), views.LoginView.as_view(), name="partner_login"),
    path(url("account/logout/"), views.LogoutView.as_view(), name="partner_logout"),
    path(
        url("account/password/forgotten/"),
        views.PasswordResetView.as_view(),
        name="partner_password_reset",
    ),
    path(
        url("account/password/forgotten/sent/"),
        views.PasswordResetDoneView.as_view(),
        name="partner_password_reset_done",
    ),
    path(
        url("account/password/new/<uidb64>/<token>/"),
        views.PasswordResetConfirmView.as_view(),
        name="partner_password_reset_confirm",
    ),
    path(
        url("account/password/new/saved/"),
        views.PasswordResetCompleteView.as_view(),
        name="partner_password_reset_complete",
    ),
    path(
        url("account/password/change/"),
        views.PasswordChangeView.as_view(),
        name="partner_password_change",
    ),
    path(
        url("account/password/changed/"),
        views.PasswordChangeDoneView.as_view(),
        name="partner_password_change_done",
    ),
    path(
        url("account/invitation/<str:token>/"),
        views.InvitationView.as_view(),
        name="partner_invitation",
    ),
]
