"""The public sign-up forms. Errors are in the visitor's language, next to the field, and
the form is shown again with everything that was typed."""

import re
import unicodedata

from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.models.signups import CompanySignup, SchoolSignup
from resources.addresses import clean_email

# Digits with the usual separators and a country code's + ("+45 12 34 56 78", "(+45) 1234-5678").
PHONE = re.compile(r"^[0-9 ()./+-]+$")
HONEYPOT_FIELD = "website"
MULTILINE_FIELDS = {"programmes", "message"}
# Letters that show as nothing (Hangul fillers, the blank Braille pattern).
BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}
NAME_FIELDS = {"school_name", "company_name", "contact_name", "town", "programmes"}


def tidy(text, multiline):
    """Without invisible and control characters (line breaks in a name, right-to-left
    overrides, zero-width spaces), which would only disguise what the editors read."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for character in text:
        category = unicodedata.category(character)
        if multiline and character in "\n\t":
            kept.append(character)
        elif category in ("Cc", "Cf", "Zl", "Zp") or character in BLANK_LETTERS:
            kept.append(" " if category != "Cf" else "")
        else:
            kept.append(character)
    text = "".join(kept)
    if multiline:
        return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    return " ".join(text.split())


def consent_label(privacy_url, retention):
    """The consent box says how long the details are kept and links to the privacy page."""
    text = _(
        "I agree that OS I BRANCHEN stores these details to contact me about taking part. "
        "They are deleted after %(period)s."
    ) % {"period": retention}
    if not privacy_url:
        return text
    return format_html(
        '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
        text,
        privacy_url,
        _("How we handle your details (opens in a new window)"),
    )


class SignupForm(forms.ModelForm):
    """Shared by both forms: the consent box, the honeypot and tidy values."""

    consent = forms.BooleanField(
        error_messages={
            "required": _("Tick the box so that we may store your details; we need them to reply.")
        },
    )
    # A field people never see (it is hidden with CSS and skipped by screen readers and the
    # keyboard); software that fills in every field fills this one too.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    # A text field, so that resources.addresses.clean_email explains what is wrong (a
    # look-alike letter, say) rather than Django's general "not an address".
    email = forms.CharField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, privacy_url=None, retention=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_url = privacy_url
        self.retention = retention
        self.fields["consent"].label = consent_label(privacy_url, retention)
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["town"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["message"].widget.attrs["rows"] = 5
        for name in ("region", "role", "industry"):
            if name in self.fields:
                # A choice that must be made, not one made for the visitor.
                self.fields[name].choices = [("", _("Choose…"))] + list(self.fields[name].choices)[
                    1:
                ]

    def clean(self):
        cleaned_data = super().clean()
        for name, value in list(cleaned_data.items()):
            if name == HONEYPOT_FIELD or not isinstance(value, str):
                continue
            cleaned_data[name] = tidy(value, multiline=name in MULTILINE_FIELDS)
            if name in NAME_FIELDS and not any(c.isalnum() for c in cleaned_data[name]):
                self.add_error(
                    name,
                    forms.ValidationError(_("Write it with letters or digits."), code="invisible"),
                )
        return cleaned_data

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    def clean_email(self):
        address = clean_email(self.cleaned_data["email"])
        domain = address.rpartition("@")[2]
        if "." not in domain or domain.startswith("["):
            # "x@localhost", "x@[127.0.0.1]": valid to Django, never a school's or company's.
            raise forms.ValidationError(
                _("Enter an e-mail address such as mette@skolen.dk."), code="invalid"
            )
        return address

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        digits = sum(character.isdigit() for character in phone)
        if phone and (not PHONE.match(phone) or phone.count("+") > 1 or not 8 <= digits <= 15):
            raise forms.ValidationError(
                _("Enter a phone number with 8 to 15 digits, such as +45 12 34 56 78."),
                code="invalid",
            )
        return phone

    def save(self, *, page, commit=True):
        signup = super().save(commit=False)
        signup.language = page.locale.language_code
        signup.form_page = page
        signup.consent_given_at = timezone.now()
        if commit:
            signup.save()
        return signup


class SchoolSignupForm(SignupForm):
    class Meta:
        model = SchoolSignup
        fields = SchoolSignup.ANSWERS
        labels = {
            "school_name": _("Name of the school"),
            "programmes": _("Programmes that are interested"),
            "town": _("Town"),
            "region": _("Region"),
            "contact_name": _("Your name"),
            "role": _("Your role at the school"),
            "email": _("E-mail address"),
            "phone": _("Phone (optional)"),
            "message": _("Message (optional)"),
        }
        help_texts = {
            "programmes": _("One per line, for example “Smed” or “Elektriker”."),
        }
        widgets = {"programmes": forms.Textarea(attrs={"rows": 4, "maxlength": 2000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school_name"].widget.attrs["autocomplete"] = "organization"

    def clean_programmes(self):
        lines = [" ".join(line.split()) for line in self.cleaned_data["programmes"].splitlines()]
        programmes = "\n".join(line for line in lines if line)
        if not programmes:
            raise forms.ValidationError(_("Name at least one programme."), code="required")
        return programmes


class CompanySignupForm(SignupForm):
    OFFERS = {
        "visits": ("offers_visits", _("Visits: a class comes to see the company")),
        "mentors": ("offers_mentors", _("Mentors: people who follow a student")),
        "tasks": ("offers_tasks", _("Tasks: a real task for the students to solve")),
    }
    offers = forms.MultipleChoiceField(
        label=_("What you can offer"),
        choices=[(key, label) for key, (_field, label) in OFFERS.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Tick all that apply. Something else? Tell us in the message."),
    )

    class Meta:
        model = CompanySignup
        fields = CompanySignup.ANSWERS
        labels = {
            "company_name": _("Name of the company"),
            "industry": _("Industry"),
            "town": _("Town"),
            "region": _("Region"),
            "contact_name": _("Your name"),
            "email": _("E-mail address"),
            "phone": _("Phone (optional)"),
            "message": _("Message (optional)"),
        }

    # What they can offer comes just before the message.
    field_order = [name for name in CompanySignup.ANSWERS if name != "message"] + [
        "offers",
        "message",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["company_name"].widget.attrs["autocomplete"] = "organization"

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("offers") and not cleaned_data.get("message"):
            self.add_error(
                "offers",
                forms.ValidationError(
                    _("Tick what you can offer, or tell us in the message."), code="required"
                ),
            )
        return cleaned_data

    def save(self, *, page, commit=True):
        signup = super().save(page=page, commit=False)
        for key, (field, _label) in self.OFFERS.items():
            setattr(signup, field, key in self.cleaned_data["offers"])
        if commit:
            signup.save()
        return signup
