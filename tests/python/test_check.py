"""`preseason check`: identical runs pass, a changed policy parameter is a regression that
names the first diverging decision (the one h5py finds), tolerances decide a changed run,
recordings carry their fingerprints, and bad input exits 2 naming the file."""
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

import h5py
import numpy as np

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SRC, "tools"))
import recording_h5 as rh  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "check")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")
ACWR = "policy={name: acwr_band}"


def run(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


def path(name):
    return os.path.join(SCRATCH, name)


def record(out, *sets, record="outcomes"):
    args = ["run", SMALL, "--replicates", "1", "--record", record, "--out", out]
    for s in sets:
        args += ["--set", s]
    return run(*args).stdout


def printed(stdout, what):
    return re.search(rf"^{what}: ([0-9a-f]{{32}})$", stdout, re.M).group(1)


def decisions(f, athlete):
    if "decisions" not in rh.table_names(f, athlete):
        return []
    t = rh.table(f, athlete, "decisions")
    cols = [t[c] for c in ("time", "action", "planned_minutes", "minutes", "planned_rpe", "reason")]
    return list(zip(*cols))


def first_differing_row(golden, changed):
    """(day, athlete) of the earliest differing decision row, athletes in file order on ties."""
    best = None
    with h5py.File(golden, "r") as g, h5py.File(changed, "r") as r:
        for athlete in rh.athletes(g):
            a, b = decisions(g, athlete), decisions(r, athlete)
            i = 0
            while i < len(a) and i < len(b) and a[i] == b[i]:
                i += 1
            if i == len(a) and i == len(b):
                continue
            times = [rows[i][0] for rows in (a, b) if i < len(rows)]
            day = np.datetime64(int(min(times)), "us").astype("datetime64[D]")
            if best is None or day < best[0]:
                best = (day, athlete)
    return str(best[0]), best[1]


class Check(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.golden_stdout = record(path("golden.h5"), ACWR)
        record(path("same.h5"), ACWR)
        record(path("changed.h5"), ACWR, "policy.params.high=1.2")

    def test_recording_carries_the_printed_fingerprints(self):
        with h5py.File(path("golden.h5"), "r") as f:
            self.assertEqual(f.attrs["fingerprint"], printed(self.golden_stdout, "fingerprint"))
            self.assertEqual(f.attrs["decisions_fingerprint"], printed(self.golden_stdout, "decisions fingerprint"))

    def test_each_replicate_recording_carries_its_own_fingerprint(self):
        js = path("two.json")
        run("run", SMALL, "--replicates", "2", "--record", "outcomes", "--out", path("two.h5"), "--json", js)
        with open(js) as f:
            expected = json.load(f)["fingerprints"]
        self.assertNotEqual(expected[0], expected[1])
        for k in range(2):
            with h5py.File(path(f"two-r{k}.h5"), "r") as f:
                self.assertEqual(f.attrs["fingerprint"], expected[k])
                self.assertEqual(f.attrs["replicate"], str(k))

    def test_outcomes_recording_is_smaller_and_checks_equal_to_a_full_one(self):
        full = path("full.h5")
        stdout = record(full, ACWR, record="all")
        self.assertEqual(printed(stdout, "fingerprint"), printed(self.golden_stdout, "fingerprint"))
        self.assertLess(os.path.getsize(path("golden.h5")) * 2, os.path.getsize(full))
        with h5py.File(path("golden.h5"), "r") as f:
            for a in rh.athletes(f):
                self.assertEqual(rh.stream_names(f, a), ["truth.available", "truth.injured"])
                self.assertIn("decisions", rh.table_names(f, a))
                self.assertNotIn("features", rh.table_names(f, a))
        out = run("check", full, "--golden", path("golden.h5"), check=False)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)

    def test_identical_runs_pass(self):
        out = run("check", path("same.h5"), "--golden", path("golden.h5"), check=False)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        self.assertIn("check passed: fingerprints identical", out.stdout)
        self.assertNotIn("first diverging decision", out.stdout)

    def test_changed_parameter_is_a_regression_naming_the_first_diverging_decision(self):
        out = run("check", path("changed.h5"), "--golden", path("golden.h5"), check=False)
        self.assertEqual(out.returncode, 1, out.stdout + out.stderr)
        self.assertRegex(out.stdout, r"decisions fingerprint: \S+ golden, \S+ run \(differs\)")
        self.assertIn("regression: fingerprints differ", out.stdout)
        m = re.search(r"^first diverging decision: (\S+) athlete (\S+)$", out.stdout, re.M)
        self.assertIsNotNone(m, out.stdout)
        self.assertEqual((m.group(1), m.group(2)), first_differing_row(path("golden.h5"), path("changed.h5")))
        self.assertRegex(out.stdout, r"\n  golden: .+\n  run:    .+\n")
        self.assertIn("sessions adjusted by the policy %", out.stdout)

    def metric_differences(self):
        out = run("check", path("changed.h5"), "--golden", path("golden.h5"), check=False).stdout
        rows = re.findall(r"^(.+?)\s+(-?[\d.]+|nan)\s+(-?[\d.]+|nan)\s+([+-][\d.]+|[+-]?nan)\s+\S+", out, re.M)
        names = ["injuries_per_athlete_season", "days_lost_per_athlete_season", "illness_per_athlete_season",
                 "overreaching_per_athlete_season", "availability_pct", "match_performance", "load_per_athlete_season",
                 "training_incidence", "match_incidence", "adjusted_pct", "actions_per_athlete_season",
                 "overrides_per_athlete_season"]
        self.assertEqual(len(rows), len(names), out)
        return {n: abs(float(r[3])) for n, r in zip(names, rows)}

    def test_tolerance_passes_a_changed_run_within_it_and_fails_outside(self):
        diff = self.metric_differences()
        self.assertGreater(diff["adjusted_pct"], 0)
        loose = [f"--tolerance={n}={d + 1 if d == d else 0}" for n, d in diff.items()]
        out = run("check", path("changed.h5"), "--golden", path("golden.h5"), *loose, check=False)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        self.assertIn("(differs)", out.stdout)
        self.assertIn("check passed: fingerprints differ, every outcome within tolerance", out.stdout)
        # Leaving a changed metric out gives it tolerance 0.
        without = [t for t in loose if not t.startswith("--tolerance=adjusted_pct=")]
        out = run("check", path("changed.h5"), "--golden", path("golden.h5"), *without, check=False)
        self.assertEqual(out.returncode, 1, out.stdout + out.stderr)
        self.assertIn("regression: outside tolerance: adjusted_pct", out.stdout)
        tight = without + [f"--tolerance=adjusted_pct={diff['adjusted_pct'] / 2}"]
        out = run("check", path("changed.h5"), "--golden", path("golden.h5"), *tight, check=False)
        self.assertEqual(out.returncode, 1, out.stdout + out.stderr)

    def expect_bad_input(self, run_path, golden_path, *message):
        out = run("check", run_path, "--golden", golden_path, check=False)
        self.assertEqual(out.returncode, 2, out.stdout + out.stderr)
        for m in message:
            self.assertIn(m, out.stderr)
        return out

    def test_missing_and_truncated_files_exit_2_naming_the_file(self):
        self.expect_bad_input(path("nowhere.h5"), path("golden.h5"), "nowhere.h5: no such file (run)")
        truncated = path("truncated.h5")
        with open(path("golden.h5"), "rb") as f:
            data = f.read()
        with open(truncated, "wb") as f:
            f.write(data[: len(data) // 2])
        self.expect_bad_input(path("same.h5"), truncated, "truncated.h5")

    def test_non_recordings_exit_2_naming_the_file(self):
        plain = path("plain.h5")
        with h5py.File(plain, "w") as f:
            f["x"] = np.arange(3)
        self.expect_bad_input(plain, path("golden.h5"), "plain.h5")
        csv = path("import.csv")
        with open(csv, "w") as f:
            f.write("athlete,timestamp,metric,value\np1,2025-01-01T07:00:00Z,resting_hr,50\n")
        run("import", "csv", csv, "--out", path("import.h5"))
        self.expect_bad_input(path("import.h5"), path("golden.h5"), "import.h5: no 'fingerprint' attribute")

    def test_recordings_of_other_runs_exit_2_saying_what_differs(self):
        with open(SMALL) as f:
            text = f.read().replace("name: small", "name: tiny").replace("end: 2025-09-14", "end: 2025-08-10")
        tiny = path("tiny.yaml")
        with open(tiny, "w") as f:
            f.write(text)
        run("run", tiny, "--replicates", "1", "--record", "outcomes", "--out", path("tiny.h5"))
        self.expect_bad_input(path("tiny.h5"), path("golden.h5"), "recordings of different runs",
                              "scenario 'small' vs 'tiny'", "golden.h5")
        record(path("squad.h5"), ACWR, "squad.size=5", "seed=8")
        self.expect_bad_input(path("squad.h5"), path("golden.h5"), "seed '7' vs '8'",
                              "squad 6 athletes a002 .. a01 vs 5 athletes a002 .. a01")

    def test_unknown_tolerance_metric_exits_2(self):
        out = run("check", path("same.h5"), "--golden", path("golden.h5"), "--tolerance", "injures=1", check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn("unknown metric 'injures'", out.stderr)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
