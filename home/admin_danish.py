"""Danish for the Wagtail admin strings that Wagtail's own Danish catalogue lacks.

Editors work in a Danish admin, but Wagtail's upstream Danish translation is incomplete.
Our catalogue (LOCALE_PATHS) takes precedence over Wagtail's, so marking the missing
strings here lets `make messages` carry them into locale/da, where they are translated.
Nothing imports this module; it exists for makemessages only.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_ADMIN_STRINGS = [
    gettext_noop("Images"),
    gettext_noop("Documents"),
    gettext_noop("Reports"),
    gettext_noop("Help"),
    gettext_noop("Settings"),
    gettext_noop("Snippets"),
    gettext_noop("Users"),
    gettext_noop("show in menus"),
    gettext_noop("Comments"),
    gettext_noop("Checks"),
    gettext_noop("Bulk actions"),
    gettext_noop("More actions"),
    gettext_noop("Sort by"),
    gettext_noop("Filter by"),
    gettext_noop("Locale"),
    gettext_noop("Owner"),
    gettext_noop("Page type"),
    gettext_noop("Collection"),
    gettext_noop("Date updated"),
    gettext_noop("Usage"),
    gettext_noop("Saved"),
    gettext_noop("Loading"),
    gettext_noop("Set schedule"),
    gettext_noop("Change privacy"),
    gettext_noop("Switch locales"),
    gettext_noop("Add an image"),
    gettext_noop("Choose an image"),
    gettext_noop("Change image"),
    gettext_noop("Newest"),
    gettext_noop("Oldest"),
    gettext_noop("First published"),
    gettext_noop("Edited by"),
    gettext_noop("Visible to all"),
    gettext_noop("Not visible to the public"),
    gettext_noop("Anyone can edit this page"),
    gettext_noop("No publishing schedule set"),
    gettext_noop("Once live anyone can view"),
    gettext_noop("Has child pages"),
    gettext_noop("Current page status:"),
    gettext_noop("Page visibility:"),
    gettext_noop("Locking:"),
    gettext_noop("Add to collection"),
    gettext_noop("Meta description"),
    gettext_noop("Title tag"),
    gettext_noop("Reading time"),
    gettext_noop("Words"),
    gettext_noop("Content metrics"),
    gettext_noop("Readability"),
    gettext_noop("Issues found"),
    gettext_noop("Usage count"),
    gettext_noop("Translate"),
    gettext_noop("Sync translated pages"),
]

# wagtail-localize: the translation workflow (its own Danish catalogue is nearly empty).
# The in-page translation editor's strings are in locale/da/LC_MESSAGES/djangojs.po.
WAGTAIL_LOCALIZE_STRINGS = [
    gettext_noop("Translate this page"),
    gettext_noop("Translate page"),
    gettext_noop("Translate {model_name}"),
    gettext_noop("Locales"),
    gettext_noop("Select all"),
    gettext_noop("All child pages will be created."),
    ngettext_lazy("Include subtree ({} page)", "Include subtree ({} pages)", "count"),
    gettext_noop("Go back"),
    gettext_noop("Translations"),
    gettext_noop("Published '{object}' in {locale}."),
    gettext_noop("Successfully updated translations for '{object}'"),
    gettext_noop("There isn't anything left to translate."),
    gettext_noop("Sync translated snippets"),
    gettext_noop("Update existing translations"),
    gettext_noop("Publish immediately"),
    gettext_noop("Use machine translation"),
    gettext_noop("Start Synced translation"),
    gettext_noop("Translation has been restarted."),
    gettext_noop("Translation has been stopped."),
    gettext_noop("Convert to alias page"),
    gettext_noop("{} locales"),
    gettext_noop(
        "The page '{page_title}' was successfully submitted for translation into {locales}"
    ),
]
