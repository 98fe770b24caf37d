from html.parser import HTMLParser

import pytest

from forum.rendering import find_mention_candidates, render_markdown


def html(text: str, **kwargs) -> str:
    return render_markdown(text, **kwargs).html


def test_markdown_renders_headings_lists_links_code_and_quotes():
    out = html(
        "# Title\n\n- one\n- two\n\n1. first\n\n[site](https://example.org)\n\n"
        "`x`\n\n```\nblock\n```\n\n> quoted"
    )
    assert "<h3>Title</h3>" in out
    assert "<ul>" in out and "<li>one</li>" in out
    assert "<ol>" in out
    assert '<a href="https://example.org" rel="nofollow ugc noopener">site</a>' in out
    assert "<code>x</code>" in out
    assert "<pre><code>block" in out
    assert "<blockquote>" in out


def test_markdown_escapes_raw_html():
    out = html('<script>alert(1)</script><img src=x onerror="alert(1)"><b onclick="x()">b</b>')
    assert "<script" not in out
    assert "<img" not in out
    assert "<b" not in out
    assert "&lt;script&gt;" in out


@pytest.mark.parametrize(
    "link",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox)",
        "<javascript:alert(1)>",
    ],
)
def test_markdown_drops_dangerous_link_schemes(link):
    out = html(link)
    assert "href" not in out


def test_links_carry_nofollow_ugc_noopener():
    out = html("see https://example.org/page and [this](http://example.com)")
    assert out.count('rel="nofollow ugc noopener"') == 2


def test_images_become_links_so_readers_load_nothing_remote():
    out = html("![chart](https://example.org/chart.png)")
    assert "<img" not in out
    assert '<a href="https://example.org/chart.png"' in out


class AttributeCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.names.update(name for name, _ in attrs)


@pytest.mark.parametrize(
    "text",
    [
        '[x](https://e.org "t\\" onmouseover=\\"alert(1)")',
        '<a href="https://e.org" onclick="alert(1)" style="color:red">x</a>',
        "[x](https://e.org){onclick=alert(1)}",
    ],
)
def test_no_event_or_style_attribute_survives(text):
    collector = AttributeCollector()
    collector.feed(html(text))
    assert collector.names <= {"href", "title", "rel", "class"}


def test_mentions_link_known_members_only():
    rendered = render_markdown(
        "hi @Alice and @nobody, mail me@example.com", members=[("alice", "/u/alice/")]
    )
    assert '<a href="/u/alice/" class="mention"' in rendered.html
    assert "@nobody" in rendered.html and "/u/nobody/" not in rendered.html
    assert rendered.mentions == ["alice"]


def test_mentions_are_not_linked_inside_code_or_links():
    rendered = render_markdown("`@alice` [@alice](https://e.org)", members=[("alice", "/u/alice/")])
    assert "mention" not in rendered.html


def test_mention_candidates_ignore_email_addresses():
    assert find_mention_candidates("@bob hi, write to carol@example.com") == {"bob"}
