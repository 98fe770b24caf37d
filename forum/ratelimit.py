"""Fixed-window rate limits kept in the cache (shared between processes with REDIS_URL)."""

from django.core.cache import cache
from django.utils import timezone


def over_rate_limit(scope: str, user, *, limit: int, window: int) -> bool:
    """Count one more action by `user` in `scope`; True once the window holds more than `limit`.

    A limit of 0 turns the check off.
    """
    if not limit:
        return False
    key = f"forum:{scope}-rate:{user.pk}:{int(timezone.now().timestamp()) // window}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
