"""Replay of raw streams: a minute-level stream that is no pipeline input reaches the
pipelines sample by sample, so the replay's `samples:` line counts exactly the raw samples
the file holds in the replayed days (counted here with h5py), over the whole recording
and over a --from/--to window; a simulated recording still replays its decisions exactly."""
import os
import re
import subprocess
import sys
import unittest

import h5py
import numpy as np

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SRC, "tools"))
import recording_h5 as rh  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "replay_raw")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")

MINUTE = 60_000_000
DAY = 1440 * MINUTE
T0 = 1_735_689_600_000_000  # 2025-01-01 00:00 UTC
DAYS = 30


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=True).stdout


def raw_count(stdout):
    return int(re.search(r"^samples: \d+ \((\d+) raw", stdout, re.M).group(1))


def column(group, name, data):
    group.create_dataset(name, data=data, chunks=(min(4096, len(data)),), maxshape=(None,), compression="gzip",
                         shuffle=True)


def samples_between(path, first_day, last_day):
    """Samples of every stream measured on days [first_day, last_day] (0 = 2025-01-01)."""
    n = 0
    with h5py.File(path, "r") as f:
        for athlete in f["athletes"]:
            for s in f[f"athletes/{athlete}/streams"].values():
                t = s["time"][:]
                n += int(((t >= T0 + first_day * DAY) & (t < T0 + (last_day + 1) * DAY)).sum())
    return n


class ReplayRaw(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.path = os.path.join(SCRATCH, "minute_hr.h5")
        rng = np.random.default_rng(3)
        with h5py.File(cls.path, "w") as f:
            f.attrs.update(format="preseason-recording", version="1.1", creator="test", source="hand-made")
            for name, gap in (("a01", 0), ("a02", 7)):
                a = f.create_group(f"athletes/{name}")
                # A day without wear for a02: minutes absent, not NaN.
                minutes = np.array([m for m in range(DAYS * 1440) if m // 1440 != gap or gap == 0], dtype="int64")
                hr = a.create_group("streams/watch.heart_rate")
                hr.attrs.update(metric="heart_rate", unit="bpm", source="watch", vendor="x")
                column(hr, "time", T0 + minutes * MINUTE)
                column(hr, "value", 60 + rng.normal(0, 5, len(minutes)))
                fatigue = a.create_group("streams/app.fatigue")
                fatigue.attrs.update(metric="fatigue", unit="1-5", source="app", vendor="x")
                days = np.arange(DAYS, dtype="int64")
                column(fatigue, "time", T0 + days * DAY + 7 * 60 * MINUTE)
                column(fatigue, "value", 2.0 + days % 3)
                t = a.create_group("tables/sessions")
                trained = days[days % 7 != 6]
                column(t, "time", T0 + trained * DAY + 10 * 60 * MINUTE)
                column(t, "minutes", 60.0 + 10 * (trained % 4))
                column(t, "rpe", 5.0 + trained % 3)
                column(t, "load", t["minutes"][:] * t["rpe"][:])

    def test_every_raw_sample_of_the_file_is_delivered(self):
        out = run("replay", self.path, "--threads", "2")
        self.assertIn("2025-01-01 .. 2025-01-31", out)
        self.assertEqual(raw_count(out), samples_between(self.path, 0, DAYS))
        self.assertGreater(raw_count(out), 2 * 29 * 1440)

    def test_a_window_delivers_the_samples_measured_in_it(self):
        for first, last, dates in ((3, 9, ("2025-01-04", "2025-01-10")), (12, 12, ("2025-01-13", "2025-01-13"))):
            out = run("replay", self.path, "--from", dates[0], "--to", dates[1], "--threads", "1")
            self.assertEqual(raw_count(out), samples_between(self.path, first, last), dates)

    def test_simulated_recording_delivers_its_other_streams_and_keeps_its_decisions(self):
        sim = os.path.join(SCRATCH, "sim.h5")
        expected = re.search(r"^decisions fingerprint: (\S+)$", run("run", SMALL, "--replicates", "1", "--out", sim),
                             re.M).group(1)
        out = run("replay", sim, "--threads", "2")
        self.assertEqual(re.search(r"^decisions fingerprint: (\S+)$", out, re.M).group(1), expected)
        with h5py.File(sim, "r") as f:
            truth = sum(len(rh.stream(f, a, n)["time"]) for a in rh.athletes(f) for n in rh.stream_names(f, a)
                        if n.startswith("truth."))
        self.assertEqual(raw_count(out), truth)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
