"""Build the bilingual demo site. Idempotent: whatever already exists is left as it is,
so a second run changes nothing. Needs no network; images are drawn with Pillow and
written through Django's default storage (so this works on object storage too)."""

import os
import uuid
from io import BytesIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.dateparse import parse_duration
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.users.models import UserProfile

from films.models import FilmIndexPage, FilmPage, FilmPageTopic
from home.demo import content, films, images, news, partner
from home.locales import is_untranslated_copy
from home.models import (
    CompanySignupPage,
    ContentPage,
    Footer,
    HomePage,
    Partner,
    SchoolSignupPage,
    Topic,
)
from home.site_setup import ensure_editors_group, ensure_locales, point_default_site
from news.models import NewsIndexPage, NewsPage, NewsPageTopic
from resources.demo import PartnerDemo
from resources.groups import ensure_partner_group

DEMO_NAMESPACE = uuid.UUID("5f0c3d8e-6f55-4d1a-9a7e-0b1a5e0c2f31")
DEFAULT_DEMO_PASSWORD = "osib-demo-2026"  # noqa: S105  (dev-only, printed by make run)
MODELS = {
    "home.HomePage": HomePage,
    "home.ContentPage": ContentPage,
    "home.SchoolSignupPage": SchoolSignupPage,
    "home.CompanySignupPage": CompanySignupPage,
    "films.FilmIndexPage": FilmIndexPage,
    "films.FilmPage": FilmPage,
    "news.NewsIndexPage": NewsIndexPage,
    "news.NewsPage": NewsPage,
    **PartnerDemo.MODELS,
}
DEMO_VIDEO = Path(films.__file__).with_name("media") / "introduction.webm"


