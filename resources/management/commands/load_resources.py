from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from forum.caching import bump_content_version
from forum.moderation.library import link_categories_to_library
from resources.loader import SEED_PATH, load_library, read_seed


class Command(BaseCommand):
    help = (
        "Load the resource library from its seed file: create what is missing, update seeded "
        "items staff have not edited, never overwrite staff edits, never duplicate."
    )

    def add_arguments(self, parser):
        parser.add_argument("--path", type=Path, default=SEED_PATH, help="Seed file (JSON).")

    def handle(self, *args, path: Path, **options):
        try:
            report = load_library(read_seed(path))
        except (OSError, ValueError, KeyError) as error:  # SeedError, bad JSON, missing key
            raise CommandError(f"Cannot load {path}: {error}") from error
        self.stdout.write(
            f"Resource library: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.kept)} kept as edited by staff."
        )
        for key in report.skipped:
            self.stderr.write(f"Skipped {key!r}: a resource staff created already uses that slug.")
        # The moderators' unsafe-advice warnings link to this evidence (forum.moderation).
        if linked := link_categories_to_library():
            self.stdout.write(f"Linked {linked} unsafe-advice categories to the library.")
        # Pages cached for signed-out readers must show the new library (forum.caching).
        bump_content_version()
