"""Reads of the review queue, each at a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Max, Min, Prefetch, Q

from forum.models import (
    Appeal,
    MemberNote,
    ModerationAction,
    Post,
    Report,
    SafetyLabel,
    Suspension,
    UnsafeAdviceCategory,
)

Action = ModerationAction.Action

# Staff notes shown beside a member in the queue; the member page shows them all.
NOTES_IN_QUEUE = 3


def active_labels_prefetch() -> Prefetch:
    return Prefetch(
        "safety_labels",
        queryset=SafetyLabel.objects.active().prefetch_related(
            Prefetch("categories", queryset=UnsafeAdviceCategory.objects.all())
        ),
        to_attr="active_labels",
    )


def reported_posts():
    """Posts with open reports, most urgent first: severity (someone at risk, then unsafe
    advice), then number of reports, then the oldest report."""
    open_reports = Q(reports__status=Report.Status.OPEN)
    return (
        Post.objects.annotate(
            top_priority=Max("reports__priority", filter=open_reports),
            open_report_count=Count("reports", filter=open_reports),
            first_reported_at=Min("reports__created_at", filter=open_reports),
        )
        .filter(open_report_count__gt=0)
        .select_related("topic__board", "author")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.open()
                .select_related("reporter", "category")
                .order_by("-priority", "created_at", "id"),
                to_attr="open_reports",
            ),
            active_labels_prefetch(),
        )
        .order_by("-top_priority", "-open_report_count", "first_reported_at", "id")
    )


def held_posts():
    return (
        Post.objects.filter(status=Post.Status.HELD)
        .select_related("topic__board", "author")
        .prefetch_related(active_labels_prefetch())
        .order_by("created_at", "id")
    )


def open_appeals():
    return (
        Appeal.objects.filter(status=Appeal.Status.OPEN)
        .select_related("member", "action__actor", "action__post__topic", "action__topic")
        .order_by("created_at", "id")
    )


@dataclass
class MemberRecord:
    """What moderators see beside a member: earlier sanctions and staff notes."""

    counts: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    note_count: int = 0
    suspension: Suspension | None = None

    @property
    def labels(self) -> int:
        return self.counts.get(Action.POST_LABEL, 0)

    @property
    def hides(self) -> int:
        return sum(
            self.counts.get(name, 0)
            for name in (Action.POST_HIDE, Action.POST_AUTO_HIDE, Action.TOPIC_HIDE)
        )

    @property
    def deletions(self) -> int:
        return self.counts.get(Action.POST_DELETE, 0) + self.counts.get(Action.TOPIC_DELETE, 0)

    @property
    def warnings(self) -> int:
        return self.counts.get(Action.MEMBER_WARN, 0)

    @property
    def suspensions(self) -> int:
        return self.counts.get(Action.MEMBER_SUSPEND, 0)

    @property
    def is_clean(self) -> bool:
        return not (
            self.labels
            or self.hides
            or self.deletions
            or self.warnings
            or self.suspensions
            or self.notes
        )


RECORD_ACTIONS = [
    Action.POST_LABEL,
    Action.POST_HIDE,
    Action.POST_AUTO_HIDE,
    Action.TOPIC_HIDE,
    Action.POST_DELETE,
    Action.TOPIC_DELETE,
    Action.MEMBER_WARN,
    Action.MEMBER_SUSPEND,
]


def attach_member_records(members, *, notes_limit: int | None = NOTES_IN_QUEUE) -> None:
    """Set `member.record` on each member: three queries whatever their number."""
    members = [member for member in members if member is not None]
    ids = {member.pk for member in members}
    records = defaultdict(MemberRecord)
    if ids:
        counts = (
            ModerationAction.objects.filter(target_user__in=ids, action__in=RECORD_ACTIONS)
            .values("target_user", "action")
            .annotate(n=Count("id"))
            .order_by()
        )
        for row in counts:
            records[row["target_user"]].counts[row["action"]] = row["n"]
        for note in MemberNote.objects.filter(member__in=ids).select_related("author"):
            record = records[note.member_id]
            record.note_count += 1
            if notes_limit is None or len(record.notes) < notes_limit:
                record.notes.append(note)
        for suspension in Suspension.objects.active().filter(member__in=ids).order_by("ends_at"):
            records[suspension.member_id].suspension = suspension
    for member in members:
        member.record = records[member.pk]
