from django.urls import path
from django.utils.translation import pgettext_lazy

from search.views import search_view

urlpatterns = [
    path(pgettext_lazy("URL address", "search/"), search_view, name="search"),
]
