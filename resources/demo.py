"""The partner area's part of the demo (home/management/commands/load_demo_content.py):
handouts, page fields, standard e-mails, the demo school and its people. Idempotent like
the rest of the command; the content itself is in home/demo/partner.py."""

from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model

from home.demo import partner
from resources.addresses import canonical_email
from resources.models import (
    ActivityIndexPage,
    ActivityPage,
    OnboardingGuidePage,
    PartnerAreaPage,
    PartnerSchool,
    PlaybookPage,
    SchoolMember,
    StandardEmail,
    StandardEmailsPage,
)


def render_handout_pdf(title, lines):
    """A one-page A4 handout (drawn, so the demo needs no files of its own)."""
    page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1240, 140), fill=(22, 33, 62))
    draw.text((80, 45), "OS I BRANCHEN", fill="white", font=ImageFont.load_default(48))
    draw.text((80, 220), title, fill=(22, 33, 62), font=ImageFont.load_default(40))
    body = ImageFont.load_default(32)
    for number, line in enumerate(lines):
        top = 340 + number * 120
        draw.rectangle((80, top, 1160, top + 90), outline=(200, 200, 200), width=3)
        draw.text((110, top + 28), line, fill="black", font=body)
    out = BytesIO()
    page.save(out, format="PDF", resolution=150)
    return out.getvalue()


class PartnerDemo:
    MODELS = {
        "resources.PartnerAreaPage": PartnerAreaPage,
        "resources.OnboardingGuidePage": OnboardingGuidePage,
        "resources.ActivityIndexPage": ActivityIndexPage,
        "resources.ActivityPage": ActivityPage,
        "resources.PlaybookPage": PlaybookPage,
        "resources.StandardEmailsPage": StandardEmailsPage,
    }

    def __init__(self, command):
        self.command = command
        self.handouts = {}

    def ensure_handouts(self, collection):
        """Handouts are partner-only files: in the partner collection, and used only by
        pages in the partner area."""
        Document = get_document_model()
        for key, languages in partner.HANDOUTS.items():
            for lang, (title, lines) in languages.items():
                document = Document.objects.filter(title=title).first()
                if document is None:
                    document = Document(title=title, collection=collection)
                    document.file = ContentFile(
                        render_handout_pdf(title, lines), name=f"demo-handout-{key}-{lang}.pdf"
                    )
                    document._set_document_file_metadata()
                    document.save()
                    document.tags.add("demo")
                    self.command.created.append(document)
                self.handouts[(key, lang)] = document

    def page_fields(self, spec, data, lang):
        fields = {name: data[name] for name in ("title", "slug", "intro") if name in data}
        model = spec.model
        if model == "resources.OnboardingGuidePage":
            fields["role"] = data["role"]
            fields["steps"] = self.steps(data["steps"], spec.key)
        elif model == "resources.ActivityPage":
            for name in ("purpose", "timing", "group_size", "preparation"):
                fields[name] = data[name]
            fields["steps"] = self.steps(data["steps"], spec.key)
            fields["handouts"] = [
                {
                    "type": "handout",
                    "value": {"document": self.handouts[(key, lang)].pk, "description": ""},
                }
                for key in data["handouts"]
            ]
            film = data["film"] and self.command.page_for(data["film"], self.locale(lang))
            fields["tutorial_film"] = (
                [{"type": "film", "value": {"film": film.pk, "heading": ""}}] if film else []
            )
        elif model == "resources.PlaybookPage":
            fields["chapters"] = [
                {"type": "chapter", "value": {"heading": heading, "body": body}}
                for heading, body in data["chapters"]
            ]
        return fields

    def locale(self, lang):
        return self.command.english if lang == "en" else self.command.danish

    def steps(self, steps, page_key):
        # The same block ids in both languages: progress is shared between them.
        from home.management.commands.load_demo_content import demo_key

        return [
            {
                "type": "step",
                "value": {"title": title, "text": f"<p>{text}</p>"},
                "id": str(demo_key("step", f"{page_key}-{number}")),
            }
            for number, (title, text) in enumerate(steps)
        ]

    def ensure_standard_emails(self):
        from home.management.commands.load_demo_content import demo_key

        for key, order, da, en in partner.STANDARD_EMAILS:
            for locale, data in ((self.command.danish, da), (self.command.english, en)):
                translation_key = demo_key("standard-email", key)
                if StandardEmail.objects.filter(
                    translation_key=translation_key, locale=locale
                ).exists():
                    continue
                self.command.created.append(
                    StandardEmail.objects.create(
                        translation_key=translation_key, locale=locale, sort_order=order, **data
                    )
                )

    def ensure_people(self, password):
        """The demo school with its coordinator (a partner), and a signed-in visitor
        who is nobody's staff (to see the "no access" page)."""
        school = PartnerSchool.objects.filter(name=partner.SCHOOL["name"]).first()
        if school is None:
            school = PartnerSchool.objects.create(**partner.SCHOOL)
            self.command.created.append(school)
        User = get_user_model()
        for address in (partner.PARTNER_USER, partner.VISITOR_USER):
            username = canonical_email(address)
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": username}
            )
            if created or not user.check_password(password):
                user.set_password(password)
                user.save()
                self.command.created.append(user)
        member_user = User.objects.get(username=canonical_email(partner.PARTNER_USER))
        if not SchoolMember.objects.filter(user=member_user).exists():
            # Saving the record puts the person in the partner group (resources.signals).
            SchoolMember.objects.create(school=school, user=member_user, **partner.MEMBER)
            self.command.created.append(member_user)
        else:
            SchoolMember.objects.get(user=member_user).save()  # access follows the record
