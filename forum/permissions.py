"""One gate for permissions: views and templates ask these predicates."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from forum.models import Appeal, ModerationAction, Post, Suspension, Topic

MODERATORS_GROUP = "Moderators"


def is_moderator(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: asked several times per request.
    if not hasattr(user, "_is_moderator"):
        user._is_moderator = user.groups.filter(name=MODERATORS_GROUP).exists()
    return user._is_moderator


def has_verified_email(user) -> bool:
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_has_verified_email"):
        from allauth.account.models import EmailAddress

        user._has_verified_email = EmailAddress.objects.filter(user=user, verified=True).exists()
    return user._has_verified_email


def check_can_post(user) -> None:
    """Raise PermissionDenied, with the reason a member can act on, if `user` may not post."""
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to post."))
    if not has_verified_email(user):
        raise PermissionDenied(
            _("Please confirm your email address before posting. Check your inbox for the link.")
        )
    if (suspension := get_active_suspension(user)) is not None:
        raise PermissionDenied(suspension_refusal(suspension))


def can_post(user) -> bool:
    try:
        check_can_post(user)
    except PermissionDenied:
        return False
    return True


def check_can_reply(user, topic: Topic) -> None:
    check_can_post(user)
    if topic.locked and not is_moderator(user):
        raise PermissionDenied(_("This topic is locked: no new replies can be posted."))
    if not topic.is_published and not is_moderator(user):
        raise PermissionDenied(_("You cannot reply to this topic."))


def can_reply(user, topic: Topic) -> bool:
    try:
        check_can_reply(user, topic)
    except PermissionDenied:
        return False
    return True


def check_can_edit_post(user, post: Post) -> None:
    if is_moderator(user):
        return
    check_can_post(user)
    if post.author_id != user.pk:
        raise PermissionDenied(_("You can only edit your own posts."))
    if post.status == Post.Status.DELETED:
        raise PermissionDenied(_("This post was deleted."))
    if post.topic.locked:
        raise PermissionDenied(_("This topic is locked: its posts can no longer be edited."))
    if not post.is_within_edit_window():
        raise PermissionDenied(_("The time allowed for editing this post has passed."))


def can_edit_post(user, post: Post) -> bool:
    try:
        check_can_edit_post(user, post)
    except PermissionDenied:
        return False
    return True


def can_see_revisions(user, post: Post) -> bool:
    return user.is_authenticated and (post.author_id == user.pk or is_moderator(user))


def get_topic_for_user_or_404(user, pk: int) -> Topic:
    return get_object_or_404(Topic.objects.visible_to(user).select_related("board"), pk=pk)


def get_post_for_user_or_404(user, pk: int) -> Post:
    posts = Post.objects.visible_to(user).filter(topic__in=Topic.objects.visible_to(user))
    return get_object_or_404(posts.select_related("topic__board", "author"), pk=pk)


# --- Moderation (issue 4) ---------------------------------------------------


def prime_permission_cache(user) -> None:
    """Load in one query what the checks below ask about a signed-in member (role,
    verified email, suspension), so that a page calling several of them pays once."""
    if not user.is_authenticated or hasattr(user, "_active_suspension"):
        return
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.db.models import Exists, OuterRef, Subquery
    from django.utils import timezone

    suspensions = Suspension.objects.active().filter(member=OuterRef("pk")).order_by("-ends_at")
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            in_group=Exists(
                get_user_model().groups.through.objects.filter(
                    user_id=OuterRef("pk"), group__name=MODERATORS_GROUP
                )
            ),
            verified=Exists(EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)),
            suspension_id=Subquery(suspensions.values("pk")[:1]),
            suspension_ends_at=Subquery(suspensions.values("ends_at")[:1]),
            suspension_reason=Subquery(suspensions.values("reason")[:1]),
        )
        .values("in_group", "verified", "suspension_id", "suspension_ends_at", "suspension_reason")
        .first()
    )
    if row is None:
        return
    user._is_moderator = row["in_group"]
    user._has_verified_email = row["verified"]
    user._active_suspension = None
    if row["suspension_id"]:
        user._active_suspension = Suspension(
            pk=row["suspension_id"], member=user, ends_at=row["suspension_ends_at"],
            reason=row["suspension_reason"], starts_at=timezone.now(),
        )  # fmt: skip


def get_active_suspension(user) -> Suspension | None:
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_active_suspension"):
        user._active_suspension = (
            Suspension.objects.active().filter(member=user).order_by("-ends_at").first()
        )
    return user._active_suspension


def suspension_refusal(suspension: Suspension) -> str:
    from django.utils import formats, timezone

    until = formats.date_format(timezone.localtime(suspension.ends_at), "DATETIME_FORMAT")
    return _(
        "Your account is suspended until %(until)s, so you cannot post, reply, edit or report. "
        "You can still read the forum. Reason: %(reason)s"
    ) % {"until": until, "reason": suspension.reason}


def require_moderator(user) -> None:
    """Gate of every moderation view (anonymous visitors are sent to log in before this)."""
    if not is_moderator(user):
        raise PermissionDenied(_("Only moderators can do this."))


def check_can_report_post(user, post: Post) -> None:
    check_can_post(user)
    if post.author_id == user.pk:
        raise PermissionDenied(_("You cannot report your own post."))
    if post.status != Post.Status.PUBLISHED:
        raise PermissionDenied(_("The moderators are already dealing with this post."))


def can_report_post(user, post: Post) -> bool:
    try:
        check_can_report_post(user, post)
    except PermissionDenied:
        return False
    return True


def can_read_post_body(user, post: Post) -> bool:
    """Hidden posts stay collapsed except for the moderators and their author."""
    return (
        post.status == Post.Status.PUBLISHED
        or is_moderator(user)
        or (user.is_authenticated and post.author_id == user.pk)
    )


def check_can_decide_appeal(user, appeal: Appeal) -> None:
    require_moderator(user)
    if appeal.action.actor_id is not None and appeal.action.actor_id == user.pk:
        raise PermissionDenied(
            _("You took this decision: another moderator must give the second look.")
        )
    if appeal.status != Appeal.Status.OPEN:
        raise PermissionDenied(_("This appeal has already been decided."))


def check_can_appeal(user, action: ModerationAction) -> None:
    check_can_use_own_record(user)
    if action.target_user_id != user.pk:
        raise PermissionDenied(_("You can only ask for a second look at decisions about you."))
    if not action.is_appealable:
        raise PermissionDenied(_("This decision cannot be appealed."))
    if hasattr(action, "appeal"):
        raise PermissionDenied(_("You have already asked for a second look at this decision."))


def check_can_use_own_record(user) -> None:
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to see your notices."))


def post_needs_approval(user) -> bool:
    """New members' first FORUM_APPROVE_FIRST_POSTS posts wait for a moderator (0: off)."""
    from django.conf import settings

    required = settings.FORUM_APPROVE_FIRST_POSTS
    if not required or is_moderator(user):
        return False
    approved = Post.objects.filter(
        author=user, status__in=[Post.Status.PUBLISHED, Post.Status.HIDDEN]
    )
    return approved.count() < required


