# ruff: noqa: E501 -- msgids must match Wagtail's exactly, so long ones stay on one line.
"""Danish for the Wagtail strings (admin and visitor pages) that Wagtail's Danish catalogue lacks.

Editors work in a Danish admin, but Wagtail's upstream Danish translation is incomplete.
Our catalogue (LOCALE_PATHS) takes precedence over Wagtail's, so marking the missing
strings here lets `make messages` carry them into locale/da, where they are translated.
Nothing imports this module; it exists for makemessages only.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_ADMIN_STRINGS = [
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
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

# Wagtail's pages for visitors (password-protected pages) use these; its Danish catalogue
# lacks them.
WAGTAIL_VISITOR_STRINGS = [
    gettext_noop("Password required"),
    gettext_noop("The password you have entered is not correct. Please try again."),
]


# Seen by editors on the dashboard, page listings, the page editor, its side panels,
# history, privacy and scheduling dialogs, media listings and the account page.
WAGTAIL_EDITOR_STRINGS = [
    gettext_noop("%(locales_count)s locales"),
    gettext_noop("%(objects)s documents selected"),
    gettext_noop("%(objects)s images selected"),
    gettext_noop("%(objects)s items selected"),
    gettext_noop("%(objects)s pages selected"),
    gettext_noop("%(objects)s snippets selected"),
    gettext_noop("%(objects)s users selected"),
    gettext_noop("%(range_start)s - %(range_end)s"),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop("%(time)s by %(user_display_name)s"),
    gettext_noop("1 document selected"),
    gettext_noop("1 image selected"),
    gettext_noop("1 item selected"),
    gettext_noop("1 page selected"),
    gettext_noop("1 snippet selected"),
    gettext_noop("1 user selected"),
    gettext_noop("A network error occurred"),
    gettext_noop("Actions"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Add Comment"),
    gettext_noop("Add a concise description for search engines"),
    gettext_noop("Add a document"),
    gettext_noop("Add comment"),
    gettext_noop("Add documents"),
    gettext_noop("Add images"),
    gettext_noop("Add or show comments"),
    gettext_noop("Add selected documents to collection"),
    gettext_noop("Add selected images to collection"),
    gettext_noop("Add tags to the selected documents"),
    gettext_noop("Add tags to the selected images"),
    gettext_noop("Add to collection:"),
    gettext_noop("Aging pages"),
    gettext_noop("All %(objects)s documents on this screen selected"),
    gettext_noop("All %(objects)s images on this screen selected"),
    gettext_noop("All %(objects)s items on this screen selected"),
    gettext_noop("All %(objects)s pages on this screen selected"),
    gettext_noop("All %(objects)s snippets on this screen selected"),
    gettext_noop("All %(objects)s users on this screen selected"),
    gettext_noop("All documents in listing selected"),
    gettext_noop("All images in listing selected"),
    gettext_noop("All items in listing selected"),
    gettext_noop("All keyboard shortcuts"),
    gettext_noop("All pages in listing selected"),
    gettext_noop("All snippets in listing selected"),
    gettext_noop("All users in listing selected"),
    gettext_noop("Alt text"),
    gettext_noop("Any"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("Anyone with editing permissions can create schedules"),
    gettext_noop("Application"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Avoid skipping levels"),
    gettext_noop("Back"),
    gettext_noop("Breadcrumb"),
    gettext_noop("But only those with publishing permissions can make them effective."),
    gettext_noop("Button text is empty"),
    gettext_noop("Choose %(object)s"),
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),
    gettext_noop("Choose when this page should go live and/or expire"),
    gettext_noop("Choose who can view the live version of this page"),
    gettext_noop("Close dialog"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Comment notifications"),
    gettext_noop("Confirm"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Create"),
    gettext_noop("Created"),
    gettext_noop("Cut"),
    gettext_noop("Default"),
    gettext_noop("Delete %(query)s"),
    gettext_noop("Delete selected documents"),
    gettext_noop("Delete selected images"),
    gettext_noop("Delete selected pages"),
    gettext_noop("Delete selected snippets"),
    gettext_noop("Document"),
    gettext_noop("Document updated."),
    gettext_noop("Drag and drop documents into this area to upload immediately."),
    gettext_noop("Drag and drop images into this area to upload immediately."),
    gettext_noop("Edit account avatar"),
    gettext_noop("Edit this %(object)s"),
    gettext_noop("Edit this image"),
    gettext_noop("Editing %(object_type)s %(title)s"),
    gettext_noop("Editing %(page_type)s"),
    gettext_noop("Editing %(task_type)s"),
    gettext_noop("Editor Guide"),
    gettext_noop("Empty frame title found"),
    gettext_noop("Empty heading found"),
    gettext_noop("Enable custom keyboard shortcuts specific to Wagtail."),
    gettext_noop("File size: (high to low)"),
    gettext_noop("File size: (low to high)"),
    gettext_noop("Filter by up to ten most popular tags."),
    gettext_noop("Grid layout"),
    gettext_noop("Group"),
    gettext_noop("Heading 3"),
    gettext_noop("Heading 4"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop("Image alt text has inappropriate pattern"),
    gettext_noop("Image is decorative"),
    gettext_noop("Image updated."),
    gettext_noop("Incorrect heading hierarchy"),
    gettext_noop("Input button text is empty"),
    gettext_noop("Insert or edit a link"),
    gettext_noop("Is commenting action"),
    gettext_noop("Keep the new pages updated with future changes"),
    gettext_noop("Keyboard shortcut"),
    gettext_noop("Keyboard shortcuts"),
    gettext_noop("Light"),
    gettext_noop("Link text is empty"),
    gettext_noop("List layout"),
    gettext_noop("Live"),
    gettext_noop("Live version"),
    gettext_noop("Locked pages"),
    gettext_noop("Maximum"),
    gettext_noop("Meta description is empty"),
    gettext_noop("Minimap"),
    gettext_noop("Misusing paragraphs as headings"),
    gettext_noop("Monospace (code)"),
    gettext_noop("More contrast"),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("Move selected pages"),
    gettext_noop("Name and Email"),
    gettext_noop("No other translations"),
    gettext_noop("Not a supported image format. Supported formats: %(supported_formats)s."),
    gettext_noop("Notifications"),
    gettext_noop("Or choose from your computer"),
    gettext_noop("Page %(page_num)s of %(total_pages)s"),
    gettext_noop("Page types usage"),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, create them as children of the homepage."
    ),
    gettext_noop("Pagination"),
    gettext_noop("Paste"),
    gettext_noop("Paste without formatting"),
    gettext_noop(
        "Please provide an image description to comply with best practices for accessibility."
    ),
    gettext_noop("Preview in desktop size"),
    gettext_noop("Preview in mobile size"),
    gettext_noop("Preview in new tab"),
    gettext_noop("Preview in tablet size"),
    gettext_noop("Preview is out of date"),
    gettext_noop("Privacy changes apply to all children of this page too."),
    gettext_noop("Private. Visit the live page"),
    gettext_noop("Profile"),
    gettext_noop("Profile picture"),
    gettext_noop("Publish %(model_name)s"),
    gettext_noop("Publish selected pages"),
    gettext_noop("Published"),
    gettext_noop("Receive notification when a page is submitted for moderation"),
    gettext_noop(
        "Receive notification when comments have been created, resolved, or deleted on a page that you have subscribed to receive comment notifications on"
    ),
    gettext_noop("Receive notification when your page edit is approved"),
    gettext_noop("Receive notification when your page edit is rejected"),
    gettext_noop("Report this error to your website administrator with the following information:"),
    gettext_noop("Save changes"),
    gettext_noop("Save schedule"),
    gettext_noop("Save your changes before leaving"),
    gettext_noop("Schedule to publish"),
    gettext_noop("Search all pages…"),
    gettext_noop("Search…"),
    gettext_noop("Section"),
    gettext_noop("Select"),
    gettext_noop("Select %(title)s"),
    gettext_noop("Select a new parent for this page."),
    gettext_noop("Select row"),
    gettext_noop("Set publishing schedule"),
    gettext_noop(
        "Shared passwords should not be used to protect sensitive content. Anyone who has this password will be able to view the content."
    ),
    gettext_noop("Shortcuts"),
    gettext_noop("Show filters"),
    gettext_noop("Show issue"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Side panel width"),
    gettext_noop("Side panels"),
    gettext_noop("Site history"),
    gettext_noop("Snug"),
    gettext_noop("Sorry, upload failed."),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort menu order"),
    gettext_noop(
        "Sort the order of child pages within '%(parent)s' by '%(label)s' in ascending order."
    ),
    gettext_noop("Strike-through"),
    gettext_noop("Submit"),
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Subscript"),
    gettext_noop("Superscript"),
    gettext_noop("Supported formats: %(supported_formats)s."),
    gettext_noop(
        "Supported formats: %(supported_formats)s. Maximum filesize: %(max_upload_size)s."
    ),
    gettext_noop("System default"),
    gettext_noop("Table header text is empty"),
    gettext_noop("Text editing"),
    gettext_noop("Text formatting"),
    gettext_noop("The descriptive text displayed underneath a headline in search engine results."),
    gettext_noop(
        "The name of the page as it will appear in URLs e.g http://domain.com/blog/[my-slug]/"
    ),
    gettext_noop(
        "The name of the page displayed on search engine results as the clickable headline."
    ),
    gettext_noop("The page title as you'd like it to be seen by the public"),
    gettext_noop("Theme preferences"),
    gettext_noop("This data explained"),
    gettext_noop("This file is too big. Maximum filesize %(max_filesize)s."),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Toggle breadcrumbs"),
    gettext_noop("Toggle checks"),
    gettext_noop("Toggle comments"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Toggle preview"),
    gettext_noop("Toggle section"),
    gettext_noop("Toggle side panel"),
    gettext_noop("Toggle sidebar"),
    gettext_noop("Toggle status"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),
    gettext_noop("Unpublish selected pages"),
    gettext_noop("Upload a profile picture:"),
    gettext_noop(
        "Upload successful. However, your new image seems to be a duplicate of this existing image. You may delete it if it wasn't required."
    ),
    gettext_noop(
        "Upload successful. Please update this document with a more appropriate title, if necessary. You may also delete the document completely if the upload wasn't required."
    ),
    gettext_noop(
        "Upload successful. Please update this image with a more appropriate title, if necessary. You may also delete the image completely if the upload wasn't required."
    ),
    gettext_noop("Usage count: (high to low)"),
    gettext_noop("Usage count: (low to high)"),
    gettext_noop("Use a meaningful title for screen reader users"),
    gettext_noop("Use meaningful text"),
    gettext_noop("Use meaningful text for screen reader users"),
    gettext_noop("Use proper heading tags"),
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Use server time zone"),
    gettext_noop("View history"),
    gettext_noop("View latest version"),
    gettext_noop("Visible to all. Visit the live page"),
    gettext_noop("Visit the live page"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    gettext_noop("What's new in Wagtail %(version)s"),
    gettext_noop("Whether a link to this page will appear in automatically generated menus"),
    gettext_noop("Workflow tasks"),
    gettext_noop("Workflows"),
    gettext_noop("In Moderation"),
    gettext_noop("Locale: "),
    gettext_noop("Locking: "),
    gettext_noop("Page visibility: "),
    gettext_noop("Unpublished"),
    gettext_noop("title tag"),
]


# Seen by editors while saving and publishing (messages), in the explorer, search and
# choosers, on the image form and the dashboard; found missing by rendering those screens.
WAGTAIL_EDITOR_MESSAGES = [
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop("Dashboard"),
    gettext_noop("Filesize"),
    gettext_noop("Image focal point"),
    gettext_noop("Max dimensions"),
    gettext_noop(
        'Multi-word tags with spaces will automatically be enclosed in double quotes (").'
    ),
    gettext_noop("Other searches"),
    gettext_noop("Page types"),
    gettext_noop("Remove focal area"),
    gettext_noop("Title: (A -> Z)"),
    gettext_noop("Title: (Z -> A)"),
    gettext_noop("To define this image's most important region, drag a box over the image above."),
    gettext_noop("You have <span>unsaved edits</span>"),
    gettext_noop("You haven't uploaded any documents."),
    gettext_noop(
        'You haven\'t uploaded any documents. Why not <a href="%(wagtaildocs_add_document_url)s">upload one now</a>?'
    ),
    gettext_noop("Exploring"),
    gettext_noop("Page %(page_number)s of %(num_pages)s."),
    gettext_noop("%(model_name)s '%(object)s' created and published."),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' updated and published."),
    gettext_noop("Page '%(page_title)s' created and published."),
    gettext_noop("Page '%(page_title)s' has been scheduled for publishing."),
    gettext_noop("The %(model_name)s could not be created due to errors."),
    gettext_noop("The %(model_name)s could not be saved due to errors."),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Go to the first error"),
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),
    gettext_noop("The image could not be created due to errors."),
    gettext_noop("The image could not be saved due to errors."),
    gettext_noop("Image '%(image_title)s' added."),
    gettext_noop("Image '%(image_title)s' updated."),
    gettext_noop("Translated manually on {date}"),
    gettext_noop("Cancel"),
    gettext_noop("Page title"),
    gettext_noop("description"),
    gettext_noop(
        "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s."
    ),
    gettext_noop(
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click publish again to ignore these translations for now."
    ),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),
    ngettext_lazy("%(count)s image", "%(count)s images", "count"),
    ngettext_lazy("1 page", "%(counter)s pages", "count"),
    ngettext_lazy("%(num_pages)d page", "%(num_pages)d pages", "count"),
    ngettext_lazy("%(num_parent_objects)d page", "%(num_parent_objects)d pages", "count"),
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        "count",
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        "count",
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        "count",
    ),
    ngettext_lazy("There is one matching page", "There are %(counter)s matching pages", "count"),
    ngettext_lazy("There is %(counter)s match", "There are %(counter)s matches", "count"),
    ngettext_lazy("Used %(usage_count)s time", "Used %(usage_count)s times", "count"),
    gettext_noop("(optional)"),
    gettext_noop("Change image file:"),
    gettext_noop("Focal point"),
    gettext_noop(
        'JavaScript is required to use Wagtail, but it is currently disabled.<br /> Here are the <a href="https://www.enable-javascript.com/" target="_blank" rel="noreferrer">instructions how to enable JavaScript in your web browser</a>.'
    ),
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times", "count"),
    # Replacing and deleting documents and images (found by the object-storage review).
    gettext_noop("The document could not be saved due to errors."),
    gettext_noop("Document '%(document_title)s' updated"),
    gettext_noop("The file could not be found. Please change the source or delete the document."),
    gettext_noop("Delete document"),
    gettext_noop("Document '%(document_title)s' deleted."),
    gettext_noop(
        "The source image file could not be found. Please change the source or delete the image."
    ),
    gettext_noop("Generate URL"),
    gettext_noop("The filter options you have selected are not valid."),
    gettext_noop("Image '%(image_title)s' deleted."),
]


# Seen by editors in listings, the page editor's status and privacy panels, delete and
# unpublish confirmations, reports, image uploads (size, format, duplicates) and
# wagtail-localize's placeholder, sync and PO screens.
WAGTAIL_EDITOR_SCREENS = [
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop("live + scheduled"),
    gettext_noop("live + draft"),
    gettext_noop("page"),
    gettext_noop("pages"),
    gettext_noop("page log entries"),
    gettext_noop("Draft saved"),
    gettext_noop("Private, accessible with a shared password"),
    gettext_noop("Private, accessible to any logged-in users"),
    gettext_noop("Private, accessible to users in specific groups"),
    gettext_noop("Copied for translation from %(title)s (%(locale)s)"),
    gettext_noop("Added the '%(restriction)s' view restriction"),
    gettext_noop("Expiry date/time must be in the future."),
    gettext_noop("items"),
    gettext_noop("No, don't delete"),
    gettext_noop("There are no differences between these two versions"),
    gettext_noop("Language"),
    gettext_noop("Privacy and access"),
    gettext_noop("Are you sure you want to delete these pages?"),
    gettext_noop("Sorry, no pages match <em>%(query_string)s</em>"),
    gettext_noop("Last published"),
    gettext_noop("Last published by"),
    gettext_noop("Last edited page"),
    gettext_noop("Last edit"),
    gettext_noop("No locked pages found."),
    gettext_noop("Date / Time"),
    gettext_noop("No pages/snippets have been submitted for moderation yet"),
    gettext_noop("Existing"),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop("Are you sure you want to delete this collection?"),
    gettext_noop("%(model_name)s '%(object)s' has been scheduled for publishing."),
    gettext_noop(
        "%(model_name)s '%(object)s' is live and this version has been scheduled for publishing."
    ),
    gettext_noop(
        "Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing."
    ),
    gettext_noop("New: %(model_name)s"),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("Are you sure you want to delete this %(model_name)s?"),
    gettext_noop("Field"),
    gettext_noop(
        "Version from %(previous_revision_datetime)s of page '%(page_title)s' has been scheduled for publishing."
    ),
    gettext_noop(
        "Page '%(page_title)s' is live and this version has been scheduled for publishing."
    ),
    gettext_noop("By task"),
    gettext_noop("Delete image"),
    gettext_noop("Are you sure you want to delete this redirect?"),
    gettext_noop("Are you sure you want to delete this group?"),
    gettext_noop(
        "Not a valid .%(extension)s image. The extension does not match the file format (%(image_format)s)"
    ),
    gettext_noop("This file is too big (%(file_size)s). Maximum filesize %(max_filesize)s."),
    gettext_noop("unknown number"),
    gettext_noop("image"),
    gettext_noop("images"),
    gettext_noop(
        "Upload successful. However, your new image seems to be a duplicate of an existing image. You may delete it if it wasn't required."
    ),
    gettext_noop("Use new image"),
    gettext_noop("Use existing and delete new"),
    gettext_noop("Keep new image"),
    gettext_noop("Delete new image"),
    gettext_noop("Are you sure you want to delete this locale?"),
    gettext_noop("Are you sure you want to delete this site?"),
    gettext_noop("Are you sure you want to delete this %(snippet_type_name)s?"),
    gettext_noop("The document could not be created due to errors."),
    gettext_noop("Document '%(document_title)s' added."),
    gettext_noop(
        "The {model_name} '{object}' was successfully submitted for translation into {locales}"
    ),
    gettext_noop(
        'This page hasn\'t been translated yet. It is mirroring the <a href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    gettext_noop("Why would I sync my page?"),
    gettext_noop(
        "Changes are not automatically applied between translated pages. Syncing will add new content for translation and remove deleted content."
    ),
    gettext_noop("The last sync date was %(last_sync_date)s. You are about to sync the following:"),
    gettext_noop("Successfully imported translations from PO File."),
    ngettext_lazy(
        "This page has one subpage. Unpublish this too",
        "This page has %(live_descendant_count)s subpages. Unpublish these too",
        "count",
    ),
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
        "count",
    ),
    ngettext_lazy(
        "Are you sure you want to delete this image?",
        "Are you sure you want to delete these images?",
        "count",
    ),
    ngettext_lazy(
        "Are you sure you want to delete this document?",
        "Are you sure you want to delete these documents?",
        "count",
    ),
    gettext_noop("Deleted"),
    gettext_noop("Download CSV"),
    gettext_noop("Download XLSX"),
    gettext_noop("Last published before"),
    gettext_noop("Anyone"),
    gettext_noop("Locked at"),
    gettext_noop("Locked by"),
    gettext_noop("draft"),
    gettext_noop("Are you sure you want to publish these pages?"),
    gettext_noop("Yes, publish"),
    gettext_noop("No, don't publish"),
    gettext_noop("Yes, convert it"),
    gettext_noop("Up to date"),
    gettext_noop("Waiting for translations"),
    gettext_noop("Translated with {tool_name} on {date}"),
    gettext_noop("Convert to alias"),
    gettext_noop(
        "Are you sure you want to convert this page into an alias? This will overwrite the content of the page with the content of '%(source_page_title)s' (%(source_page_locale)s)"
    ),
    gettext_noop("No, leave it as a page"),
    gettext_noop("Content type"),
    gettext_noop("Target"),
    gettext_noop("No translations found."),
    gettext_noop("Page '{}' has been converted into an alias."),
    gettext_noop("Sync translations of '%(title)s'"),
    gettext_noop("Version from %(datetime)s of page '%(page_title)s' has been published."),
    gettext_noop("Version from %(timestamp)s of %(model_name)s '%(object)s' has been published."),
    ngettext_lazy(
        "%(num_parent_objects)d page has been published",
        "%(num_parent_objects)d pages have been published",
        "count",
    ),
    ngettext_lazy(
        "This will also unpublish one translation of the page.",
        "This will also unpublish all %(translation_count)s translations of the page.",
        "count",
    ),
    # Films: documents (videos, captions) chosen in pages, the upload form's limit.
    gettext_noop("- Select an option -"),
    gettext_noop("Add view restrictions"),
    gettext_noop("Choose another %(object)s"),
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    gettext_noop("Change document:"),
    gettext_noop("Select all documents in listing"),
    gettext_noop("Choose another document"),
    gettext_noop("Edit this document"),
    ngettext_lazy("%(count)s document", "%(count)s documents", "count"),
    # The choosers of film, caption and poster files, and of a film in a Film block.
    gettext_noop("All collections"),
    gettext_noop("Latest documents"),
    gettext_noop("Latest images"),
    gettext_noop("Layout"),
    gettext_noop("Popular tags"),
    gettext_noop("Actions"),
    ngettext_lazy(
        'Only pages of type "%(type)s" may be chosen for this field. Search results will exclude pages of other types.',
        "Only the following page types may be chosen for this field: %(type)s. Search results will exclude pages of other types.",
        "count",
    ),
    # Scheduling a news post, previews, delete and workflow screens.
    gettext_noop("go live date/time"),
    gettext_noop("expiry date/time"),
    gettext_noop("Go live date/time must be before expiry date/time"),
    gettext_noop("Expiry date/time must be in the future."),
    gettext_noop("Scheduling…"),
    gettext_noop("Preview not available"),
    gettext_noop(
        "Preview cannot display due to validation errors. <br /> Click save to highlight the relevant fields."
    ),
    gettext_noop("Placeholder title"),
    gettext_noop("This page hasn't been submitted for moderation yet"),
    gettext_noop(
        'Alternatively you can <a href="%(unpublish_url)s">unpublish the page</a>. This removes the page from public view and you can edit or publish it again later.'
    ),
    gettext_noop("Workflow history"),
    # The sign-up lists (home/signups/): each sign-up's page.
    gettext_noop("Inspect"),
    # Promoted search results (wagtail.contrib.search_promotions).
    gettext_noop("Add new promoted result"),
    gettext_noop(
        'No promoted results have been created. Why not <a href="%(wagtailsearchpromotions_add_url)s">add one</a>?'
    ),
    gettext_noop("Promoted search results"),
    gettext_noop(
        '<p>Promoted search results are a means of recommending specific pages or external links that might not organically come high up in search results. E.g recommending your primary donation page to a user searching with the less common term "<em>giving</em>".</p>'
    ),
    gettext_noop(
        '<p>The "Search term(s)/phrase" field below must contain the full and exact search for which you wish to provide recommended results, <em>including</em> any misspellings/user error. To help, you can choose from search terms that have been popular with users of your site.</p>'
    ),
    gettext_noop("Add a recommended result"),
    gettext_noop("Choose from popular search terms"),
    gettext_noop(
        "Enter the full search string to match. An exact match is required for your Promoted Results to be displayed, wildcards are NOT allowed."
    ),
    gettext_noop("Promoted search result"),
    gettext_noop("Search term(s)/phrase"),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("Promoted results"),
    gettext_noop("Search term(s)"),
    gettext_noop("Views"),
    gettext_noop("Alternatively, use an external link for this promotion"),
    gettext_noop("Applies to internal page or external link"),
    gettext_noop("Choose an internal page for this promotion"),
    gettext_noop("External link URL"),
    gettext_noop("External link text"),
    gettext_noop("Recommended search result"),
    gettext_noop("Are you sure you want to delete all promoted results for this search term?"),
    gettext_noop("Terms"),
    gettext_noop("Popular search terms"),
    gettext_noop("Please specify at least one recommendation for this search term."),
    gettext_noop("Editor's picks for '%(query)s' created."),
    gettext_noop("Editor's picks for '%(query)s' updated."),
    gettext_noop("Editor's picks deleted."),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("query"),
    gettext_noop("queries"),
]
