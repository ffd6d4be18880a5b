"""Images are sent in the size and format the visitor's screen needs: several widths
(srcset) in WebP with a JPEG or PNG fallback, width and height set (no layout shift),
the first image of a page loaded at once and first, those further down only when
scrolled to, and listings' images without a query per image."""

import pytest
from wagtail.images import get_image_model

from home.models import ContentPage, Partner

from .films_helpers import add_film, remember_embed
from .helpers import count_queries
from .page_resources import page_resources, srcset_widths

pytestmark = pytest.mark.django_db

BODY_ALT = ["Elever ved arbejdsbænken", "Klassen på virksomhedsbesøg"]


def demo_image(title_start):
    return get_image_model().objects.get(title__startswith=f"Demo-illustration: {title_start}")


@pytest.fixture
def page_with_images(demo_site):
    """A content page with a hero image and two image blocks in its body."""
    body = [{"type": "paragraph", "value": "<p>Først lidt tekst.</p>"}]
    for title, alt in zip(["arbejdsbænk", "klassen"], BODY_ALT, strict=True):
        image = {"image": demo_image(title).pk, "decorative": False, "alt_text": alt}
        body.append({"type": "image", "value": {"image": image, "caption": "", "credit": ""}})
    page = ContentPage(
        title="Billeder", slug="billeder", intro="Om billeder.", hero_image=demo_image("bygge")
    )
    page.body = body
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def assert_responsive(img, min_widths, fallback=".jpg"):
    """WebP offered in several widths, a fallback format in the same widths, and the
    box's size known before the image arrives."""
    webp = [source for source in img["sources"] if source.get("type") == "image/webp"]
    assert webp, f"no WebP offered for {img.get('src')}"
    assert len(set(srcset_widths(webp[0]["srcset"]))) >= min_widths, webp[0]["srcset"]
    assert webp[0].get("sizes") == img.get("sizes") and img.get("sizes")
    assert len(set(srcset_widths(img.get("srcset")))) >= min_widths, img.get("srcset")
    assert img["src"].endswith(fallback)
    assert int(img["width"]) > 0 and int(img["height"]) > 0


def test_hero_and_body_images_are_responsive(client, page_with_images):
    images = page_resources(client.get(page_with_images.url)).images
    assert len(images) == 3
    hero, *body = images
    assert_responsive(hero, min_widths=3)
    for img in body:
        assert_responsive(img, min_widths=3)
    assert [img["alt"] for img in body] == BODY_ALT
    assert hero["alt"] == ""  # decorative: the heading says it all


def test_the_hero_loads_first_and_body_images_when_scrolled_to(client, page_with_images):
    hero, *body = page_resources(client.get(page_with_images.url)).images
    assert hero.get("loading") != "lazy"
    assert hero.get("fetchpriority") == "high"
    assert [img.get("loading") for img in body] == ["lazy", "lazy"]
    assert all(img.get("fetchpriority") != "high" for img in body)


def test_news_post_image_loads_first_and_related_cards_lazily(client, page_by_slug):
    post = page_by_slug("tradium-og-aarhus-tech-er-med", "da")
    main, *cards = page_resources(client.get(post.url)).images
    assert_responsive(main, min_widths=3)
    assert main.get("loading") != "lazy" and main.get("fetchpriority") == "high"
    assert cards and all(card.get("loading") == "lazy" for card in cards)
    for card in cards:
        assert_responsive(card, min_widths=2)


@pytest.mark.parametrize("url", ["/nyheder/", "/en/news/", "/film/", "/en/films/"])
def test_a_listing_loads_its_first_card_at_once_and_the_rest_lazily(client, url):
    images = page_resources(client.get(url)).images
    assert len(images) >= 3
    for img in images:
        assert_responsive(img, min_widths=2)
    assert images[0].get("loading") != "lazy"
    assert all(img.get("loading") == "lazy" for img in images[1:])


def test_home_page_news_cards_are_below_the_hero_and_lazy(client):
    images = page_resources(client.get("/")).images
    assert len(images) == 3  # the latest news; the hero is a film with its poster
    assert all(img.get("loading") == "lazy" for img in images)


@pytest.fixture
def youtube_film(page_by_slug):
    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    remember_embed(url)
    film = add_film(page_by_slug("film", "da"), "Værkstedet", slug="vaerkstedet", video_url=url)
    film.poster = demo_image("arbejdsbænk")
    film.save_revision().publish()
    return film


def test_a_film_pages_poster_loads_first(client, youtube_film):
    poster, *_cards = page_resources(client.get(youtube_film.url)).images
    assert_responsive(poster, min_widths=2)
    assert poster.get("loading") != "lazy" and poster.get("fetchpriority") == "high"


def test_a_film_in_the_home_pages_hero_loads_its_poster_first(client, demo_site, youtube_film):
    demo_site.hero_film = [{"type": "film", "value": {"film": youtube_film.pk, "heading": ""}}]
    demo_site.save_revision().publish()
    poster = page_resources(client.get("/")).images[0]
    assert poster.get("loading") != "lazy" and poster.get("fetchpriority") == "high"


def test_a_film_further_down_a_page_loads_its_poster_lazily(client, page_by_slug, youtube_film):
    page = page_by_slug("om-os", "da")
    page.body = [*page.body.raw_data, {"type": "film", "value": {"film": youtube_film.pk}}]
    page.save_revision().publish()
    poster = page_resources(client.get(page.url)).images[-1]
    assert poster["src"].endswith(".jpg") and poster.get("loading") == "lazy"
    assert poster.get("fetchpriority") != "high"


def give_logos(partners):
    logo = demo_image("elevens")
    for partner in partners:
        partner.logo = logo
        partner.save()


def test_partner_logos_are_responsive_lazy_and_keep_their_names(client, danish):
    partners = list(Partner.objects.filter(locale=danish))
    give_logos(partners)
    images = page_resources(client.get("/")).images
    logos = [img for img in images if img["alt"] in {p.name for p in partners}]
    assert len(logos) == len(partners)
    for logo in logos:
        assert_responsive(logo, min_widths=2, fallback=".png")  # PNG keeps transparency
        assert logo.get("loading") == "lazy"


def test_more_partner_logos_cost_no_more_queries(client, danish):
    partners = list(Partner.objects.filter(locale=danish))
    assert len(partners) >= 3
    give_logos(partners[:1])
    one = count_queries(client, "/")
    give_logos(partners)
    assert count_queries(client, "/") == one
