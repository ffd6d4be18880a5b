"""The editors' form for a school's staff member: the e-mail address is the account's,
so it is checked here for typos, look-alikes and people who are on a staff already."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from resources.addresses import clean_email
from resources.invitations import account_for
from resources.models import SchoolMember


def address_for_member(value, member=None):
    """The canonical address for a new staff member (or `member`'s new address), or a
    ValidationError naming the school or account it already belongs to."""
    address = clean_email(value)
    account = account_for(address)
    if account is None or (member is not None and member.pk and account.pk == member.user_id):
        return address
    existing = SchoolMember.objects.filter(user=account).select_related("school").first()
    if existing is not None:
        raise forms.ValidationError(
            _(
                "%(email)s is already on the staff of %(school)s (as %(name)s). A person "
                "belongs to one school: open their record to change the school or to "
                "send the invitation again."
            ),
            params={"email": address, "school": existing.school, "name": existing.name},
            code="member_exists",
        )
    if (member is not None and member.pk) or account.has_perm("wagtailadmin.access_admin"):
        # Joining two accounts, or making an editor's account a school's: neither is
        # what an editor means by adding a person.
        raise forms.ValidationError(
            _("%(email)s belongs to another account on the site. Use another address."),
            params={"email": address},
            code="account_exists",
        )
    return address  # a visitor's account that now joins a school


class SchoolMemberForm(WagtailAdminModelForm):
    email = forms.CharField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("The invitation is sent here; the person signs in with it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["email"].initial = self.instance.user.email

    def clean_email(self):
        return address_for_member(self.cleaned_data["email"], self.instance)

    def save(self, commit=True):
        member = super().save(commit=False)
        if member.pk:
            user = member.user
            address = self.cleaned_data["email"]
            if user.email != address or user.username != address:
                user.email = user.username = address
                user.save(update_fields=["email", "username"])
        if commit:
            member.save()
        return member
