"""The admin's image upload form: a damaged image file gets a clear message, not a 500.

Wagtail checks only an image's header before accepting it (wagtail/wagtail#1354), so a
file that stops halfway, or that has a valid signature and nothing else, passed the form
and then broke while being measured or resized. Here every upload is decoded once
before it is accepted."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What Pillow raises for files it cannot identify (UnidentifiedImageError is an OSError),
# truncated data (OSError) and corrupt headers (SyntaxError, ValueError).
DAMAGED_IMAGE_ERRORS = (OSError, SyntaxError, ValueError, EOFError)


def damaged_image_error(file):
    return ValidationError(
        _(
            "“%(name)s” is damaged or incomplete and cannot be read as an image. "
            "Open it in an image program, save or export it again, and upload the new file."
        ),
        code="damaged_image",
        params={"name": getattr(file, "name", "") or _("The file")},
    )


def ensure_image_decodes(file):
    """Decode the whole image once. JPEGs are decoded at an eighth of their size, which
    still reads every byte of the file but needs a fraction of the memory."""
    file.seek(0)
    try:
        with PILImage.open(file) as image:
            if image.format == "JPEG":
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    except DAMAGED_IMAGE_ERRORS as error:
        raise damaged_image_error(file) from error
    finally:
        file.seek(0)


class DecodedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            file = super().to_python(data)
        except DAMAGED_IMAGE_ERRORS as error:
            # Raised by Wagtail's own checks when Pillow reads the header.
            raise damaged_image_error(data) from error
        if file is not None:
            ensure_image_decodes(file)
        return file


class SiteImageForm(BaseImageForm):
    file = DecodedImageField(label=_("File"))
