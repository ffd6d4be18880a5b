"""When the page cache (home/page_cache.py) and a CDN in front of the site forget pages.

Any change a visitor could see renews the whole page cache: a page published,
unpublished, moved or deleted (by an editor, by `publish_scheduled`, by a
wagtail-localize sync) changes its listings, menus, translations' language switchers
and the sitemap, and a snippet, an image or a privacy setting may be shown on any page.
Renewing everything is one cache write and can never miss a page; the site's pages are
few enough to render again.

A CDN (WAGTAILFRONTENDCACHE, Wagtail's frontend cache) is told the addresses that may
have changed: for a page, the page, the pages it is listed on (its ancestors: the news
index, the film library, the home page) and the translations of all of them, with their
own addresses (Wagtail's language option swaps URL prefixes, which breaks translated
slugs); for anything else, every public page. The renewal happens once the change is
committed, so that no request can keep the old content under the new generation."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.page_cache import renew

# Saves that only record what was measured while a page was rendered.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"page-cache-{signal}")
    post_page_move.connect(page_moved, dispatch_uid="page-cache-move")
    post_save.connect(content_saved, dispatch_uid="page-cache-save")
    post_delete.connect(content_deleted, dispatch_uid="page-cache-delete")


def page_changed(sender, instance, **kwargs):
    on_commit(lambda: forget_page(instance))


def page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    """Moved elsewhere, or only reordered among its siblings (the menus and the film
    library follow the tree's order): every page may show it. A CDN also forgets its
    old address, which may now be a partner page's or nothing."""
    old_urls = []
    if url_path_before and url_path_before != url_path_after:
        moved_to = instance.url_path
        instance.url_path = url_path_before
        old_urls = own_urls(instance)
        instance.url_path = moved_to
    on_commit(lambda: forget_page(instance, also_everything=True, old_urls=old_urls))


def content_saved(sender, instance, update_fields=None, created=False, **kwargs):
    if isinstance(instance, Page):
        # A live page made without being published (an alias, a copy kept live) sends
        # no page_published.
        if created and instance.live:
            on_commit(lambda: forget_page(instance))
        return
    if not shown_on_pages(sender):
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    on_commit(forget_everything)


def content_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or shown_on_pages(sender):
        on_commit(forget_everything)


def on_commit(action):
    transaction.on_commit(action)


def shown_on_pages(model):
    """Models whose rows public pages show (or whose rules decide who sees a page)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    watched = {
        get_image_model(),
        get_document_model(),
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
        Locale,
        *get_snippet_models(),
    }
    return model in watched


def forget_page(page, also_everything=False, old_urls=()):
    renew()
    if not cdn_configured():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    if also_everything or page.show_in_menus:
        # A page in the menu is shown (by its title) on every page.
        return purge_everything(extra_urls=old_urls)
    batch = PurgeBatch()
    batch.add_urls(own_urls(page))  # its address, even when it has just been deleted
    listed_on = page.get_ancestors(inclusive=True).filter(depth__gt=1)
    for shown in listed_on:
        batch.add_pages(shown.get_translations(inclusive=True).live().specific())
    batch.add_urls(sitemap_urls())
    batch.purge()


def forget_everything():
    renew()
    if cdn_configured():
        purge_everything()


def purge_everything(extra_urls=()):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1).specific())
    batch.add_urls([*sitemap_urls(), *extra_urls])
    batch.purge()


def own_urls(page):
    url = page.get_full_url()
    return [url] if url else []


def cdn_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def sitemap_urls():
    return [f"{site.root_url}/sitemap.xml" for site in Site.objects.all()]
