from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class PartnerSchool(models.Model):
    """A vocational school taking part in the trial, wave by wave."""

    name = models.CharField(_("name"), max_length=150)
    town = models.CharField(_("town"), max_length=100)
    programmes = models.TextField(
        _("programmes taking part"),
        blank=True,
        help_text=_("One programme per line, for example “Smed” or “Elektriker”."),
    )
    wave = models.PositiveSmallIntegerField(
        _("wave"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("The rollout wave the school starts in."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Staff of an inactive school can no longer open the partner area."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("town"),
        FieldPanel("programmes"),
        FieldRowPanel([FieldPanel("wave"), FieldPanel("start_date")]),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("partner school")
        verbose_name_plural = _("partner schools")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="partner_school_unique_name"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.name = " ".join(self.name.split())
        same = PartnerSchool.objects.filter(name__iexact=self.name).exclude(pk=self.pk)
        if self.name and same.exists():
            raise ValidationError({"name": _("There is already a school with this name.")})

    def active_label(self):
        # (Wagtail's yes/no column names its icons in English.)
        return _("Yes") if self.is_active else _("No")

    active_label.short_description = _("active")

    @property
    def programme_list(self):
        return [line.strip() for line in self.programmes.splitlines() if line.strip()]


class SchoolMember(models.Model):
    """A person at a partner school with an account for the partner area. Their e-mail
    address is their account's (the canonical form is its username)."""

    class Role(models.TextChoices):
        LEADER = "leader", _("School leader")
        COORDINATOR = "coordinator", _("Coordinator")
        TEACHER = "teacher", _("Teacher (facilitator)")
        COMPANY_CONTACT = "company_contact", _("Company contact")

    school = models.ForeignKey(
        PartnerSchool,
        verbose_name=_("school"),
        on_delete=models.PROTECT,
        related_name="members",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="school_membership",
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="da",
        help_text=_("The language of the e-mails the person gets."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("A deactivated person is signed out at once and cannot sign in."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("school staff member")
        verbose_name_plural = _("school staff")
        ordering = ["school__name", "name"]

    def __str__(self):
        return f"{self.name} ({self.school})"

    @property
    def email(self):
        return self.user.email

    def email_address(self):
        return self.user.email

    email_address.short_description = _("E-mail address")

    @property
    def has_password(self):
        return self.user.has_usable_password()

    def status(self):
        """What the editors' list shows: active, invited (waiting), or deactivated."""
        if not self.is_active:
            return _("Deactivated")
        if not self.has_password:
            invitation = self.invitations.order_by("-created_at").first()
            if invitation is None or not invitation.is_usable:
                return _("Invitation not valid: send a new one")
            return _("Invited")
        if not self.school.is_active:
            return _("School inactive")
        return _("Active")

    status.short_description = _("status")


MEMBER_PANELS = [
    MultiFieldPanel(
        [FieldPanel("name"), FieldPanel("email"), FieldPanel("language")],
        heading=_("Person"),
    ),
    FieldPanel("school"),
    FieldPanel("role"),
    FieldPanel("is_active"),
]
