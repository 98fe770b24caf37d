from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_migrate
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Forum")

    def ready(self):
        from forum.search import ensure_search_index, suspend_search_index

        # SQLite cannot rebuild a table for a migration while the search index triggers
        # name it: they are set aside during `migrate` (see forum/search/sqlite.py).
        pre_migrate.connect(suspend_search_index, sender=self)
        post_migrate.connect(ensure_search_index, sender=self)
