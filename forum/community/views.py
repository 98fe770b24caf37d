"""Reactions, bookmarks, tag pages and ignoring a member: gated fetch → check → service →
redirect. Toggles are POST-only, carry the wanted state ("on"/"off") and are idempotent."""

from http import HTTPStatus

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum import permissions
from forum.caching import cache_for_anonymous
from forum.community import services
from forum.forms import TopicTagsForm
from forum.models import Bookmark, IgnoredMember, Post, Reaction, Topic, TopicTag
from forum.views import refusal

BOOKMARKS_PER_PAGE = 20

REACTION_LABELS = {
    # The same strings as templates/forum/_reactions.html, for the JavaScript enhancement.
    Reaction.Kind.HELPFUL: lambda n: _("Helpful (%(n)s)") % {"n": n},
    Reaction.Kind.THANKS: lambda n: _("Thanks (%(n)s)") % {"n": n},
}


def _wanted_state(request) -> bool | None:
    return {"on": True, "off": False}.get(request.POST.get("state", ""))


def _next_url(request, default: str) -> str:
    url = request.POST.get("next", "")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return default


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_POST
def post_react(request, pk: int):
    post = permissions.get_post_for_user_or_404(request.user, pk)
    permissions.check_can_react(request.user, post)
    kind = request.POST.get("kind", "")
    on = _wanted_state(request)
    if kind not in Reaction.Kind.values or on is None:
        return HttpResponse(
            _("Choose a reaction."), status=HTTPStatus.BAD_REQUEST, content_type="text/plain"
        )
    try:
        services.check_reaction_rate(request.user)
    except services.ReactingTooFast as error:
        return HttpResponse(
            str(error), status=HTTPStatus.TOO_MANY_REQUESTS, content_type="text/plain"
        )
    services.set_reaction(post, member=request.user, kind=kind, on=on)
    if _wants_json(request):
        count = services.reaction_counts(post)[kind]
        return JsonResponse({"pressed": on, "count": count, "label": REACTION_LABELS[kind](count)})
    return HttpResponseRedirect(post.get_absolute_url())


@login_required
@require_POST
def post_bookmark(request, pk: int):
    post = permissions.get_post_for_user_or_404(request.user, pk)
    permissions.check_can_bookmark(request.user)
    on = _wanted_state(request)
    if on is None:
        return HttpResponse(
            _("Choose whether to keep the bookmark."), status=HTTPStatus.BAD_REQUEST,
            content_type="text/plain",
        )  # fmt: skip
    if services.set_bookmark(post, member=request.user, on=on):
        if on:
            messages.success(request, _("Post bookmarked. Find it in your bookmarks."))
        else:
            messages.success(request, _("Bookmark removed."))
    return redirect(_next_url(request, post.get_absolute_url()))


@login_required
def bookmark_list(request):
    bookmarks = (
        Bookmark.objects.filter(member=request.user)
        .visible_to(request.user)
        .select_related("post__topic__board", "post__author")
        .order_by("-created_at", "-id")
    )
    page = Paginator(bookmarks, BOOKMARKS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "forum/bookmark_list.html", {"page": page})


@cache_for_anonymous
def tag_detail(request, slug: str):
    """Topics with one tag, across the boards the visitor may read."""
    tag = get_object_or_404(TopicTag, slug=slug)
    topics = (
        Topic.objects.visible_to(request.user)
        .filter(tags=tag)
        .with_list_data()
        .with_tags()
        .with_read_state(request.user)
        .order_by("-last_activity_at", "-id")
    )
    page = Paginator(topics, settings.FORUM_TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "forum/tag_detail.html", {"tag": tag, "page": page})


def topic_tags_edit(request, pk: int):
    """Change a topic's tags alone (the author may also do it from the first post's edit
    form; moderators, whose edit form is the moderation one, do it here)."""
    if not request.user.is_authenticated:
        from django.contrib.auth.views import redirect_to_login

        return redirect_to_login(request.get_full_path())
    topic = permissions.get_topic_for_user_or_404(request.user, pk)
    first_post = Post.objects.filter(topic=topic).in_thread_order().first()
    form = TopicTagsForm(request.POST or None, initial={"tags": list(topic.tags.all())})
    status = HTTPStatus.OK
    if reason := refusal(permissions.check_can_edit_topic_tags, request.user, topic, first_post):
        if form.is_bound:
            form.add_error(None, reason)
        status = HTTPStatus.FORBIDDEN
    elif request.method == "POST":
        if form.is_valid():
            if services.set_topic_tags(topic, form.cleaned_data["tags"]):
                messages.success(request, _("The topic's tags have been saved."))
            return redirect(topic)
        status = HTTPStatus.BAD_REQUEST
    context = {"topic": topic, "board": topic.board, "form": form, "refusal": reason}
    return render(request, "forum/topic_tags_form.html", context, status=status)


@login_required
@require_POST
def member_ignore(request, username: str):
    target = get_object_or_404(get_user_model(), username=username, is_active=True)
    on = _wanted_state(request)
    if on is None:
        return HttpResponse(
            _("Choose whether to ignore this member."), status=HTTPStatus.BAD_REQUEST,
            content_type="text/plain",
        )  # fmt: skip
    if on:
        permissions.check_can_ignore(request.user, target)
    if services.set_ignore(target, member=request.user, on=on):
        if on:
            messages.success(
                request,
                _("You now ignore %(name)s: their posts are collapsed for you and they cannot "
                  "mention or notify you.") % {"name": target.public_name},
            )  # fmt: skip
        else:
            messages.success(
                request, _("You no longer ignore %(name)s.") % {"name": target.public_name}
            )
    return redirect(_next_url(request, target.get_absolute_url()))


@login_required
def ignored_list(request):
    ignored = (
        IgnoredMember.objects.filter(member=request.user)
        .select_related("ignored")
        .order_by("ignored__username")
    )
    return render(request, "forum/ignored_list.html", {"ignored": ignored})


def profile_context(viewer, member) -> dict:
    """What a member's profile shows of the community features (accounts.views.profile):
    reactions received on published posts, and the viewer's ignore button or why none."""
    from django.db.models import Count, Q

    received = Reaction.objects.filter(
        post__author=member, post__status=Post.Status.PUBLISHED
    ).aggregate(
        helpful=Count("pk", filter=Q(kind=Reaction.Kind.HELPFUL)),
        thanks=Count("pk", filter=Q(kind=Reaction.Kind.THANKS)),
    )
    context = {"reactions_received": received}
    if viewer.is_authenticated and viewer.pk != member.pk:
        context["ignore_refusal"] = refusal(permissions.check_can_ignore, viewer, member)
        context["viewer_ignores_member"] = not context["ignore_refusal"] and (
            IgnoredMember.objects.filter(member=viewer, ignored=member).exists()
        )
        context["show_ignore_controls"] = True
    return context
