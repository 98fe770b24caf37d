"""Moderator pages for the safety screening's staff rules: list, add, edit, enable or
disable, and try an unsaved rule on recent posts. Moderators only (see views.py)."""

import time
from http import HTTPStatus

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from forum.caching import writes_no_content
from forum.models import Post, ScreeningRule
from forum.moderation import autoscreen
from forum.moderation.forms import ScreeningRuleForm
from forum.moderation.screening import highlight
from forum.moderation.views import _report_outcome, moderator_required

# How many of the latest visible posts "Test on recent posts" reads.
TRY_POSTS = 200


@moderator_required
def rule_list(request):
    rules = ScreeningRule.objects.select_related("category", "created_by")
    return render(request, "forum/moderation/rule_list.html", {"rules": rules})


@moderator_required
def rule_add(request):
    form = ScreeningRuleForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            autoscreen.do_add_rule(form.save(commit=False), moderator=request.user)
            messages.success(request, _("The rule is saved."))
            return redirect("forum:screening-rule-list")
        return _render_form(request, form, status=HTTPStatus.BAD_REQUEST)
    return _render_form(request, form)


@moderator_required
def rule_edit(request, pk: int):
    rule = get_object_or_404(ScreeningRule.objects.select_related("category"), pk=pk)
    before = autoscreen.rule_snapshot(rule)
    form = ScreeningRuleForm(request.POST or None, instance=rule)
    if request.method == "POST":
        if form.is_valid():
            changed = autoscreen.do_change_rule(
                form.save(commit=False), moderator=request.user, before=before
            )
            _report_outcome(request, changed, _("The rule is saved."))
            return redirect("forum:screening-rule-list")
        return _render_form(request, form, rule=rule, status=HTTPStatus.BAD_REQUEST)
    return _render_form(request, form, rule=rule)


@writes_no_content
@moderator_required
@require_POST
def rule_try(request):
    """Run the submitted rule alone over the latest visible posts; nothing is saved."""
    pk = request.POST.get("rule", "")
    rule = ScreeningRule.objects.filter(pk=int(pk)).first() if pk.isdigit() else None
    form = ScreeningRuleForm(request.POST, instance=rule)
    if not form.is_valid():
        return _render_form(request, form, rule=rule, status=HTTPStatus.BAD_REQUEST)
    posts = list(
        Post.objects.published()
        .select_related("topic", "author")
        .order_by("-created_at", "-id")[:TRY_POSTS]
    )
    started = time.perf_counter()
    hits = autoscreen.try_rule(form.as_rule(), posts)
    elapsed_ms = (time.perf_counter() - started) * 1000
    results = [
        {"post": post, "segments": highlight(post.body, result.matches)} for post, result in hits
    ]
    trial = {"results": results, "read": len(posts), "elapsed_ms": elapsed_ms}
    return _render_form(request, form, rule=rule, trial=trial)


def _render_form(request, form, *, rule=None, trial=None, status=HTTPStatus.OK):
    context = {"form": form, "rule": rule, "trial": trial, "try_posts": TRY_POSTS}
    return render(request, "forum/moderation/rule_form.html", context, status=status)


def _rule_toggle(enabled: bool, done_message):
    @moderator_required
    @require_POST
    def view(request, pk: int):
        rule = get_object_or_404(ScreeningRule, pk=pk)
        changed = autoscreen.do_set_rule_enabled(rule, moderator=request.user, enabled=enabled)
        _report_outcome(request, changed, str(done_message))
        return redirect("forum:screening-rule-list")

    return view


rule_enable = _rule_toggle(True, gettext_lazy("The rule is enabled."))
rule_disable = _rule_toggle(
    False, gettext_lazy("The rule is disabled: it no longer screens new posts.")
)
