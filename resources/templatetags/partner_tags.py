from django import template

from resources.start_page import partner_area_for

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_area(context):
    """The partner area's start page when the visitor may open it, else None."""
    request = context.get("request")
    return partner_area_for(request) if request is not None else None
