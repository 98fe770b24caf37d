"""The French catalogue: complete, compiled, covering the code, and what French readers see.

French is a first-class language here, so these tests fail when:

(a) an entry of locale/fr/LC_MESSAGES/django.po is untranslated or fuzzy, or breaks a
    placeholder or an HTML tag of its English text;
(b) the committed django.mo differs from the .po (compare them by content, not by file
    dates, which a git checkout does not keep): every translated msgid must map to the
    same msgstr in both, and the .mo must hold nothing else;
(c) a literal string the code marks for translation is missing from the .po:
    {% translate %} / {% trans %} / _("...") in templates/, {% blocktranslate %} bodies
    (read with django.utils.translation.template.templatize, which makemessages itself
    uses), and the gettext family in accounts/, forum/, resources/ and config/ (ast);
(d) the main pages, rendered in French, still show key English phrases.

To fix a failure, update the catalogue and recompile (both files are committed, so a fresh
clone shows French without gettext installed):

    DEBUG=1 .venv/bin/python manage.py makemessages -l fr --ignore=.venv --ignore=tests \\
        --ignore=node_modules --ignore=staticfiles --no-obsolete --add-location=file
    # translate the new entries in locale/fr/LC_MESSAGES/django.po, remove "#, fuzzy"
    DEBUG=1 .venv/bin/python manage.py compilemessages --ignore=.venv -l fr

(`make makemessages` and `make messages` run the same two commands.)
"""

import ast
import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.text import unescape_string_literal
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale" / "fr" / "LC_MESSAGES"
PO_PATH = LOCALE_DIR / "django.po"
MO_PATH = LOCALE_DIR / "django.mo"
PYTHON_DIRS = ("accounts", "forum", "resources", "config")
TEMPLATE_DIR = ROOT / "templates"

# Strings marked in code that makemessages cannot extract (a gettext alias xgettext does not
# know), so they stay English. Each must be fixed where it is written; the test fails once
# one is extracted, to be removed from here.
KNOWN_UNEXTRACTED: set[str] = set()


# --- a small .po reader (no dependency) ---------------------------------------------------

_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
               "f": "\f", "v": "\v"}  # fmt: skip


def _po_unquote(quoted):
    assert quoted.startswith('"') and quoted.endswith('"'), quoted
    return re.sub(r"\\(.)", lambda m: _PO_ESCAPES.get(m[1], m[1]), quoted[1:-1])


class PoEntry:
    def __init__(self):
        self.flags = set()
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = None
        self.msgstr_plural = {}
        self.line = 0

    @property
    def key(self):
        """The key gettext uses: context and msgid joined by EOT."""
        return f"{self.msgctxt}\x04{self.msgid}" if self.msgctxt is not None else self.msgid

    @property
    def translations(self):
        if self.msgid_plural is None:
            return [self.msgstr]
        return [self.msgstr_plural[i] for i in sorted(self.msgstr_plural)]

    @property
    def is_translated(self):
        return all(self.translations)

    def __repr__(self):
        return f"line {self.line}: {self.msgid!r}"


def parse_po(path):
    """Entries of a .po file, header included (msgid ""), obsolete (#~) entries left out."""
    entries, entry, field = [], PoEntry(), None

    def flush():
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry, field = PoEntry(), None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#~"):
            continue
        elif line.startswith("#,"):
            if entry.msgid is not None:
                flush()
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            if entry.msgid is not None:
                flush()
        elif line.startswith('"'):
            if field is None:
                raise ValueError(f"{path}:{number}: string outside an entry")
            name, index = field
            if index is None:
                setattr(entry, name, getattr(entry, name) + _po_unquote(line))
            else:
                entry.msgstr_plural[index] += _po_unquote(line)
        else:
            match = re.fullmatch(
                r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")', line
            )
            if not match:
                raise ValueError(f"{path}:{number}: cannot read {raw!r}")
            name, index, value = match[1], match[2], _po_unquote(match[3])
            if name in ("msgctxt", "msgid") and entry.msgid is not None:
                flush()  # a new entry without a blank line before it
            if entry.line == 0:
                entry.line = number
            if index is not None:
                entry.msgstr_plural[int(index)] = value
                field = ("msgstr_plural", int(index))
            else:
                setattr(entry, name, value)
                field = (name, None)
    flush()
    return entries


