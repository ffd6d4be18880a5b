"""Progress through onboarding guides, saved per person."""

from dataclasses import dataclass, field

from resources.models import OnboardingStepDone


@dataclass
class Progress:
    total: int
    done: set = field(default_factory=set)
    next_step: object = None  # the first step not ticked off yet

    @property
    def done_count(self):
        return len(self.done)

    @property
    def percent(self):
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def complete(self):
        return self.total > 0 and self.done_count == self.total


def progress_of(user, guide):
    ids = guide.step_ids()
    done = set()
    if user.is_authenticated:
        done = set(
            OnboardingStepDone.objects.filter(
                user=user, guide_key=guide.translation_key, step_id__in=ids
            ).values_list("step_id", flat=True)
        )
    next_step = next((block for block in guide.steps if block.id not in done), None)
    return Progress(total=len(ids), done=done, next_step=next_step)


def save_step(user, guide, step_id, done):
    """Tick a step off (or on again). None for a step the guide does not have."""
    if not user.is_authenticated or step_id not in guide.step_ids():
        return None
    if done:
        OnboardingStepDone.objects.get_or_create(
            user=user, guide_key=guide.translation_key, step_id=step_id
        )
    else:
        OnboardingStepDone.objects.filter(
            user=user, guide_key=guide.translation_key, step_id=step_id
        ).delete()
    return progress_of(user, guide)
