from django import template

register = template.Library()


def _parts(duration):
    seconds = max(int(duration.total_seconds()), 0) if duration else 0
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return hours, minutes, seconds


@register.filter
def clock(duration):
    """3:25, or 1:02:05 for a film of an hour or more."""
    hours, minutes, seconds = _parts(duration)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


@register.filter
def iso_duration(duration):
    """The machine-readable form for <time datetime="...">: PT3M25S."""
    hours, minutes, seconds = _parts(duration)
    return (
        "PT"
        + (f"{hours}H" if hours else "")
        + (f"{minutes}M" if minutes else "")
        + (f"{seconds}S" if seconds or not (hours or minutes) else "")
    )
