"""Background work of the forum, run by the TASKS backend (config/settings.py).

Arguments are ids, never model instances: tasks run after the request's transaction has
committed, possibly in another process, and reload what they need.
"""

from contextlib import contextmanager

from django.db import close_old_connections, connection
from django.tasks import task

from forum.notifications import emails


@contextmanager
def _task_connection():
    """Pool threads outlive requests, so they drop stale connections themselves; a task run
    inline inside a transaction (ImmediateBackend, tests) leaves its caller's alone."""
    inline = connection.in_atomic_block
    if not inline:
        close_old_connections()
    try:
        yield
    finally:
        if not inline:
            close_old_connections()


@task
def send_notice_email(notice_id: int) -> bool:
    with _task_connection():
        return emails.send_notice_email_now(notice_id)


@task
def send_digest(user_id: int) -> int:
    with _task_connection():
        return emails.send_digest_now(user_id)
