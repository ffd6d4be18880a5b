from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from resources.placeholders import PLACEHOLDERS, unknown_placeholders

PLACEHOLDER_HELP = _(
    "Placeholders are filled in for the reader's own school: {school}, {town}, "
    "{programmes}, {start_date}, {contact_person}, {contact_email}, {contact_role}, "
    "{today}. Write what the sender must fill in themselves in [square brackets]."
)


class StandardEmail(TranslatableMixin, models.Model):
    """An e-mail schools send (inviting a company, confirming a visit...), ready to adapt."""

    title = models.CharField(_("title"), max_length=120)
    purpose = models.TextField(_("when to send it"), blank=True)
    subject = models.CharField(_("subject"), max_length=200, help_text=PLACEHOLDER_HELP)
    body = models.TextField(_("text"), help_text=PLACEHOLDER_HELP)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("title"),
        FieldPanel("purpose"),
        FieldPanel("subject"),
        FieldPanel("body"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("standard e-mail")
        verbose_name_plural = _("standard e-mails")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        for field in ("subject", "body"):
            unknown = unknown_placeholders(getattr(self, field) or "")
            stray = [bracket for bracket in unknown if bracket in ("{", "}")]
            unknown = [name for name in unknown if name not in ("{", "}")]
            if stray and not unknown:
                errors[field] = _(
                    "A curly bracket has no partner: placeholders are written with one on "
                    "each side, such as {school}."
                )
            elif unknown:
                errors[field] = _(
                    "Unknown placeholder: %(unknown)s. Use one of %(known)s, or write "
                    "[in square brackets] what the sender must fill in."
                ) % {
                    "unknown": ", ".join(unknown),
                    "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                }
        if errors:
            raise ValidationError(errors)
