import logging
import re

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

REPEATED_SLASHES = re.compile(r"/{2,}")
logger = logging.getLogger(__name__)


class CollapseRepeatedSlashesMiddleware:
    """`//om-os/` and `/en//about-us/` would serve the same page as `/om-os/` under many
    addresses (Wagtail ignores empty path segments); send them to the one address.
    The target is always a local path: a leading `//host` collapses to `/host`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "//" in request.path:
            target = REPEATED_SLASHES.sub("/", request.path)
            if request.META.get("QUERY_STRING"):
                target = f"{target}?{request.META['QUERY_STRING']}"
            return HttpResponsePermanentRedirect(target)
        return self.get_response(request)


class UrlPrefixLocaleMiddleware(LocaleMiddleware):
    """The language comes from the address alone: `/en/...` is English, everything else
    Danish, whatever the browser's Accept-Language or a cookie says.

    Django's own LocaleMiddleware reads any first segment that looks like a language
    variant (`en-dag`, `en-gb`, `EN`) as English, so a Danish page titled "En dag" at
    `/en-dag/` would be answered by an English 404; only the exact prefix counts here.
    """

    def process_request(self, request):
        translation.activate(language_from_url_prefix(request.path_info))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        # Nothing but the address picks the language, so responses do not vary by the
        # browser's Accept-Language (which Django would add for unprefixed addresses).
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


def language_from_url_prefix(path):
    first_segment = path.lstrip("/").split("/", 1)[0]
    prefixed = {code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    return first_segment if first_segment in prefixed else settings.LANGUAGE_CODE


class StorageUnavailableMiddleware:
    """An upload the object store did not take: the editor is told and sent back to the
    form (nothing was saved), instead of an error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.contrib import messages
        from django.http import JsonResponse
        from django.shortcuts import redirect
        from django.utils.translation import gettext as _

        from home.storage import StorageUnavailable, StorageUnavailableForDeletion

        if not isinstance(exception, StorageUnavailable):
            return None
        if isinstance(exception, StorageUnavailableForDeletion):
            logger.warning("The object store did not answer; a deletion was refused")
            messages.error(
                request,
                _(
                    "The image was not deleted: the media storage did not answer, and its "
                    "files must be deleted with it. Nothing was changed. Try again in a "
                    "moment."
                ),
            )
            return redirect(request.get_full_path())
        logger.exception("The object store did not take an upload", exc_info=exception)
        message = _(
            "The file could not be stored: the media storage did not answer or did not "
            "accept it. Nothing was saved. Try again in a moment; if it keeps failing, "
            "tell the site's administrator."
        )
        chooser_form = chooser_upload_form_again(request, message)
        if chooser_form is not None:
            return chooser_form
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The admin's multiple upload shows `error_message` of a 200 answer, as it
            # does for a file it refuses.
            return JsonResponse({"success": False, "error_message": message})
        messages.error(request, message)
        return redirect(request.get_full_path())


def chooser_upload_form_again(request, message):
    """An upload from the page editor's image or document chooser: its window shows only
    a form, so the form is shown again (with what was typed) and the message at the file
    field. None for any other screen."""
    match = getattr(request, "resolver_match", None)
    view_class = getattr(getattr(match, "func", None), "view_class", None)
    if view_class is None or not hasattr(view_class, "get_reshow_creation_form_response"):
        return None
    from django.db import connection, transaction

    if connection.in_atomic_block:
        # Django marks an enclosing transaction as failed when a save raises, but the
        # store refused before any row was written (a file is stored before its row),
        # so the form can be shown again from the database.
        transaction.set_rollback(False)
    view = view_class(**match.func.view_initkwargs)
    view.setup(request, *match.args, **match.kwargs)
    if isinstance(getattr(view, "model", None), str):
        view.model = view.model_class  # as the views' own dispatch does
    view.form = view.get_creation_form()
    view.form.is_valid()
    view.form.add_error("file" if "file" in view.form.fields else None, message)
    return view.get_reshow_creation_form_response()
