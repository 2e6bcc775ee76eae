"""The one way from a click to the database and back.

A view never calls a service on the GUI thread. It says what to run and what to do with the answer::

    Operation(self, self._database, lambda db: save_booking(db, data)) \\
        .success(self._saved) \\
        .refusal_title(self.tr("Not saved")) \\
        .run()

``work(database)`` runs on a worker thread (one for ordinary calls, one more for long work such as an
import or a big document, so a long job never holds up a click). Calls started ``in_background()`` (the
first loads of sections built ahead of time) wait behind every call the user starts, and ``promote``
moves a section's waiting ones ahead of the other background calls when the user opens it (the user
waits for them now). Its result, or its failure, comes
back as a callback on the GUI thread; no nested event loop is ever started. Failures are shown the
same way everywhere (``show_failure``): a refusal (``DomainError``) in its own words, a record
"saved meanwhile" at another desk side by side with the user's values (``on_conflict``), anything
unexpected in one line with what to do. A busy cursor appears only when a call takes longer than a
moment; long work shows a progress dialog that can cancel it.

``LatestOnly`` serves search-as-you-type and live checks: one query in flight, the newest input
wins, superseded answers are dropped. ``ChangeRelay`` brings a database's change announcements
(``ngo_desktop.database.changes.Changes``, sent from the worker after each commit) to the GUI thread.

Modelled on Anki's ``aqt.operations`` (``CollectionOp(...).success(...).run_in_background()``).
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.errors import ChangedElsewhere, DomainError, ValidationFailed
from ngo_desktop.i18n import translate

T = TypeVar("T")
S = TypeVar("S")

# A call that answers within this time shows no busy cursor at all.
BUSY_AFTER_MS = 400
# A progress dialog for long work appears only when it runs longer than this.
PROGRESS_AFTER_MS = 500
# Search as you type and live rule checks wait for a pause in typing this long.
TYPING_PAUSE_MS = 150
# How long a worker running Python may keep the interpreter (the GIL) once the GUI thread asks for
# it (Python's default is 5 ms): every timer, paint and click on the GUI thread waits up to this
# long while a worker reads rows, so a shorter turn keeps the window's answers short.
GIL_TURN_SECONDS = 0.001

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user pressed Cancel; long work stopped and left the data as it was."""


