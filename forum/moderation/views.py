"""Moderator views: gated fetch -> form -> service -> redirect.

Every view here needs a signed-in moderator: anonymous visitors are sent to log
in, members get 403. Mutations are POST-only (CSRF from the middleware).
"""

from functools import wraps
from http import HTTPStatus
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum import permissions
from forum.models import (
    Appeal,
    Board,
    ModerationAction,
    ModerationReason,
    Post,
    Report,
    SafetyLabel,
    UnsafeAdviceCategory,
)
from forum.moderation import members, queue, services
from forum.moderation.forms import (
    AppealDecisionForm,
    LabelForm,
    LogFilterForm,
    ModeratorEditForm,
    MoveTopicForm,
    OptionalReasonForm,
    ReasonForm,
    StaffNoteForm,
    SuspendForm,
)

QUEUE_PAGE_SIZE = 20
LOG_PAGE_SIZE = 50


def moderator_required(view):
    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        permissions.prime_permission_cache(request.user)
        permissions.require_moderator(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _report_outcome(request, changed: bool, done: str) -> None:
    if changed:
        messages.success(request, done)
    else:
        messages.info(request, _("Nothing to change: it was already done."))


def _action_context() -> dict:
    """What the shared action form needs (two queries, whatever the number of posts)."""
    return {
        "categories": list(UnsafeAdviceCategory.objects.filter(is_active=True)),
        "reasons": list(ModerationReason.objects.filter(is_active=True)),
        "label_modes": SafetyLabel.Mode.choices,
    }


# --- Queue and log ------------------------------------------------------------------


QUEUE_VIEWS = {
    "reports": queue.reported_posts,
    "held": queue.held_posts,
    "appeals": queue.open_appeals,
}


@moderator_required
def queue_view(request):
    current = request.GET.get("view", "reports")
    if current not in QUEUE_VIEWS:
        current = "reports"
    page = Paginator(QUEUE_VIEWS[current](), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    if current == "appeals":
        queue.attach_member_records([appeal.member for appeal in page])
    else:
        queue.attach_member_records({post.author for post in page})
    counts = {
        "reports": Post.objects.filter(reports__status=Report.Status.OPEN).distinct().count(),
        "held": Post.objects.filter(status=Post.Status.HELD).count(),
        "appeals": Appeal.objects.filter(status=Appeal.Status.OPEN).count(),
    }
    context = {
        "current": current,
        "page": page,
        "counts": counts,
        "page_query": "&" + urlencode({"view": current}),
        **_action_context(),
    }
    return render(request, "forum/moderation/queue.html", context)


@moderator_required
def log_view(request):
    form = LogFilterForm(request.GET or None)
    actions = ModerationAction.objects.select_related(
        "actor", "target_user", "post__topic", "topic"
    ).order_by("-created_at", "-id")
    actions = form.filter(actions) if form.is_bound else actions
    page = Paginator(actions, LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "page_query": "&" + query.urlencode() if query else "",
    }
    return render(request, "forum/moderation/log.html", context)


# --- Posts -------------------------------------------------------------------------


@moderator_required
def post_moderate(request, pk: int):
    post = permissions.get_post_for_moderation_or_404(request.user, pk)
    return _render_post_moderate(request, post)


def _render_post_moderate(request, post: Post, *, form=None, status=HTTPStatus.OK):
    post.active_labels = list(
        SafetyLabel.objects.active().filter(post=post).prefetch_related("categories")
    )
    reports = post.reports.select_related("reporter", "category", "resolved_by").order_by(
        "-created_at", "-id"
    )
    queue.attach_member_records([post.author], notes_limit=None)
    history = ModerationAction.objects.filter(post=post).select_related("actor")[:50]
    context = {
        "post": post,
        "topic": post.topic,
        "reports": reports,
        "history": history,
        "form": form,
        "boards": Board.objects.all(),
        **_action_context(),
    }
    return render(request, "forum/moderation/post_moderate.html", context, status=status)


def _post_action(form_class, run, done_message):
    """A POST-only action on a post: validate the shared form, run the service, redirect."""

    @moderator_required
    @require_POST
    def view(request, pk: int):
        post = permissions.get_post_for_moderation_or_404(request.user, pk)
        form = form_class(request.POST)
        if not form.is_valid():
            return _render_post_moderate(request, post, form=form, status=HTTPStatus.BAD_REQUEST)
        changed = run(request, post, form)
        _report_outcome(request, changed, str(done_message))
        return redirect(_next_url(request, reverse("forum:post-moderate", args=[post.pk])))

    return view


def _reason_kwargs(form, post) -> dict:
    return {"reason": form.reason_for(post.author), "notify_author": form.notify}


post_label = _post_action(
    LabelForm,
    lambda request, post, form: services.do_label_post(
        post,
        moderator=request.user,
        categories=form.cleaned_data["categories"],
        mode=form.cleaned_data["mode"],
        public_note=form.cleaned_data["public_note"].strip(),
        **_reason_kwargs(form, post),
    ),
    _("The safety label has been applied."),
)
post_unlabel = _post_action(
    ReasonForm,
    lambda request, post, form: services.do_lift_label(
        post, moderator=request.user, **_reason_kwargs(form, post)
    ),
    _("The safety label has been lifted."),
)
post_hide = _post_action(
    ReasonForm,
    lambda request, post, form: services.do_hide_post(
        post, moderator=request.user, **_reason_kwargs(form, post)
    ),
    _("The post is hidden."),
)
post_restore = _post_action(
    OptionalReasonForm,
    lambda request, post, form: services.do_restore_post(
        post, moderator=request.user, **_reason_kwargs(form, post)
    ),
    _("The post is restored."),
)
post_delete = _post_action(
    ReasonForm,
    lambda request, post, form: services.do_delete_post(
        post, moderator=request.user, **_reason_kwargs(form, post)
    ),
    _("The post is deleted."),
)
post_approve = _post_action(
    OptionalReasonForm,
    lambda request, post, form: services.do_approve_post(
        post, moderator=request.user, reason=form.reason_for(post.author)
    ),
    _("The post is approved and published."),
)
post_reports_dismiss = _post_action(
    OptionalReasonForm,
    lambda request, post, form: services.do_dismiss_reports(
        post, moderator=request.user, reason=form.reason_for(post.author)
    ),
    _("The reports are dismissed."),
)
post_reports_resolve = _post_action(
    OptionalReasonForm,
    lambda request, post, form: services.do_resolve_reports(
        post, moderator=request.user, reason=form.reason_for(post.author)
    ),
    _("The reports are marked as handled."),
)


@moderator_required
def post_moderate_edit(request, pk: int):
    post = permissions.get_post_for_moderation_or_404(request.user, pk)
    form = ModeratorEditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST":
        if form.is_valid():
            changed = services.do_moderator_edit(
                post,
                moderator=request.user,
                body=form.cleaned_data["body"],
                **_reason_kwargs(form, post),
            )
            _report_outcome(request, changed, _("The post has been edited and signed."))
            return redirect(post)
        status = HTTPStatus.BAD_REQUEST
    else:
        status = HTTPStatus.OK
    context = {"post": post, "topic": post.topic, "board": post.topic.board, "form": form}
    return render(request, "forum/moderation/post_edit.html", context, status=status)


# --- Topics ----------------------------------------------------------------------


@moderator_required
def topic_moderate(request, pk: int):
    topic = permissions.get_topic_for_moderation_or_404(request.user, pk)
    return _render_topic_moderate(request, topic)


def _render_topic_moderate(request, topic, *, form=None, status=HTTPStatus.OK):
    history = ModerationAction.objects.filter(topic=topic).select_related("actor", "post")[:50]
    context = {
        "topic": topic,
        "history": history,
        "form": form,
        "boards": Board.objects.exclude(pk=topic.board_id),
        "reasons": list(ModerationReason.objects.filter(is_active=True)),
    }
    return render(request, "forum/moderation/topic_moderate.html", context, status=status)


def _resolve_post_from(request, topic) -> Post | None:
    """The queue item a topic action was taken from: its reports are resolved with it."""
    pk = request.POST.get("post", "")
    if not pk.isdigit():
        return None
    return Post.objects.filter(pk=int(pk), topic=topic).select_related("topic").first()


def _topic_action(form_class, run, done_message):
    @moderator_required
    @require_POST
    def view(request, pk: int):
        topic = permissions.get_topic_for_moderation_or_404(request.user, pk)
        form = form_class(request.POST)
        if not form.is_valid():
            return _render_topic_moderate(request, topic, form=form, status=HTTPStatus.BAD_REQUEST)
        changed = run(request, topic, form)
        _report_outcome(request, changed, str(done_message))
        return redirect(_next_url(request, reverse("forum:topic-moderate", args=[topic.pk])))

    return view


def _topic_kwargs(form, topic) -> dict:
    return {"reason": form.reason_for(topic.author), "notify_author": form.notify}


topic_hide = _topic_action(
    ReasonForm,
    lambda request, topic, form: services.do_hide_topic(
        topic, moderator=request.user, **_topic_kwargs(form, topic)
    ),
    _("The topic is hidden."),
)
topic_restore = _topic_action(
    OptionalReasonForm,
    lambda request, topic, form: services.do_restore_topic(
        topic, moderator=request.user, **_topic_kwargs(form, topic)
    ),
    _("The topic is restored."),
)
topic_delete = _topic_action(
    ReasonForm,
    lambda request, topic, form: services.do_delete_topic(
        topic, moderator=request.user, **_topic_kwargs(form, topic)
    ),
    _("The topic is deleted."),
)
topic_lock = _topic_action(
    OptionalReasonForm,
    lambda request, topic, form: services.do_lock_topic(
        topic,
        moderator=request.user,
        resolve_post=_resolve_post_from(request, topic),
        **_topic_kwargs(form, topic),
    ),
    _("The topic is locked."),
)
topic_unlock = _topic_action(
    OptionalReasonForm,
    lambda request, topic, form: services.do_unlock_topic(
        topic, moderator=request.user, reason=form.reason_for(topic.author)
    ),
    _("The topic is unlocked."),
)
topic_pin = _topic_action(
    OptionalReasonForm,
    lambda request, topic, form: services.do_pin_topic(
        topic, moderator=request.user, reason=form.reason_for(topic.author)
    ),
    _("The topic is pinned."),
)
topic_unpin = _topic_action(
    OptionalReasonForm,
    lambda request, topic, form: services.do_unpin_topic(
        topic, moderator=request.user, reason=form.reason_for(topic.author)
    ),
    _("The topic is unpinned."),
)
topic_move = _topic_action(
    MoveTopicForm,
    lambda request, topic, form: services.do_move_topic(
        topic,
        moderator=request.user,
        board=form.cleaned_data["board"],
        **_topic_kwargs(form, topic),
    ),
    _("The topic has been moved."),
)


# --- Members -----------------------------------------------------------------------


@moderator_required
def member_moderate(request, username: str):
    member = permissions.get_member_for_moderation_or_404(request.user, username)
    return _render_member_moderate(request, member)


def _render_member_moderate(request, member, *, form=None, status=HTTPStatus.OK):
    queue.attach_member_records([member], notes_limit=None)
    history = ModerationAction.objects.filter(target_user=member).select_related(
        "actor", "post__topic", "topic"
    )[:100]
    context = {
        "member": member,
        "history": history,
        "form": form,
        "note_form": StaffNoteForm(),
        "reasons": list(ModerationReason.objects.filter(is_active=True)),
    }
    return render(request, "forum/moderation/member_moderate.html", context, status=status)


def _from_post(request, member) -> Post | None:
    """The queue item a member action was taken from: its reports are resolved with it."""
    pk = request.POST.get("post", "")
    if not pk.isdigit():
        return None
    return Post.objects.filter(pk=int(pk), author=member).select_related("topic").first()


def _member_action(form_class, run, done_message):
    @moderator_required
    @require_POST
    def view(request, username: str):
        member = permissions.get_member_for_moderation_or_404(request.user, username)
        if member.pk == request.user.pk:
            raise PermissionDenied(_("You cannot moderate yourself."))
        form = form_class(request.POST)
        if not form.is_valid():
            return _render_member_moderate(
                request, member, form=form, status=HTTPStatus.BAD_REQUEST
            )
        changed = run(request, member, form)
        _report_outcome(request, changed, str(done_message))
        return redirect(_next_url(request, reverse("forum:member-moderate", args=[username])))

    return view


member_warn = _member_action(
    ReasonForm,
    lambda request, member, form: members.do_warn_member(
        member,
        moderator=request.user,
        reason=form.reason_for(member),
        post=_from_post(request, member),
    ),
    _("The warning has been sent."),
)
member_suspend = _member_action(
    SuspendForm,
    lambda request, member, form: members.do_suspend_member(
        member,
        moderator=request.user,
        days=form.cleaned_data["days"],
        reason=form.reason_for(member),
        post=_from_post(request, member),
        notify_member=form.notify,
    ),
    _("The member is suspended."),
)
member_unsuspend = _member_action(
    OptionalReasonForm,
    lambda request, member, form: members.do_lift_suspension(
        member,
        moderator=request.user,
        reason=form.reason_for(member),
        notify_member=form.notify,
    ),
    _("The suspension has been lifted."),
)


@moderator_required
@require_POST
def member_note(request, username: str):
    member = permissions.get_member_for_moderation_or_404(request.user, username)
    form = StaffNoteForm(request.POST)
    if not form.is_valid():
        return _render_member_moderate(request, member, form=form, status=HTTPStatus.BAD_REQUEST)
    members.do_add_staff_note(member, moderator=request.user, text=form.cleaned_data["text"])
    messages.success(request, _("The note has been added."))
    return redirect(_next_url(request, reverse("forum:member-moderate", args=[username])))


# --- Appeals -----------------------------------------------------------------------


@moderator_required
@require_POST
def appeal_decide(request, pk: int):
    appeal = get_object_or_404(Appeal.objects.select_related("action"), pk=pk)
    permissions.check_can_decide_appeal(request.user, appeal)
    form = AppealDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose a decision and explain it to the member."))
        return redirect(_queue_appeals_url())
    changed = members.do_decide_appeal(
        appeal,
        moderator=request.user,
        overturn=form.cleaned_data["decision"] == Appeal.Status.OVERTURNED,
        note=form.cleaned_data["note"],
    )
    _report_outcome(request, changed, _("The appeal has been decided and the member told."))
    return redirect(_next_url(request, _queue_appeals_url()))


def _queue_appeals_url() -> str:
    return reverse("forum:mod-queue") + "?view=appeals"
