"""The search page: the visitor's language only, live pages only, restricted pages only
for those allowed; Danish and English inflections on PostgreSQL (word beginnings on
SQLite); editors' promotions; pagination, counts, marked matches, a helpful page when
nothing is found; and bad input that always gets a 200."""

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.models import ContentPage
from tests.helpers import text_of
from tests.partner_helpers import DEMO_PASSWORD, demo_partner, demo_visitor, log_in

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="inflections need the PostgreSQL backend"
)


def search(client, query, lang="da", **params):
    url = "/soeg/" if lang == "da" else "/en/search/"
    return client.get(url, {"q": query, **params})


def result_titles(response):
    return [item["page"].title for item in response.context["results"]]


def add_page(parent_slug, lang, title, intro, body_text="", publish=True, **fields):
    parent = Page.objects.get(slug=parent_slug, locale__language_code=lang)
    page = ContentPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro=intro,
        body=[("paragraph", f"<p>{body_text}</p>")] if body_text else [],
        locale=parent.locale,
        live=publish,
        **fields,
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    return page


def test_the_header_links_to_the_search_page_in_each_language(client):
    assert 'href="/soeg/"' in client.get("/").content.decode()
    assert 'href="/en/search/"' in client.get("/en/").content.decode()
    page = client.get("/en/search/")
    assert page.status_code == 200
    assert '<html lang="en"' in page.content.decode()
    assert '<meta name="robots" content="noindex">' in page.content.decode()
    assert page["X-Robots-Tag"] == "noindex"


def test_a_search_finds_pages_of_the_visitors_language_only(client):
    add_page("hjem", "da", "Praktikpladser i Odense", "Om lærepladser hos smedene.")
    add_page("home", "en", "Apprenticeships in Odense", "About apprenticeships with smiths.")

    danish = search(client, "Odense")
    assert "Praktikpladser i Odense" in result_titles(danish)
    assert "Apprenticeships in Odense" not in result_titles(danish)
    english = search(client, "Odense", "en")
    assert result_titles(english) == ["Apprenticeships in Odense"]
    assert "<mark>Odense</mark>" in english.content.decode()
    assert "1 result for “Odense”" in text_of(english)


def test_drafts_and_untranslated_copies_are_never_found(client, english):
    add_page("hjem", "da", "Hemmeligt udkast", "Kladdeord zebrafink.", publish=False)
    draft_only = search(client, "zebrafink")
    assert result_titles(draft_only) == []

    # A Danish page with an untranslated placeholder copy in the English tree.
    danish_page = add_page("hjem", "da", "Kun dansk side", "Ordet kolibrifugl står her.")
    danish_page.copy_for_translation(english, copy_parents=True, alias=True)
    assert result_titles(search(client, "kolibrifugl", "en")) == []
    assert result_titles(search(client, "kolibrifugl")) == ["Kun dansk side"]


def test_unpublished_moved_and_deleted_pages_follow_at_once(client):
    page = add_page("hjem", "da", "Flyttes snart", "Ordet ugleunge er med.")
    assert result_titles(search(client, "ugleunge")) == ["Flyttes snart"]

    page.move(Page.objects.get(slug="om-os", locale__language_code="da"), pos="last-child")
    moved = search(client, "ugleunge")
    assert [item["page"].url for item in moved.context["results"]] == ["/om-os/flyttes-snart/"]

    page.refresh_from_db()
    page.unpublish()
    assert result_titles(search(client, "ugleunge")) == []
    page.save_revision().publish()
    assert result_titles(search(client, "ugleunge")) == ["Flyttes snart"]
    page.delete()
    assert result_titles(search(client, "ugleunge")) == []