def demo_key(kind, key):
    """Stable translation keys, so the command can find what an earlier run made."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


class Command(BaseCommand):
    help = "Load the bilingual OS I BRANCHEN demo content (safe to run again)."

    def handle(self, *args, **options):
        self.created = []
        self.danish, self.english = ensure_locales()
        self.images = self.ensure_images()

        # One page per transaction: a parent is committed before its children and its
        # translation are made, and an interrupted run leaves whole pages that the next
        # run simply skips.
        self.pending_links = set()
        for spec in content.PAGES:
            with transaction.atomic():
                self.ensure_page(spec, self.danish, "da")
        with transaction.atomic():
            self.ensure_site(self.page_for("home", self.danish))
            self.fill_pending_links()
        for spec in content.PAGES:
            with transaction.atomic():
                self.ensure_page(spec, self.english, "en")

        with transaction.atomic():
            self.topics = self.ensure_topics()
            self.film_files = self.ensure_film_files()
            self.partner_demo = PartnerDemo(self)
            self.partner_demo.ensure_handouts(self.ensure_partner_collection())
        for locale, lang in ((self.danish, "da"), (self.english, "en")):
            for spec in partner.PAGES_BEFORE_FILMS + films.PAGES + news.PAGES + partner.PAGES:
                with transaction.atomic():
                    self.ensure_page(spec, locale, lang)
        with transaction.atomic():
            self.ensure_partner_restrictions()
            self.ensure_home_hero_film()
            self.partner_demo.ensure_standard_emails()

        with transaction.atomic():
            self.ensure_partners()
            self.ensure_footers()
            password = self.ensure_accounts()
            self.partner_demo.ensure_people(password)

        if self.created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content: created or updated {len(self.created)} items.")
            )
        else:
            self.stdout.write("Demo content is already in place; nothing changed.")
        self.stdout.write(
            "\n  Demo logins (development only; set DEMO_PASSWORD to choose the password):\n"
            f"    editor (Danish admin, can publish and translate):  editor / {password}\n"
            f"    administrator:                                    admin / {password}\n"
            f"    partner-school coordinator (partner area):  {partner.PARTNER_USER} / {password}\n"
            f"    signed-in visitor, no access:  {partner.VISITOR_USER} / {password}\n"
        )

    # --- images -----------------------------------------------------------------------

    def ensure_images(self):
        Image = get_image_model()
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name="Demo").first()
        if collection is None:
            collection = root.add_child(name="Demo")
            self.created.append(collection)
        found = {}
        for key, (_draw, title) in images.ILLUSTRATIONS.items():
            image = Image.objects.filter(title=title, collection=collection).first()
            if image is None:
                image = Image(title=title, collection=collection)
                image.file = ImageFile(BytesIO(images.render_jpeg(key)), name=f"demo-{key}.jpg")
                image.save()
                image.tags.add("demo")
                self.created.append(image)
            found[key] = image
        return found

    # --- pages ------------------------------------------------------------------------

    def page_for(self, key, locale):
        return (
            Page.objects.filter(translation_key=demo_key("page", key), locale=locale)
            .select_related("alias_of")
            .first()
        )

    def ensure_page(self, spec, locale, lang):
        existing = self.page_for(spec.key, locale)
        parent = self.page_for(spec.parent, locale) if spec.parent else Page.get_first_root_node()
        if existing is not None and not is_untranslated_copy(existing):
            if parent is not None and not existing.is_child_of(parent):
                # An earlier version kept it elsewhere (tutorial films before the area).
                existing.move(parent, pos="last-child")
                self.created.append(existing)
            return existing.specific
        if existing is not None:
            # An untranslated placeholder (alias) holds no content of its own.
            existing.delete()

        data = getattr(spec, lang)
        if data is None:
            return None  # not translated: the page exists in Danish only
        self.current_key = spec.key
        fields = self.page_fields(spec, data, lang)
        page = MODELS[spec.model](
            locale=locale,
            translation_key=demo_key("page", spec.key),
            show_in_menus=spec.in_menu,
            **fields,
        )
        # Translations are created directly under the translated parent (rather than
        # copied and renamed), so no redirects from the Danish slugs are left behind.
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(page)
        return page

    def page_fields(self, spec, data, lang):
        if spec.film is not None:
            return self.film_fields(spec, data)
        if spec.news is not None:
            return self.news_fields(spec, data, lang)
        if spec.model in PartnerDemo.MODELS:
            return self.partner_demo.page_fields(spec, data, lang)
        fields = {"title": data["title"], "slug": data["slug"]}
        for name in (
            "seo_title",
            "search_description",
            "intro",
            "hero_heading",
            "hero_text",
            "aims_heading",
            "aims_intro",
            "join_heading",
            "partners_heading",
            "news_heading",
            "thank_you_heading",
            "thank_you_text",
        ):
            if name in data:
                fields[name] = data[name]
        if "privacy_page" in data:
            # The same page in every language (a synchronised field); the form links to
            # the visitor's translation of it.
            fields["privacy_page"] = self.page_for(data["privacy_page"], self.danish)
        if spec.image:
            fields["hero_image"] = self.images[spec.image]
        if "hero_links" in data:
            fields["hero_links"] = [
                {"type": "link", "value": self.resolve(value, lang)}
                for _t, value in data["hero_links"]
            ]
        if "aims" in data:
            fields["aims"] = [
                {"type": "aim", "value": {"title": title, "text": text}}
                for title, text in data["aims"]
            ]
        if "join_actions" in data:
            fields["join_actions"] = [
                {"type": "call_to_action", "value": self.resolve(value, lang)}
                for value in data["join_actions"]
            ]
        if "body" in data:
            fields["body"] = [
                {"type": block_type, "value": self.resolve(value, lang)}
                for block_type, value in data["body"]
            ]
        return fields

    def resolve(self, value, lang):
        """Turn page keys and '@image' keys in block data into database ids."""
        if isinstance(value, dict):
            resolved = {}
            for name, item in value.items():
                if name == "page" and isinstance(item, str):
                    target = self.page_for(item, self.english if lang == "en" else self.danish)
                    target = target or self.page_for(item, self.danish)
                    if target is None:
                        self.pending_links.add(self.current_key)
                    resolved["page"] = target.pk if target else None
                    resolved.setdefault("url", "")
                elif isinstance(item, str) and item.startswith("@"):
                    resolved[name] = self.images[item[1:]].pk
                else:
                    resolved[name] = self.resolve(item, lang)
            return resolved
        if isinstance(value, list):
            return [self.resolve(item, lang) for item in value]
        return value

    # --- films ------------------------------------------------------------------------

    def ensure_topics(self):
        found = {}
        for key, name_da, name_en in films.TOPICS + news.TOPICS:
            for locale, name in ((self.danish, name_da), (self.english, name_en)):
                topic = Topic.objects.filter(
                    translation_key=demo_key("topic", key), locale=locale
                ).first()
                if topic is None:
                    topic = Topic.objects.create(
                        translation_key=demo_key("topic", key), locale=locale, name=name
                    )
                    self.created.append(topic)
                if locale == self.danish:
                    found[key] = topic
        return found

    def ensure_film_files(self):
        """Each demo film gets its own copy of the demo video and captions, so that the
        partner-only films' files are only theirs (see resources/document_access.py)."""
        Document = get_document_model()
        public = Collection.get_first_root_node().get_children().get(name="Demo")
        partners_only = self.ensure_partner_collection()
        contents = {  # the same film and captions for every demo film
            "video": ("webm", DEMO_VIDEO.read_bytes()),
            "da": ("vtt", films.captions_vtt("da").encode()),
            "en": ("vtt", films.captions_vtt("en").encode()),
        }
        found = {}
        for spec in films.PUBLIC_FILMS + films.TUTORIAL_FILMS:
            collection = partners_only if spec in films.TUTORIAL_FILMS else public
            for part, (extension, data) in contents.items():
                suffix = "" if part == "video" else f"-{part}"
                filename = f"demo-{spec.key}{suffix}.{extension}"
                title = f"Demo: {spec.da['title']} ({part})"
                document = Document.objects.filter(title=title).first()
                if document is not None and document.collection_id != collection.pk:
                    document.collection = collection  # made by an earlier version
                    document.save(update_fields=["collection"])
                if document is None:
                    document = Document(title=title, collection=collection)
                    document.file = ContentFile(data, name=filename)
                    document._set_document_file_metadata()  # size and hash (the ETag)
                    document.save()
                    document.tags.add("demo")
                    self.created.append(document)
                found[(spec.key, part)] = document
        return found

    def ensure_partner_collection(self):
        """Partner-only files also live in a collection only partners may open, so they
        stay private even when no partner page uses them any more."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=films.PARTNER_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=films.PARTNER_COLLECTION)
            self.created.append(collection)
        restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
        if restriction is None:
            restriction = CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.GROUPS
            )
        # Partners use the files; the foundation's editors check them.
        restriction.groups.add(ensure_partner_group()[0], ensure_editors_group()[0])
        return collection

    def film_fields(self, spec, data):
        captions = [
            {
                "type": "track",
                "value": {"language": lang, "file": self.film_files[(spec.key, lang)].pk},
            }
            for lang in ("da", "en")
        ]
        return {
            "title": data["title"],
            "slug": data["slug"],
            "description": data["description"],
            "duration": parse_duration(data["duration"]),
            "transcript": data["transcript"],
            "poster": self.images[spec.image],
            "video_file": self.film_files[(spec.key, "video")],
            "captions": captions,
            **{f"for_{audience}": True for audience in spec.film["audiences"]},
            "topic_links": [FilmPageTopic(topic=self.topics[key]) for key in spec.film["topics"]],
        }

    def news_fields(self, spec, data, lang):
        fields = {
            name: data[name]
            for name in ("title", "slug", "intro", "date", "contact_name", "contact_role")
            if name in data
        }
        fields["contact_email"] = data.get("contact_email", "")
        fields["main_image"] = self.images[spec.image]
        fields["body"] = [
            {"type": block_type, "value": self.resolve(value, lang)}
            for block_type, value in data["body"]
        ]
        fields["topic_links"] = [
            NewsPageTopic(topic=self.topics[key]) for key in spec.news["topics"]
        ]
        return fields

    def ensure_partner_restrictions(self):
        """The partner area (and, as before, the tutorial films in it) for the partner
        schools' staff and the foundation's editors, in both languages."""
        groups = [ensure_partner_group()[0], ensure_editors_group()[0]]
        for key in [partner.AREA.key, *films.RESTRICTED_TO_PARTNERS]:
            for locale in (self.danish, self.english):
                page = self.page_for(key, locale)
                if page is None:
                    continue
                restriction = PageViewRestriction.objects.filter(page=page).first()
                if restriction is None:
                    restriction = PageViewRestriction.objects.create(
                        page=page, restriction_type=PageViewRestriction.GROUPS
                    )
                    self.created.append(restriction)
                missing = [g for g in groups if not restriction.groups.filter(pk=g.pk).exists()]
                if missing:
                    restriction.groups.add(*missing)

    def ensure_home_hero_film(self):
        for locale in (self.danish, self.english):
            home = self.page_for("home", locale)
            film = self.page_for(films.HOME_HERO_FILM, locale)
            if home is None or film is None:
                continue
            home = home.specific
            if home.hero_film:
                continue
            home.hero_film = [{"type": "film", "value": {"film": film.pk, "heading": ""}}]
            home.save_revision().publish()
            self.created.append(home)

    def ensure_site(self, home):
        try:
            changed = point_default_site(home, os.environ.get("SITE_URL"))
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        if changed:
            self.created.append(home)

    def fill_pending_links(self):
        """Pages created this run that link to pages created after them (the home page
        links to its children) get their links once every Danish page exists."""
        for spec in content.PAGES:
            if spec.key not in self.pending_links:
                continue
            page = self.page_for(spec.key, self.danish).specific
            self.current_key = spec.key
            for name, value in self.page_fields(spec, spec.da, "da").items():
                setattr(page, name, value)
            page.save_revision().publish()

    # --- snippets ---------------------------------------------------------------------

    def ensure_partners(self):
        for order, (key, kind, url, description_da, description_en) in enumerate(
            content.PARTNER_ORGANISATIONS
        ):
            for locale, description in (
                (self.danish, description_da),
                (self.english, description_en),
            ):
                translation_key = demo_key("partner", key)
                if Partner.objects.filter(translation_key=translation_key, locale=locale).exists():
                    continue
                self.created.append(
                    Partner.objects.create(
                        translation_key=translation_key,
                        locale=locale,
                        name=content.PARTNER_NAMES[key],
                        kind=kind,
                        url=url,
                        description=description,
                        sort_order=(order + 1) * 10,
                    )
                )

    def ensure_footers(self):
        for lang, locale in (("da", self.danish), ("en", self.english)):
            translation_key = demo_key("footer", "site")
            if Footer.objects.filter(translation_key=translation_key, locale=locale).exists():
                continue
            data = dict(content.FOOTER[lang])
            links = [
                {
                    "type": "link",
                    "value": {"page": self.page_for(key, locale).pk, "url": "", "label": ""},
                }
                for key in data.pop("links")
            ]
            self.created.append(
                Footer.objects.create(
                    translation_key=translation_key, locale=locale, links=links, **data
                )
            )

    # --- accounts ---------------------------------------------------------------------

    def ensure_accounts(self):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        editors, created = ensure_editors_group()
        if created:
            self.created.append(editors)
        editor = self.ensure_user("editor", "editor@example.com", password, groups=[editors])
        self.ensure_user("admin", "admin@example.com", password, superuser=True)
        profile = UserProfile.get_for_user(editor)
        if profile.preferred_language != "da":
            profile.preferred_language = "da"
            profile.save()
        return password

    def ensure_user(self, username, email, password, superuser=False, groups=()):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": email,
                "is_staff": superuser,
                "is_superuser": superuser,
                "first_name": username.capitalize(),
            },
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save()
            self.created.append(user)
        for group in groups:
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
        return user
