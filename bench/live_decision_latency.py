"""Time from a squad's last morning reading to the day's recommendations in live mode.

Starts `preseason live` on a loopback port with a generated 30-athlete squad whose config
is also a scenario (acwr_band policy) and posts DAYS days of morning HRV, wellness and
evening session RPE for every athlete. From the second week on it decides every morning,
as `live.decide_at` would: it posts the squad's morning readings, then asks for the day's
recommendations and times that request (the time from the last reading's acknowledgement
to the recommendations). Prints p50/p99/max over the last DECIDE mornings per store
length, and the cold case: the first decision after a restart, which replays the whole
store. Usage: bench/live_decision_latency.py [PRESEASON] [--athletes 30] [--days 28,84]
[--decide 7]"""
import argparse
import datetime
import hashlib
import http.client
import json
import os
import shutil
import subprocess
import tempfile
import time

START = datetime.date(2025, 7, 7)


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def config(athletes):
    squad = "\n".join(f"    - {{id: a{i:02d}, devices: [{{id: ring-a{i:02d}, vendor: ring}}]}}" for i in athletes)
    principals = "\n".join(f"    - {{name: a{i:02d}, role: athlete, athlete: a{i:02d}, token_sha256: {sha(f'tok-a{i:02d}')}}}"
                           for i in athletes)
    return f"""name: latency
seed: 3
season: {{start: 2025-07-07, end: 2026-05-31}}
policy: {{name: acwr_band}}
live:
  squad:
{squad}
  principals:
{principals}
    - {{name: coach, role: coach, token_sha256: {sha('tok-coach')}}}
"""


class Client:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(self, method, path, token, body=None):
        headers = {"Authorization": "Bearer " + token}
        if body is not None:
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        r = self.conn.getresponse()
        return r.status, r.read()


def morning(i, k, day):
    return {"readings": [{"athlete": f"a{i:02d}", "device": f"ring-a{i:02d}", "metric": "ln_rmssd",
                          "measured": f"{day}T06:30:00Z", "value": 4.0 + 0.01 * ((i + k) % 30), "unit": "ln_ms"}],
            "submissions": [{"athlete": f"a{i:02d}", "kind": "wellness", "measured": f"{day}T07:00:00Z",
                             "items": {"fatigue": 1 + (i + k) % 5}}]}


def evening(i, k, day):
    return {"submissions": [{"athlete": f"a{i:02d}", "kind": "session_rpe", "measured": f"{day}T18:00:00Z",
                             "rpe": 4 + (i + k) % 4, "minutes": 45 + (i * 7 + k * 5) % 50}]}


def start(cli, path, store):
    proc = subprocess.Popen([cli, "live", path, "--listen", "127.0.0.1:0", "--store", store],
                            stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if "listening on" in line:
            return proc, Client(int(line.rsplit(":", 1)[1]))
    raise RuntimeError("the server did not start")


def decide(c, day):
    t0 = time.perf_counter()
    status, body = c.request("POST", f"/v1/days/{day}/recommendations", "tok-coach")
    elapsed = time.perf_counter() - t0
    assert status == 201, body
    return elapsed


def post_morning(c, athletes, k, day):
    for i in athletes:
        assert c.request("POST", "/v1/readings", f"tok-a{i:02d}", morning(i, k, day))[0] == 201


def run(cli, athletes, days, last):
    work = tempfile.mkdtemp(prefix="preseason-latency-")
    try:
        path = os.path.join(work, "live.yaml")
        store = os.path.join(work, "store")
        with open(path, "w") as f:
            f.write(config(athletes))
        proc, c = start(cli, path, store)
        latencies = []
        for k in range(days):
            day = START + datetime.timedelta(days=k)
            post_morning(c, athletes, k, day)
            if k >= 7:
                elapsed = decide(c, day)
                if k >= days - last:
                    latencies.append(elapsed)
            for i in athletes:
                assert c.request("POST", "/v1/readings", f"tok-a{i:02d}", evening(i, k, day))[0] == 201
        proc.terminate()
        proc.wait(timeout=30)
        proc, c = start(cli, path, store)
        day = START + datetime.timedelta(days=days)
        post_morning(c, athletes, days, day)
        cold = decide(c, day)
        proc.terminate()
        proc.wait(timeout=30)
        return sorted(latencies), cold
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli", nargs="?", default="build/tools/preseason")
    ap.add_argument("--athletes", type=int, default=30)
    ap.add_argument("--days", default="28,84")
    ap.add_argument("--decide", type=int, default=7)
    a = ap.parse_args()
    athletes = list(range(1, a.athletes + 1))
    print(f"{a.athletes} athletes, every morning decided, the last {a.decide} timed; goal p99 < 50 ms")
    for days in (int(d) for d in a.days.split(",")):
        lat, cold = run(a.cli, athletes, days, a.decide)
        p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
        print(f"store of {days:4d} days: p50 {p(0.5):7.1f} ms  p99 {p(0.99):7.1f} ms  max {lat[-1] * 1000:7.1f} ms"
              f"  (first after a restart {cold * 1000:7.1f} ms)")


if __name__ == "__main__":
    main()
