"""StreamField blocks shared by every page type. Other apps import them from here."""

import copy

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from films.blocks import FilmBlock
from home.locales import chosen_pages_and_targets, locale_of, translations_for_visitor
from home.per_request import remembered, remembering

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


def put_chosen(structs, values, name, chosen):
    """Set each struct's `name` child to the object chosen in its raw value, from
    `chosen` (objects by id, read together for a whole stream), as Wagtail's chooser
    blocks would: a value without that child keeps StructBlock's default, and an object
    chosen twice is two objects. Returns (struct, object) for those that were set."""
    seen = set()
    placed = []
    for struct, value in zip(structs, values, strict=True):
        if name not in value:
            continue  # the child's default, as StructBlock leaves it
        pk = value[name]
        found = chosen.get(pk)
        struct[name] = copy.copy(found) if found is not None and pk in seen else found
        seen.add(pk)
        placed.append((struct, found))
    return placed


class LinkValue(blocks.StructValue):
    """Resolves a chosen page to its translation in the visitor's language."""

    # The links read together with this one (those of one stream field: a footer's, a
    # page's buttons) and, while a request is answered, all others read so far, are
    # resolved together when the first of them is shown.
    siblings = ()

    # While a request is answered, LinkBlock reads each chosen page's translation for
    # the visitor's language together with the page itself (by language).
    targets_by_language = {}

    def target_page(self):
        # Templates ask for href and text separately: resolve the translation once.
        if not hasattr(self, "_target_page"):
            language = translation.get_language()
            if language in self.targets_by_language:
                self._target_page = self.targets_by_language[language]
                return self._target_page
            others = [*self.siblings, *remembered("links_read", list)]
            group = [self, *(v for v in others if v is not self and not hasattr(v, "_target_page"))]
            targets = translations_for_visitor(value.get("page") for value in group)
            for value in group:
                page = value.get("page")
                value._target_page = targets[page.pk] if page else None
        return self._target_page

    def href(self):
        page = self.target_page()
        if page is not None:
            return page.url
        return self.get("url") or ""

    def text(self):
        if self.get("label"):
            return self["label"]
        page = self.target_page()
        return page.title if page else self.get("url") or ""

    def hreflang(self):
        """The target's language when it is not the visitor's (an untranslated page)."""
        page = self.target_page()
        if page is None:
            return ""
        code = locale_of(page).language_code
        return "" if code == translation.get_language() else code

    def text_lang(self):
        """The language of the link text when it is the target's title in another
        language; an editor's own label is in the language of the content around it."""
        return "" if self.get("label") else self.hreflang()


class LinkBlock(blocks.StructBlock):
    """A page inside the site or an external address, with optional link text."""

    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External address"))
    label = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Link text"),
        help_text=_("Defaults to the page's title"),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue

    def bulk_to_python(self, values):
        # In a request, with the pages' translations read at once (_with_targets).
        links = self._with_targets(values) if remembering() else super().bulk_to_python(values)
        for link in links:
            link.siblings = links
        remembered("links_read", list).extend(links)
        return links

    def _with_targets(self, values):
        """StructBlock's conversion, with the chosen pages and their translations in the
        visitor's language read in one query (home.locales.chosen_pages_and_targets)
        instead of the page chooser's query and a second one when the links are shown."""
        ids = [value.get("page") for value in values]
        chosen, targets = chosen_pages_and_targets(ids)
        links = super().bulk_to_python(
            [{name: raw for name, raw in value.items() if name != "page"} for value in values]
        )
        language = translation.get_language()
        for link, page in put_chosen(links, values, "page", chosen):
            if page is not None:
                link.targets_by_language = {language: targets[page.pk]}
        return links

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        if value.get("page") and value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose either a page or an address, not both."))
                }
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        label=_("Level"),
        search_index=False,  # the level's name is not text of the page
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=120, label=_("Photo credit"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's ImageBlock labels its chooser with the untranslated field name.
        self.child_blocks["image"].child_blocks["image"].label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    name = blocks.CharBlock(required=False, max_length=120, label=_("Name"))
    role = blocks.CharBlock(
        required=False,
        max_length=160,
        label=_("Role"),
        help_text=_("For example 'Apprentice, carpenter' or 'Teacher, NEXT'"),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    link = LinkBlock(label=_("Button"))
    style = blocks.ChoiceBlock(
        choices=[("signal", _("Signal colour")), ("calm", _("Calm colour")), ("ink", _("Dark"))],
        default="signal",
        label=_("Colour"),
        search_index=False,
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    items = blocks.ListBlock(FaqItemBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "components/blocks/faq.html"


class FactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, label=_("Figure"), help_text=_("E.g. '1 in 5'"))
    text = blocks.CharBlock(max_length=200, label=_("Explanation"))


class FactBoxBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    facts = blocks.ListBlock(FactBlock(), min_num=1, max_num=6, label=_("Facts"))
    source = blocks.CharBlock(required=False, max_length=250, label=_("Source"))

    class Meta:
        icon = "list-ol"
        label = _("Fact box")
        template = "components/blocks/fact_box.html"


class AimBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Aim"))
    text = blocks.TextBlock(required=False, label=_("Explanation"))

    class Meta:
        icon = "tick-inverse"
        label = _("Aim")


class BodyBlock(blocks.StreamBlock):
    """The building blocks of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        template="components/blocks/paragraph.html",
        icon="pilcrow",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()
    fact_box = FactBoxBlock()
    film = FilmBlock()

    class Meta:
        block_counts = {}
