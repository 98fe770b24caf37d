# Community features (issue 6): topic tags, reactions, bookmarks, ignored members.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0005_search_index"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="TopicTag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name_en", models.CharField(max_length=60, verbose_name="name (English)")),
                (
                    "name_fr",
                    models.CharField(blank=True, max_length=60, verbose_name="name (French)"),
                ),
                ("slug", models.SlugField(max_length=60, unique=True, verbose_name="slug")),
                ("position", models.PositiveIntegerField(default=0, verbose_name="position")),
            ],
            options={
                "verbose_name": "topic tag",
                "verbose_name_plural": "topic tags",
                "ordering": ["position", "id"],
            },
        ),
        migrations.AddField(
            model_name="topic",
            name="tags",
            field=models.ManyToManyField(
                blank=True, related_name="topics", to="forum.topictag", verbose_name="tags"
            ),
        ),
        migrations.CreateModel(
            name="Reaction",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("helpful", "Helpful"), ("thanks", "Thanks")],
                        max_length=12,
                        verbose_name="kind",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="time"),
                ),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reactions",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "post",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reactions",
                        to="forum.post",
                    ),
                ),
            ],
            options={
                "verbose_name": "reaction",
                "verbose_name_plural": "reactions",
                "ordering": ["-created_at", "-id"],
                "indexes": [models.Index(fields=["post", "kind"], name="reaction_post_kind")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("post", "member", "kind"), name="reaction_one_of_each_per_member"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Bookmark",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="saved"),
                ),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="bookmarks",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "post",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="bookmarks",
                        to="forum.post",
                    ),
                ),
            ],
            options={
                "verbose_name": "bookmark",
                "verbose_name_plural": "bookmarks",
                "ordering": ["-created_at", "-id"],
                "indexes": [
                    models.Index(fields=["member", "-created_at", "-id"], name="bookmark_member")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("member", "post"), name="bookmark_once_per_post"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="IgnoredMember",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="since"),
                ),
                (
                    "ignored",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="ignored_by",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="ignoring",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "ignored member",
                "verbose_name_plural": "ignored members",
                "ordering": ["-created_at", "-id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("member", "ignored"), name="ignore_once_per_member"
                    )
                ],
            },
        ),
    ]
