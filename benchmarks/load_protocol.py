"""The load benchmark's protocol client: a Streamlit session driven over Streamlit's own websocket.

It speaks to ``/_stcore/stream`` what Streamlit 1.67's frontend speaks (read from
``streamlit/web/server/starlette/starlette_websocket.py``, ``proto/BackMsg.proto``,
``ClientState.proto``, ``WidgetStates.proto`` and the frames Chromium sends): a ``rerun_script``
BackMsg carrying the page's query string, the state of every widget the last run showed, the page's
script hash, the hashes of the large messages it keeps, and the browser context. Down come
ForwardMsgs: ``new_session`` when a run starts, deltas with the page's elements, ``ref_hash`` for an
element it already keeps, ``page_info_changed`` when the app writes the URL, ``script_finished``.

Like the frontend, a session gives a widget its default value when it first appears, takes a value
the server sets, forgets widgets a finished run no longer shows, writes a widget bound to the URL
(``query_param_key``) into its query string, and keeps messages Streamlit marks cacheable for two
runs (``global.maxCachedMessageAge``). Nothing is rendered: the latency is the server's alone.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException

from benchmarks.load_session import (
    CHANGE_TIMEOUT_S,
    COMPANIES_USED,
    FIRST_LOAD_TIMEOUT_S,
    SETTLE_S,
    SessionResult,
    company_changes,
)

STREAM_PATH = "/_stcore/stream"
COMPANY_FILTER = "Companies"
MAX_CACHED_MESSAGE_AGE = 2
FINISHED_EARLY_FOR_RERUN = ForwardMsg.FINISHED_EARLY_FOR_RERUN
FINISHED_WITH_COMPILE_ERROR = ForwardMsg.FINISHED_WITH_COMPILE_ERROR


@dataclass
class Widget:
    """A widget whose value the session sends back: a multiselect or a date input."""

    id: str
    kind: str
    label: str
    options: list[str]
    default: list[str]
    query_param_key: str
    values: list[str]

    def state(self) -> WidgetState:
        state = WidgetState(id=self.id)
        state.string_array_value.data.extend(self.values)
        return state


@dataclass
class Run:
    """What one script run sent: its texts (markdown, headings, metrics, alerts), exceptions and end."""

    texts: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    widget_ids: set[str] = field(default_factory=set)
    status: int | None = None


def widget_of(kind: str, proto) -> Widget | None:
    """The widget an element shows, with the value the frontend would give it; None for others."""
    if kind == "multiselect":
        default = [proto.options[i] for i in proto.default]
        server_value = list(proto.raw_values)
    elif kind == "date_input":
        default = list(proto.default)
        server_value = list(proto.value)
    else:
        return None
    values = server_value if proto.set_value else default
    return Widget(proto.id, kind, proto.label, list(getattr(proto, "options", [])), default,
                  proto.query_param_key, values)


def element_text(kind: str | None, proto) -> str | None:
    if kind in ("markdown", "heading", "alert"):
        return proto.body
    if kind == "metric":  # the grey line under the number too: the Overview shows "5" over "of 5"
        return f"{proto.label}: {proto.body} {proto.delta}" if proto.delta else f"{proto.label}: {proto.body}"
    return None


def with_param(query_string: str, key: str, values: list[str]) -> str:
    """``query_string`` with ``key`` holding ``values`` (removed when there are none), as the
    frontend writes a bound widget's value into the URL."""
    pairs = [(name, value) for name, value in parse_qsl(query_string, keep_blank_values=True) if name != key]
    return urlencode(pairs + [(key, value) for value in values])


def run_problems(runs: list[Run]) -> list[str]:
    """Exceptions shown and runs that ended in a compile error."""
    problems = [f"exception: {text}" for run in runs for text in run.exceptions]
    problems += ["compile error" for run in runs if run.status == FINISHED_WITH_COMPILE_ERROR]
    return problems