@pytest.fixture(scope="module")
def po_entries():
    assert PO_PATH.exists(), f"{PO_PATH} is missing: run makemessages (see this module's doc)"
    return parse_po(PO_PATH)


@pytest.fixture(scope="module")
def messages(po_entries):
    return [entry for entry in po_entries if entry.msgid != ""]


@pytest.fixture(scope="module")
def catalogue_keys(messages):
    return {entry.key for entry in messages}


def _header(po_entries):
    header = next(entry for entry in po_entries if entry.msgid == "")
    fields = dict(
        line.split(":", 1) for line in header.msgstr.splitlines() if ":" in line
    )  # fmt: skip
    return header, {name.strip(): value.strip() for name, value in fields.items()}


# --- (a) every entry translated, none fuzzy, placeholders and tags kept --------------------


def test_header_is_french_with_french_plural_forms(po_entries):
    header, fields = _header(po_entries)
    assert "fuzzy" not in header.flags, "the header is fuzzy: msgfmt would skip it"
    assert fields["Language"] == "fr"
    assert fields["Content-Type"] == "text/plain; charset=UTF-8"
    assert fields["Plural-Forms"].replace(" ", "") == "nplurals=2;plural=(n>1);"


def test_every_entry_is_translated_and_not_fuzzy(messages):
    assert len(messages) > 500, "the catalogue looks truncated"
    untranslated = [entry for entry in messages if not entry.is_translated]
    fuzzy = [entry for entry in messages if "fuzzy" in entry.flags]
    assert not untranslated, f"untranslated French entries: {untranslated}"
    assert not fuzzy, f"fuzzy French entries (check, then remove the flag): {fuzzy}"


def test_plural_entries_have_both_french_forms(messages):
    wrong = [
        entry for entry in messages
        if entry.msgid_plural is not None and sorted(entry.msgstr_plural) != [0, 1]
    ]  # fmt: skip
    assert not wrong, f"plural entries without exactly msgstr[0] and msgstr[1]: {wrong}"


PLACEHOLDER_RE = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%%|\{\w*\}")
TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*|\[\[[^\]]*\]\]")


def test_placeholders_and_html_tags_are_kept(messages):
    problems = []
    for entry in messages:
        if not entry.is_translated:
            continue  # reported by the test above
        english = [entry.msgid] if entry.msgid_plural is None else [entry.msgid, entry.msgid_plural]
        for index, french in enumerate(entry.translations):
            source = english[min(index, len(english) - 1)]
            formatted = {"python-format", "python-brace-format"} & entry.flags
            if formatted and sorted(PLACEHOLDER_RE.findall(source)) != sorted(
                PLACEHOLDER_RE.findall(french)
            ):
                problems.append(f"{entry!r}: placeholders differ in {french!r}")
            if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(french)):
                problems.append(f"{entry!r}: HTML tags or [[codes]] differ in {french!r}")
    assert not problems, "\n".join(problems)


# --- (b) the committed .mo is the compiled .po ---------------------------------------------


def test_mo_matches_po(messages):
    assert MO_PATH.exists(), f"{MO_PATH} is missing: run compilemessages (see this module's doc)"
    with MO_PATH.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    # GNUTranslations keeps every message in _catalog: msgid (with "context\x04" in front
    # when there is one) -> msgstr, or (msgid, n) -> msgstr[n] for plurals.
    in_mo = {key: value for key, value in compiled._catalog.items() if key != ""}
    expected = {}
    for entry in messages:
        if not entry.is_translated or "fuzzy" in entry.flags:
            continue  # msgfmt leaves them out; the tests above report them
        if entry.msgid_plural is None:
            expected[entry.key] = entry.msgstr
        else:
            for index, value in entry.msgstr_plural.items():
                expected[(entry.key, index)] = value
    missing = sorted(str(key) for key in expected.keys() - in_mo.keys())
    extra = sorted(str(key) for key in in_mo.keys() - expected.keys())
    different = sorted(
        str(key) for key in expected.keys() & in_mo.keys() if expected[key] != in_mo[key]
    )  # fmt: skip
    hint = "django.mo is out of date: run compilemessages and commit django.mo"
    assert not missing, f"{hint}; not in the .mo: {missing[:20]}"
    assert not different, f"{hint}; different in the .mo: {different[:20]}"
    assert not extra, f"{hint}; only in the .mo: {extra[:20]}"
    assert compiled.ngettext("a", "b", 1) == "a" and compiled.ngettext("a", "b", 2) == "b"
    assert compiled.info().get("plural-forms", "").replace(" ", "") == "nplurals=2;plural=(n>1);"


