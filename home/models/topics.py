import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Orderable, TranslatableMixin

from home.locales import active_locale, locale_by_id
from home.models.snippets import incomplete_translations

# slugify() drops letters it cannot decompose; write them the Danish way instead.
DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def comparable(name):
    """A topic name as a reader sees it: case and invisible characters (soft hyphens,
    zero-width spaces) do not make two names different."""
    visible = "".join(
        c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c) != "Cf"
    )
    return " ".join(visible.casefold().split())


class Topic(TranslatableMixin, models.Model):
    """A subject that films (and later news) are grouped by, translated like any other
    snippet so that a visitor sees and filters by topic names in their own language.

    Pages link to the topic in the default language; `for_visitor` shows each in the
    visitor's language. Translating a page therefore never needs its topics translated
    first, and a topic that is not translated yet simply shows its Danish name."""

    name = models.CharField(_("name"), max_length=60)
    # Made from the name in each language (so the English filter address reads
    # ?topic=safety), hence not editable and not offered for translation.
    slug = models.SlugField(_("address name"), max_length=80, editable=False)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="topic_slug_unique_per_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # Two topics of one name would show as two identical choices in the filters.
        # Compared here rather than in SQL, whose case folding is ASCII-only on SQLite.
        others = Topic.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        taken = {comparable(name) for name in others.values_list("name", flat=True)}
        if self.name and comparable(self.name) in taken:
            raise ValidationError(
                {"name": _("There is already a topic called “%(name)s”.") % {"name": self.name}}
            )

    def unique_slug(self):
        base = slugify(self.name.translate(DANISH_LETTERS))[:70] or "topic"
        taken = set(
            Topic.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    @classmethod
    def default_locale_choices(cls):
        """Pages link to topics in the default language (see the class docstring)."""
        return {"locale_id": Locale.get_default().pk}

    @classmethod
    def for_visitor(cls, topics, locale=None):
        """The given topics in the visitor's language (one query), falling back to the
        topic itself, marked with `fallback_language`, when it is not translated."""
        locale = locale or active_locale()
        topics = list(topics)
        keys = {topic.translation_key for topic in topics}
        translated = {}
        if any(topic.locale_id != locale.pk for topic in topics):
            translated = {
                topic.translation_key: topic
                for topic in cls.objects.filter(locale=locale, translation_key__in=keys).exclude(
                    translation_key__in=incomplete_translations(cls, locale)
                )
            }
        shown = []
        for topic in topics:
            found = topic if topic.locale_id == locale.pk else translated.get(topic.translation_key)
            if found is None:
                found = topic
            found.fallback_language = (
                locale_by_id(found.locale_id).language_code
                if found.locale_id != locale.pk
                else None
            )
            shown.append(found)
        return shown


class PageTopic(Orderable):
    """A page's link to one of its topics; each app's pages subclass it with a
    `page = ParentalKey(...)` of their own (related_name "topic_links")."""

    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=Topic.default_locale_choices,
    )

    # A plain list of the default language's topics (the snippet chooser would also offer
    # the translations, which a page cannot link to).
    panels = [FieldPanel("topic", widget=forms.Select)]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    @classmethod
    def pages_about(cls, translation_keys):
        """Ids of the pages about any of these topics (in whichever language the topic
        is linked): a subquery rather than a join, so that no DISTINCT is needed."""
        return cls.objects.filter(topic__translation_key__in=translation_keys).values("page_id")


def duplicate_topic_error(form):
    """For the page forms: a topic chosen twice gets a message naming it (checked here
    rather than by a unique constraint, whose formset message names database fields)."""
    formset = form.formsets.get("topic_links")
    # The page form is cleaned before its formsets: validate them now to read them.
    if formset is None or not formset.is_valid():
        return None
    seen = set()
    for child in formset.forms:
        data = getattr(child, "cleaned_data", None) or {}
        topic = data.get("topic")
        if topic is None or data.get("DELETE"):
            continue
        if topic.pk in seen:
            return _("“%(name)s” is chosen twice under Topics. Remove one of them.") % {
                "name": topic.name
            }
        seen.add(topic.pk)
    return None
