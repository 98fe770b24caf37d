from functools import cache

from forum.models import MemberNotice


def notifications(request) -> dict:
    """`unread_notice_count` for the header's bell: one query, made only when a page
    shows it, and only for signed-in members."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    @cache
    def unread_notice_count() -> int:
        return MemberNotice.objects.for_member(user).unread().count()

    return {"unread_notice_count": unread_notice_count}
