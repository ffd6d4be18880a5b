"""What an editor does in wagtail-localize: submit a page for translation, type the
translations (and overrides) into its editor, publish."""

from urllib.parse import urlencode

from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, StringSegment, Translation


def translate_and_publish(client, page, locale, capture, strings, overrides=None):
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            data=urlencode({"value": strings[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)
    for path, value in (overrides or {}).items():
        segment = OverridableSegment.objects.get(source=translation.source, context__path=path)
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/",
            data=urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)
    translated = Page.objects.get(translation_key=page.translation_key, locale=locale)
    with capture(execute=True):
        response = client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    return translated.specific_class.objects.get(pk=translated.pk)
