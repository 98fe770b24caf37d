"""Notifications, watching and unread pages; all work without JavaScript."""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from forum import permissions
from forum.models import Board, MemberNotice, Post, Topic, Watch
from forum.notifications import emails, reading, services

NOTICES_PER_PAGE = 30


@login_required
def notice_list(request):
    notices = (
        MemberNotice.objects.for_member(request.user)
        .with_list_data()
        .order_by("-created_at", "-id")
    )
    page = Paginator(notices, NOTICES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "suspension": permissions.get_active_suspension(request.user),
        "user_is_moderator": permissions.is_moderator(request.user),
    }
    return render(request, "forum/notice_list.html", context)


@login_required
def notice_open(request, pk: int):
    """Follow a notification: mark it read and go where it points. A GET, so that it is an
    ordinary link (opens in a new tab, works without JavaScript); marking one's own
    notification read is harmless if a third party triggers it."""
    notice = get_object_or_404(MemberNotice.objects.for_member(request.user), pk=pk)
    services.do_mark_notice_read(notice)
    url = notice.url if url_has_allowed_host_and_scheme(notice.url, allowed_hosts=None) else ""
    return HttpResponseRedirect(url or reverse("forum:notice-list"))


@login_required
@require_POST
def notices_mark_read(request):
    services.do_mark_all_notices_read(request.user)
    messages.success(request, _("All your notifications are marked as read."))
    return redirect("forum:notice-list")


@csrf_exempt  # The signed token is the credential; mail clients POST without a CSRF token.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET shows a confirmation (link scanners must not unsubscribe anyone); POST, from the
    page's button or a mail client's one-click (RFC 8058), stops notification emails."""
    member = emails.user_for_unsubscribe_token(token)
    if member is None:
        return render(
            request, "forum/unsubscribe.html", {"invalid": True}, status=HTTPStatus.BAD_REQUEST
        )
    done = False
    if request.method == "POST":
        services.do_stop_notification_emails(member)
        done = True
    return render(request, "forum/unsubscribe.html", {"member": member, "done": done})


WATCH_LEVELS = {"watch": Watch.Level.WATCHING, "mute": Watch.Level.MUTED, "reset": None}


def _watch_choice(request) -> tuple[bool, str | None]:
    choice = request.POST.get("level", "")
    return choice in WATCH_LEVELS, WATCH_LEVELS.get(choice)


@login_required
@require_POST
def topic_watch(request, slug: str, pk: int):
    topic = permissions.get_topic_for_user_or_404(request.user, pk)
    valid, level = _watch_choice(request)
    if not valid:
        return redirect(topic)
    reading.do_set_watch(topic, user=request.user, level=level)
    messages.success(request, _watch_message(level, "topic"))
    return redirect(topic)


@login_required
@require_POST
def board_watch(request, slug: str):
    board = get_object_or_404(Board, slug=slug)
    valid, level = _watch_choice(request)
    if not valid:
        return redirect(board)
    reading.do_set_watch(board, user=request.user, level=level)
    messages.success(request, _watch_message(level, "board"))
    return redirect(board)


def _watch_message(level: str | None, noun: str) -> str:
    return {
        (Watch.Level.WATCHING, "topic"): _(
            "You are watching this topic: you will be notified of new replies."
        ),
        (Watch.Level.WATCHING, "board"): _(
            "You are watching this board: you will be notified of its new topics."
        ),
        (Watch.Level.MUTED, "topic"): _("This topic is muted: you will not be notified about it."),
        (Watch.Level.MUTED, "board"): _(
            "This board is muted: you will not be notified of its new topics."
        ),
        (None, "topic"): _("You will be notified about this topic as usual."),
        (None, "board"): _("You will be notified about this board as usual."),
    }[level, noun]


def topic_unread(request, slug: str, pk: int):
    """Jump to the first post the member has not read (the topic's start for visitors)."""
    topic = permissions.get_topic_for_user_or_404(request.user, pk)
    if not request.user.is_authenticated:
        return redirect(topic)
    post = reading.first_unread_post(topic, user=request.user)
    if post is None:  # all read: the latest post
        post = Post.objects.visible_to(request.user).filter(topic=topic).in_thread_order().last()
    return redirect(post or topic)


@login_required
@require_POST
def board_mark_read(request, slug: str):
    board = get_object_or_404(Board, slug=slug)
    reading.do_mark_board_read(board, user=request.user)
    messages.success(request, _("All topics of this board are marked as read."))
    return redirect(board)


def topic_detail_extras(request, topic: Topic, page) -> dict:
    """What forum.views.topic_detail adds for notifications: the member's watch level,
    and their read position moved to the last post of the page (one query each)."""
    if not request.user.is_authenticated:
        return {}
    last_shown = max((post.pk for post in page), default=0)
    reading.mark_topic_read(topic, user=request.user, up_to_post_id=last_shown)
    return {"watch_level": reading.watch_level(topic, user=request.user)}