def test_restricted_pages_are_found_only_by_those_who_may_open_them(client):
    # The demo partner area has an activity about "velkomstdag".
    anonymous = search(client, "velkomstdag")
    assert all(not item["in_partner_area"] for item in anonymous.context["results"])
    assert "Velkomstdag med lærlinge og virksomheder" not in text_of(anonymous)

    assert log_in(client, demo_visitor().username, DEMO_PASSWORD).status_code == 302
    visitor = search(client, "velkomstdag")
    assert "Velkomstdag med lærlinge og virksomheder" not in text_of(visitor)
    client.logout()

    assert log_in(client, demo_partner().username, DEMO_PASSWORD).status_code == 302
    partner = search(client, "velkomstdag")
    found = {item["page"].title: item for item in partner.context["results"]}
    assert found["Velkomstdag med lærlinge og virksomheder"]["in_partner_area"]
    assert "Partnerområde" in text_of(partner)
    assert "private" in partner["Cache-Control"] and "no-store" in partner["Cache-Control"]


def test_a_standard_e_mail_finds_its_page_for_partners(client):
    from resources.models import StandardEmail

    email = StandardEmail.objects.filter(locale__language_code="da").first()
    email.subject = "Invitation til tapirbesøg"
    email.save()
    client.force_login(demo_partner())
    titles = result_titles(search(client, "tapirbesøg"))
    assert len(titles) == 1
    assert (
        titles[0]
        == Page.objects.get(
            content_type__model="standardemailspage", locale__language_code="da"
        ).title
    )


@on_postgres
@pytest.mark.parametrize("query", ["virksomhed", "virksomheden", "virksomheder", "virksomhederne"])
def test_danish_inflections_are_found_on_postgresql(client, query):
    add_page("hjem", "da", "Om samarbejdet", "Her mødes virksomhederne og lamaerne.")
    assert result_titles(search(client, f"{query} lama")) == ["Om samarbejdet"]


@on_postgres
def test_danish_and_english_plurals_and_genitives_on_postgresql(client):
    add_page("hjem", "da", "Fælles dag", "Skolernes dag for gederne.")
    add_page("home", "en", "Open day", "An open day for the schools and their hatcheries.")
    assert result_titles(search(client, "skole ged")) == ["Fælles dag"]
    assert result_titles(search(client, "school hatchery", "en")) == ["Open day"]
    assert result_titles(search(client, "schools hatcheries", "en")) == ["Open day"]
    # The summary marks the inflected forms that matched.
    content = search(client, "skole ged").content.decode()
    assert "<mark>Skolernes</mark>" in content and "<mark>gederne</mark>" in content


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend")
def test_words_are_found_by_their_beginning_on_sqlite(client):
    add_page("hjem", "da", "Fælles dag", "Skolernes dag i foråret.")
    assert "Fælles dag" in result_titles(search(client, "skole"))
    assert "Fælles dag" in result_titles(search(client, "skol dag"))


def test_results_are_paginated_and_bad_page_numbers_show_a_real_page(client):
    for number in range(13):
        add_page("hjem", "da", f"Tømrerdag {number}", "Om tømrerfaget og vandrefalke.")
    first = search(client, "vandrefalke")
    assert len(first.context["results"]) == 10
    assert "13 resultater for “vandrefalke”" in text_of(first)
    second = search(client, "vandrefalke", page="2")
    assert len(second.context["results"]) == 3
    for bad in ("999", "-1", "0", "abc", "2.5", "1e9", "９"):
        response = search(client, "vandrefalke", page=bad)
        assert response.status_code == 200, bad
        assert response.context["results"], bad


def test_editors_promote_a_page_for_a_query_in_each_language(client, page_by_slug):
    danish = page_by_slug("samarbejd-med-os", "da")
    english = page_by_slug("collaborate-with-us", "en")
    query = Query.get("tilmelding")
    SearchPromotion.objects.create(query=query, page=danish, description="Meld jer til her.")
    SearchPromotion.objects.create(
        query=Query.get("sign up"), page=english, description="Sign up here."
    )

    response = search(client, "Tilmelding")
    promoted = response.context["promoted"]
    assert [item["page"].pk for item in promoted] == [danish.pk]
    assert "Anbefalet" in text_of(response) and "Meld jer til her." in text_of(response)
    # A promotion of a Danish page does not appear on the English search, and the other way.
    assert search(client, "tilmelding", "en").context["promoted"] == []
    assert [p["page"].pk for p in search(client, "sign up", "en").context["promoted"]] == [
        english.pk
    ]


