"""A film's duration as editors write it: 3:25, or 1:02:05 for an hour and more."""

import re
from datetime import timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from films.templatetags.film_tags import clock

CLOCK = re.compile(r"^(?:([0-9]{1,2}):)?([0-9]{1,3}):([0-9]{2})$")


class ClockDurationField(forms.Field):
    widget = forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "3:25", "size": 8})
    default_error_messages = {
        "invalid": _(
            "Write the duration as minutes and seconds with a colon, for example 3:25, "
            "or as hours, minutes and seconds, for example 1:02:05."
        ),
        "seconds": _("There are only 59 seconds in a minute: write 4:15 rather than 3:75."),
        "minutes": _("With hours, there are only 59 minutes: write 1:02:05."),
    }

    def prepare_value(self, value):
        return clock(value) if isinstance(value, timedelta) else value

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        match = CLOCK.match(value)
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        hours, minutes, seconds = (int(part) if part else 0 for part in match.groups())
        if seconds > 59:
            raise forms.ValidationError(self.error_messages["seconds"], code="seconds")
        if match.group(1) is not None and minutes > 59:
            raise forms.ValidationError(self.error_messages["minutes"], code="minutes")
        return timedelta(hours=hours, minutes=minutes, seconds=seconds)
