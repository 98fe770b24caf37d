"""What members do with moderation: report a post, read their record, appeal (their notices
are listed by forum.notifications.views)."""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from forum import permissions
from forum.models import Appeal, ModerationAction, Report
from forum.moderation import members, services
from forum.moderation.forms import AppealForm, ReportForm
from forum.views import refusal

NOTICES_PER_PAGE = 30


def post_report(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    post = permissions.get_post_for_user_or_404(request.user, pk)
    form = ReportForm(request.POST or None)
    status = HTTPStatus.OK
    if reason := refusal(permissions.check_can_report_post, request.user, post):
        if form.is_bound:
            form.add_error(None, reason)
        status = HTTPStatus.FORBIDDEN
    elif request.method == "POST":
        if form.is_valid():
            try:
                services.check_report_rate(request.user)
            except services.ReportingTooFast as error:
                form.add_error(None, str(error))
                status = HTTPStatus.TOO_MANY_REQUESTS
            else:
                report = services.do_report_post(
                    post,
                    reporter=request.user,
                    reason=form.cleaned_data["reason"],
                    category=form.cleaned_data["category"],
                    note=form.cleaned_data["note"],
                )
                if report is None:
                    messages.info(request, _("You have already reported this post."))
                elif report.reason == Report.Reason.AT_RISK:
                    # The post now shows the crisis panel, to the reporter first of all.
                    messages.warning(
                        request,
                        _(
                            "Thank you: the moderators will look at this first. If someone is in "
                            "immediate danger, call the emergency services now: the numbers are "
                            "shown with the post."
                        ),
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "Thank you: the moderators will review this post. You will get a "
                            "notice when it has been handled."
                        ),
                    )
                return redirect(post)
        else:
            status = HTTPStatus.BAD_REQUEST
    context = {
        "post": post,
        "topic": post.topic,
        "board": post.topic.board,
        "form": form,
        "refusal": reason,
    }
    return render(request, "forum/moderation/report_form.html", context, status=status)


@login_required
def moderation_record(request):
    """What the moderators did about the member's content and account, and why."""
    actions = (
        ModerationAction.objects.filter(target_user=request.user)
        .shown_to_member()
        .select_related("post__topic", "topic")
        .prefetch_related(Prefetch("appeal", queryset=Appeal.objects.all()))
        .order_by("-created_at", "-id")
    )
    page = Paginator(actions, NOTICES_PER_PAGE).get_page(request.GET.get("page"))
    for action in page:
        action.open_to_appeal = action.is_appealable and not _has_appeal(action)
    context = {
        "page": page,
        "suspension": permissions.get_active_suspension(request.user),
        "user_is_moderator": permissions.is_moderator(request.user),
    }
    return render(request, "forum/moderation/record.html", context)


def _has_appeal(action: ModerationAction) -> bool:
    try:
        return action.appeal is not None
    except Appeal.DoesNotExist:
        return False


@login_required
def action_appeal(request, pk: int):
    # Only the member concerned finds the action: others get 404, not a hint it exists.
    action = get_object_or_404(
        ModerationAction.objects.shown_to_member().select_related("post__topic", "topic"),
        pk=pk,
        target_user=request.user,
    )
    permissions.check_can_appeal(request.user, action)
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        appeal = members.do_request_appeal(
            action, member=request.user, message=form.cleaned_data["message"]
        )
        if appeal is None:
            messages.info(request, _("You have already asked for a second look."))
        else:
            messages.success(
                request, _("Thank you: another moderator will look at this decision again.")
            )
        return redirect("forum:moderation-record")
    status = HTTPStatus.BAD_REQUEST if form.is_bound else HTTPStatus.OK
    return render(
        request,
        "forum/moderation/appeal_form.html",
        {"action": action, "form": form},
        status=status,
    )
