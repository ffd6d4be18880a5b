"""What a page view asks for again and again and what cannot change while it runs: the
site's few locales and view restrictions, the home page in the visitor's language.

Remembered for one request only, so that several server processes never disagree for
longer than a request, and forgotten as soon as one of those things is saved or
deleted (an editor's request that changes them and then renders). Outside a request
(management commands, tests calling functions directly) nothing is remembered.
"""

from asgiref.local import Local
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save

_state = Local()


def remembered(key, compute):
    """`compute()`, once per request for each key."""
    store = getattr(_state, "store", None)
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


def remember(key, value):
    """Keep `value` under `key` until the request ends (nothing outside a request)."""
    store = getattr(_state, "store", None)
    if store is not None:
        store[key] = value


def recall(key, default=None):
    """What `remember` kept under `key` in this request, else `default`."""
    store = getattr(_state, "store", None)
    return default if store is None else store.get(key, default)


def remembering():
    """Whether a request is being answered (and things are remembered)."""
    return getattr(_state, "store", None) is not None


def _start(**kwargs):
    _state.store = {}


def _stop(**kwargs):
    _state.store = None


def _forget_if_relevant(sender, **kwargs):
    store = getattr(_state, "store", None)
    if store and issubclass(sender, _watched_models()):
        store.clear()


def _forget_on_group_change(sender, instance, **kwargs):
    store = getattr(_state, "store", None)
    if store and isinstance(instance, _watched_models()):
        store.clear()


def _watched_models():
    from wagtail.models import Locale, Page, PageViewRestriction

    return (Locale, Page, PageViewRestriction)


def connect():
    request_started.connect(_start, dispatch_uid="osib_per_request_start")
    request_finished.connect(_stop, dispatch_uid="osib_per_request_stop")
    post_save.connect(_forget_if_relevant, dispatch_uid="osib_per_request_save")
    post_delete.connect(_forget_if_relevant, dispatch_uid="osib_per_request_delete")
    m2m_changed.connect(_forget_on_group_change, dispatch_uid="osib_per_request_m2m")
