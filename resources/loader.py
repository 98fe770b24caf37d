"""Load the library's seed content (resources/seed/library.json) into the database.

Idempotent: items are matched on their seed key, never duplicated. A missing
item is created; a seeded item whose seed entry changed is updated unless staff
edited it (`Resource.edited_by_staff`), in which case it is kept as staff left
it. Sections and tags are only created: staff may rename them freely. Nothing
is ever deleted.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from resources.models import Resource, Section, Tag
from resources.services import render_resource

SEED_PATH = Path(__file__).resolve().parent / "seed" / "library.json"

TEXT_FIELDS = ("title", "summary", "body", "authors", "journal", "volume", "issue", "pages", "url")
ENTRY_KEYS = {"key", "kind", "year", "language", "tags", *TEXT_FIELDS}


class SeedError(ValueError):
    """The seed file does not describe a valid library."""


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited by staff: left alone
    skipped: list[str] = field(default_factory=list)  # slug taken by an item staff made

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


def read_seed(path: Path = SEED_PATH) -> dict[str, Any]:
    with open(path, encoding="utf-8") as seed_file:
        seed = json.load(seed_file)
    check_seed(seed)
    return seed


def check_seed(seed: dict[str, Any]) -> None:
    """Raise SeedError on what would otherwise load silently wrong (typos in keys, kinds, tags)."""
    tag_slugs = {tag["slug"] for tag in seed.get("tags", [])}
    languages = {code for code, _name in settings.LANGUAGES}
    keys: set[str] = set()
    for section in seed["sections"]:
        for entry in section["resources"]:
            where = f"{section['key']}/{entry.get('key')}"
            if unknown := set(entry) - ENTRY_KEYS:
                raise SeedError(f"{where}: unknown fields {sorted(unknown)}")
            if not entry.get("key") or not entry.get("title"):
                raise SeedError(f"{where}: a key and a title are required")
            if entry["key"] in keys:
                raise SeedError(f"{where}: duplicate key")
            keys.add(entry["key"])
            if entry.get("kind") not in Resource.Kind.values:
                raise SeedError(f"{where}: unknown kind {entry.get('kind')!r}")
            if entry.get("language", "en") not in languages:
                raise SeedError(f"{where}: unknown language {entry['language']!r}")
            if unknown_tags := set(entry.get("tags", [])) - tag_slugs:
                raise SeedError(f"{where}: unknown tags {sorted(unknown_tags)}")


def entry_values(entry: dict[str, Any]) -> dict[str, Any]:
    """Model field values of a seed entry, with the defaults for what it leaves out."""
    values: dict[str, Any] = {name: entry.get(name, "") for name in TEXT_FIELDS}
    values |= {
        "kind": entry["kind"],
        "year": entry.get("year"),
        "language": entry.get("language", "en"),
    }
    return values


def entry_checksum(section_key: str, position: int, entry: dict[str, Any]) -> str:
    payload = json.dumps([section_key, position, entry], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


@transaction.atomic
def load_library(seed: dict[str, Any]) -> LoadReport:
    check_seed(seed)
    report = LoadReport()
    tags = {
        tag["slug"]: Tag.objects.get_or_create(slug=tag["slug"], defaults={"name": tag["name"]})[0]
        for tag in seed.get("tags", [])
    }
    keys = [entry["key"] for section in seed["sections"] for entry in section["resources"]]
    existing = {item.seed_key: item for item in Resource.objects.filter(seed_key__in=keys)}
    for section_position, section_data in enumerate(seed["sections"], start=1):
        section, _created = Section.objects.get_or_create(
            slug=section_data["key"],
            defaults={
                "title": section_data["title"],
                "position": section_position,
                "intro": section_data.get("intro", ""),
            },
        )
        for position, entry in enumerate(section_data["resources"], start=1):
            checksum = entry_checksum(section.slug, position, entry)
            resource = existing.get(entry["key"])
            if resource is None:
                if Resource.objects.filter(slug=entry["key"]).exists():
                    report.skipped.append(entry["key"])
                    continue
                resource = Resource(slug=entry["key"], seed_key=entry["key"])
                report.created.append(entry["key"])
            elif resource.seed_checksum == checksum:
                report.unchanged.append(entry["key"])
                continue
            elif resource.edited_by_staff:
                report.kept.append(entry["key"])
                continue
            else:
                report.updated.append(entry["key"])
            for name, value in entry_values(entry).items():
                setattr(resource, name, value)
            resource.section = section
            resource.position = position
            resource.seed_checksum = checksum
            render_resource(resource)
            resource.save()
            resource.tags.set([tags[slug] for slug in entry.get("tags", [])])
    return report
