"""`preseason live-export`: a live store becomes a recording. Readings and self-reports
posted to a real server for two athletes over five days are all in the export with their
measured time, value, unit and receive time; the export runs beside a running server without
disturbing it; `preseason features` and `preseason replay` read the export and give back the
posted loads and HRV; bad stores exit 2 naming the file and write nothing."""
import csv
import datetime
import os
import shutil
import subprocess
import sys
import time
import unittest

import h5py
import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.environ["PRESEASON_SOURCE_DIR"], "tools"))
import recording_h5 as rh  # noqa: E402
from test_live_api import Server, fresh_store, sha  # noqa: E402
import test_live_api  # noqa: E402

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_export")
test_live_api.SCRATCH = SCRATCH
TOKENS = test_live_api.TOKENS
TOKENS.update({"dev2": "tok-ring-a02"})

CONFIG = f"""
live:
  squad:
    - {{id: a01, devices: [{{id: ring-a01, vendor: ring}}]}}
    - {{id: a02, devices: [{{id: ring-a02, vendor: ring}}]}}
  principals:
    - {{name: ring-a01, role: device, athlete: a01, device: ring-a01, token_sha256: {sha(TOKENS['dev1'])}}}
    - {{name: ring-a02, role: device, athlete: a02, device: ring-a02, token_sha256: {sha(TOKENS['dev2'])}}}
    - {{name: a01, role: athlete, athlete: a01, token_sha256: {sha(TOKENS['a01'])}}}
    - {{name: a02, role: athlete, athlete: a02, token_sha256: {sha(TOKENS['a02'])}}}
"""

DAYS = ["2025-07-01", "2025-07-02", "2025-07-03", "2025-07-04", "2025-07-05"]
REST_DAY = "2025-07-03"
DEVICE = {"a01": "dev1", "a02": "dev2"}


def us(text):
    t = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return int(t.timestamp()) * 1_000_000


