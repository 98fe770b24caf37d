from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


class RejectNullCharactersMiddleware:
    """Answer 400 to a URL holding a NUL character.

    PostgreSQL refuses NUL in text, so such a value reaching a query would be a 500; forms
    already refuse it (Django's ProhibitNullCharactersValidator), this covers paths and
    query strings read directly by views.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                _("The address contains a character that is not allowed.")
            )
        return self.get_response(request)
