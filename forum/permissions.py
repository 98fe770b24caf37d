"""One gate for permissions: views and templates ask these predicates."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from forum.models import Post, Topic

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