def run(*args, check=True):
    r = subprocess.run([CLI, *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"{args} exited {r.returncode}: {r.stderr}")
    return r


def plan(athlete, k, day):
    """What athlete posts on day number k: distinct values per athlete and day."""
    shift = 0 if athlete == "a01" else 0.5
    readings = [{"athlete": athlete, "device": f"ring-{athlete}", "metric": "ln_rmssd",
                 "measured": f"{day}T06:30:00Z", "value": 4.0 + 0.1 * k + shift, "unit": "ln_ms"},
                {"athlete": athlete, "device": f"ring-{athlete}", "metric": "resting_hr",
                 "measured": f"{day}T06:31:00Z", "value": 50.0 + k, "unit": "bpm"}]
    submissions = [{"athlete": athlete, "kind": "wellness", "measured": f"{day}T07:00:00Z",
                    "items": {"fatigue": 1 + k % 5, "mood": 5 - k % 5}}]
    if day != REST_DAY:
        submissions.append({"athlete": athlete, "kind": "session_rpe", "measured": f"{day}T18:00:00Z",
                            "rpe": 4 + k, "minutes": 60 + 10 * k + (5 if athlete == "a02" else 0)})
    return readings, submissions


class LiveExport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        cls.config = os.path.join(SCRATCH, "live.yaml")
        with open(cls.config, "w") as f:
            f.write(CONFIG)
        cls.store = fresh_store("store")
        cls.acked = []       # (reading, earliest, latest receive time in µs)
        cls.sessions = {}    # (athlete, day) -> (rpe, minutes)
        server = Server(cls.store)
        # Days posted out of order: the export must sort each stream by measured time.
        for k in (0, 1, 3, 2, 4):
            for athlete in ("a01", "a02"):
                readings, submissions = plan(athlete, k, DAYS[k])
                before = time.time_ns() // 1000
                status, _, _ = server.post(DEVICE[athlete], {"readings": readings}, key=f"r-{athlete}-{k}")
                assert status == 201, status
                status, _, _ = server.post(athlete, {"submissions": submissions})
                assert status == 201, status
                after = time.time_ns() // 1000
                cls.acked += [(r, before, after) for r in readings]
                for s in submissions:
                    if s["kind"] == "session_rpe":
                        cls.sessions[(athlete, DAYS[k])] = (s["rpe"], s["minutes"])
        # A retried batch is acknowledged again but stored, and exported, once.
        readings, _ = plan("a01", 0, DAYS[0])
        status, headers, _ = server.post("dev1", {"readings": readings}, key="r-a01-0")
        assert status == 201 and headers.get("Idempotent-Replayed") == "true"

        # Exporting while the server runs must neither fail nor stop it from appending.
        cls.running_export = os.path.join(SCRATCH, "while-running.h5")
        run("live-export", cls.config, "--store", cls.store, "--out", cls.running_export)
        status, _, _ = server.post("dev1", {"readings": [{"athlete": "a01", "device": "ring-a01", "metric": "steps",
                                                          "measured": "2025-07-05T20:00:00Z", "value": 9000,
                                                          "unit": "count"}]})
        assert status == 201, status
        rc, out = server.stop()
        assert rc == 0, out

        cls.rec = os.path.join(SCRATCH, "live.h5")
        cls.export_out = run("live-export", cls.config, "--store", cls.store, "--out", cls.rec).stdout

    def test_every_acknowledged_reading_is_exported(self):
        self.assertIn("21 batch(es) up to sequence 21: 2 athlete(s), 21 reading(s)", self.export_out)
        with h5py.File(self.rec, "r") as f:
            self.assertEqual(f.attrs["format"], "preseason-recording")
            self.assertEqual(f.attrs["version"], "1.1")
            self.assertEqual(f.attrs["creator"], "preseason live-export")
            self.assertIn(os.path.abspath(self.store), f.attrs["source"])
            self.assertEqual(sorted(f["athletes"]), ["a01", "a02"])
            for r, before, after in self.acked:
                s = f[f"athletes/{r['athlete']}/streams/{r['device']}.{r['metric']}"]
                self.assertEqual(s.attrs["unit"], r["unit"])
                self.assertEqual(s.attrs["metric"], r["metric"])
                self.assertEqual(s.attrs["source"], r["device"])
                self.assertEqual(s.attrs["vendor"], "ring")
                times = s["time"][:]
                self.assertTrue(np.all(np.diff(times) >= 0), "time never decreases")
                self.assertEqual(len(times), len(DAYS), "one sample per posted day, the retry not repeated")
                i = int(np.searchsorted(times, us(r["measured"])))
                self.assertEqual(times[i], us(r["measured"]))
                self.assertEqual(s["value"][i], r["value"])
                self.assertTrue(before <= s["uploaded"][i] <= after, "uploaded is the server's receive time")
            steps = f["athletes/a01/streams/ring-a01.steps"]
            self.assertEqual(list(steps["value"][:]), [9000.0])

    def test_self_reports_become_wellness_streams_and_sessions(self):
        with h5py.File(self.rec, "r") as f:
            for athlete in ("a01", "a02"):
                fatigue = f[f"athletes/{athlete}/streams/self_report.fatigue"]
                self.assertEqual(fatigue.attrs["unit"], "1-5")
                self.assertEqual(list(fatigue["time"][:]), [us(f"{d}T07:00:00Z") for d in DAYS])
                self.assertEqual(list(fatigue["value"][:]), [1.0 + k % 5 for k in range(len(DAYS))])
                t = f[f"athletes/{athlete}/tables/sessions"]
                days = [d for d in DAYS if d != REST_DAY]
                self.assertEqual(list(t["time"][:]), [us(f"{d}T18:00:00Z") for d in days])
                expected = [self.sessions[(athlete, d)] for d in days]
                self.assertEqual(list(t["rpe"][:]), [float(r) for r, _ in expected])
                self.assertEqual(list(t["minutes"][:]), [float(m) for _, m in expected])
                self.assertEqual(list(t["load"][:]), [float(r * m) for r, m in expected])

    def test_export_while_running_holds_what_was_acknowledged_then(self):
        with h5py.File(self.running_export, "r") as f:
            self.assertNotIn("ring-a01.steps", f["athletes/a01/streams"])
            self.assertEqual(f.attrs["live_last_sequence"], "20")
            self.assertEqual(len(f["athletes/a02/streams/ring-a02.ln_rmssd/time"]), len(DAYS))

    def test_features_give_the_posted_load_and_hrv(self):
        out = os.path.join(SCRATCH, "features.csv")
        run("features", self.rec, "--csv", out)
        with open(out) as f:
            rows = {(r["athlete"], r["date"]): r for r in csv.DictReader(f)}
        self.assertEqual(sorted(rows), sorted((a, d) for a in ("a01", "a02") for d in DAYS))
        for (athlete, day), row in rows.items():
            k = DAYS.index(day)
            if day == REST_DAY:
                self.assertEqual(float(row["load"]), 0.0)
                self.assertEqual(row["load_q"], "imputed")
            else:
                rpe, minutes = self.sessions[(athlete, day)]
                self.assertAlmostEqual(float(row["load"]), rpe * minutes)
                self.assertEqual(row["load_q"], "measured")
            self.assertAlmostEqual(float(row["ln_rmssd"]), 4.0 + 0.1 * k + (0 if athlete == "a01" else 0.5))

    def test_replay_plans_the_posted_sessions(self):
        out_path = os.path.join(SCRATCH, "replayed.h5")
        out = run("replay", self.rec, "--out", out_path).stdout
        self.assertIn("2 athlete(s)", out)
        with h5py.File(out_path, "r") as f:
            for athlete in ("a01", "a02"):
                d = rh.table(f, athlete, "decisions")
                planned = {datetime.datetime.fromtimestamp(t / 1e6, datetime.timezone.utc).strftime("%Y-%m-%d"): m
                           for t, m in zip(d["time"][:], d["planned_minutes"][:]) if m > 0}
                self.assertEqual(planned, {day: float(m) for (a, day), (_, m) in self.sessions.items() if a == athlete})
                self.assertEqual(len(rh.table(f, athlete, "features")["time"]), len(DAYS))

    def test_bad_stores_exit_2_naming_the_file(self):
        out = os.path.join(SCRATCH, "never.h5")
        empty = fresh_store("empty")
        os.makedirs(empty)
        foreign = fresh_store("foreign")
        os.makedirs(foreign)
        with open(os.path.join(foreign, "ingest.wal"), "wb") as f:
            f.write(b"not a log at all, just some text")
        damaged = fresh_store("damaged")
        shutil.copytree(self.store, damaged)
        wal = os.path.join(damaged, "ingest.wal")
        with open(wal, "r+b") as f:
            f.seek(16 + 20)  # inside the first record's payload, with 20 records after it
            f.write(b"#")
        with open(wal, "rb") as f:
            damaged_bytes = f.read()
        for store, what in ((empty, empty), (foreign, "not a preseason write-ahead log"),
                            (damaged, "corrupt record at byte 16")):
            r = run("live-export", self.config, "--store", store, "--out", out, check=False)
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertTrue(r.stderr.startswith("error: "), r.stderr)
            self.assertIn(what, r.stderr)
            self.assertFalse(os.path.exists(out))
        with open(wal, "rb") as f:
            self.assertEqual(f.read(), damaged_bytes, "the export never cuts or repairs the log")


if __name__ == "__main__":
    unittest.main()
