"""Checkpoint and fork: a season resumed from a checkpoint without changes ends with the
same fingerprint and decisions as the uninterrupted run, whatever the thread counts; a
fork with another policy diverges; unusable checkpoints are refused with exit status 2."""
import glob
import os
import re
import subprocess
import sys
import unittest

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "checkpoint")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")
DATES = ["2025-07-20", "2025-08-13", "2025-09-10"]


def run(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


def line(stdout, label):
    return re.search(rf"^{label}: (\S+)$", stdout, re.M).group(1)


class Checkpoint(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        for old in glob.glob(os.path.join(SCRATCH, "*.ckpt")):
            os.remove(old)
        cls.whole = run("run", SMALL, "--replicates", "1", "--threads", "1").stdout
        cls.with_checkpoints = run("run", SMALL, "--replicates", "1", "--threads", "2", "--checkpoint-at",
                                   ",".join(DATES), "--checkpoint-dir", SCRATCH).stdout
        cls.paths = {d: os.path.join(SCRATCH, f"small-{d}-r0.ckpt") for d in DATES}

    def test_writing_checkpoints_does_not_change_the_run(self):
        for label in ("fingerprint", "decisions fingerprint"):
            self.assertEqual(line(self.with_checkpoints, label), line(self.whole, label))
        for path in self.paths.values():
            self.assertTrue(os.path.exists(path), path)

    def test_resume_without_changes_is_identical(self):
        for date, path in self.paths.items():
            for threads in ("1", "2"):
                out = run("run", "--from", path, "--threads", threads).stdout
                self.assertIn(f"at {date}", out)
                for label in ("fingerprint", "decisions fingerprint"):
                    self.assertEqual(line(out, label), line(self.whole, label), (date, threads, label))
        # The resumed run's outcomes are the whole season's, equal to the uninterrupted run's means.
        resumed = run("run", "--from", self.paths[DATES[1]]).stdout
        means = lambda text: {l[:40].strip(): l[40:].split()[0] for l in text.splitlines()
                              if "/ athlete-season" in l or l.startswith("availability")}
        self.assertTrue(means(resumed))
        self.assertEqual(means(resumed), means(self.whole))

    def test_fork_with_another_policy_diverges_after_the_fork(self):
        fork = run("run", "--from", self.paths[DATES[1]], "--set",
                   "policy={name: acwr_band, params: {low: 0.95, high: 1.05}}").stdout
        self.assertNotEqual(line(fork, "decisions fingerprint"), line(self.whole, "decisions fingerprint"))
        out = run("compare", "--from", self.paths[DATES[1]], "--policy", "fixed", "--policy", "acwr_band").stdout
        self.assertIn(f"forked from 1 checkpoint(s) at {DATES[1]}", out)
        adjusted = [l for l in out.splitlines() if l.startswith("sessions adjusted")][0].split()
        self.assertEqual(float(adjusted[6]), 0.0)  # fixed never adjusts

    def test_unusable_checkpoints_are_refused(self):
        good = self.paths[DATES[0]]
        truncated = os.path.join(SCRATCH, "truncated.ckpt")
        with open(good, "rb") as f, open(truncated, "wb") as g:
            g.write(f.read()[: os.path.getsize(good) // 2])
        garbage = os.path.join(SCRATCH, "garbage.ckpt")
        with open(garbage, "wb") as g:
            g.write(b"\x00" * 64 + os.urandom(256))
        for path in (truncated, garbage):
            r = run("run", "--from", path, check=False)
            self.assertEqual(r.returncode, 2, path)
            self.assertIn(path, r.stderr)
        other = run("run", os.path.join(SRC, "scenarios", "season-25.yaml"), "--from", good, check=False)
        self.assertEqual(other.returncode, 2)
        self.assertIn("another scenario", other.stderr)
        bigger = run("run", "--from", good, "--set", "squad.size=9", check=False)
        self.assertEqual(bigger.returncode, 2)
        self.assertIn("actors", bigger.stderr)
        outside = run("run", SMALL, "--replicates", "1", "--checkpoint-at", "2030-01-01", "--checkpoint-dir", SCRATCH,
                      check=False)
        self.assertEqual(outside.returncode, 2)
        self.assertIn("not inside the season", outside.stderr)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
