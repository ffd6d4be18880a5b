"""Making a school's sign-up (home.models.SchoolSignup) a partner school in one action:
the editor checks what the school sent, and the school is created with its contact
person on the staff, invited by e-mail in the language they signed up in."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from home.models import SchoolSignup
from resources import invitations
from resources.admin_forms import address_for_member
from resources.models import PartnerSchool, SchoolMember

ROLE_FROM_SIGNUP = {
    SchoolSignup.Role.LEADER: SchoolMember.Role.LEADER,
    SchoolSignup.Role.COORDINATOR: SchoolMember.Role.COORDINATOR,
    SchoolSignup.Role.TEACHER: SchoolMember.Role.TEACHER,
}


class ConvertSignupForm(forms.ModelForm):
    contact_name = forms.CharField(label=gettext_lazy("Contact person"), max_length=150)
    email = forms.CharField(
        label=gettext_lazy("E-mail address"),
        max_length=254,
        help_text=gettext_lazy("The invitation to the partner area is sent here."),
    )
    # No role is chosen for the editor when the sign-up says "other".
    role = forms.ChoiceField(
        label=gettext_lazy("Role"),
        choices=[("", gettext_lazy("Choose…"))] + SchoolMember.Role.choices,
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        choices=SchoolMember._meta.get_field("language").choices,
        help_text=gettext_lazy("The language of the invitation and later e-mails."),
    )

    class Meta:
        model = PartnerSchool
        fields = ["name", "town", "programmes", "wave", "start_date"]

    def clean_email(self):
        return address_for_member(self.cleaned_data["email"])


def initial_from(signup):
    return {
        "name": signup.school_name,
        "town": signup.town,
        "programmes": signup.programmes,
        "contact_name": signup.contact_name,
        "email": signup.email,
        "role": ROLE_FROM_SIGNUP.get(signup.role, ""),
        "language": signup.language,
    }


def already_converted(request, signup):
    messages.warning(
        request,
        _("The sign-up from %(school)s is already the partner school “%(partner)s”.")
        % {"school": signup.school_name, "partner": signup.partner_school},
    )
    return redirect("partner_schools:edit", signup.partner_school_id)


def convert(signup, data, editor):
    """The school and its contact person, in one transaction; the sign-up points to it.
    Returns the new member, or None when another editor converted it a moment ago."""
    with transaction.atomic():
        signup = SchoolSignup.objects.select_for_update().get(pk=signup.pk)
        if signup.partner_school_id:
            return None
        school = PartnerSchool(
            name=data["name"],
            town=data["town"],
            programmes=data["programmes"],
            wave=data["wave"],
            start_date=data["start_date"],
        )
        school.full_clean()
        school.save()
        member = invitations.add_member(
            school=school,
            email=data["email"],
            name=data["contact_name"],
            role=data["role"],
            language=data["language"],
        )
        signup.partner_school = school
        signup.save(update_fields=["partner_school"])
        log(instance=school, action="wagtail.create", user=editor)
        log(instance=member, action="wagtail.create", user=editor)
    return member


def convert_signup_view(request, pk):
    from resources.admin_views import mail_invitation

    if not request.user.has_perms(["resources.add_partnerschool", "resources.add_schoolmember"]):
        raise PermissionDenied
    signup = get_object_or_404(SchoolSignup.objects.select_related("partner_school"), pk=pk)
    if signup.partner_school_id:
        return already_converted(request, signup)
    form = ConvertSignupForm(request.POST or None, initial=initial_from(signup))
    if request.method == "POST" and form.is_valid():
        try:
            member = convert(signup, form.cleaned_data, request.user)
        except (ValidationError, IntegrityError) as error:
            # A school of that name was added meanwhile (or by another editor just now).
            messages_of = getattr(error, "message_dict", None) or {
                "name": [_("There is already a school with this name.")]
            }
            for field, errors in messages_of.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            if member is None:
                signup.refresh_from_db()
                return already_converted(request, signup)
            mailed = not member.has_password and mail_invitation(request, member)
            if member.has_password:
                text = _(
                    "%(school)s is a partner school now. %(email)s already has an account and "
                    "can sign in to the partner area with it; no invitation is sent."
                )
            elif mailed:
                text = _(
                    "%(school)s is a partner school now, and an invitation is on its way to "
                    "%(email)s."
                )
            else:
                text = _("%(school)s is a partner school now.")
            messages.success(request, text % {"school": member.school, "email": member.email})
            return redirect("partner_schools:edit", member.school_id)
    return TemplateResponse(
        request,
        "resources/admin/convert_signup.html",
        {
            "page_title": _("Make %(school)s a partner school") % {"school": signup.school_name},
            "header_icon": "home",
            "signup": signup,
            "form": form,
            "school_fields": [form[name] for name in ConvertSignupForm.Meta.fields],
            "contact_fields": [
                form[name] for name in ("contact_name", "email", "role", "language")
            ],
            "signup_url": reverse("schoolsignups:inspect", args=[signup.pk]),
        },
    )
