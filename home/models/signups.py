"""What schools and companies send through the "collaborate with us" forms. A sign-up
is saved before any e-mail is sent, so a mail server that fails loses nothing; what
happened to the e-mails is recorded on the sign-up for the editors to see."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    HOVEDSTADEN = "hovedstaden", _("Capital Region of Denmark")
    SJAELLAND = "sjaelland", _("Region Zealand")
    SYDDANMARK = "syddanmark", _("Region of Southern Denmark")
    MIDTJYLLAND = "midtjylland", _("Central Denmark Region")
    NORDJYLLAND = "nordjylland", _("North Denmark Region")


class Signup(models.Model):
    """What both forms ask for: the contact person, where they are, and their consent."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    town = models.CharField(_("town"), max_length=100)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    contact_name = models.CharField(_("contact person"), max_length=150)
    email = models.EmailField(_("e-mail address"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    message = models.TextField(_("message"), blank=True, max_length=3000)
    consent_given_at = models.DateTimeField(_("consent given"))
    form_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The e-mails: when each went out, or why it did not.
    notification_sent_at = models.DateTimeField(_("editors notified"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    notification_error = models.CharField(
        _("problem notifying the editors"), max_length=300, blank=True
    )
    confirmation_error = models.CharField(
        _("problem sending the confirmation"), max_length=300, blank=True
    )

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def notify_address(self):
        """The form page's address for sign-ups, or the site's."""
        page = self.form_page.specific if self.form_page_id else None
        return getattr(page, "notify_address", None) or settings.SIGNUP_NOTIFICATION_EMAIL

    def received(self):
        return date_format(timezone.localtime(self.created_at), "DATETIME_FORMAT")

    received.short_description = _("received")

    def consent_given(self):
        return date_format(timezone.localtime(self.consent_given_at), "DATETIME_FORMAT")

    consent_given.short_description = _("consent given")

    @property
    def mail_failed(self):
        return bool(self.notification_error or self.confirmation_error)

    def mail_status(self):
        problems = []
        if self.notification_error:
            problems.append(_("the editors were not notified (%s)") % self.notification_error)
        if self.confirmation_error:
            problems.append(_("no confirmation was sent (%s)") % self.confirmation_error)
        if problems:
            return _("Failed: %(problems)s") % {"problems": "; ".join(problems)}
        if self.notification_sent_at and self.confirmation_sent_at:
            return _("Sent")
        return _("Not sent yet")

    mail_status.short_description = _("e-mails")

    def language_name(self):
        return self.get_language_display()

    language_name.short_description = _("language")


class SchoolSignup(Signup):
    kind = "school"
    # What the person fills in, in the form's order (the form, the admin's edit and
    # inspect screens all show these).
    ANSWERS = [
        "school_name",
        "programmes",
        "town",
        "region",
        "contact_name",
        "role",
        "email",
        "phone",
        "message",
    ]

    class Role(models.TextChoices):
        LEADER = "leader", _("School leader")
        COORDINATOR = "coordinator", _("Coordinator")
        TEACHER = "teacher", _("Teacher")
        OTHER = "other", _("Other")

    school_name = models.CharField(_("school"), max_length=150)
    programmes = models.TextField(_("programmes interested"), max_length=2000)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    partner_school = models.ForeignKey(
        "resources.PartnerSchool",
        verbose_name=_("partner school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signups",
        help_text=_("The partner school made from this sign-up."),
    )

    class Meta(Signup.Meta):
        verbose_name = _("school sign-up")
        verbose_name_plural = _("school sign-ups")

    def __str__(self):
        # No personal name: this is what the admin's history keeps after a deletion.
        return self.school_name

    def converted_label(self):
        return self.partner_school.name if self.partner_school_id else _("No")

    converted_label.short_description = _("partner school")


class CompanySignup(Signup):
    kind = "company"
    # (What they can offer is one choice in the form and three flags here.)
    ANSWERS = [
        "company_name",
        "industry",
        "town",
        "region",
        "contact_name",
        "email",
        "phone",
        "message",
    ]

    class Industry(models.TextChoices):
        # The four main areas of Denmark's vocational programmes.
        CARE = "care", _("Care, health and pedagogy")
        OFFICE = "office", _("Office, retail and business services")
        FOOD = "food", _("Food, agriculture and hospitality")
        TECHNOLOGY = "technology", _("Technology, construction and transport")

    company_name = models.CharField(_("company"), max_length=150)
    industry = models.CharField(_("industry"), max_length=20, choices=Industry.choices)
    offers_visits = models.BooleanField(_("offers visits"), default=False)
    offers_mentors = models.BooleanField(_("offers mentors"), default=False)
    offers_tasks = models.BooleanField(_("offers tasks"), default=False)

    class Meta(Signup.Meta):
        verbose_name = _("company sign-up")
        verbose_name_plural = _("company sign-ups")

    def __str__(self):
        return self.company_name

    def offers(self):
        names = [
            (self.offers_visits, _("visits")),
            (self.offers_mentors, _("mentors")),
            (self.offers_tasks, _("tasks")),
        ]
        return ", ".join(str(name) for offered, name in names if offered)

    offers.short_description = _("can offer")
