from http import HTTPStatus

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.forms import ProfileSettingsForm
from accounts.models import User
from forum.community.views import profile_context as community_profile_context
from forum.models import Post, Topic


def profile(request, username: str):
    member = get_object_or_404(User, username=username, is_active=True)
    if member.hide_profile_from_public and not request.user.is_authenticated:
        # Answered as "not found", so that search engines drop it, with a word for members.
        response = render(
            request, "accounts/profile_members_only.html", status=HTTPStatus.NOT_FOUND
        )
        response["X-Robots-Tag"] = "noindex"
        return response
    topics = (
        Topic.objects.visible_to(request.user)
        .filter(author=member)
        .select_related("board")
        .order_by("-created_at")[:10]
    )
    posts = (
        Post.objects.visible_to(request.user)
        .filter(author=member, topic__in=Topic.objects.visible_to(request.user))
        .with_safety_label_flag()
        .select_related("topic")
        .order_by("-created_at", "-id")
    )
    page = Paginator(posts, settings.FORUM_POSTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "member": member, "topics": topics, "page": page,
        **community_profile_context(request.user, member),
    }  # fmt: skip
    response = render(request, "accounts/profile.html", context)
    if member.hide_profile_from_public:
        response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def profile_settings(request):
    form = ProfileSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your settings have been saved."))
            return redirect("accounts:settings")
        return render(request, "accounts/settings.html", {"form": form}, status=400)
    return render(request, "accounts/settings.html", {"form": form})
