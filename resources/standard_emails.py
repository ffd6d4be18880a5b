"""Standard e-mails as a partner sees them: in their language, filled in for their school."""

from dataclasses import dataclass
from urllib.parse import quote

from django.utils import translation
from wagtail.models import Locale

from home.models.snippets import incomplete_translations
from resources.membership import membership_of
from resources.models import StandardEmail
from resources.placeholders import fill, values_for


@dataclass
class FilledEmail:
    email: StandardEmail
    subject: str
    body: str
    fallback_language: str | None  # set when shown in Danish, not translated yet

    @property
    def mailto(self):
        # The person picks the recipient in their mail program.
        return f"mailto:?subject={quote(self.subject)}&body={quote(self.body)}"


def emails_for(request, locale):
    """Every standard e-mail once, in `locale` where it is translated (completely)."""
    default = Locale.get_default()
    incomplete = incomplete_translations(StandardEmail, locale)
    translated = {
        email.translation_key: email
        for email in StandardEmail.objects.filter(locale=locale).exclude(
            translation_key__in=incomplete
        )
    }
    emails = []
    for source in StandardEmail.objects.filter(locale=default):
        emails.append(translated.get(source.translation_key, source))
    for email in translated.values():  # written in this language only
        if not any(e.translation_key == email.translation_key for e in emails):
            emails.append(email)
    emails.sort(key=lambda e: (e.sort_order, e.title))

    member = membership_of(request.user)
    values = {}  # per language: dates and roles are written in the e-mail's language
    filled = []
    for email in emails:
        fallback = default.language_code if email.locale_id != locale.pk else None
        language = fallback or locale.language_code
        with translation.override(language):
            if language not in values:
                values[language] = {
                    name: None if value is None else str(value)
                    for name, value in values_for(member).items()
                }
            filled.append(
                FilledEmail(
                    email=email,
                    subject=fill(email.subject, values[language]),
                    body=fill(email.body, values[language]),
                    fallback_language=fallback,
                )
            )
    return filled