class Progress:
    """Handed to long work: ``report(done, total)`` now and then, ``check()`` between steps."""

    def __init__(self, job_id: int, cancel: threading.Event) -> None:
        self._job_id = job_id
        self._cancel = cancel

    def report(self, done: int, total: int) -> None:
        _dispatcher().progressed.emit(self._job_id, done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled


class _Job:
    """One call waiting for (or running on) a worker; ``run`` hands its answer to the GUI thread."""

    def __init__(self, job_id: int, call: Callable[[], Any]) -> None:
        self.job_id = job_id
        self._call = call

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread as it is
            _dispatcher().finished.emit(self.job_id, None, error)
        else:
            _dispatcher().finished.emit(self.job_id, result, None)


class _Turn(QRunnable):
    """One turn of a worker: runs the most urgent call waiting in its queue at the moment the
    worker is free (not the one it was started for), so the order is decided as late as possible."""

    def __init__(self, queue: _Queue) -> None:
        super().__init__()
        self._queue = queue
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self._queue.take()
        if job is not None:
            job.run()


class _Queue:
    """One worker thread and the calls waiting for it: every call the user started first, in the
    order started, then the background ones. Each call put in starts one ``_Turn``; a turn takes
    whichever call is first when the worker gets to it. Both lists are touched under ``_lock`` (the
    worker takes from them, the GUI thread adds and promotes)."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._user: deque[_Job] = deque()
        self._background: deque[_Job] = deque()

    def put(self, job: _Job, *, background: bool) -> None:
        with self._lock:
            (self._background if background else self._user).append(job)
        self._pool.start(_Turn(self))

    def take(self) -> _Job | None:
        with self._lock:
            if self._user:
                return self._user.popleft()
            return self._background.popleft() if self._background else None

    def promote(self, job_ids: set[int]) -> set[int]:
        """Background calls among ``job_ids`` that have not started go behind the user's calls
        (ahead of all other background calls); returns the ids moved."""
        with self._lock:
            moved = [job for job in self._background if job.job_id in job_ids]
            for job in moved:
                self._background.remove(job)
            self._user.extend(moved)
        return {job.job_id for job in moved}

    def wait_for_done(self, timeout_ms: int) -> None:
        self._pool.waitForDone(timeout_ms)


class _Dispatcher(QObject):
    """Lives on the GUI thread; the workers' signals reach it queued and it hands each answer to its
    operation. Private attributes: ``_running`` maps a job id to its operation (kept alive until the
    answer is delivered); ``_background`` the ids among them started ``in_background()`` and not
    promoted since; ``_held`` background calls started inside the ``in_background()`` block still
    open, queued when it ends; ``_quick`` and ``_long`` the two single-worker queues;
    ``last_delivered`` when the last answer was handed over and ``last_promoted`` when the user last
    opened something (``time.monotonic()``)."""

    finished = Signal(int, object, object)
    progressed = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self._running: dict[int, Operation[Any]] = {}
        self._background: set[int] = set()
        self._held: list[tuple[_Queue, _Job]] = []
        self._ids = itertools.count(1)
        self._when_idle: list[Callable[[], None]] = []
        self._quick = _Queue()
        self._long = _Queue()
        self.last_delivered = 0.0
        self.last_promoted = 0.0
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        # While anything runs, a light tick shows the busy cursor for calls that take a while.
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(BUSY_AFTER_MS // 4)
        self._busy_timer.timeout.connect(self._show_busy_where_slow)

    def submit(self, operation: Operation[Any], call: Callable[[int], Callable[[], Any]], *, long: bool,
               background: bool) -> int:
        job_id = next(self._ids)
        self._running[job_id] = operation
        queue, job = (self._long if long else self._quick), _Job(job_id, call(job_id))
        if background:
            self._background.add(job_id)
        if background and _background_depth:
            # Queued when the block ends (a section's whole construction): the worker's work would
            # otherwise share the GUI thread's time (the GIL) while the section is still being built.
            self._held.append((queue, job))
        else:
            queue.put(job, background=background)
        if not self._busy_timer.isActive():
            self._busy_timer.start()
        return job_id

    def queue_held(self) -> None:
        held, self._held = self._held, []
        for queue, job in held:
            queue.put(job, background=job.job_id in self._background)

    def promote(self, widget: QObject) -> None:
        """The background calls of ``widget`` and its children: the user waits for them now."""
        self.last_promoted = time.monotonic()
        mine = {job_id for job_id in self._background if _belongs_to(self._running[job_id]._parent, widget)}
        if not mine:
            return
        self._background -= mine
        self._quick.promote(mine)
        self._long.promote(mine)
        now = time.monotonic()
        for job_id in mine:
            self._running[job_id]._started = now  # the busy cursor counts from the user's wait

    def _show_busy_where_slow(self) -> None:
        now = time.monotonic()
        for job_id, operation in self._running.items():
            if job_id not in self._background:  # nobody waits for a background call
                operation._show_busy_if_slow(now)
        if not self._running:
            self._busy_timer.stop()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def user_busy(self) -> bool:
        """A call the user waits for (not a background one) is running or waiting."""
        return len(self._running) > len(self._background)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: object, error: object) -> None:
        operation = self._running.get(job_id)
        try:
            if operation is not None:
                operation._finish(result, error if isinstance(error, BaseException) else None,
                                  background=job_id in self._background)
        finally:
            self._running.pop(job_id, None)
            self._background.discard(job_id)
            self.last_delivered = time.monotonic()
            self.call_back_if_idle()

    def call_back_if_idle(self) -> None:
        if self._when_idle and is_idle():
            waiting, self._when_idle = self._when_idle, []
            for callback in waiting:
                callback()

    @Slot(int, int, int)
    def _progress(self, job_id: int, done: int, total: int) -> None:
        operation = self._running.get(job_id)
        if operation is not None:
            operation._show_progress(done, total)

    def wait_for_workers(self, timeout_ms: int = 30_000) -> None:
        self._quick.wait_for_done(timeout_ms)
        self._long.wait_for_done(timeout_ms)


_the_dispatcher: _Dispatcher | None = None
_background_depth = 0  # only touched on the GUI thread


@contextmanager
def in_background() -> Iterator[None]:
    """Calls started inside (a section built ahead of time while the window is idle) run only when
    nothing the user started is waiting: a click's call goes ahead of them in the queue. They are
    queued when the block ends, so the worker does not run them while the block still builds."""
    global _background_depth
    _background_depth += 1
    try:
        yield
    finally:
        _background_depth -= 1
        if not _background_depth:
            _dispatcher().queue_held()


def _starting_in_background() -> bool:
    """Inside ``in_background()``, unless a dialog is open: one opened from a background answer's
    callback is the user's, and so are the calls it starts."""
    return bool(_background_depth) and QApplication.activeModalWidget() is None


def promote(widget: QObject) -> None:
    """The user opened ``widget`` (a section built ahead of time): its calls still waiting in the
    background go ahead of all other background calls (behind the user's own), and count as calls
    the user waits for (``user_idle``, the busy cursor)."""
    _dispatcher().promote(widget)


def _belongs_to(parent: QObject | None, widget: QObject) -> bool:
    while parent is not None and shiboken6.isValid(parent):
        if parent is widget:
            return True
        parent = parent.parent()
    return False


def _dispatcher() -> _Dispatcher:
    global _the_dispatcher
    if _the_dispatcher is None:
        sys.setswitchinterval(GIL_TURN_SECONDS)  # before the first worker starts
        _the_dispatcher = _Dispatcher()
    return _the_dispatcher


class Operation(Generic[T]):
    """One service call from a view. Build it, add callbacks, then ``run()`` it (once).

    Private attributes: ``_parent`` the widget that asked (callbacks are skipped once it is gone,
    and messages are shown over it); ``_work`` the call; ``_on_success`` / ``_on_failure`` the
    callbacks; ``_conflict`` what to fetch and show for a "saved meanwhile" refusal; ``_progress``
    the label of the progress dialog for long work; ``_disabled`` widgets disabled while it runs.
    """

    def __init__(self, parent: QObject | None, database: Database, work: Callable[..., T]) -> None:
        self._parent = parent
        self._database = database
        self._work = work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._conflict: tuple[Callable[[Database], Any], Callable[[Any], None]] | None = None
        self._refusal_title: str | None = None
        self._progress_label: str | None = None
        self._cancellable = True
        self._dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._disabled: list[QWidget] = []
        self._job_id: int | None = None
        # None: a background call when started inside ``in_background()``; LatestOnly says it for
        # the request it starts, which may have been made elsewhere than where it starts.
        self._background: bool | None = None
        self._started = 0.0
        self._busy_shown = False

    # --- building -------------------------------------------------------------------------
    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], bool]) -> Operation[T]:
        """``callback(error)`` returns True when it has dealt with the error (e.g. shown problems
        under the fields); otherwise the error is shown the usual way."""
        self._on_failure = callback
        return self

    def on_conflict(self, fetch_saved: Callable[[Database], S], show: Callable[[S], None]) -> Operation[T]:
        """For a record saved meanwhile at another desk: ``fetch_saved(db)`` runs on the worker and
        ``show(saved)`` on the GUI thread (the form puts both versions side by side)."""
        self._conflict = (fetch_saved, show)
        return self

    def refusal_title(self, title: str) -> Operation[T]:
        self._refusal_title = title
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Operation[T]:
        """Long work: runs on the long-work thread as ``work(database, progress)`` with a progress
        dialog (after a moment) that can cancel it."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def disabling(self, *widgets: QWidget) -> Operation[T]:
        """Disable these widgets (a Save button) until the answer is back, against double clicks."""
        self._disabled.extend(widgets)
        return self

    # --- running --------------------------------------------------------------------------
    def run(self) -> Operation[T]:
        for widget in self._disabled:
            widget.setEnabled(False)
        long = self._progress_label is not None
        self._started = time.monotonic()
        background = _starting_in_background() if self._background is None else self._background
        self._job_id = _dispatcher().submit(self, self._call, long=long, background=background)
        if long:
            self._open_progress_dialog()
        return self

    def cancel(self) -> None:
        """Ask long work to stop; its failure callback then gets ``Cancelled`` (shown as nothing)."""
        self._cancel.set()

    def _call(self, job_id: int) -> Callable[[], T]:
        database, work = self._database, self._work
        if self._progress_label is None:
            return lambda: work(database)
        progress = Progress(job_id, self._cancel)
        return lambda: work(database, progress)

    def _show_busy_if_slow(self, now: float) -> None:
        if not self._busy_shown and self._dialog is None and now - self._started >= BUSY_AFTER_MS / 1000:
            self._busy_shown = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _open_progress_dialog(self) -> None:
        assert self._progress_label is not None
        parent = _window_of(self._parent)
        dialog = QProgressDialog(self._progress_label, translate("Background", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        # A plain callable runs at once on the GUI thread; the worker sees the flag between steps.
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog

    def _show_progress(self, done: int, total: int) -> None:
        if self._dialog is not None and total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))

    def _finish(self, result: object, error: BaseException | None, *, background: bool = False) -> None:
        if self._busy_shown:
            QApplication.restoreOverrideCursor()
            self._busy_shown = False
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return  # the form was closed meanwhile: nobody is waiting for the answer
        if error is None:
            if self._on_success is not None:
                # The calls a background answer starts (the next page, the rows after the count)
                # are background calls too, until the user opens what they are for.
                with in_background() if background else nullcontext():
                    self._on_success(result)  # type: ignore[arg-type]
            return
        if self._on_failure is not None and self._on_failure(error):
            return
        if isinstance(error, ChangedElsewhere) and self._conflict is not None:
            fetch_saved, show = self._conflict
            Operation(self._parent, self._database, fetch_saved).success(show).run()
            return
        show_failure(_window_of(self._parent), error, title=self._refusal_title)


def _window_of(parent: QObject | None) -> QWidget | None:
    """The widget to show a message over: the asking widget, or the one an item model belongs to."""
    while parent is not None and shiboken6.isValid(parent):
        if isinstance(parent, QWidget):
            return parent
        parent = parent.parent()
    return None


def problems_shown_by(show: Callable[[dict[str, str]], None]) -> Callable[[BaseException], bool]:
    """A failure callback for forms: a ``ValidationFailed`` refusal is shown under the fields by
    ``show(problems)``; any other failure goes the usual way."""

    def handle(error: BaseException) -> bool:
        if isinstance(error, ValidationFailed):
            show(error.problems)
            return True
        return False

    return handle


def run(parent: QObject | None, database: Database, work: Callable[[Database], T],
        success: Callable[[T], None] | None = None, *, refusal_title: str | None = None) -> Operation[T]:
    """The common case in one call: run ``work`` and hand its result to ``success``."""
    operation = Operation(parent, database, work)
    if success is not None:
        operation.success(success)
    if refusal_title is not None:
        operation.refusal_title(refusal_title)
    return operation.run()


def show_failure(parent: QWidget | None, error: BaseException, *, title: str | None = None) -> None:
    """The one way a failed call is shown: a refusal in its own words, anything else in one line."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, DomainError):
        text = str(error)
        if _is_long(text):
            _show_long_refusal(parent, title or translate("Operations", "Not done"), text)
            return
        QMessageBox.warning(parent, title or translate("Operations", "Not done"), text)
        return
    log.error("Unexpected failure", exc_info=error)
    QMessageBox.critical(parent, translate("Operations", "Something went wrong"), describe_unexpected(error))


