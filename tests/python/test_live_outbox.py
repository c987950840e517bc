"""The live outbox: a rule fires on the load spike, and its webhook and physio signal are
queued when the coach decides the day. The receiver is down at first: the server keeps
retrying with backoff and reports the failures; once it is up every action arrives, each
with its idempotency key, exactly once, and a restart sends nothing again."""
import http.server
import json
import os
import shutil
import socket
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from test_live_api import Server, fresh_store, sha  # noqa: E402
import test_live_api  # noqa: E402
import test_live_decisions as base  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_outbox")
TOKENS = test_live_api.TOKENS


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """Counts what arrives, by path and Idempotency-Key."""

    def __init__(self, port):
        self.received = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.received.append((self.path, self.headers["Idempotency-Key"], body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class LiveOutbox(unittest.TestCase):
    def test_actions_reach_a_receiver_that_was_down_exactly_once(self):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        test_live_api.SCRATCH = SCRATCH
        port = free_port()
        config = base.CONFIG.replace("live:\n", f"""rules:
  - name: spike
    when: acwr_ewma > 1.3
    cooldown_days: 2
    actions:
      - {{kind: webhook, url: "http://127.0.0.1:{port}/hook"}}
      - {{kind: physio, message: load spike}}
live:
  outbox: {{physio: "http://127.0.0.1:{port}/physio", retry_first_ms: 100, retry_longest_ms: 400}}
""", 1)
        with open(os.path.join(SCRATCH, "live.yaml"), "w") as f:
            f.write(config)
        store = fresh_store("store")
        server = Server(store)
        try:
            base.post_weeks(server)

            status, _, body = server.request("GET", "/v1/actions", "coach")
            self.assertEqual(status, 200)
            actions = body["actions"]
            self.assertGreaterEqual(len(actions), 2, "the spike fires the rule")
            self.assertEqual({a["kind"] for a in actions}, {"webhook", "physio"})
            time.sleep(1.0)
            status, _, body = server.request("GET", "/v1/actions", "coach")
            for a in body["actions"]:
                self.assertEqual(a["delivery"], "pending")
                self.assertGreaterEqual(a["attempts"], 2, "retried while the receiver is down")
                self.assertIn("connection", a["last_error"].lower())
            self.assertEqual(server.request("GET", "/v1/actions", "a01")[0], 403)

            receiver = Receiver(port)
            deadline = time.time() + 20
            while time.time() < deadline:
                body = server.request("GET", "/v1/actions", "coach")[2]
                if all(a["delivery"] == "delivered" for a in body["actions"]):
                    break
                time.sleep(0.1)
            self.assertTrue(all(a["delivery"] == "delivered" for a in body["actions"]), body)
            keys = [key for _, key, _ in receiver.received]
            self.assertEqual(sorted(keys), sorted(a["id"] for a in body["actions"]), "each action once")
            for path, key, payload in receiver.received:
                self.assertEqual(payload["idempotency_key"], key)
                self.assertEqual(path, "/hook" if payload["kind"] == "webhook" else "/physio")
                self.assertEqual(payload["rule"], "spike")

            rc, _ = server.stop()
            self.assertEqual(rc, 0)
            server = Server(store)
            time.sleep(1.0)
            self.assertEqual(len(receiver.received), len(keys), "a restart sends nothing again")
            body = server.request("GET", "/v1/actions", "coach")[2]
            self.assertTrue(all(a["delivery"] == "delivered" for a in body["actions"]))
            receiver.stop()
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main()
