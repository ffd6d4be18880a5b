from django import template

from home.locales import visitor_may_view
from resources.start_page import area_in_active_language

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_area(context):
    """The partner area's start page when the visitor may open it, else None."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return None
    area = area_in_active_language()
    if area is None or not visitor_may_view(area, request):
        return None
    return area
