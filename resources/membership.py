"""Who is a partner. A person opens the partner area through the partner-schools group;
membership of it follows their school record, so that deactivating a person or a school
takes effect on the very next request."""

from resources.groups import ensure_partner_group


def membership_of(user):
    """The school record of a signed-in person, or None."""
    if not user.is_authenticated:
        return None
    from resources.models import SchoolMember

    return SchoolMember.objects.select_related("school", "user").filter(user=user).first()


def sync_access(member):
    """Give or take away the person's access to match their record: an active person
    who has chosen a password, at an active school, is in the partner group; a
    deactivated person's account is switched off, which ends their sessions at once
    (Django treats an inactive account's session as signed out)."""
    group, _created = ensure_partner_group()
    user = member.user
    if user.is_active != member.is_active:
        user.is_active = member.is_active
        user.save(update_fields=["is_active"])
    allowed = member.is_active and member.school.is_active and user.has_usable_password()
    if allowed:
        user.groups.add(group)
    else:
        user.groups.remove(group)
