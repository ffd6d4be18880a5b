from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self):
        from home import (
            page_cache_invalidation,
            per_request,
            search_topics,
            storage,
            upload_names,
        )

        search_topics.connect()
        per_request.connect()
        page_cache_invalidation.connect()
        upload_names.connect()
        storage.connect()
