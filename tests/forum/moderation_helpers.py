"""Shared set-up for the moderation tests."""

from forum.models import ModerationReason, Report, UnsafeAdviceCategory


def category(slug: str = "abrupt_stop") -> UnsafeAdviceCategory:
    return UnsafeAdviceCategory.objects.get(slug=slug)


def reason_template() -> ModerationReason:
    return ModerationReason.objects.get(title="Unsafe medical advice")


def open_reports(post):
    return Report.objects.filter(post=post, status=Report.Status.OPEN)
