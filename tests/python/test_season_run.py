"""Season simulation end to end: recordings are byte-identical with 1 and 2 threads,
h5py reads them, the summary agrees with what the recording holds, and bad scenarios
fail with status 2 and no output."""
import json
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

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "season_run")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")


def run(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


def fingerprint(stdout):
    return re.search(r"^fingerprint: ([0-9a-f]{32})$", stdout, re.M).group(1)


class SeasonRun(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)

    def test_recordings_are_byte_identical_with_one_and_two_threads(self):
        one = os.path.join(SCRATCH, "t1.h5")
        two = os.path.join(SCRATCH, "t2.h5")
        a = run("run", SMALL, "--replicates", "1", "--threads", "1", "--out", one)
        b = run("run", SMALL, "--replicates", "1", "--threads", "2", "--shards", "3", "--out", two)
        self.assertEqual(fingerprint(a.stdout), fingerprint(b.stdout))
        with open(one, "rb") as f, open(two, "rb") as g:
            self.assertEqual(f.read(), g.read())

    def test_another_seed_gives_another_season(self):
        a = run("run", SMALL, "--replicates", "1", "--seed", "1")
        b = run("run", SMALL, "--replicates", "1", "--seed", "2")
        self.assertNotEqual(fingerprint(a.stdout), fingerprint(b.stdout))

    def test_summary_json_matches_the_recording(self):
        out = os.path.join(SCRATCH, "summary.h5")
        js = os.path.join(SCRATCH, "summary.json")
        run("run", SMALL, "--replicates", "1", "--out", out, "--json", js)
        with open(js) as f:
            summary = json.load(f)
        with h5py.File(out, "r") as f:
            self.assertEqual(f.attrs["format"], "preseason-recording")
            athletes = rh.athletes(f)
            self.assertEqual(len(athletes), 6)
            self.assertIn("a01", athletes)
            self.assertEqual(rh.athlete_attrs(f, "a01")["position"], "goalkeeper")
            injuries = sum(len(rh.table(f, a, "injuries")["time"]) for a in athletes
                           if "injuries" in rh.table_names(f, a))
            load = sum(rh.table(f, a, "sessions")["load"].sum() for a in athletes)
            available = np.concatenate([rh.stream(f, a, "truth.available")["value"] for a in athletes])
            # Every athlete's ring or strap reports HRV; time never decreases in a stream.
            for a in athletes:
                streams = rh.stream_names(f, a)
                self.assertTrue("ring.ln_rmssd" in streams or "strap.rmssd" in streams, a)
                for name in streams:
                    self.assertTrue(np.all(np.diff(rh.stream(f, a, name)["time"]) >= 0))
        o = summary["outcomes"]
        self.assertAlmostEqual(o["injuries_per_athlete_season"]["mean"], injuries / 6, places=9)
        self.assertAlmostEqual(o["load_per_athlete_season"]["mean"], load / 6, delta=1e-6 * load)
        self.assertAlmostEqual(o["availability_pct"]["mean"], 100 * available.mean(), places=9)
        self.assertEqual(summary["fingerprint"], summary["fingerprints"][0])

    def test_decisions_follow_the_policy(self):
        out = os.path.join(SCRATCH, "acwr.h5")
        run("run", SMALL, "--replicates", "1", "--set", "policy={name: acwr_band, params: {low: 0.9, high: 1.1}}",
            "--out", out)
        with h5py.File(out, "r") as f:
            decisions = [rh.table(f, a, "decisions") for a in rh.athletes(f)]
        columns = ("action", "policy", "planned_minutes", "minutes", "reason")
        actions, policy, planned, done, reasons = (np.concatenate([d[c] for d in decisions]) for c in columns)
        self.assertEqual(set(policy), {"acwr_band"})
        scaled = actions == "scale_load"
        self.assertGreater(scaled.sum(), 0, "a narrow band must adjust some sessions")
        self.assertTrue(np.all(done[actions == "keep"] == planned[actions == "keep"]))
        self.assertTrue(np.any(done[scaled] != planned[scaled]))
        self.assertTrue(all("EWMA ACWR" in r for r in reasons[scaled]))

    def test_bad_scenarios_exit_2_without_output(self):
        bad = os.path.join(SCRATCH, "bad.yaml")
        out = os.path.join(SCRATCH, "never.h5")
        season = "season:\n  start: 2025-07-07\n  end: 2025-09-14\n"
        cases = {
            season + "squad:\n  size: -3\n": "squad.size",
            season + "squad:\n  sise: 3\n": "sise",
            "season:\n  start: 2025-02-30\n  end: 2025-09-14\n": "2025-02-30",
            "season:\n  start: 2025-09-14\n  end: 2025-07-07\n": "season.end",
            season + "seed: [1, 2]\n": "seed",
        }
        for text, needle in cases.items():
            with open(bad, "w") as f:
                f.write(text)
            r = run("run", bad, "--out", out, check=False)
            self.assertEqual(r.returncode, 2, text)
            self.assertIn(needle, r.stderr)
            self.assertIn("bad.yaml", r.stderr)
            self.assertFalse(os.path.exists(out))
        r = run("run", SMALL, "--out", "/nonexistent-dir/x.h5", check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn("/nonexistent-dir", r.stderr)
        r = run("run", os.path.join(SCRATCH, "missing.yaml"), check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn("missing.yaml", r.stderr)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
