"""``manage.py screening_report FILE.jsonl [--json]``: score the safety screener."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from forum.moderation.screening.learned import load_classifier, using
from forum.moderation.screening_eval import DatasetError, evaluate, parse_jsonl

TRUNCATE = 90


def read_labelled(path: Path) -> list[dict[str, Any]]:
    """The validated items of a labelled JSONL file, or a CommandError naming the line."""
    try:
        with path.open(encoding="utf-8") as lines:
            return parse_jsonl(lines)
    except FileNotFoundError as exc:
        raise CommandError(_("File not found: %(path)s") % {"path": path}) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": exc}
        ) from exc
    except DatasetError as exc:
        # DatasetError messages name the line: "Line 7: ...".
        raise CommandError(
            _("Invalid data in %(path)s: %(error)s") % {"path": path, "error": exc}
        ) from exc


class Command(BaseCommand):
    help = _(
        "Precision, recall and F1 of the safety screener on a labelled JSONL file, "
        "overall, per language and per category, with the misclassified posts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", help=_("JSONL file: one {text, lang, unsafe, category} per line.")
        )
        parser.add_argument(
            "--json", action="store_true", help=_("Print only the figures as one JSON object.")
        )
        parser.add_argument(
            "--weights",
            help=_(
                "Use the classifier weights in this file instead of the shipped ones, e.g. "
                "weights trained without the file being measured."
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        items = read_labelled(Path(options["file"]))
        if options["weights"]:
            path = Path(options["weights"])
            try:
                classifier = load_classifier(path)
            except (OSError, ValueError) as exc:
                raise CommandError(
                    _("Cannot use the weights in %(path)s: %(error)s")
                    % {"path": path, "error": exc}
                ) from exc
            with using(classifier):
                report = evaluate(items)
        else:
            report = evaluate(items)
        if options["json"]:
            figures = {key: report[key] for key in ("overall", "per_language", "per_category")}
            self.stdout.write(json.dumps(figures, sort_keys=True))
            return
        self._write_text(report)

    def _write_text(self, report: dict[str, Any]) -> None:
        line = "{:<24} {:>9} {:>7} {:>6} {:>5}"
        self.stdout.write(line.format("", "precision", "recall", "F1", "n"))
        rows = [("overall", report["overall"])]
        rows += [(f"lang {lang}", scores) for lang, scores in report["per_language"].items()]
        rows += [(slug, scores) for slug, scores in report["per_category"].items()]
        for label, s in rows:
            values = (f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", s["n"])
            self.stdout.write(line.format(label, *values))
        missed = report["misclassified"]
        self.stdout.write(f"\nMisclassified: {len(missed)}")
        for item in missed:
            text = " ".join(item["text"].split())
            if len(text) > TRUNCATE:
                text = text[: TRUNCATE - 1] + "…"
            self.stdout.write(
                f"[{item['lang']}] expected {item['expected']}, got {item['got']}: {text}"
            )
