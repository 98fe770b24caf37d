from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from forum.models import TITLE_MAX_LENGTH, Board, TopicTag
from forum.search.query import SEARCH_MAX_LENGTH


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


class TopicTagsField(forms.ModelMultipleChoiceField):
    """Up to three of the staff-managed tags, as checkboxes (a fieldset with a legend)."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        from forum.community.services import MAX_TAGS_PER_TOPIC

        self.max_choices = MAX_TAGS_PER_TOPIC
        kwargs.setdefault("queryset", TopicTag.objects.all())
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Tags"))
        kwargs.setdefault("help_text", _("Optional: choose up to three."))
        super().__init__(**kwargs)

    def clean(self, value):
        tags = super().clean(value)
        if len(tags) > self.max_choices:
            raise forms.ValidationError(
                _("Choose at most %(limit)d tags (you chose %(count)d)."),
                code="max_choices",
                params={"limit": self.max_choices, "count": len(tags)},
            )
        return tags


def topic_language_field(*, detect: bool) -> forms.ChoiceField:
    """The topic's language; left out of a submitted form, it is detected or kept."""
    choices = list(settings.LANGUAGES)
    if detect:
        choices.insert(0, ("", _("Detect from my message")))
    return forms.ChoiceField(label=_("Language of the discussion"), choices=choices, required=False)


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
    tags = TopicTagsField()
    language = topic_language_field(detect=True)
    field_order = ["title", "body", "tags", "language"]

    def clean_title(self) -> str:
        return _clean_required_text(
            self.cleaned_data["title"], _("Please give your topic a title.")
        )

    def clean_body(self) -> str:
        return clean_post_body(self.cleaned_data["body"])


class EditPostForm(ReplyForm):
    """Edit a post; for a topic's first post the title and tags are editable too."""

    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH, required=False)
    tags = TopicTagsField()
    language = topic_language_field(detect=False)
    field_order = ["title", "body", "tags", "language"]

    def __init__(self, *args, edit_title: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.edit_title = edit_title
        if edit_title:
            self.fields["title"].required = True
            self.fields["title"].error_messages["required"] = _("Please give your topic a title.")
        else:
            del self.fields["title"]
            del self.fields["tags"]
            del self.fields["language"]

    def clean_title(self) -> str:
        return _clean_required_text(
            self.cleaned_data["title"], _("Please give your topic a title.")
        )


class SearchForm(forms.Form):
    """The search page's query and filters; forum.search checks what the query may contain."""

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        widget=forms.SearchInput,
        error_messages={
            "max_length": _(
                "Search for at most %(limit_value)d characters (you typed %(show_value)d)."
            )
        },
    )
    board = forms.ModelChoiceField(
        label=_("Board"),
        queryset=Board.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All boards"),
    )
    tag = forms.ModelChoiceField(
        label=_("Tag"),
        queryset=TopicTag.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All tags"),
    )
    author = forms.CharField(
        label=_("Author"), required=False, max_length=150,
        help_text=_("Username or display name."),
    )  # fmt: skip
    date_from = forms.DateField(
        label=_("Posted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Posted until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The end date is before the start date."))
        return data


class TopicTagsForm(forms.Form):
    tags = TopicTagsField()
