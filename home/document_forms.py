"""The admin's document upload form: files that claim to be a film or a caption track
are checked before they are accepted, so a player never points at something it cannot
play. (Wagtail itself checks only the extension and the size limit.)"""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.file_types import (
    CAPTION_EXTENSIONS,
    MAX_CAPTION_SIZE,
    VIDEO_EXTENSIONS,
    caption_problem,
    extension_of,
    looks_like_video,
)


class SiteDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        extension = extension_of(file.name)
        if extension in VIDEO_EXTENSIONS:
            file.seek(0)
            head = file.read(16)
            file.seek(0)
            if not looks_like_video(head, extension):
                raise ValidationError(
                    _(
                        "“%(name)s” is not a %(kind)s video, although its name ends in "
                        ".%(extension)s. Export the film again as MP4 (H.264) or WebM."
                    ),
                    code="not_a_video",
                    params={"name": file.name, "kind": extension.upper(), "extension": extension},
                )
        elif extension in CAPTION_EXTENSIONS:
            if file.size > MAX_CAPTION_SIZE:
                raise ValidationError(
                    _("“%(name)s” is too big for a caption file (more than %(size)s)."),
                    code="caption_too_large",
                    params={"name": file.name, "size": filesizeformat(MAX_CAPTION_SIZE)},
                )
            file.seek(0)
            problem = caption_problem(file.read())
            file.seek(0)
            if problem:
                raise ValidationError(
                    _("“%(name)s” is not a usable WebVTT caption file: %(problem)s"),
                    code="bad_captions",
                    params={"name": file.name, "problem": problem},
                )
        return file

    def save(self, commit=True):
        # Wagtail deletes the old file before the new one is stored; when the store then
        # refuses the new one, the document would have no file at all. Here the old
        # file goes only once the new one is stored and the record points to it.
        if not (commit and "file" in self.changed_data and self.original_file):
            return super().save(commit=commit)
        old_name, old_storage = self.original_file.name, self.original_file.storage
        self.original_file = None
        document = super().save(commit=commit)
        old_storage.delete(old_name)
        return document

    def _post_clean(self):
        # A file the form refused (too big) never reaches the model, whose check of the
        # extension would then add a confusing error about an empty name.
        refused = self._errors.get("file") if self._errors else None
        refused = self.error_class(list(refused), renderer=self.renderer) if refused else None
        super()._post_clean()
        if refused:
            self._errors["file"] = refused
