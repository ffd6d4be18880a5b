from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from wagtail import hooks
from wagtail_localize.models import SegmentOverride

from films.models import FilmPage
from films.oembed import validate_video_url
from home.translation_publishing import translation_into


@hooks.register("before_edit_page", order=-2)
def check_a_translations_own_video_before_publishing(request, page):
    """In wagtail-localize's editor a translation may point at another YouTube or Vimeo
    video. Publishing it checks that address with the provider first, and says what is
    wrong in the same words as the page editor (wagtail-localize would only report
    "new validation errors")."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(page.specific, FilmPage) or translation_into(page) is None:
        return None
    override = SegmentOverride.objects.filter(
        locale_id=page.locale_id,
        context__object_id=page.translation_key,
        context__path="video_url",
    ).first()
    if override is None or not override.data:
        return None
    try:
        validate_video_url(override.data)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(request.get_full_path())
    return None