# --- (c) every literal the code marks for translation is in the catalogue ------------------

TRANSLATE_TAG_RE = re.compile(
    r"""\{%\s*(?:translate|trans)\s+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')(.*?)%\}""", re.S
)
CONTEXT_RE = re.compile(r"""\bcontext\s+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")
UNDERSCORE_RE = re.compile(r"""\b_\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)""")
# templatize() writes each blocktranslate as gettext/ngettext/pgettext/npgettext calls with
# Python string literals (repr), which ast reads back.
TEMPLATIZED_CALL_RE = re.compile(
    r"""\b(n?p?gettext)\(((?:u(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*)*"""
    r"""u(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))\s*(?:,\s*count\s*)?\)"""
)


def _template_files():
    return sorted(
        path for pattern in ("*.html", "*.txt") for path in TEMPLATE_DIR.rglob(pattern)
    )  # fmt: skip


def template_msgids():
    """(file, key) of every translatable literal in templates/."""
    found = set()
    for path in _template_files():
        source = path.read_text(encoding="utf-8")
        name = str(path.relative_to(ROOT))
        for literal, rest in TRANSLATE_TAG_RE.findall(source):
            # Like makemessages and the {% translate %} tag, a literal % is doubled.
            msgid = unescape_string_literal(literal).replace("%", "%%")
            context = CONTEXT_RE.search(rest)
            if context:
                msgid = f"{unescape_string_literal(context[1])}\x04{msgid}"
            found.add((name, msgid))
        for literal in UNDERSCORE_RE.findall(source):
            found.add((name, unescape_string_literal(literal)))
    return found


def blocktranslate_msgids():
    """(file, key) of every {% blocktranslate %} body, as makemessages extracts it."""
    found = set()
    for path in _template_files():
        source = path.read_text(encoding="utf-8")
        if "blocktrans" not in source:
            continue
        name = str(path.relative_to(ROOT))
        for function, arguments in TEMPLATIZED_CALL_RE.findall(templatize(source, origin=name)):
            strings = ast.literal_eval(f"({arguments},)")
            if function.startswith("np") or function.startswith("p"):
                found.add((name, f"{strings[0]}\x04{strings[1]}"))
            else:
                found.add((name, strings[0]))
    return found


GETTEXT_FUNCTIONS = {
    # name: (index of the context argument or None, index of the msgid argument)
    "gettext": (None, 0), "gettext_lazy": (None, 0), "gettext_noop": (None, 0),
    "ngettext": (None, 0), "ngettext_lazy": (None, 0),
    "pgettext": (0, 1), "pgettext_lazy": (0, 1), "npgettext": (0, 1), "npgettext_lazy": (0, 1),
}  # fmt: skip
# The names xgettext (as makemessages runs it) extracts calls of.
XGETTEXT_KEYWORDS = set(GETTEXT_FUNCTIONS) | {"_"}


def _translation_aliases(tree):
    """Local name -> django.utils.translation function, from the module's imports."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
            for alias in node.names:
                if alias.name in GETTEXT_FUNCTIONS:
                    aliases[alias.asname or alias.name] = alias.name
    return aliases


def python_msgids():
    """(file, key, extractable) of every literal passed to a gettext function; extractable
    is False when makemessages cannot see the call (unknown alias, inside an f-string)."""
    found = set()
    for directory in PYTHON_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            aliases = _translation_aliases(tree)
            in_fstrings = {
                id(inner)
                for node in ast.walk(tree)
                if isinstance(node, ast.JoinedStr)
                for inner in ast.walk(node)
            }  # fmt: skip
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                if isinstance(node.func, ast.Name):
                    called = node.func.id
                    function = aliases.get(called)
                elif isinstance(node.func, ast.Attribute):
                    called = node.func.attr  # translation.gettext(...): xgettext sees gettext
                    function = called if called in GETTEXT_FUNCTIONS else None
                else:
                    continue
                if function is None:
                    continue
                context_index, msgid_index = GETTEXT_FUNCTIONS[function]
                arguments = node.args
                if len(arguments) <= msgid_index:
                    continue
                literals = [
                    argument.value
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                    else None
                    for argument in arguments[: msgid_index + 1]
                ]  # fmt: skip
                if literals[msgid_index] is None or (
                    context_index is not None and literals[context_index] is None
                ):
                    continue  # not a literal: nothing to extract
                key = literals[msgid_index]
                if context_index is not None:
                    key = f"{literals[context_index]}\x04{key}"
                name = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.add((name, key, called in XGETTEXT_KEYWORDS and id(node) not in in_fstrings))
    return found


def test_template_translate_literals_are_in_the_catalogue(catalogue_keys):
    found = template_msgids()
    assert len(found) > 100, "the template scan found too little: check TRANSLATE_TAG_RE"
    missing = sorted(f"{name}: {key!r}" for name, key in found if key not in catalogue_keys)
    assert not missing, "not in the French catalogue (run makemessages):\n" + "\n".join(missing)


def test_blocktranslate_bodies_are_in_the_catalogue(catalogue_keys):
    found = blocktranslate_msgids()
    assert len(found) > 30, "the blocktranslate scan found too little: check the regex"
    missing = sorted(f"{name}: {key!r}" for name, key in found if key not in catalogue_keys)
    assert not missing, "not in the French catalogue (run makemessages):\n" + "\n".join(missing)


def test_python_gettext_literals_are_in_the_catalogue(catalogue_keys):
    found = python_msgids()
    assert len(found) > 200, "the Python scan found too little: check python_msgids()"
    missing = sorted(
        f"{name}: {key!r}"
        for name, key, _extractable in found
        if key not in catalogue_keys and key not in KNOWN_UNEXTRACTED
    )  # fmt: skip
    assert not missing, "not in the French catalogue (run makemessages):\n" + "\n".join(missing)
    unextractable = sorted(
        f"{name}: {key!r}"
        for name, key, extractable in found
        if not extractable and key not in KNOWN_UNEXTRACTED
    )  # fmt: skip
    assert not unextractable, (
        "makemessages cannot extract these calls: gettext under another name (import it as "
        "`_` or use its own name) or inside an f-string (call it outside):\n"
        + "\n".join(unextractable)
    )
    fixed = sorted(KNOWN_UNEXTRACTED & catalogue_keys)
    assert not fixed, f"now extracted: remove from KNOWN_UNEXTRACTED: {fixed}"


# --- (d) the main pages in French ----------------------------------------------------------


class _VisibleText(HTMLParser):
    """Text a reader sees or hears: text nodes and the labelling attributes, scripts left out."""

    ATTRIBUTES = {"aria-label", "placeholder", "title", "alt", "value"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        attributes = dict(attrs)
        for name, value in attrs:
            if not value or name not in self.ATTRIBUTES:
                continue
            if name == "value" and attributes.get("type") not in ("submit", "button"):
                continue
            self.parts.append(value)
        if tag == "meta" and attributes.get("name") == "description":
            self.parts.append(attributes.get("content") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data)


def visible_text(response):
    parser = _VisibleText()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


def get_french(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200, (url, response.status_code)
    assert re.search(r'<html[^>]*\blang="fr"', response.content.decode()), url
    return visible_text(response)


def assert_french(text, *, absent=(), present=(), page=""):
    still_english = [phrase for phrase in absent if re.search(rf"\b{re.escape(phrase)}\b", text)]
    not_french = [phrase for phrase in present if phrase not in text]
    assert not still_english, f"{page}: English left on the French page: {still_english}"
    assert not not_french, f"{page}: French missing: {not_french}\n---\n{text}"


# On every page: header, footer and the medical disclaimer.
LAYOUT_ENGLISH = ("Boards", "Resources", "Search the forum", "Medical disclaimer",
                  "Skip to content", "peer-support community", "Language")  # fmt: skip
LAYOUT_FRENCH = ("Rubriques", "Ressources", "Rechercher dans le forum", "Avertissement médical",
                 "Aller au contenu", "communauté d'entraide entre pairs",
                 "n'arrêtez jamais le baclofène")  # fmt: skip
SIGNED_OUT_ENGLISH = ("Sign in", "Sign up")
SIGNED_OUT_FRENCH = ("Connexion", "Inscription")
SIGNED_IN_ENGLISH = ("Sign out", "Settings", "Notifications (")
SIGNED_IN_FRENCH = ("Déconnexion", "Réglages", "Notifications")


@pytest.fixture(autouse=True)
def _english_again_afterwards():
    yield
    translation.activate("en")


@pytest.fixture
def library(db):
    call_command("load_resources", verbosity=0)


def test_board_index_in_french(client, topic):
    text = get_french(client, reverse("forum:board-list"))
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, *SIGNED_OUT_ENGLISH, "Latest post", "Topics", "Posts",
                "A moderated place", "resource library", "New here?"),
        present=(*LAYOUT_FRENCH, *SIGNED_OUT_FRENCH, "Dernier message", "Sujets", "Messages",
                 "Un espace modéré", "bibliothèque de ressources"),
        page="board index",
    )  # fmt: skip


def test_board_page_in_french(client, board, topic):
    text = get_french(client, board.get_absolute_url())
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "New topic", "All topics", "started by", "last post by",
                "0 replies", "Breadcrumbs"),
        present=(*LAYOUT_FRENCH, "Nouveau sujet", "Tous les sujets", "lancé par alice",
                 "dernier message par alice", "0 réponse", "Fil d'Ariane"),
        page="board",
    )  # fmt: skip


