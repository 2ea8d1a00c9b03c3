"""Download one web address safely: the bytes of an article page or a feed, or why not.

Every hop (the address given and each redirect) must be http or https and resolve only to public
addresses: loopback, private, link-local (cloud metadata at 169.254.169.254), shared, reserved and
multicast addresses are refused unless the user allowed that address explicitly. The download has
a timeout for each read and for the whole, a size cap (the body is streamed and cut there), a
redirect limit, a content-type check and a user agent that says what it is. Nothing here raises
for a bad address or a bad server: the answer is a ``Fetched`` with a ``problem``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3

from lib.read.folder import MAX_FILE_BYTES

USER_AGENT = "news-intel-fetch/1.0 (saves articles into an analyst's corpus folder; one request per link)"
ARTICLE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "text/html", "text/plain")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 15.0  # seconds for connecting and for each read
    total_seconds: float = 60.0  # for the whole download, so a trickling server cannot hold on
    max_bytes: int = MAX_FILE_BYTES  # the corpus folder reads no larger file
    max_redirects: int = 5
    allowed: tuple[Network, ...] = field(default_factory=tuple)  # private addresses the user allowed


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    data: bytes = b""
    content_type: str = ""
    problem: str = ""  # "" when ``data`` is the body


def allowed_networks(values: Collection[str]) -> tuple[Network, ...]:
    """``--allow-private`` values (an address or a CIDR range) as networks; ValueError if one is not."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)


def address_problem(url: str, allowed: Collection[Network] = ()) -> str:
    """Why ``url`` must not be fetched ("" when it may): its scheme, or an address it resolves to."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        return f"not a web address ({error})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not fetched: only http and https addresses are ({parts.scheme or 'no'} scheme)"
    if not parts.hostname:
        return "not a web address (no host)"
    try:
        infos = socket.getaddrinfo(parts.hostname, port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        return f"host not found ({parts.hostname})"
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if _is_public(address) or any(address in network for network in allowed):
            continue
        return (f"refused: {parts.hostname} resolves to a non-public address ({address}); "
                "pass --allow-private with that address to fetch it")
    return ""


def fetch(url: str, policy: FetchPolicy, accepted_types: tuple[str, ...] = ARTICLE_TYPES,
          pool: urllib3.PoolManager | None = None) -> Fetched:
    """The body at ``url`` if every hop is allowed, the type is accepted and it fits the cap."""
    pool = pool or new_pool()
    deadline = time.monotonic() + policy.total_seconds
    current = url
    for _ in range(policy.max_redirects + 1):
        problem = address_problem(current, policy.allowed)
        if problem:
            return Fetched(url, current, problem=problem)
        try:
            response = pool.request("GET", current, redirect=False, retries=False, preload_content=False,
                                    timeout=urllib3.Timeout(connect=policy.timeout, read=policy.timeout))
        except urllib3.exceptions.HTTPError as error:
            return Fetched(url, current, problem=_network_problem(error))
        try:
            if response.status in _REDIRECTS and response.headers.get("Location"):
                current = urljoin(current, response.headers["Location"])
                continue
            return _body(url, current, response, policy, accepted_types, deadline)
        finally:
            response.release_conn()
    return Fetched(url, current, problem=f"too many redirects (over {policy.max_redirects})")


def new_pool() -> urllib3.PoolManager:
    return urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
                                        "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"})


def _body(url: str, final: str, response, policy: FetchPolicy, accepted: tuple[str, ...],
          deadline: float) -> Fetched:
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if response.status != 200:
        return Fetched(url, final, content_type=content_type, problem=f"HTTP status {response.status}")
    if content_type and content_type not in accepted:
        return Fetched(url, final, content_type=content_type, problem=f"not an article (content type {content_type})")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        return Fetched(url, final, content_type=content_type,
                       problem=f"too large ({int(declared):,} bytes declared, limit {policy.max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(_CHUNK):
            size += len(chunk)
            if size > policy.max_bytes:
                return Fetched(url, final, content_type=content_type,
                               problem=f"too large (over the {policy.max_bytes:,} byte limit)")
            if time.monotonic() > deadline:
                return Fetched(url, final, content_type=content_type,
                               problem=f"timeout (not complete after {policy.total_seconds:g} s)")
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as error:
        return Fetched(url, final, content_type=content_type, problem=_network_problem(error))
    return Fetched(url, final, b"".join(chunks), content_type)


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not address.is_multicast


def _network_problem(error: Exception) -> str:
    if isinstance(error, (urllib3.exceptions.TimeoutError, socket.timeout)) or "timed out" in str(error):
        return "timeout"
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return "could not connect"
    return f"network error ({type(error).__name__})"
