"""The film library's listing: which films a visitor sees, the topic and audience
filters, and pagination. One place, so that the library, the home page and (later)
search agree on who may see which film."""

from django import forms
from django.utils.translation import gettext_lazy as _

from films.models import AUDIENCES, FilmPage, FilmPageTopic
from home.listings import attach_topics, paginate, topic_list, visible_pages, with_card_data
from home.models import Topic


def films_visible_to(request, parent=None, locale=None):
    return visible_pages(FilmPage, request, parent=parent, locale=locale)


class FilmFilterForm(forms.Form):
    # Messages that do not repeat the value: it comes from the address, which anyone
    # can write.
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("There is no such topic. Showing all films.")},
    )
    audience = forms.ChoiceField(
        label=_("For"),
        required=False,
        error_messages={"invalid_choice": _("Choose who the films are for from the list.")},
    )

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.topics_by_slug = {topic.slug: topic for topic in topics}
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]
        self.fields["audience"].choices = [("", _("Everyone"))] + [
            (value, label) for value, _field, label in AUDIENCES
        ]


def library_context(index, request):
    films = films_visible_to(request, parent=index, locale=index.locale_id)
    topic_ids = FilmPageTopic.objects.filter(page__in=films).values("topic_id")
    topics = topic_list(Topic.objects.filter(pk__in=topic_ids).order_by(), index.locale)
    form = FilmFilterForm(request.GET or None, topics=topics)
    chosen_topic = chosen_audience = None
    if form.is_bound:
        form.is_valid()  # errors are shown next to the field; valid choices still apply
        chosen_topic = form.topics_by_slug.get(form.cleaned_data.get("topic"))
        chosen_audience = form.cleaned_data.get("audience") or None
    if chosen_topic is not None:
        films = films.filter(pk__in=FilmPageTopic.pages_about([chosen_topic.translation_key]))
    if chosen_audience:
        field = next(field for value, field, _label in AUDIENCES if value == chosen_audience)
        films = films.filter(**{field: True})

    films = with_card_data(films.order_by("path"), "poster", FilmPageTopic)
    page, other_parameters = paginate(request, films, index.films_per_page)
    attach_topics(page.object_list, index.locale)
    return {
        "films": page,
        "filter_form": form,
        "is_filtered": bool(chosen_topic or chosen_audience),
        "filter_query": other_parameters,
    }