def test_topic_with_a_reply_in_french_signed_out(client, topic, reply_post):
    text = get_french(client, topic.get_absolute_url())
    assert "Welcome, keep going!" in text
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, *SIGNED_OUT_ENGLISH, "Reply", "create an account", "to reply"),
        present=(*LAYOUT_FRENCH, *SIGNED_OUT_FRENCH, "Répondre", "Connectez-vous",
                 "créez un compte", "pour répondre"),
        page="topic (signed out)",
    )  # fmt: skip


def test_topic_with_a_reply_in_french_signed_in(member_client, topic, reply_post):
    text = get_french(member_client, topic.get_absolute_url())
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, *SIGNED_IN_ENGLISH, "Reply", "Post reply", "Preview", "Report",
                "Quote", "Bookmark", "Helpful", "Thanks", "Watch", "Mute", "Edit",
                "the post by", "Markdown is supported", "Edit tags"),
        present=(*LAYOUT_FRENCH, *SIGNED_IN_FRENCH, "Répondre", "Publier la réponse", "Aperçu",
                 "Signaler", "Citer", "Ajouter aux favoris", "Utile (0)", "Merci (0)", "Suivre",
                 "Mettre en sourdine", "Modifier", "le message publié par bob",
                 "Le Markdown est pris en charge"),
        page="topic (signed in)",
    )  # fmt: skip


