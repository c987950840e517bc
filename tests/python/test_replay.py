"""Replay: a simulated season replayed from its recording reproduces the simulation's
features and decisions exactly (equal `decisions fingerprint` lines); a recording written
by h5py following docs/recording-format.md and the PMData import replay too; options and
bad inputs behave as documented."""
import os
import re
import subprocess
import sys
import time
import unittest

import h5py
import numpy as np

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SRC, "tools"))
import recording_h5 as rh  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "replay")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")
PMDATA = os.path.join(SRC, "..", "shared", "datasets", "pmdata")
NARROW = "policy={name: acwr_band, params: {low: 0.95, high: 1.05}}"


def run(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


def line(stdout, label):
    return re.search(rf"^{label}: (\S+)$", stdout, re.M).group(1)


class Replay(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.sim = os.path.join(SCRATCH, "sim.h5")
        cls.sim_out = run("run", SMALL, "--replicates", "1", "--set", NARROW, "--out", cls.sim).stdout

    def test_round_trip_reproduces_features_and_decisions(self):
        expected = line(self.sim_out, "decisions fingerprint")
        for threads in ("1", "2"):
            out = run("replay", self.sim, "--threads", threads).stdout
            self.assertEqual(line(out, "decisions fingerprint"), expected, threads)
            self.assertIn("policy acwr_band", out)
        replayed = os.path.join(SCRATCH, "replayed.h5")
        run("replay", self.sim, "--out", replayed)
        with h5py.File(self.sim, "r") as a, h5py.File(replayed, "r") as b:
            for athlete in rh.athletes(a):
                for table in ("decisions", "features"):
                    ta, tb = rh.table(a, athlete, table), rh.table(b, athlete, table)
                    for column in ta:
                        x, y = ta[column], tb[column]
                        if x.dtype.kind == "f":
                            np.testing.assert_array_equal(x, y, err_msg=f"{athlete} {table}.{column}")
                        else:
                            self.assertTrue(np.array_equal(x, y), f"{athlete} {table}.{column}")
            fused = np.concatenate([rh.table(a, x, "features")["fused_readiness_z"] for x in rh.athletes(a)])
            self.assertGreater(np.isfinite(fused).sum(), 0, "vendor scores fused against their own baselines")
            actions = np.concatenate([rh.table(b, x, "decisions")["action"] for x in rh.athletes(b)])
            self.assertGreater((actions == "scale_load").sum(), 0)

    def test_another_policy_changes_the_decisions(self):
        out = run("replay", self.sim, "--policy", "fixed").stdout
        self.assertNotEqual(line(out, "decisions fingerprint"), line(self.sim_out, "decisions fingerprint"))
        self.assertIn("adjusted: 0 (0.0 %)", out)

    def test_date_range_and_athletes(self):
        out = run("replay", self.sim, "--from", "2025-08-01", "--to", "2025-08-10", "--athletes", "a01,a003").stdout
        self.assertIn("2 athlete(s), 2025-08-01 .. 2025-08-10", out)
        self.assertIn("decisions: 20,", out)
        r = run("replay", self.sim, "--athletes", "nobody", check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn("nobody", r.stderr)

    def test_scaled_clock_paces_the_replay(self):
        def seconds(speed):
            start = time.monotonic()
            run("replay", self.sim, "--from", "2025-08-01", "--to", "2025-08-01", "--speed", speed)
            return time.monotonic() - start

        # A day at 86,400 simulated seconds per second: the pace runs from midnight to the
        # day's last event, in the evening, so most of a second on top of the unpaced run.
        self.assertGreater(seconds("86400") - seconds("max"), 0.6)

    def test_recording_written_by_h5py_replays(self):
        path = os.path.join(SCRATCH, "handmade.h5")
        day = 86_400_000_000
        t0 = 1_735_689_600_000_000  # 2025-01-01
        with h5py.File(path, "w") as f:
            f.attrs.update(format="preseason-recording", version="1.0", creator="test", source="hand-made")
            for name, shift in (("a01", 0), ("a02", 1)):
                a = f.create_group(f"athletes/{name}")
                s = a.create_group("streams/app.fatigue")
                s.attrs.update(metric="fatigue", unit="1-5", source="app", vendor="x")
                s["time"] = np.array([t0 + d * day + 7 * 3_600_000_000 for d in range(40)], dtype="int64")
                s["value"] = np.array([3.0 + ((d + shift) % 3) for d in range(40)])
                t = a.create_group("tables/sessions")
                days = [d for d in range(40) if d % 7 != 6]
                t["time"] = np.array([t0 + d * day + 10 * 3_600_000_000 for d in days], dtype="int64")
                t["minutes"] = np.array([60.0 + 10 * (d % 4) for d in days])
                t["rpe"] = np.array([5.0 + (d % 3) for d in days])
                t["load"] = t["minutes"][:] * t["rpe"][:]
        out = run("replay", path, "--policy", "acwr_band", "--out", os.path.join(SCRATCH, "handmade_out.h5")).stdout
        self.assertIn("2 athlete(s)", out)
        with h5py.File(os.path.join(SCRATCH, "handmade_out.h5"), "r") as f:
            d = rh.table(f, "a01", "decisions")
            planned = d["planned_minutes"]
            self.assertEqual((planned > 0).sum(), 35, "every recorded session is a decision")
            feats = rh.table(f, "a01", "features")
            self.assertFalse(np.all(np.isnan(feats["fatigue_z"])))

    @unittest.skipUnless(os.path.isdir(PMDATA), "PMData subset not present")
    def test_pmdata_replays(self):
        rec = os.path.join(SCRATCH, "pmdata.h5")
        run("import", "pmdata", PMDATA, "--out", rec)
        out = run("replay", rec, "--policy", "acwr_band").stdout
        self.assertIn("8 athlete(s)", out)
        self.assertGreater(int(re.search(r"decisions: (\d+)", out).group(1)), 300)

    def test_bad_recordings_exit_2(self):
        bad = os.path.join(SCRATCH, "bad.h5")
        with open(bad, "wb") as f:
            f.write(os.urandom(4096))
        out = os.path.join(SCRATCH, "never.h5")
        for args in (["replay", bad, "--out", out], ["replay", self.sim, "--policy", "nonsense", "--out", out],
                     ["replay", self.sim, "--from", "2025-13-01", "--out", out]):
            r = run(*args, check=False)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.startswith("error: "), r.stderr)
            self.assertNotIn("HDF5-DIAG", r.stderr)
            self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