def get_post_for_moderation_or_404(user, pk: int) -> Post:
    """Moderators reach every post, deleted ones included (to restore them)."""
    require_moderator(user)
    return get_object_or_404(Post.objects.select_related("topic__board", "author"), pk=pk)


def get_topic_for_moderation_or_404(user, pk: int) -> Topic:
    require_moderator(user)
    return get_object_or_404(Topic.objects.select_related("board", "author"), pk=pk)


def get_member_for_moderation_or_404(user, username: str):
    from django.contrib.auth import get_user_model

    require_moderator(user)
    return get_object_or_404(get_user_model(), username=username)


# --- Community (issue 6): reactions, bookmarks, topic tags, ignored members --------


def check_can_react(user, post: Post) -> None:
    """Members who may post can react to others' published posts."""
    check_can_post(user)
    if post.author_id == user.pk:
        raise PermissionDenied(
            _("You cannot react to your own post: reactions are how other members answer it.")
        )
    if not post.is_published:
        raise PermissionDenied(_("You can only react to posts that everyone can see."))


def can_react(user, post: Post) -> bool:
    try:
        check_can_react(user, post)
    except PermissionDenied:
        return False
    return True


def check_can_bookmark(user) -> None:
    # Bookmarks are private and change nothing others see: every signed-in member may keep
    # them, unverified or suspended ones included.
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to bookmark posts."))


def check_can_edit_topic_tags(user, topic: Topic, first_post: Post) -> None:
    """The author edits the tags while they may edit the first post; moderators always."""
    if is_moderator(user):
        return
    if topic.author_id != user.pk:
        raise PermissionDenied(_("Only the topic's author and the moderators can change its tags."))
    check_can_edit_post(user, first_post)


def check_can_ignore(user, target) -> None:
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to ignore a member."))
    if target.pk == user.pk:
        raise PermissionDenied(_("You cannot ignore yourself."))
    if is_moderator(target):
        raise PermissionDenied(
            _(
                "Moderators cannot be ignored: they may need to reach you about your safety, "
                "your posts or a decision about your account, and their posts explain the "
                "forum's rules to everyone."
            )
        )


def can_ignore(user, target) -> bool:
    try:
        check_can_ignore(user, target)
    except PermissionDenied:
        return False
    return True


def ignores_q(member):
    """A Q() on IgnoredMember: the rows of `member` that take effect. Ignoring a moderator
    never does (someone may have become a moderator after being ignored)."""
    from django.db.models import Q

    return (
        Q(member=member)
        & Q(ignored__is_active=True)
        & ~Q(ignored__is_superuser=True)
        & ~Q(ignored__groups__name=MODERATORS_GROUP)
    )


def is_ignoring(recipient, actor) -> bool:
    """Whether `recipient` ignores `actor`: then `actor` may not mention or notify them."""
    if not getattr(recipient, "is_authenticated", True) or recipient.pk == actor.pk:
        return False
    from forum.models import IgnoredMember

    return IgnoredMember.objects.filter(ignores_q(recipient), ignored=actor).exists()


def ignored_by(actor, user_ids) -> set[int]:
    """Of the members `user_ids`, those who ignore `actor` (one query): leave them out when
    `actor` mentions or notifies members. Moderators are never ignored."""
    from django.db.models import Q

    from forum.models import IgnoredMember

    user_ids = {pk for pk in user_ids if pk != actor.pk}
    if not user_ids or is_moderator(actor):
        return set()
    rows = IgnoredMember.objects.filter(Q(member_id__in=user_ids), ignored=actor)
    return set(rows.values_list("member_id", flat=True))
