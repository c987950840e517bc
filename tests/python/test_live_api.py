"""Live ingest API against the real server: bearer tokens and scopes (401/403), consent per
stream, validation errors naming the field, idempotent retries, loopback only, orderly
shutdown, and durability: after SIGKILL in the middle of concurrent ingest, a restart holds
every acknowledged reading exactly once."""
import hashlib
import http.client
import json
import os
import shutil
import signal
import subprocess
import threading
import time
import unittest

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_api")
TOKENS = {"dev1": "tok-ring-a01", "a01": "tok-athlete-a01", "a02": "tok-athlete-a02", "coach": "tok-coach",
          "physio": "tok-physio", "board": "tok-board", "ops": "tok-ops"}


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


CONFIG = f"""
live:
  squad:
    - {{id: a01, devices: [{{id: ring-a01, vendor: ring}}, {{id: app-a01, vendor: app}}]}}
    - {{id: a02, devices: [{{id: ring-a02, vendor: ring}}]}}
  principals:
    - {{name: ring-a01, role: device, athlete: a01, device: ring-a01, token_sha256: {sha(TOKENS['dev1'])}}}
    - {{name: a01, role: athlete, athlete: a01, token_sha256: {sha(TOKENS['a01'])}}}
    - {{name: a02, role: athlete, athlete: a02, token_sha256: {sha(TOKENS['a02'])}}}
    - {{name: coach, role: coach, token_sha256: {sha(TOKENS['coach'])}}}
    - {{name: physio, role: physio, token_sha256: {sha(TOKENS['physio'])}}}
    - {{name: board, role: management, token_sha256: {sha(TOKENS['board'])}}}
    - {{name: ops, role: admin, token_sha256: {sha(TOKENS['ops'])}}}
  consent:
    a01: {{physio: [ln_rmssd, wellness], coach: [session_rpe], management: [session_rpe]}}
"""


def reading(value, athlete="a01", device="ring-a01", metric="ln_rmssd"):
    return {"athlete": athlete, "device": device, "metric": metric, "measured": "2025-07-01T06:30:00Z",
            "value": value, "unit": "ln_ms"}


