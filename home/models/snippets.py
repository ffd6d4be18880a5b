from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from home.blocks import LinkBlock
from home.locales import active_locale, default_locale, incomplete_translation_keys, locale_of


def incomplete_translations(model, locale):
    """Snippets translated into `locale` whose translation is not finished show in the
    default language instead (marked with its `lang`), never as the visitor's. Their
    translation keys, for `translation_key__in`: a subquery, so that the topics, the
    partners and the footer of a page each find theirs within their own query."""
    if locale.pk == default_locale().pk:
        return []
    return incomplete_translation_keys(model.objects.filter(locale=locale), locale)


def in_language_or_default(snippets, locale):
    """Each snippet of the query set once: in `locale` where it is completely translated,
    else in the default language, with `fallback_language` set so templates can mark its
    `lang` (None when it is in `locale`). Unordered."""
    default = default_locale()
    rows = snippets.filter(locale__in=[locale, default]).exclude(
        locale=locale, translation_key__in=incomplete_translations(snippets.model, locale)
    )
    chosen = {}
    for row in rows:
        if row.translation_key not in chosen or row.locale_id == locale.pk:
            chosen[row.translation_key] = row
    for row in chosen.values():
        row.fallback_language = locale_of(row).language_code if row.locale_id != locale.pk else None
    return list(chosen.values())


class Partner(TranslatableMixin, models.Model):
    """A school, institution or company working with the initiative, shown with its logo."""

    class Kind(models.TextChoices):
        SCHOOL = "school", _("Vocational school")
        INSTITUTION = "institution", _("Institution")
        COMPANY = "company", _("Company")

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SCHOOL)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("website"), blank=True)
    description = models.CharField(_("short description"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    @classmethod
    def for_active_language(cls):
        """The partners in the visitor's language; untranslated ones in the default
        language, with `fallback_language` set so templates can mark their `lang`."""
        # The logos' renditions in one query, not one per logo.
        with_logos = cls.objects.select_related("logo").prefetch_related("logo__renditions")
        partners = in_language_or_default(with_logos, active_locale())
        return sorted(partners, key=lambda p: (p.sort_order, p.name))


class Footer(TranslatableMixin, models.Model):
    """The site footer, one per language: contact details and links."""

    contact_heading = models.CharField(_("contact heading"), max_length=80)
    contact_text = RichTextField(
        _("contact details"), features=["bold", "italic", "link"], blank=True
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    about = models.TextField(_("about the initiative"), blank=True)
    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_heading"),
                FieldPanel("contact_text"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("about"),
        FieldPanel("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{self.contact_heading} ({self.locale})"

    @classmethod
    def for_active_language(cls):
        """The footer in the visitor's language, else the default language's, with
        `fallback_language` set so the template can mark its `lang`."""
        active = active_locale()
        footer = (
            cls.objects.filter(locale=active)
            .exclude(translation_key__in=incomplete_translations(cls, active))
            .first()
        )
        if footer is not None:
            footer.fallback_language = None
            return footer
        footer = cls.objects.filter(locale=default_locale()).first()
        if footer is not None:
            footer.fallback_language = locale_of(footer).language_code
        return footer
