from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from forum.models import TITLE_MAX_LENGTH


def _clean_required_text(value: str, message: str) -> str:
    # Whitespace-only text is empty text; keep inner spacing (Markdown needs it).
    if not value or not value.strip():
        raise forms.ValidationError(message, code="required")
    return value.strip("\r\n").rstrip()


def clean_post_body(value: str) -> str:
    body = _clean_required_text(value, _("Please write a message."))
    # Read at validation time so the limit can change without a restart of the form class.
    limit = settings.FORUM_MAX_POST_LENGTH
    if len(body) > limit:
        raise forms.ValidationError(
            _("Your message is too long: at most %(limit)d characters (it has %(length)d)."),
            code="max_length",
            params={"limit": limit, "length": len(body)},
        )
    return body


class PostBodyField(forms.CharField):
    widget = forms.Textarea

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Message"))
        kwargs.setdefault("strip", False)
        kwargs.setdefault(
            "help_text",
            _("Markdown is supported: **bold**, *italic*, lists, > quotes, [links](https://…)."),
        )
        kwargs.setdefault("error_messages", {"required": _("Please write a message.")})
        super().__init__(**kwargs)
        self.widget.attrs.update({"rows": 10, "data-markdown-editor": ""})


class ReplyForm(forms.Form):
    body = PostBodyField()

    def clean_body(self) -> str:
        return clean_post_body(self.cleaned_data["body"])


class TopicForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={
            "required": _("Please give your topic a title."),
            "max_length": _(
                "The title is too long: at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    body = PostBodyField()
    field_order = ["title", "body"]

    def clean_title(self) -> str:
        return _clean_required_text(
            self.cleaned_data["title"], _("Please give your topic a title.")
        )

    def clean_body(self) -> str:
        return clean_post_body(self.cleaned_data["body"])


class EditPostForm(ReplyForm):
    """Edit a post; for a topic's first post the title is editable too."""

    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH, required=False)
    field_order = ["title", "body"]

    def __init__(self, *args, edit_title: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.edit_title = edit_title
        if edit_title:
            self.fields["title"].required = True
            self.fields["title"].error_messages["required"] = _("Please give your topic a title.")
        else:
            del self.fields["title"]

    def clean_title(self) -> str:
        return _clean_required_text(
            self.cleaned_data["title"], _("Please give your topic a title.")
        )
