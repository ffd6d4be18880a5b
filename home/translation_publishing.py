"""Guards around wagtail-localize's publishing and PO upload.

wagtail-localize publishes a translation with its untranslated strings filled in from the
source, so an English address would show Danish text presented as English. Here a
translation is published only once every string is translated: in the translation
editor, and when editors sync translated pages with "Publish immediately". It also
refuses a PO file it cannot use with a message, where wagtail-localize would answer 500.
"""

import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

PO_TRANSLATION_ID = "X-WagtailLocalize-TranslationID"


def missing_strings(translation):
    total, translated = translation.get_progress()
    return total - translated


def not_published_message(translation, missing):
    return ngettext(
        "“%(object)s” was not published in %(language)s: %(count)s text is not "
        "translated yet (or its translation is not valid there). Translate it, then publish.",
        "“%(object)s” was not published in %(language)s: %(count)s texts are not "
        "translated yet (or their translations are not valid there). Translate them, "
        "then publish.",
        missing,
    ) % {
        "object": translation.get_target_instance(),
        "language": translation.target_locale.get_display_name(),
        "count": missing,
    }


def translation_into(instance):
    """The wagtail-localize translation that made `instance`, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("target_locale")
        .first()
    )


def refuse_incomplete_publish(request, instance):
    """For the before_edit_page and before_edit_snippet hooks: the translation editor's
    Publish (Save, for snippets) goes through only when nothing is left untranslated.
    The strings already translated are kept: the editor saves each one as it is typed."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_into(instance)
    if translation is None:
        return None
    missing = missing_strings(translation)
    if not missing:
        return None
    messages.error(request, not_published_message(translation, missing))
    return redirect(request.get_full_path())


def refuse_bulk_publish_of_incomplete_translations(request, action_type, objects, action):
    """For the before_bulk_action hook: the page listing's bulk Publish (with or without
    the drafts below) goes through only if none of those pages is an incomplete
    translation; otherwise nothing is published and the editor is told which."""
    if action_type != "publish":
        return None
    pages = list(objects)
    form = action.cleaned_form
    if form is not None and form.cleaned_data.get("include_descendants"):
        pages += [draft for page in objects for draft in page.get_descendants().not_live()]
    refused = []
    for page in pages:
        translation = translation_into(page)
        if translation is not None and (missing := missing_strings(translation)):
            refused.append(not_published_message(translation, missing))
    if not refused:
        return None
    for message in refused:
        messages.error(request, message)
    return redirect(action.next_url)


class UpdateTranslationsPublishingCompleteOnes(UpdateTranslationsView):
    """ "Sync translated pages" with "Publish immediately": the translations that are
    complete after the sync are published, the others stay drafts, and the editor is
    told which and why."""

    def get_form(self):
        form = super().get_form()
        if "publish_translations" in form.fields:
            form.fields["publish_translations"].help_text = _(
                "Apply the updates and publish the translations that are complete straight "
                "away. The others stay drafts until their new texts are translated."
            )
        return form

    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations")
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if publish:
            translations = self.object.translations.filter(enabled=True).select_related(
                "target_locale"
            )
            for translation in translations:
                missing = missing_strings(translation)
                if missing:
                    messages.warning(self.request, not_published_message(translation, missing))
                    continue
                try:
                    translation.save_target(user=self.request.user, publish=True)
                except ValidationError:
                    messages.warning(
                        self.request,
                        _(
                            "“%(object)s” was not published in %(language)s: a translated "
                            "text is not valid there. Open the translation to correct it."
                        )
                        % {
                            "object": translation.get_target_instance(),
                            "language": translation.target_locale.get_display_name(),
                        },
                    )
        return response


def back_to_editor(request):
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(next_url, request.get_host(), request.is_secure()):
        return redirect(next_url)
    return redirect("wagtailadmin_home")


def read_pofile(upload):
    """The uploaded PO file, or None if it is not one. Parsed from a temporary file:
    polib treats a string argument that names an existing file as that file's path."""
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            return polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return None


@require_POST
def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, after checking that the file is one it can read and
    was downloaded for this translation (it answers 500 to a PO file without its
    header, and to a request without a file)."""
    translation = get_object_or_404(Translation, id=translation_id)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a PO file to upload."))
        return back_to_editor(request)
    po = read_pofile(upload)
    if po is None:
        messages.error(request, _("This is not a PO file. Upload a PO file downloaded here."))
        return back_to_editor(request)
    if po.metadata.get(PO_TRANSLATION_ID) != str(translation.uuid):
        messages.error(
            request,
            _(
                "This PO file was not downloaded from this translation. Download the PO "
                "file here, translate it, and upload that file."
            ),
        )
        return back_to_editor(request)
    upload.seek(0)
    return edit_translation.upload_pofile(request, translation_id)
