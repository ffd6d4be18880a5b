from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OnboardingStepDone(models.Model):
    """A step of an onboarding guide that a person has ticked off. Kept by the guide's
    translation key and the step's block id, which its translations share, so progress
    made in Danish shows in English too."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="onboarding_steps_done"
    )
    guide_key = models.UUIDField()
    step_id = models.CharField(max_length=64)
    done_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("onboarding step done")
        verbose_name_plural = _("onboarding steps done")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "guide_key", "step_id"], name="onboarding_step_done_once"
            )
        ]

    def __str__(self):
        return f"{self.user} {self.guide_key} {self.step_id}"
