"""The film library's listing: which films a visitor sees, the topic and audience
filters, and pagination. One place, so that the library, the home page and (later)
search agree on who may see which film."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from films.models import AUDIENCES, FilmPage, FilmPageTopic
from home.locales import exclude_pages_visitor_may_not_view, untranslated_copy_q
from home.models import Topic


def films_visible_to(request, parent=None, locale=None):
    """Live films that really exist in the language (no untranslated placeholders), minus
    those under a view restriction the visitor does not pass."""
    films = FilmPage.objects.live().exclude(untranslated_copy_q())
    if parent is not None:
        films = films.child_of(parent)
    if locale is not None:
        films = films.filter(locale=locale)
    return exclude_pages_visitor_may_not_view(films, request)


def with_card_data(films):
    """Everything a film card shows, in a fixed number of queries however many films."""
    return films.select_related("poster").prefetch_related(
        Prefetch(
            "poster__renditions", queryset=get_image_model().get_rendition_model().objects.all()
        ),
        Prefetch("topic_links", queryset=FilmPageTopic.objects.select_related("topic")),
    )


def attach_topics(films, locale):
    """Give each film `shown_topics`: its topics in the visitor's language."""
    links = [link for film in films for link in film.topic_links.all()]
    shown = dict(
        zip(
            (link.pk for link in links),
            Topic.for_visitor((link.topic for link in links), locale),
            strict=True,
        )
    )
    for film in films:
        film.shown_topics = [shown[link.pk] for link in film.topic_links.all()]


class FilmFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("For"), required=False)

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
    topics = sorted(
        Topic.for_visitor(Topic.objects.filter(pk__in=topic_ids).order_by()),
        key=lambda topic: topic.name.lower(),
    )
    # Several films may link to topics that show under one name; offer each once.
    topics = list({topic.slug: topic for topic in topics}.values())
    form = FilmFilterForm(request.GET or None, topics=topics)
    chosen_topic = chosen_audience = None
    if form.is_bound:
        form.is_valid()  # errors are shown next to the field; valid choices still apply
        chosen_topic = form.topics_by_slug.get(form.cleaned_data.get("topic"))
        chosen_audience = form.cleaned_data.get("audience") or None
    if chosen_topic is not None:
        films = films.filter(topic_links__topic__translation_key=chosen_topic.translation_key)
    if chosen_audience:
        field = next(field for value, field, _label in AUDIENCES if value == chosen_audience)
        films = films.filter(**{field: True})

    paginator = Paginator(with_card_data(films.order_by("path")).distinct(), index.films_per_page)
    page = paginator.get_page(request.GET.get("page"))
    attach_topics(page.object_list, index.locale)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "films": page,
        "filter_form": form,
        "is_filtered": bool(chosen_topic or chosen_audience),
        "filter_query": query.urlencode(),
    }
