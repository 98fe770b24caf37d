from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resource library")

    def ready(self) -> None:
        from forum.rendering import register_preprocessor
        from resources.citations import link_resource_citations

        # Members cite the library as [[resource:slug]] in any Markdown the site renders.
        register_preprocessor(link_resource_citations)