class ProtocolSession:
    """One browser tab's worth of Streamlit session, without the browser."""

    def __init__(self, url: str):
        self.url = url
        self.socket = None
        self.query_string = ""
        self.page_script_hash = ""
        self.widgets: dict[str, Widget] = {}
        self.cache: dict[str, list] = {}  # hash → [message, runs finished since last used]

    async def open(self, timeout_s: float = FIRST_LOAD_TIMEOUT_S) -> list[Run]:
        """Connect and run the page once, as a new tab does; the runs it took."""
        self.socket = await connect(self.url.replace("http", "ws", 1) + STREAM_PATH, subprotocols=["streamlit"],
                                    max_size=None, ping_interval=None, open_timeout=timeout_s)
        await self.socket.send(self.rerun_message().SerializeToString())
        return (await self.settled(timeout_s))[1]

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()

    def widget(self, label: str) -> Widget:
        for widget in self.widgets.values():
            if widget.label == label:
                return widget
        raise LookupError(f"the page shows no widget {label!r}; it shows {[w.label for w in self.widgets.values()]}")

    async def choose(self, label: str, values: list[str],
                     timeout_s: float = CHANGE_TIMEOUT_S) -> tuple[float, list[Run]]:
        """Set the multiselect ``label`` to ``values`` and wait for the runs it causes; the seconds
        from sending to the end of the last of them, and the runs."""
        widget = self.widget(label)
        widget.values = list(values)
        if widget.query_param_key:
            bound = [] if widget.values == widget.default else widget.values
            self.query_string = with_param(self.query_string, widget.query_param_key, bound)
        started = time.perf_counter()
        await self.socket.send(self.rerun_message().SerializeToString())
        finished_at, runs = await self.settled(timeout_s)
        return finished_at - started, runs

    def rerun_message(self) -> BackMsg:
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query_string
        state.widget_states.SetInParent()
        state.widget_states.widgets.extend(widget.state() for widget in self.widgets.values())
        state.page_script_hash = self.page_script_hash
        state.cached_message_hashes.extend(self.cache)
        context = state.context_info
        context.timezone, context.timezone_offset, context.locale = "UTC", 0, "en-US"
        context.url, context.is_embedded, context.color_scheme = self.url + "/", False, "light"
        return message

    async def settled(self, timeout_s: float) -> tuple[float, list[Run]]:
        """Read messages until a run has finished and no other has started for ``SETTLE_S``; the
        time the last run finished and every run seen. TimeoutError past ``timeout_s``."""
        deadline = time.perf_counter() + timeout_s
        runs: list[Run] = []
        finished_at: float | None = None
        while True:
            now = time.perf_counter()
            if now >= deadline:
                raise TimeoutError(f"no finished run within {timeout_s:.0f} s ({len(runs)} started)")
            wait = deadline - now
            if finished_at is not None:
                if now - finished_at >= SETTLE_S:
                    return finished_at, runs
                wait = min(wait, finished_at + SETTLE_S - now)
            try:
                frame = await asyncio.wait_for(self.socket.recv(), wait)
            except TimeoutError:
                continue
            message = ForwardMsg.FromString(frame)
            kind = message.WhichOneof("type")
            if kind == "new_session" or not runs:
                runs.append(Run())
                finished_at = None
            self.receive(message, runs[-1])
            if kind == "script_finished" and message.script_finished != FINISHED_EARLY_FOR_RERUN:
                finished_at = time.perf_counter()

    def receive(self, message: ForwardMsg, run: Run) -> None:
        kind = message.WhichOneof("type")
        if kind == "ref_hash":
            entry = self.cache.get(message.ref_hash)
            if entry is None:
                run.exceptions.append(f"the server referred to a message the session does not keep: {message.ref_hash}")
                return
            entry[1] = 0
            message, kind = entry[0], entry[0].WhichOneof("type")
        elif message.metadata.cacheable:
            self.cache[message.hash] = [message, 0]
        if kind == "new_session":
            self.page_script_hash = message.new_session.page_script_hash
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            self.receive_element(message.delta.new_element, run)
        elif kind == "page_info_changed":
            self.query_string = message.page_info_changed.query_string
        elif kind == "session_event" and message.session_event.WhichOneof("type") == "script_compilation_exception":
            run.exceptions.append(message.session_event.script_compilation_exception.message)
        elif kind == "script_finished":
            run.status = message.script_finished
            self.finish(run)

    def receive_element(self, element, run: Run) -> None:
        kind = element.WhichOneof("type")
        proto = getattr(element, kind) if kind else None
        widget = widget_of(kind, proto)
        if widget is not None:
            run.widget_ids.add(widget.id)
            known = self.widgets.get(widget.id)
            if known is not None and not proto.set_value:
                widget.values = known.values
            self.widgets[widget.id] = widget
        elif kind == "exception":
            run.exceptions.append(f"{proto.type}: {proto.message}"[:300])
        text = element_text(kind, proto)
        if text is not None:
            run.texts.append(text)

    def finish(self, run: Run) -> None:
        """After a run: forget widgets it no longer showed and age the kept messages."""
        if run.status != FINISHED_EARLY_FOR_RERUN:
            self.widgets = {id_: widget for id_, widget in self.widgets.items() if id_ in run.widget_ids}
        for hash_, entry in list(self.cache.items()):
            entry[1] += 1
            if entry[1] > MAX_CACHED_MESSAGE_AGE:
                del self.cache[hash_]


async def run_protocol_session(url: str, changes: int) -> SessionResult:
    result = SessionResult()
    session = ProtocolSession(url)
    try:
        result.errors += [f"first run: {problem}" for problem in run_problems(await session.open())]
        options = session.widget(COMPANY_FILTER).options[:COMPANIES_USED]
        plan = company_changes(options, changes) if changes else []
        for number, company in enumerate(plan):
            try:
                seconds, runs = await session.choose(COMPANY_FILTER, [company] if company else [])
            except (TimeoutError, WebSocketException) as error:
                result.errors.append(f"change {number}: {type(error).__name__}: {str(error)[:200]}")
                break
            result.latencies_ms.append(seconds * 1000)
            result.errors += [f"change {number}: {problem}" for problem in run_problems(runs)]
    except Exception as error:  # noqa: BLE001 — a failed session is a measured error, not a crash
        result.errors.append(f"session: {type(error).__name__}: {str(error)[:200]}")
    finally:
        await session.close()
    return result


async def run_protocol_load(url: str, sessions: int, changes: int) -> list[SessionResult]:
    """``sessions`` protocol sessions at once, each making ``changes`` changes."""
    return await asyncio.gather(*(run_protocol_session(url, changes) for _ in range(sessions)))