def test_safety_warning_in_french(client, moderator, topic, reply_post, library):
    from forum.models import SafetyLabel, UnsafeAdviceCategory
    from forum.moderation import services

    services.do_label_post(
        reply_post,
        moderator=moderator,
        categories=[UnsafeAdviceCategory.objects.get(slug="abrupt_stop")],
        mode=SafetyLabel.Mode.LABEL,
        reason="Unsafe advice",
    )
    text = get_french(client, topic.get_absolute_url())
    assert_french(
        text,
        absent=("Warning: unsafe medical advice", "Talk to your prescriber",
                "Read more in the library", "Flagged by the moderators", "Stopping baclofen"),
        present=("Avertissement : conseil médical dangereux",
                 "Parlez-en à votre médecin prescripteur avant de modifier tout traitement.",
                 "En savoir plus dans la bibliothèque", "Avertissement ajouté par les modérateurs",
                 "Arrêter brutalement le baclofène"),
        page="topic with a safety label",
    )  # fmt: skip


def test_new_topic_form_in_french(member_client, board, library):
    text = get_french(member_client, reverse("forum:topic-create", args=[board.slug]))
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "New topic in", "Before you post", "Title",
                "Post topic", "Optional: choose up to three", "Cite a resource",
                "Never suggest stopping suddenly", "do not tell others what dose"),
        present=(*LAYOUT_FRENCH, "Nouveau sujet dans Questions", "Avant de publier", "Titre",
                 "Publier le sujet", "Facultatif", "Citer une ressource de la bibliothèque",
                 "Ne conseillez jamais d'arrêter brutalement",
                 "ne dites pas aux autres quelle dose prendre"),
        page="new topic",
    )  # fmt: skip


