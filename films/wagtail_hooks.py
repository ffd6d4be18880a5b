from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail_localize.models import SegmentOverride

from films.models import FilmPage
from films.oembed import validate_video_url
from home.file_types import VIDEO_EXTENSIONS, extension_of
from home.translation_publishing import translation_into


@hooks.register("before_edit_page", order=-2)
def check_a_translations_own_video_before_publishing(request, page):
    """In wagtail-localize's editor a translation may point at another YouTube or Vimeo
    video, or another video file. Publishing it checks them first and says what is wrong
    in the same words as the page editor (wagtail-localize would only report "new
    validation errors")."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(page.specific, FilmPage) or translation_into(page) is None:
        return None
    overrides = {
        override.context.path: override.data
        for override in SegmentOverride.objects.filter(
            locale_id=page.locale_id,
            context__object_id=page.translation_key,
            context__path__in=["video_url", "video_file"],
        ).select_related("context")
    }
    problems = []
    if overrides.get("video_url"):
        try:
            validate_video_url(overrides["video_url"])
        except ValidationError as error:
            problems += error.messages
    if overrides.get("video_file"):
        document = get_document_model().objects.filter(pk=overrides["video_file"]).first()
        if document is not None and extension_of(document.filename) not in VIDEO_EXTENSIONS:
            problems.append(
                _("“%(name)s” is not a video file. Choose an MP4 or WebM file.")
                % {"name": document.filename}
            )
    for message in problems:
        messages.error(request, message)
    return redirect(request.get_full_path()) if problems else None
