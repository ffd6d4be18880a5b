from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from resources import invitations
from resources.addresses import canonical_email
from resources.membership import membership_of


class PartnerLoginForm(AuthenticationForm):
    """Partners sign in with their e-mail address, typed however they like."""

    username = forms.CharField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    error_messages = {
        "invalid_login": _(
            "The e-mail address or the password is not right. Try again, or choose a new "
            "password with “Forgotten your password?”."
        ),
        "inactive": _(
            "Your account is switched off. Ask your contact at OS I BRANCHEN or your "
            "school's coordinator to open it again."
        ),
    }

    def clean_username(self):
        return canonical_email(self.cleaned_data["username"])

    def clean(self):
        try:
            return super().clean()
        except forms.ValidationError:
            # The right password for a switched-off account: say so, rather than send the
            # person to a password reset that cannot help (only they know the password).
            username = self.cleaned_data.get("username")
            password = self.cleaned_data.get("password")
            switched_off = get_user_model().objects.filter(username=username, is_active=False)
            user = switched_off.first() if username and password else None
            if user is not None and user.check_password(password):
                raise forms.ValidationError(
                    self.error_messages["inactive"], code="inactive"
                ) from None
            raise


class PartnerPasswordResetForm(PasswordResetForm):
    """Django's form answers the same whether or not the address is known, and mails
    the address on record (not the one typed). We add: the mail speaks the person's
    language, and addresses are compared in their canonical form."""

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self):
        return canonical_email(self.cleaned_data["email"])

    def save(self, *args, request=None, **kwargs):
        super().save(*args, request=request, **kwargs)
        # Someone invited who never chose a password has none to reset: the invitation
        # comes again instead (to the address on record, and the page says the same).
        for member in invitations.pending_members_at(self.cleaned_data["email"]):
            invitations.send(member, request)

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        member = membership_of(context["user"])
        language = member.language if member else translation.get_language()
        with translation.override(language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)