def test_a_promoted_restricted_page_is_shown_only_to_those_allowed(client):
    area = Page.objects.get(content_type__model="partnerareapage", locale__language_code="da")
    SearchPromotion.objects.create(query=Query.get("materialer"), page=area)
    assert search(client, "materialer").context["promoted"] == []
    client.force_login(demo_partner())
    assert [p["page"].pk for p in search(client, "materialer").context["promoted"]] == [area.pk]


def test_nothing_found_suggests_the_other_language(client):
    add_page("home", "en", "Bricklaying", "All about bricklaying and mortar.")
    response = search(client, "bricklaying")
    assert response.status_code == 200
    text = text_of(response)
    assert "Der blev ikke fundet noget for “bricklaying”." in text
    assert "1 resultat på engelsk" in text
    assert 'href="/en/search/?q=bricklaying"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "!!! ??? ...",
        '"skole',
        "'; DROP TABLE wagtailcore_page; --",
        "skole & !elev | (smed:* <-> tømrer)",
        "🙂🔧",
        "skole 🙂",
        "Москва skole",
        "æøå ÆØÅ",
        "\x00\x01skole",
        "a" * 300 + " skole",
        " ".join(["skole"] * 500),
    ],
)
def test_bad_queries_get_a_page_not_an_error(client, query):
    for lang in ("da", "en"):
        response = search(client, query, lang, page="abc")
        assert response.status_code == 200
        assert len(response.context["query"]) <= 200


def test_a_long_query_is_cut_and_the_visitor_told(client):
    response = search(client, "skole " * 100)
    assert "kun de første ord" in text_of(response)


def test_the_search_page_costs_a_bounded_number_of_queries(client):
    from tests.helpers import count_queries

    for number in range(12):
        add_page("hjem", "da", f"Murerdag {number}", "Om murerfaget.")
    few = count_queries(client, "/soeg/?q=murerfaget&page=2")
    many = count_queries(client, "/soeg/?q=murerfaget")
    assert many - few <= 2  # ten results cost about what two do


def test_editors_manage_promotions_in_the_danish_admin(client, editor, page_by_slug):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from tests.test_admin_danish_screens import english_on_screen

    listing = client.get("/admin/searchpicks/")
    assert listing.status_code == 200
    assert english_on_screen(listing) == []
    add = client.get("/admin/searchpicks/add/")
    assert add.status_code == 200
    assert english_on_screen(add) == []
    page = page_by_slug("samarbejd-med-os", "da")
    response = client.post(
        "/admin/searchpicks/add/",
        nested_form_data(
            {
                "query_string": "Praktik",
                "editors_picks": inline_formset(
                    [{"page": page.pk, "sort_order": 0, "description": "Læs her."}]
                ),
            }
        ),
    )
    assert response.status_code == 302
    assert [p["page"].pk for p in search(client, "praktik").context["promoted"]] == [page.pk]


@pytest.mark.parametrize(
    "url", ["/soeg/?q=skole&page=", "/en/search/?q=school&page=-", "/nyheder/?page="]
)
def test_page_numbers_too_long_to_be_numbers_show_a_real_page(client, url):
    assert client.get(url + "9" * 5000).status_code == 200


def test_english_pages_are_found_by_their_topics_english_names(client):
    from films.models import FilmPage

    film = FilmPage.objects.get(slug="the-apprentices-welcome-you")
    assert "Networks" in film.topic_names()
    assert film.pk in [
        item["page"].pk for item in search(client, "Networks", "en").context["results"]
    ]


def test_renaming_a_topic_updates_the_pages_it_finds(client):
    from home.models import Topic

    assert result_titles(search(client, "netværksdannelse")) == []
    topic = Topic.objects.get(name="Netværk", locale__language_code="da")
    topic.name = "Netværksdannelse"
    topic.save()
    assert result_titles(search(client, "netværksdannelse"))


