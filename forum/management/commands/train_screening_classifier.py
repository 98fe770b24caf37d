"""``manage.py train_screening_classifier FILE.jsonl [FILE.jsonl ...]``: retrain the
screener's learned second opinion from labelled posts and write its weights."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from forum.management.commands.screening_report import read_labelled
from forum.moderation.screening.learned import WEIGHTS_PATH
from forum.moderation.screening.training import train


class Command(BaseCommand):
    help = _(
        "Train the safety screener's classifier on labelled JSONL files (the format of "
        "screening_report) and write its weights file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", help=_("Labelled JSONL files."))
        parser.add_argument(
            "--output",
            default=str(WEIGHTS_PATH),
            help=_("Where to write the weights (default: the file the screener loads)."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        items: list[dict[str, Any]] = []
        sources = []
        for name in options["files"]:
            path = Path(name)
            found = read_labelled(path)
            items += found
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            sources.append({"file": path.name, "posts": len(found), "sha256": digest})
        model = {"trained_on": sources, **train(items)}
        output = Path(options["output"])
        # One feature a line keeps the file diffable when the data changes.
        weights = model.pop("weights")
        head = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in model.items())
        rows = ",\n".join(f"{json.dumps(f)}: {json.dumps(w)}" for f, w in weights.items())
        output.write_text(f'{{{head},\n"weights": {{\n{rows}\n}}}}\n', encoding="utf-8")
        self.stdout.write(
            _("Trained on %(posts)d posts, %(features)d features: %(path)s")
            % {"posts": len(items), "features": len(weights), "path": output}
        )
