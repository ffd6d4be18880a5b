"""Standard e-mails as a partner sees them: in their language, filled in for their school."""

from dataclasses import dataclass
from urllib.parse import quote

from django.utils import translation

from home.models.snippets import in_language_or_default
from resources.membership import membership_of
from resources.models import StandardEmail
from resources.placeholders import fill, values_for


@dataclass
class FilledEmail:
    email: StandardEmail
    subject: str
    body: str

    @property
    def fallback_language(self):
        return self.email.fallback_language  # set when shown in Danish, not translated yet

    @property
    def mailto(self):
        # The person picks the recipient in their mail program.
        return f"mailto:?subject={quote(self.subject)}&body={quote(self.body)}"


def emails_for(request, locale):
    """Every standard e-mail once, in `locale` where it is translated (completely)."""
    emails = sorted(
        in_language_or_default(StandardEmail.objects.all(), locale),
        key=lambda e: (e.sort_order, e.title),
    )

    member = membership_of(request.user)
    values = {}  # per language: dates and roles are written in the e-mail's language
    filled = []
    for email in emails:
        language = email.fallback_language or locale.language_code
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
                )
            )
    return filled
