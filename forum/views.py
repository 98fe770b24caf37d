from http import HTTPStatus
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum import permissions, services
from forum.caching import cache_for_anonymous, writes_no_content
from forum.community.services import set_topic_tags
from forum.forms import EditPostForm, ReplyForm, SearchForm, TopicForm
from forum.models import Board, CrisisResource, ModerationAction, Post, Topic, TopicTag
from forum.notifications.reading import watch_level
from forum.notifications.views import topic_detail_extras
from forum.search import SearchQueryError, search_posts, search_resources


@cache_for_anonymous
def board_list(request):
    boards = Board.objects.select_related("last_post__author", "last_post__topic")
    return render(request, "forum/board_list.html", {"boards": boards})


@cache_for_anonymous
def board_detail(request, slug: str):
    board = get_object_or_404(Board, slug=slug)
    topics = (
        Topic.objects.visible_to(request.user)
        .filter(board=board)
        .with_list_data()
        .with_read_state(request.user)
        .listed()
    )
    # ?tag=<slug> narrows the list to one tag (an unknown tag is a 404, not an empty list).
    tags = list(TopicTag.objects.all())
    tag = None
    if tag_slug := request.GET.get("tag"):
        tag = next((tag for tag in tags if tag.slug == tag_slug), None)
        if tag is None:
            raise Http404(_("No such tag."))
        topics = topics.filter(tags=tag)
    language = topic_language_filter(request)
    if language:
        topics = topics.filter(language=language)
    page = Paginator(topics.with_tags(), settings.FORUM_TOPICS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    filters = {key: value for key, value in [("tag", tag_slug), ("lang", language)] if value}
    context = {
        "board": board, "page": page, "tags": tags, "current_tag": tag,
        "current_language": language, "languages": settings.LANGUAGES,
        "page_query": "&" + urlencode(filters) if filters else "",
        "tag_query": f"&lang={language}" if language else "",
        "language_query": f"&tag={tag.slug}" if tag else "",
        "watch_level": watch_level(board, user=request.user),
    }  # fmt: skip
    return render(request, "forum/board_detail.html", context)


def topic_language_filter(request) -> str:
    """The ?lang= a topic list is narrowed to, or "" (an unknown code is ignored)."""
    language = request.GET.get("lang", "")
    return language if language in dict(settings.LANGUAGES) else ""


def refusal(check, *args) -> str:
    """The translated reason `check(*args)` refuses, or "" when it allows."""
    try:
        check(*args)
    except PermissionDenied as error:
        return str(error)
    return ""


def topic_create(request, slug: str):
    board = get_object_or_404(Board, slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = TopicForm(request.POST or None)
    preview = None
    status = HTTPStatus.OK
    # Refusals re-render the form so that nothing the member typed is lost.
    if reason := refusal(permissions.check_can_post, request.user):
        if form.is_bound:
            form.add_error(None, reason)
        status = HTTPStatus.FORBIDDEN
    elif request.method == "POST":
        if form.is_valid() and "preview" in request.POST:
            preview = services.render_post_body(form.cleaned_data["body"]).html
        elif form.is_valid():
            try:
                services.check_posting_rate(request.user)
            except services.PostingTooFast as error:
                form.add_error(None, str(error))
                status = HTTPStatus.TOO_MANY_REQUESTS
            else:
                topic = services.start_topic(
                    board,
                    author=request.user,
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    tags=form.cleaned_data["tags"],
                    language=form.cleaned_data["language"],
                )
                if topic.status == Topic.Status.HELD:
                    messages.info(request, _("Thank you! A moderator will approve your first posts "
                                             "before they appear to everyone."))  # fmt: skip
                else:
                    messages.success(request, _("Your topic has been posted."))
                return redirect(topic)
        else:
            status = HTTPStatus.BAD_REQUEST
    context = {"board": board, "form": form, "preview": preview, "refusal": reason}
    return render(request, "forum/topic_form.html", context, status=status)


@cache_for_anonymous
def topic_detail(request, slug: str, pk: int):
    # One query for the member's role, verified email and suspension, asked below.
    permissions.prime_permission_cache(request.user)
    topic = permissions.get_topic_for_user_or_404(request.user, pk)
    if slug != topic.slug:
        return HttpResponseRedirect(_with_query(topic.get_absolute_url(), request))
    # Posts hidden under a safety label stay in the thread as their warning (moderation).
    posts = (
        Post.objects.shown_in_thread_to(request.user)
        .filter(topic=topic)
        .select_related("author")
        .with_moderation_data(request.user)
        .with_community_data(request.user)
        .in_thread_order()
    )
    page = Paginator(posts, settings.FORUM_POSTS_PER_PAGE).get_page(request.GET.get("page"))
    user = request.user
    is_moderator = permissions.is_moderator(user)
    for post in page:
        post.topic = topic  # spares a query per post in permission checks
        post.user_can_edit = permissions.can_edit_post(user, post)
        post.user_can_see_revisions = permissions.can_see_revisions(user, post)
        post.user_can_read_body = permissions.can_read_post_body(user, post)
        post.user_can_report = not post.reported_by_user and permissions.can_report_post(user, post)
        post.user_sees_removal_reason = not post.is_published and (
            is_moderator or post.author_id == user.pk
        )
        post.user_can_react = permissions.can_react(user, post)
    context = {
        "topic": topic,
        "topic_tags": list(topic.tags.all()),
        "topic_tags_editable": is_moderator or topic.author_id == user.pk,
        "board": topic.board,
        "page": page,
        "user_is_moderator": is_moderator,
        "topic_removal_reason": _topic_removal_reason(user, topic),
        **_crisis_resources_if_needed(page),
        **topic_detail_extras(request, topic, page),  # watch level; marks the page read
        "reply_form": ReplyForm() if permissions.can_reply(user, topic) else None,
        "reply_refusal": refusal(permissions.check_can_reply, user, topic)
        if user.is_authenticated
        else "",
    }
    return render(request, "forum/topic_detail.html", context)


def _topic_removal_reason(user, topic: Topic) -> str:
    """Why a topic is hidden, for its author and the moderators (who alone can see it)."""
    if topic.is_published or not (permissions.is_moderator(user) or topic.author_id == user.pk):
        return ""
    return (
        ModerationAction.objects.filter(topic=topic, action__in=ModerationAction.REMOVALS)
        .order_by("-created_at", "-id")
        .values_list("reason", flat=True)
        .first()
        or ""
    )


def _crisis_resources_if_needed(page) -> dict:
    if not any(post.shows_crisis_panel for post in page):
        return {}
    return CrisisResource.objects.for_panel()


def _with_query(url: str, request) -> str:
    query = request.GET.urlencode()
    return f"{url}?{query}" if query else url


def topic_reply(request, slug: str, pk: int):
    topic = permissions.get_topic_for_user_or_404(request.user, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    status = HTTPStatus.OK
    preview = None
    reason = refusal(permissions.check_can_reply, request.user, topic)
    if request.method == "POST":
        form = ReplyForm(request.POST)
        if reason:
            form.add_error(None, reason)
            status = HTTPStatus.FORBIDDEN
        elif form.is_valid() and "preview" in request.POST:
            preview = services.render_post_body(form.cleaned_data["body"]).html
        elif form.is_valid():
            try:
                services.check_posting_rate(request.user)
            except services.PostingTooFast as error:
                form.add_error(None, str(error))
                status = HTTPStatus.TOO_MANY_REQUESTS
            else:
                post = services.reply(topic, author=request.user, body=form.cleaned_data["body"])
                if post.status == Post.Status.HELD:
                    messages.info(request, _("Thank you! A moderator will approve your first posts "
                                             "before they appear to everyone."))  # fmt: skip
                else:
                    messages.success(request, _("Your reply has been posted."))
                return redirect(post)
        else:
            status = HTTPStatus.BAD_REQUEST
    else:
        form = ReplyForm(initial={"body": _quote_initial(request, topic)})
        if reason:
            status = HTTPStatus.FORBIDDEN
    context = {
        "topic": topic, "board": topic.board, "form": form, "preview": preview, "refusal": reason,
    }  # fmt: skip
    return render(request, "forum/reply_form.html", context, status=status)


def _quote_initial(request, topic: Topic) -> str:
    quoted_id = request.GET.get("quote", "")
    if not quoted_id.isdigit():
        return ""
    post = (
        Post.objects.visible_to(request.user)
        .filter(topic=topic, pk=int(quoted_id))
        .select_related("author")
        .first()
    )
    return quote_markdown(post) if post else ""


def quote_markdown(post: Post) -> str:
    quoted = "\n".join(f"> {line}" if line else ">" for line in post.body.splitlines())
    wrote = _("wrote")
    return f"@{post.author.username} [{wrote}]({post.get_absolute_url()}):\n{quoted}\n\n"


def post_detail(request, pk: int):
    """Permalink: redirect to the page of the topic that holds the post."""
    # Counted as topic_detail lists them: posts hidden under a label keep their place.
    in_thread = Post.objects.shown_in_thread_to(request.user)
    post = get_object_or_404(
        in_thread.filter(topic__in=Topic.objects.visible_to(request.user)).select_related("topic"),
        pk=pk,
    )
    earlier = in_thread.filter(topic_id=post.topic_id).filter_before(post).count()
    page_number = earlier // settings.FORUM_POSTS_PER_PAGE + 1
    url = post.topic.get_absolute_url()
    if page_number > 1:
        url += f"?page={page_number}"
    return HttpResponseRedirect(f"{url}#post-{post.pk}")


def post_edit(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    post = permissions.get_post_for_user_or_404(request.user, pk)
    if post.author_id != request.user.pk and not permissions.is_moderator(request.user):
        raise PermissionDenied(_("You can only edit your own posts."))
    if post.author_id != request.user.pk:
        # A moderator's edit of someone else's post is signed with a reason (moderation).
        return redirect("forum:post-moderate-edit", pk=post.pk)
    topic = post.topic
    is_first_post = not Post.objects.filter(topic=topic).filter_before(post).exists()
    initial = {"body": post.body, "title": topic.title, "language": topic.language}
    if is_first_post:
        initial["tags"] = list(topic.tags.all())
    form = EditPostForm(request.POST or None, initial=initial, edit_title=is_first_post)
    status = HTTPStatus.OK
    preview = None
    if reason := refusal(permissions.check_can_edit_post, request.user, post):
        if form.is_bound:
            form.add_error(None, reason)
        status = HTTPStatus.FORBIDDEN
    elif request.method == "POST":
        if form.is_valid() and "preview" in request.POST:
            preview = services.render_post_body(form.cleaned_data["body"]).html
        elif form.is_valid():
            with transaction.atomic():
                changed = services.edit_post(
                    post,
                    editor=request.user,
                    body=form.cleaned_data["body"],
                    title=form.cleaned_data.get("title") if is_first_post else None,
                )
                if is_first_post:
                    changed |= set_topic_tags(topic, form.cleaned_data["tags"])
                    changed |= services.set_topic_language(
                        topic, form.cleaned_data["language"] or topic.language
                    )
            if changed and post.status == Post.Status.HELD:
                # Held by a screening rule: the same words as first-post approval.
                messages.info(request, _("Thank you! A moderator will approve your first posts "
                                         "before they appear to everyone."))  # fmt: skip
            elif changed:
                messages.success(request, _("Your changes have been saved."))
            return redirect(post)
        else:
            status = HTTPStatus.BAD_REQUEST
    context = {
        "post": post, "topic": topic, "board": topic.board, "form": form, "preview": preview,
        "refusal": reason,
    }  # fmt: skip
    return render(request, "forum/post_form.html", context, status=status)


def post_revisions(request, pk: int):
    post = permissions.get_post_for_user_or_404(request.user, pk)
    if not permissions.can_see_revisions(request.user, post):
        raise PermissionDenied(_("Only the author and the moderators can see earlier versions."))
    revisions = post.revisions.select_related("editor")
    page = Paginator(revisions, 20).get_page(request.GET.get("page"))
    context = {"post": post, "topic": post.topic, "board": post.topic.board, "page": page}
    return render(request, "forum/post_revisions.html", context)


@writes_no_content
@login_required
@require_POST
def markdown_preview(request):
    """HTML fragment for the editor's live preview (JavaScript only; forms work without it)."""
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return HttpResponse(
            form.errors["body"].as_text(), status=HTTPStatus.BAD_REQUEST, content_type="text/plain"
        )
    return HttpResponse(services.render_post_body(form.cleaned_data["body"]).html)


SEARCH_RESULTS_PER_PAGE = 20


def search(request):
    """Full-text search (forum.search); a query it cannot search is a form error, not a 500."""
    form = SearchForm(request.GET or None)
    page = None
    resources = []
    if form.is_valid() and form.cleaned_data["q"]:
        data = form.cleaned_data
        try:
            results = search_posts(
                data["q"], user=request.user, board=data["board"], author=data["author"],
                tag=data["tag"], date_from=data["date_from"], date_to=data["date_to"],
            )  # fmt: skip
        except SearchQueryError as error:
            form.add_error("q", str(error))
        else:
            page = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            if page.number == 1:
                resources = search_resources(data["q"])
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "search_query": form["q"].value() or "",
        "page": page,
        "resources": resources,
        "page_query": "&" + query.urlencode() if query else "",
    }
    status = HTTPStatus.BAD_REQUEST if form.errors else HTTPStatus.OK
    return render(request, "forum/search.html", context, status=status)
