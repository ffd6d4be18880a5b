"""StreamField blocks of the film library: a caption track of a film, and a film shown
inside any page (home page hero, content pages, activities)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from home.file_types import CAPTION_EXTENSIONS, extension_of
from home.locales import is_public, locale_of, translation_for_visitor, visitor_may_view
from home.routing import specific_for_view


class CaptionTrackBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(
        choices=settings.LANGUAGES, label=_("Language"), search_index=False
    )
    file = DocumentChooserBlock(
        label=_("WebVTT file"), help_text=_("Upload the captions as a .vtt file.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Caption track")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("file")
        if document is not None and extension_of(document.filename) not in CAPTION_EXTENSIONS:
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(
                        _("“%(name)s” is not a WebVTT caption file (.vtt).")
                        % {"name": document.filename}
                    )
                }
            )
        return value


class CaptionTracksBlock(blocks.StreamBlock):
    track = CaptionTrackBlock()

    def clean(self, value):
        value = super().clean(value)
        languages = [child.value["language"] for child in value]
        if len(languages) != len(set(languages)):
            raise StreamBlockValidationError(
                non_block_errors=ValidationError(_("Add at most one caption track per language."))
            )
        return value


class FilmBlock(blocks.StructBlock):
    """A film from the library, shown with its poster and a play button. The visitor
    sees it in their own language when the film is translated, and nothing at all when
    they may not open the film (a partner-only film chosen on a public page)."""

    film = blocks.PageChooserBlock(page_type="films.FilmPage", label=_("Film"))
    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Heading"),
        help_text=_("Shown above the film; leave empty to show only the film."),
    )

    class Meta:
        icon = "media"
        label = _("Film")
        template = "films/blocks/film_block.html"

    def bulk_to_python(self, values):
        """As StructBlock's, with the chosen films read together with what their player
        shows (poster and video file): one query for all the films of a stream."""
        from films.models import FilmPage
        from home.blocks import put_chosen  # (home.blocks imports this module)

        chosen = [value.get("film") for value in values]
        films = FilmPage.objects.select_related(*FilmPage.page_view_related).in_bulk(
            {pk for pk in chosen if pk is not None}
        )
        structs = super().bulk_to_python(
            [{name: raw for name, raw in value.items() if name != "film"} for value in values]
        )
        put_chosen(structs, values, "film", films)
        return structs

    def get_searchable_content(self, value):
        # The index is the same for everyone: the heading of a film that not everyone may
        # see (and so is not shown to them) must not make the page findable by it.
        film = value.get("film")
        if film is None or not film.live or not is_public(film):
            return []
        return super().get_searchable_content(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        film = value.get("film")
        shown = translation_for_visitor(film) if film is not None else None
        if shown is not None and (request is None or not visitor_may_view(shown, request)):
            shown = None
        context["film"] = specific_for_view(shown) if shown is not None else None
        if context["film"] is not None:
            from films.player import player_context

            context["player"] = player_context(context["film"], request)
            # A film not translated yet is shown in its own language, marked as such.
            code = locale_of(context["film"]).language_code
            context["film_lang"] = code if code != translation.get_language() else ""
        return context
