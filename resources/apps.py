from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Partner area")

    def ready(self):
        from resources import restriction_sync, signals

        restriction_sync.connect()
        signals.connect()