def test_sign_up_in_french(client, db):
    text = get_french(client, reverse("account_signup"))
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "Sign Up", "Sign up", "Already have an account", "Username",
                "Password", "Email"),
        present=(*LAYOUT_FRENCH, "Inscription", "Nom d'utilisateur", "Mot de passe"),
        page="sign-up",
    )  # fmt: skip


def test_login_in_french(client, db):
    text = get_french(client, reverse("account_login"))
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "Sign In", "Sign in", "Forgot your password", "Remember Me",
                "Password"),
        present=(*LAYOUT_FRENCH, "Connexion", "Mot de passe oublié", "Se souvenir de moi"),
        page="login",
    )  # fmt: skip


def test_library_index_in_french(client, library):
    text = get_french(client, reverse("resources:resource-list"))
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "Resource library", "Search the library", "Kind:", "Tag:",
                "items", "vouch for", "must be prescribed and followed by a doctor"),
        present=(*LAYOUT_FRENCH, "Bibliothèque de ressources", "Rechercher dans la bibliothèque",
                 "Type :", "Mot-clé :", "éléments", "doit être prescrit et suivi par un médecin"),
        page="library",
    )  # fmt: skip


def test_resource_page_in_french(client, library):
    from resources.models import Resource

    resource = Resource.objects.get(slug="prescribing-guide")
    text = get_french(client, resource.get_absolute_url())
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "To cite this resource", "Discussed in",
                "No forum topic cites this resource yet"),
        present=(*LAYOUT_FRENCH, "Bibliothèque de ressources", "Pour citer cette ressource",
                 "Discutée dans", "Aucun sujet du forum ne cite encore cette ressource"),
        page="resource",
    )  # fmt: skip


def test_search_page_in_french(client, topic):
    text = get_french(client, reverse("forum:search") + "?q=month")
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, "post found", "Filters", "Posted from", "Posted until",
                "All boards", "Tips:"),
        present=(*LAYOUT_FRENCH, "1 message trouvé", "Filtres", "Publié à partir du",
                 "Toutes les rubriques", "Astuces"),
        page="search",
    )  # fmt: skip


def test_moderation_queue_in_french(moderator_client, member, reply_post):
    from forum.moderation import services

    services.do_report_post(reply_post, reporter=member, reason="spam")
    text = get_french(moderator_client, reverse("forum:mod-queue"))
    assert_french(
        text,
        absent=(*LAYOUT_ENGLISH, *SIGNED_IN_ENGLISH, "Review queue", "Reported posts",
                "Awaiting approval", "Second looks", "1 report", "Full post, its history",
                "The author's record", "Decide", "Moderation log", "Hide the post",
                "Dismiss the reports"),
        present=(*LAYOUT_FRENCH, *SIGNED_IN_FRENCH, "File de modération", "Messages signalés",
                 "En attente d'approbation", "Réexamens", "1 signalement",
                 "Message complet, son historique et ses signalements", "Le dossier de l'auteur",
                 "Décider", "Journal de modération", "Masquer le message",
                 "Rejeter les signalements"),
        page="moderation queue",
    )  # fmt: skip