def test_a_decomposed_letter_is_the_same_letter(client):
    add_page("hjem", "da", "Gode råd om gederne", "Tre gode råd.")
    decomposed = "ra\u030ad gederne"
    assert result_titles(search(client, decomposed)) == ["Gode råd om gederne"]
    assert result_titles(search(client, "RÅD GEDERNE")) == ["Gode råd om gederne"]


def test_the_heading_of_a_film_not_everyone_may_see_does_not_make_a_page_findable(client):
    from films.models import FilmPage

    partner_film = FilmPage.objects.filter(
        locale__language_code="da",
        path__startswith=Page.objects.get(
            content_type__model="partnerareapage", locale__language_code="da"
        ).path,
    ).first()
    page = add_page("hjem", "da", "Kontaktside", "Om os.")
    page.body = [("film", {"film": partner_film, "heading": "Hemmeligfilmoverskrift"})]
    page.save_revision().publish()
    assert result_titles(search(client, "Hemmeligfilmoverskrift")) == []


def test_an_external_link_can_be_promoted(client):
    SearchPromotion.objects.create(
        query=Query.get("uddannelsesguiden"),
        external_link_url="https://www.ug.dk/",
        external_link_text="UddannelsesGuiden",
        sort_order=0,
    )
    response = search(client, "uddannelsesguiden")
    assert '<a href="https://www.ug.dk/" rel="noopener">UddannelsesGuiden</a>' in (
        response.content.decode()
    )
    assert "1 resultat for" in text_of(response)


def test_searches_that_find_nothing_leave_no_trace(client):
    before = Query.objects.count()
    search(client, "xyzzyqwerty")
    search(client, "plugh plover")
    assert Query.objects.count() == before
    search(client, "evalueringen")
    assert Query.objects.filter(query_string="evalueringen").exists()


def test_each_search_that_finds_something_counts_one_hit(client):
    search(client, "evalueringen")
    search(client, "Evalueringen")
    assert Query.get("evalueringen").hits == 2


def test_the_count_is_the_same_on_every_page_with_a_promotion(client, page_by_slug):
    for number in range(12):
        add_page("hjem", "da", f"Snedkerdag {number}", "Om snedkerfaget og odderne.")
    SearchPromotion.objects.create(
        query=Query.get("odderne"), page=page_by_slug("samarbejd-med-os", "da"), sort_order=0
    )
    first, second = search(client, "odderne"), search(client, "odderne", page="2")
    assert first.context["total"] == second.context["total"] == 13
    assert first.context["promoted"] and not second.context["promoted"]


def test_the_notice_about_a_cut_query_is_only_shown_when_it_was_cut(client):
    assert not search(client, "  skole   \n").context["too_long"]
    thirteen = search(client, "skole " * 12 + "xyzzyq")
    assert thirteen.context["too_long"]
    assert "xyzzyq" not in thirteen.context["query"]


def test_links_to_other_pages_carry_the_query_as_searched(client):
    for number in range(11):
        add_page("hjem", "da", f"Maskindag {number}", "Om maskinfaget.")
    response = search(client, "maskinfaget " * 3000)
    assert response.context["page_obj"].has_next()
    assert response.context["other_parameters"] == "q=" + "+".join(["maskinfaget"] * 12)


def test_a_possessive_finds_the_word(client):
    add_page("home", "en", "The trade day", "A day for the carpenter and the bakery.")
    assert result_titles(search(client, "carpenter's bakery", "en")) == ["The trade day"]


@pytest.mark.parametrize("page_number", ["--5", "-", "--", "5-", "+3"])
def test_page_numbers_that_are_not_numbers_show_the_first_page(client, page_number):
    for url in ("/soeg/?q=skole&page=", "/nyheder/?page=", "/film/?page="):
        assert client.get(url + page_number).status_code == 200, url


def test_an_invisible_character_inside_a_word_is_left_out(client):
    add_page("hjem", "da", "Gode råd om gederne", "Tre gode råd.")
    assert result_titles(search(client, "ged\u200berne")) == ["Gode råd om gederne"]


def test_a_thirteenth_word_joined_by_hyphens_is_noticed(client):
    assert search(client, "-".join(["skole"] * 13)).context["too_long"]
