"""Blocks of the partner area's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import RICH_TEXT_FEATURES


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, label=_("Step"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False, label=_("Text"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class HandoutBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("Description"),
        help_text=_("What the handout is for, for example “One per student”."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Handout")


class ChapterBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=150, label=_("Heading"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Chapter")
