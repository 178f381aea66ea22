# SPDX-License-Identifier: GPL-3.0-or-later
"""A 25 MB attachment out and back in, and how long the window's event loop stalls meanwhile.

One round, on the real pane and services over a fresh database: the agent attaches a 25 MB file
(copied into the draft in the background), sends the reply by email (stored and queued on the GUI
thread, as the composer does; the mail with its MIME part built and sent to a loopback SMTP server
in the background, as the mail desk does; the server runs in a process of its own, as a mail
server does); then the customer's 25 MB answer arrives (parsed and
stored in the background, as the mail fetch does), the pane shows it, and the agent opens the file
(written to a private file in the background). A ``QTimer`` probe firing every 2 ms records the
longest gap between two of its ticks: what the agent would feel as a frozen window.

The baseline is the same probe on an idle event loop for as long as the round took: the stall the
machine itself causes. The budget (DESIGN.md §8, issue "attachments both ways"): the longest stall
of a round under 50 ms.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, QUrl  # noqa: E402

from agentdesk.clock import FixedClock  # noqa: E402
from agentdesk.gui.conversation_view import ConversationPane  # noqa: E402
from agentdesk.gui.tasks import TaskRunner  # noqa: E402
from agentdesk.mail.accounts import AccountSettings, MailAccounts, StaticPasswords  # noqa: E402
from agentdesk.mail.parse import parse_mail  # noqa: E402
from agentdesk.mail.send import MailSender  # noqa: E402
from agentdesk.services import build_services  # noqa: E402
from agentdesk.sla.presets import install_presets  # noqa: E402
from agentdesk.store.database import open_store  # noqa: E402
from agentdesk.store.models import Attachment, Message  # noqa: E402
from bench.core import Budget, Figure, Stats  # noqa: E402
from bench.gui import application  # noqa: E402

SIZE = 25_000_000
PROBE_MS = 2
STALL_BUDGET = Budget("absolute", 50.0, "p95")
NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def available() -> bool:
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        return False
    return True


class StallProbe:
    """Ticks every ``PROBE_MS``; ``longest`` is the longest gap between ticks beyond the interval."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.last_cpu = 0.0
        self.longest = 0.0
        self.phases: dict[str, float] = {}
        # Of each step's longest stall, the milliseconds the window's thread itself computed (the
        # rest it waited: for the interpreter lock held by a background thread, or for a core on a
        # busy machine).
        self.phase_cpu: dict[str, float] = {}
        self._phase = ""
        self._began = ""

    def phase(self, name: str) -> None:
        """Name what runs from now on; ``phases`` keeps each one's longest stall. The loop runs
        until the probe ticked, so a stall is charged to the step that caused it."""
        ticked = self.last
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(1)
        check.timeout.connect(lambda: loop.quit() if self.last != ticked else None)
        check.start()
        loop.exec()
        check.stop()
        self._phase = self._began = name  # the gap from that tick on is this step's

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self.last) * 1000 - PROBE_MS
        self.longest = max(self.longest, gap)
        # a gap belongs to the step that was running when it began
        if gap >= self.phases.get(self._began, 0.0):
            self.phases[self._began] = gap
            self.phase_cpu[self._began] = (cpu - self.last_cpu) * 1000
        self.last, self.last_cpu = now, cpu
        self._began = self._phase

    @contextlib.contextmanager
    def running(self) -> Iterator[StallProbe]:
        self.longest = 0.0
        self.phases = {}
        self.phase_cpu = {}
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()
        try:
            yield self
        finally:
            self.timer.stop()