#: A refusal longer than this (a list of rows or records in the way) would make a message box
#: taller than a 1024×768 screen, its last lines and its buttons below the screen's edge.
LONG_REFUSAL_LINES = 12
LONG_REFUSAL_CHARACTERS = 1200


def _is_long(text: str) -> bool:
    return len(text.splitlines()) > LONG_REFUSAL_LINES or len(text) > LONG_REFUSAL_CHARACTERS


def _show_long_refusal(parent: QWidget | None, title: str, text: str) -> None:
    """Its first line as the message, the whole text below it in a scrolling box, shown opened."""
    first = text.splitlines()[0] if text.strip() else text
    box = QMessageBox(QMessageBox.Icon.Warning, title, first, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(text)
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()  # "Show Details…": the list is the point of the message, not an extra
    box.exec()


def describe_unexpected(error: BaseException) -> str:
    """One translated line about a failure no rule foresaw, saying what to do."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, OSError):
        return translate("Operations", "A file could not be read or written ({detail}). Check the disk and "
                         "the folder, then try again; nothing was saved.").replace("{detail}", detail)
    text = str(error).lower()
    if isinstance(error, sqlite3.Error) or "sqlite3" in type(error).__module__ + str(type(error)):
        if "locked" in text or "busy" in text:
            return translate("Operations", "The database is busy at another desk. Wait a moment and try again; "
                             "nothing was saved.")
        return translate("Operations", "The database could not do this ({detail}). Nothing was saved; if it "
                         "happens again, restore the newest backup.").replace("{detail}", detail)
    if "operationalerror" in type(error).__name__.lower() or "connection" in text:
        return translate("Operations", "The database server cannot be reached ({detail}). Check the network "
                         "and try again; nothing was saved.").replace("{detail}", detail)
    return translate("Operations", "An unexpected error stopped this action ({detail}). Nothing was saved; "
                     "please tell whoever looks after the program.").replace("{detail}", detail)


class LatestOnly(QObject):
    """Runs the newest of a stream of requests (search as you type, live checks).

    One call is in flight at a time; a request made meanwhile waits, replacing any older waiting
    one, and the answer to a superseded request is dropped. With ``delay_ms`` a request waits for a
    pause of that length first. Private attributes: ``_waiting`` the newest request not yet started,
    ``_in_flight`` whether a call runs now, ``_timer`` the pause timer."""

    def __init__(self, parent: QObject, database: Database, *, delay_ms: int = 0) -> None:
        super().__init__(parent)
        self._widget = parent
        self._database = database
        self._waiting: tuple[Callable[[Database], Any], Callable[[Any], None], bool] | None = None
        self._in_flight = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start_if_free)
        _latest_queues.add(self)

    def request(self, work: Callable[[Database], T], success: Callable[[T], None], *,
                at_once: bool = False) -> None:
        """Run ``work`` after the pause (``at_once``: without it, e.g. for the first load, which
        nobody is typing into; a request in flight still finishes first)."""
        self._waiting = (work, success, _starting_in_background())
        if self._timer.interval() > 0 and not at_once:
            self._timer.start()
        else:
            self._timer.stop()
            self._start_if_free()

    @property
    def idle(self) -> bool:
        return self._waiting is None and not self._in_flight

    def _start_if_free(self) -> None:
        if self._in_flight or self._waiting is None or self._timer.isActive():
            return
        work, success, background = self._waiting
        self._waiting = None
        self._in_flight = True

        def answered(result: object) -> None:
            self._in_flight = False
            if self._waiting is None:
                success(result)
            else:
                self._start_if_free()  # a newer request came meanwhile: this answer is stale

        def failed(error: BaseException) -> bool:
            self._in_flight = False
            if self._waiting is not None:
                self._start_if_free()
                return True
            return False

        operation = Operation(self._widget, self._database, work).success(answered).failure(failed)
        operation._background = background  # as it was asked, not where it starts (after a background answer)
        operation.run()


_latest_queues: set[LatestOnly] = set()


class ChangeRelay(QObject):
    """Brings a database's change announcements to the GUI thread as the ``changed`` signal."""

    changed = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        # Emitting from the worker thread queues the signal to receivers on the GUI thread.
        self._listener: Callable[[Changes], None] = self.changed.emit
        database.add_change_listener(self._listener)
        self.destroyed.connect(lambda: database.remove_change_listener(self._listener))

    def close(self) -> None:
        self._database.remove_change_listener(self._listener)


def calls_running() -> bool:
    """True while a call started with ``Operation`` has not answered yet."""
    return _dispatcher().busy


def is_idle() -> bool:
    """True when no call is running or waiting (for tests and the benchmark)."""
    live = {queue for queue in _latest_queues if shiboken6.isValid(queue)}
    _latest_queues.intersection_update(live)
    return not _dispatcher().busy and all(queue.idle for queue in live)


def user_idle() -> bool:
    """True when no call the user waits for is running or waiting: only background calls (first
    loads of sections built ahead of time and not opened yet) may still be under way."""
    live = {queue for queue in _latest_queues if shiboken6.isValid(queue)}
    return not _dispatcher().user_busy and all(queue._waiting is None for queue in live)


def seconds_since_last_answer() -> float:
    """How long ago the last answer was handed over on the GUI thread."""
    return time.monotonic() - _dispatcher().last_delivered


def seconds_since_last_opened() -> float:
    """How long ago the user last opened something (``promote``)."""
    return time.monotonic() - _dispatcher().last_promoted


def when_idle(callback: Callable[[], None]) -> None:
    """Call ``callback`` (GUI thread) once no call is running or waiting: at once when none is, else
    after the last answer has been handed over. For work that must not hold up what the screen is
    waiting for, e.g. the status bar's reminders until the first section has shown its data."""
    dispatcher = _dispatcher()
    dispatcher._when_idle.append(callback)
    dispatcher.call_back_if_idle()


def wait_for_workers(timeout_ms: int = 30_000) -> None:
    """Before the database is closed at exit: let running calls end (their answers are dropped)."""
    if _the_dispatcher is not None:
        _the_dispatcher.wait_for_workers(timeout_ms)


def drain(timeout_ms: int = 30_000) -> None:
    """Let every running call end and deliver its answer (tests, before their database is closed)."""
    if _the_dispatcher is None:
        return
    deadline = time.monotonic() + timeout_ms / 1000
    while not is_idle() and time.monotonic() < deadline:
        _the_dispatcher.wait_for_workers(50)
        QCoreApplication.processEvents()