class Server:
    def __init__(self, store, listen="127.0.0.1:0"):
        self.port = None
        self.proc = subprocess.Popen([CLI, "live", os.path.join(SCRATCH, "live.yaml"), "--listen", listen,
                                      "--store", store], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = []
        for line in self.proc.stdout:
            self.lines.append(line)
            if "listening on" in line:
                self.port = int(line.rsplit(":", 1)[1])
                return
        raise RuntimeError("server did not start: " + self.proc.stderr.read())

    def request(self, method, path, token=None, body=None, headers=None, raw=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + TOKENS.get(token, token)
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        if data is not None:
            h.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        payload = r.read()
        conn.close()
        return r.status, dict(r.getheaders()), json.loads(payload) if payload else None

    def post(self, token, body, key=None):
        return self.request("POST", "/v1/readings", token, body, {"Idempotency-Key": key} if key else None)

    def kill(self):
        self.proc.kill()
        self.proc.communicate(timeout=30)

    def stop(self, sig=signal.SIGTERM):
        self.proc.send_signal(sig)
        out, _ = self.proc.communicate(timeout=30)
        return self.proc.returncode, "".join(self.lines) + out


def fresh_store(name):
    path = os.path.join(SCRATCH, name)
    shutil.rmtree(path, ignore_errors=True)
    return path


class LiveApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        with open(os.path.join(SCRATCH, "live.yaml"), "w") as f:
            f.write(CONFIG)
        cls.server = Server(fresh_store("api-store"))

    @classmethod
    def tearDownClass(cls):
        rc, out = cls.server.stop()
        assert rc == 0 and "live: stopped" in out, out

    def test_health_needs_no_token(self):
        status, _, body = self.server.request("GET", "/v1/health")
        self.assertEqual((status, body["status"]), (200, "ok"))

    def test_unknown_or_missing_tokens_are_401(self):
        for token in (None, "not-a-token"):
            status, headers, body = self.server.post(token, {"readings": [reading(4.0)]})
            self.assertEqual(status, 401)
            self.assertEqual(headers.get("WWW-Authenticate"), "Bearer")
            self.assertIn("bearer token", body["error"]["message"])
        self.assertEqual(self.server.request("GET", "/v1/metrics", "not-a-token")[0], 401)

    def test_scopes_and_ownership_are_403(self):
        self.assertEqual(self.server.request("GET", "/v1/metrics", "coach")[0], 403)
        self.assertEqual(self.server.post("coach", {"readings": [reading(4.0)]})[0], 403)
        status, _, body = self.server.post("dev1", {"readings": [reading(4.0), reading(4.1, "a02", "ring-a02")]})
        self.assertEqual(status, 403)
        self.assertTrue(body["error"]["message"].startswith("readings[1].athlete:"), body)
        self.assertEqual(self.server.request("GET", "/v1/athletes/a01/readings", "a02")[0], 403)
        self.assertEqual(self.server.request("GET", "/v1/athletes/a01/readings", "ops")[0], 403)

    def test_consent_filters_what_staff_read(self):
        status, _, ack = self.server.post("a01", {
            "readings": [reading(4.3, device="app-a01"), reading(61.0, metric="resting_hr")],
            "submissions": [{"athlete": "a01", "kind": "session_rpe", "measured": "2025-07-01T12:00:00Z",
                             "rpe": 7, "minutes": 80}]})
        self.assertEqual(status, 201, ack)
        seq = ack["sequence"]

        def mine(token, query=""):
            status, _, body = self.server.request("GET", "/v1/athletes/a01/readings" + query, token)
            self.assertEqual(status, 200, body)
            return ({r["metric"] for r in body["readings"] if r["sequence"] == seq},
                    {s["kind"] for s in body["submissions"] if s["sequence"] == seq})

        self.assertEqual(mine("a01"), ({"ln_rmssd", "resting_hr"}, {"session_rpe"}))
        self.assertEqual(mine("physio"), ({"ln_rmssd"}, set()))
        self.assertEqual(mine("board"), (set(), {"session_rpe"}))
        status, _, body = self.server.request("GET", "/v1/athletes/a01/readings?metric=ln_rmssd", "board")
        self.assertEqual(status, 403)
        self.assertIn("not consented", body["error"]["message"])
        self.assertEqual(self.server.request("GET", "/v1/athletes/a99/readings", "physio")[0], 404)

    def test_a_consent_change_takes_effect_at_once_and_lasts(self):
        store = fresh_store("consent-store")
        server = Server(store)
        try:
            self.assertEqual(server.post("a01", {"readings": [reading(4.3, device="app-a01")]})[0], 201)
            status, _, body = server.request("GET", "/v1/athletes/a01/consent", "a01")
            self.assertEqual((status, body["consent"]["physio"]), (200, ["ln_rmssd", "wellness"]))
            status, _, _ = server.request("GET", "/v1/athletes/a01/readings?metric=ln_rmssd", "physio")
            self.assertEqual(status, 200)

            revoke = {"physio": ["wellness"], "coach": ["session_rpe", "ln_rmssd"], "management": []}
            for token in ("a02", "coach", "ops", "physio"):
                status, _, _ = server.request("PUT", "/v1/athletes/a01/consent", token, revoke)
                self.assertEqual(status, 403, token)
            for body, field in (({"physio": "ln_rmssd"}, "physio"), ({"admin": []}, "admin"),
                                ({"coach": ["ok", "bad name!"]}, "coach[1]"), ([1], "body")):
                status, _, answer = server.request("PUT", "/v1/athletes/a01/consent", "a01", body)
                self.assertEqual(status, 400, body)
                self.assertTrue(answer["error"]["message"].startswith(field), answer)
            status, _, body = server.request("PUT", "/v1/athletes/a01/consent", "a01", revoke)
            self.assertEqual((status, body["consent"]["physio"]), (200, ["wellness"]))

            status, _, body = server.request("GET", "/v1/athletes/a01/readings?metric=ln_rmssd", "physio")
            self.assertEqual(status, 403, "the very next request sees the change")
            status, _, body = server.request("GET", "/v1/athletes/a01/readings?metric=ln_rmssd", "coach")
            self.assertEqual((status, len(body["readings"])), (200, 1))
        finally:
            rc, _ = server.stop()
        self.assertEqual(rc, 0)
        server = Server(store)
        try:
            status, _, _ = server.request("GET", "/v1/athletes/a01/readings?metric=ln_rmssd", "physio")
            self.assertEqual(status, 403, "the change survives a restart")
            self.assertEqual(server.request("GET", "/v1/athletes/a01/consent", "a01")[2]["consent"]["coach"],
                             ["ln_rmssd", "session_rpe"])
        finally:
            server.stop()

    def test_validation_errors_name_the_field(self):
        cases = [
            ({"readings": [reading(4.0), reading("4.1")]}, 400, "readings[1].value: expected a number"),
            ({"readings": [reading(4.0, device="ring-a02")]}, 400, "readings[0].device:"),
            ({"readings": [dict(reading(4.0), measured="2025-07-01 06:30")]}, 400, "readings[0].measured:"),
            ({"submissions": [{"athlete": "a01", "kind": "wellness", "measured": "2025-07-01T07:00:00Z",
                               "items": {"mood": 0}}]}, 400, "submissions[0].items.mood:"),
            ({"readings": [reading(4.0)] * 1001}, 413, "readings: 1001 items"),
        ]
        for body, status, message in cases:
            got, _, answer = self.server.post("ops", body)
            self.assertEqual(got, status, answer)
            self.assertTrue(answer["error"]["message"].startswith(message), answer)

    def test_hostile_bodies_never_crash_the_server(self):
        bodies = ["[" * 200000, '{"readings": "' + "x" * 900000 + '"}', "\xff\xfe", "NaN",
                  '{"readings": [{"value": 1e999}]}', "{" * 5 + "}" * 5, "x" * (2 << 20)]
        for raw in bodies:
            status, _, answer = self.server.request("POST", "/v1/readings", "ops", raw=raw.encode("utf-8", "surrogateescape"))
            self.assertIn(status, (400, 413), raw[:40])
            self.assertIn("error", answer)
        self.assertEqual(self.server.request("GET", "/v1/health")[0], 200)
        self.assertEqual(self.server.request("POST", "/v1/readings", "ops", raw=b"{}",
                                             headers={"Content-Type": "text/plain"})[0], 415)

    def test_retry_with_idempotency_key_is_not_appended_again(self):
        body = {"readings": [reading(4.25)]}
        status, _, first = self.server.post("dev1", body, key="retry-1")
        self.assertEqual(status, 201)
        _, _, before = self.server.request("GET", "/v1/metrics", "ops")
        status, headers, again = self.server.post("dev1", body, key="retry-1")
        self.assertEqual((status, again), (201, first))
        self.assertEqual(headers.get("Idempotent-Replayed"), "true")
        _, _, after = self.server.request("GET", "/v1/metrics", "ops")
        self.assertEqual(after["wal_batches"], before["wal_batches"])
        self.assertEqual(after["batches_replayed"], before["batches_replayed"] + 1)
        self.assertEqual(self.server.post("dev1", {"readings": [reading(9.0)]}, key="retry-1")[0], 409)

    def test_metrics_count_outcomes(self):
        _, _, before = self.server.request("GET", "/v1/metrics", "ops")
        self.server.post("dev1", {"readings": [reading(1.0), reading(2.0)]})
        self.server.post("dev1", {"readings": [reading("bad")]})
        _, _, after = self.server.request("GET", "/v1/metrics", "ops")
        self.assertEqual(after["readings_accepted"] - before["readings_accepted"], 2)
        self.assertEqual(after["batches_refused"] - before["batches_refused"], 1)
        self.assertGreater(after["wal_bytes"], before["wal_bytes"])

    def test_non_loopback_addresses_are_refused(self):
        r = subprocess.run([CLI, "live", os.path.join(SCRATCH, "live.yaml"), "--listen", "0.0.0.0:0", "--store",
                            fresh_store("refused-store")], capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn("not a loopback address", r.stderr)


class Durability(unittest.TestCase):
    def test_sigkill_during_concurrent_ingest_loses_nothing_acknowledged(self):
        os.makedirs(SCRATCH, exist_ok=True)
        with open(os.path.join(SCRATCH, "live.yaml"), "w") as f:
            f.write(CONFIG)
        store = fresh_store("kill-store")
        server = Server(store)
        acked, sent, lock = {}, {}, threading.Lock()
        stop = threading.Event()

        def client(worker):
            n = 0
            while not stop.is_set():
                key = f"w{worker}-{n}"
                values = [worker * 1e6 + n * 10 + i for i in range(5)]
                body = {"readings": [reading(v, athlete="a02", device="ring-a02") for v in values]}
                with lock:
                    sent[key] = (body, values)
                try:
                    status, _, ack = server.post("ops", body, key=key)
                except (OSError, http.client.HTTPException):
                    return
                if status == 201:
                    with lock:
                        acked[key] = (ack["sequence"], values)
                n += 1

        threads = [threading.Thread(target=client, args=(w,)) for w in range(8)]
        for t in threads:
            t.start()
        time.sleep(1.5)
        server.kill()
        stop.set()
        for t in threads:
            t.join(timeout=60)
        self.assertGreater(len(acked), 20, "too few batches were acknowledged to test anything")

        server = Server(store)
        try:
            status, _, body = server.request("GET", "/v1/athletes/a02/readings", "a02")
            self.assertEqual(status, 200)
            stored = [r["value"] for r in body["readings"]]
            self.assertEqual(len(stored), len(set(stored)), "a reading is stored twice")
            by_value = {r["value"]: r["sequence"] for r in body["readings"]}
            for key, (seq, values) in acked.items():
                for v in values:
                    self.assertEqual(by_value.get(v), seq, f"acknowledged {key} lost or renumbered")
            # Every stored batch is whole: all five readings or none.
            sequences = {}
            for r in body["readings"]:
                sequences[r["sequence"]] = sequences.get(r["sequence"], 0) + 1
            self.assertEqual(set(sequences.values()), {5})
            # Retrying everything, acknowledged or not, adds each batch at most once.
            for key, (batch, _) in sent.items():
                status, headers, ack = server.post("ops", batch, key=key)
                self.assertEqual(status, 201)
                if key in acked:
                    self.assertEqual(headers.get("Idempotent-Replayed"), "true")
                    self.assertEqual(ack["sequence"], acked[key][0])
            _, _, body = server.request("GET", "/v1/athletes/a02/readings", "a02")
            self.assertEqual(len(body["readings"]), 5 * len(sent))
            self.assertEqual(len({r["value"] for r in body["readings"]}), 5 * len(sent))
        finally:
            rc, out = server.stop()
        self.assertEqual(rc, 0, out)
        print(f"durability: {len(acked)} batches acknowledged before SIGKILL, {len(sent)} sent", flush=True)


if __name__ == "__main__":
    unittest.main()