def wait_until(done: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop (no busy waiting) until ``done()``."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(10)
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    if not done():
        loop.exec()
    check.stop()
    if not done():
        raise TimeoutError("the attachment round did not finish in time")


_SINK = """
import sys, time
from aiosmtpd.controller import Controller

class Handler:
    async def handle_DATA(self, server, session, envelope):
        with open(sys.argv[2], "a") as log:
            log.write(f"{len(envelope.original_content or envelope.content)}\\n")
        return "250 Message accepted for delivery"

controller = Controller(Handler(), hostname="127.0.0.1", port=int(sys.argv[1]), data_size_limit=0)
controller.start()
print("ready", flush=True)
sys.stdin.read()  # until the benchmark closes it
controller.stop()
"""


@contextlib.contextmanager
def smtp_sink(folder: Path) -> Iterator[tuple[int, Callable[[], list[int]]]]:
    """A loopback SMTP server in a process of its own, as a mail server is: it keeps only the
    sizes of what it receives (``received()``). In the window's process, its reading of 34 MB a
    line at a time would be counted as the window's stall."""
    import subprocess
    import sys

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    log = folder / "smtp-sizes.txt"
    log.write_text("")
    child = subprocess.Popen(
        [sys.executable, "-c", _SINK, str(port), str(log)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    if child.stdout.readline().strip() != "ready":
        child.kill()
        raise RuntimeError("the loopback SMTP server did not start")

    def received() -> list[int]:
        return [int(line) for line in log.read_text().split()]

    try:
        yield port, received
    finally:
        child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _customer_mail(data: bytes, message_id: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Jens Hansen <jens@example.dk>"
    mail["To"] = "support@shop.test"
    mail["Subject"] = "Re: The video of the noise"
    mail["Message-ID"] = f"<{message_id}>"
    mail.set_content("Here is the whole video.")
    mail.add_attachment(data, maintype="video", subtype="mp4", filename="noise.mp4")
    return mail.as_bytes()


def attachment_figure(repetitions: int) -> Figure:
    """The longest stall of the window's event loop during 25 MB out and 25 MB back in."""
    app = application()
    rounds: list[float] = []
    idle: list[float] = []
    seconds: list[float] = []
    phases: list[dict[str, float]] = []
    phase_cpu: list[dict[str, float]] = []
    with (
        tempfile.TemporaryDirectory(prefix="agentdesk-bench-att-") as folder,
        smtp_sink(Path(folder)) as (port, received),
    ):
        base = Path(folder)
        store = open_store(base / "desk.sqlite")
        clock = FixedClock(NOW)
        install_presets(store, now=NOW)
        setup = build_services(store, clock)
        agent = setup.directory.create_agent("Maja Jensen", "maja@shop.test")
        services = build_services(store, clock, agent)
        settings = AccountSettings(
            address="support@shop.test",
            display_name="Shop Support",
            imap_host="127.0.0.1",
            imap_port=1,
            imap_security="plain",
            imap_user="support",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security="plain",
            attachment_limit=30_000_000,
        )
        passwords = StaticPasswords("")  # the loopback server asks for no login
        MailAccounts(store).add(settings)
        sender = MailSender(store, passwords, clock)
        customer = services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
        ref = services.inbox.create_conversation(customer, "email", "A noise when braking", "It squeaks.")
        pane = ConversationPane(services)
        opened: list[str] = []

        def open_url(url: QUrl) -> bool:  # stands in for the system's "open with"
            opened.append(url.toLocalFile())
            return True

        pane.files.open_url = open_url
        background = TaskRunner(threads=1)
        probe = StallProbe()
        finished: list[object] = []  # what the background step answered
        pane.resize(1000, 800)
        pane.show()
        pane.show_conversation(ref.id)
        try:
            for n in range(repetitions):
                payload = os.urandom(SIZE)
                outgoing_file = base / f"video-{n}.mp4"
                outgoing_file.write_bytes(payload)
                raw = _customer_mail(payload, f"answer-{n}@example.dk")
                del payload
                finished.clear()
                started = time.perf_counter()
                with probe.running():
                    # Out: attach (background copy), send (GUI thread), the mail (background).
                    probe.phase("attach")
                    pane.outgoing.add_path(outgoing_file)
                    wait_until(lambda: pane.outgoing.busy == 0)
                    probe.phase("send")
                    files = pane.outgoing.for_sending()
                    sender.queue_reply(ref.id, "The video, as promised.", actor_id=agent, attachments=files)
                    pane.outgoing.after_send()  # as the pane does after a send
                    probe.phase("smtp")
                    background.run(f"send-{n}", sender.flush, finished.append, finished.append)
                    wait_until(lambda: bool(finished))
                    # In: the customer's mail parsed and stored in the background, shown, opened.
                    finished.clear()

                    def arrive(raw: bytes = raw) -> object:
                        mail = parse_mail(raw, attachment_limit=30_000_000)
                        return services.inbox.add_inbound_message(
                            ref.id, mail.body_text, external_id=mail.message_id, attachments=mail.attachments
                        )

                    probe.phase("arrive")
                    background.run(f"arrive-{n}", arrive, finished.append, finished.append)
                    wait_until(lambda: bool(finished))
                    probe.phase("show")
                    pane.show_conversation(ref.id)
                    with store.read() as session:
                        newest = session.query(Attachment.id).join(
                            Message, Message.id == Attachment.message_id
                        )
                        attachment_id = (
                            newest.filter(Message.direction == "inbound")
                            .order_by(Message.created_at.desc(), Attachment.id.desc())
                            .first()
                        )
                    assert attachment_id is not None
                    probe.phase("open")
                    pane.files.open(attachment_id[0])
                    wait_until(lambda: len(opened) == len(rounds) + 1 and pane.files.busy == 0)
                elapsed = time.perf_counter() - started
                rounds.append(probe.longest)
                phases.append({k: round(v, 1) for k, v in probe.phases.items()})
                phase_cpu.append({k: round(v, 1) for k, v in probe.phase_cpu.items()})
                seconds.append(elapsed)
                sizes = received()
                if len(sizes) != n + 1 or sizes[-1] < SIZE:
                    raise RuntimeError("the reply with its 25 MB file did not reach the SMTP server")
                if Path(opened[-1]).stat().st_size != SIZE:
                    raise RuntimeError("the opened file is not the customer's 25 MB")
                clock.advance(minutes=1)
                with probe.running():  # the baseline: the same probe, idle, as long
                    loop = QEventLoop()
                    QTimer.singleShot(int(elapsed * 1000), loop.quit)
                    loop.exec()
                idle.append(probe.longest)
        finally:
            pane.close()
            pane.deleteLater()
            background.close()
            app.processEvents()
            store.close()
    return Figure(
        name="attachments.stall",
        title="25 MB attachment out by mail and back in: longest event-loop stall",
        unit="ms",
        measured=Stats.of(rounds),
        baseline=Stats.of(idle),
        baseline_name="the same probe, idle event loop",
        budget=STALL_BUDGET,
        note="attach, send through loopback SMTP, receive, show and open; QTimer probe every 2 ms",
        extra={
            "round_seconds": [round(s, 2) for s in seconds],
            "bytes": SIZE,
            "stall_by_step": phases,
            "window_thread_cpu_in_that_stall": phase_cpu,
            "load_average": [round(x, 1) for x in os.getloadavg()],
        },
    )


if __name__ == "__main__":  # python -m bench.attachments [ROUNDS]
    import sys

    figure = attachment_figure(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    print(figure.as_json())
