"""Checkpoint and fork: a season resumed from a checkpoint without changes ends with the
same fingerprint and decisions as the uninterrupted run, whatever the thread counts, also
with a predictor, rules and a coach; a fork with another policy diverges; unusable
checkpoints are refused with exit status 2."""
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
        older = os.path.join(SCRATCH, "older.ckpt")
        with open(good, "rb") as f:
            data = bytearray(f.read())
        at = data.index(b"preseason-checkpoint") + len("preseason-checkpoint")
        self.assertEqual(int.from_bytes(data[at:at + 4], "little"), 2)
        data[at:at + 4] = (1).to_bytes(4, "little")
        with open(older, "wb") as g:
            g.write(data)
        r = run("run", "--from", older, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{older}: checkpoint format version 1, this preseason reads 2", r.stderr)
        recording = run("run", "--from", good, "--out", os.path.join(SCRATCH, "resumed.h5"), check=False)
        self.assertEqual(recording.returncode, 2)
        self.assertIn("--out is not supported with --from", recording.stderr)
        outside = run("run", SMALL, "--replicates", "1", "--checkpoint-at", "2030-01-01", "--checkpoint-dir", SCRATCH,
                      check=False)
        self.assertEqual(outside.returncode, 2)
        self.assertIn("not inside the season", outside.stderr)


# A predictor trained on a small recording feeds the lstm_risk policy and a rule; a
# calendar rule needs the coach, who accepts 60 % of proposals under a veto, drawing from
# each pipeline's random stream: the LSTM states, rule streaks and cooldowns, replaced
# days and coach draws must all come back from a checkpoint.
AUTOMATION = """
policy:
  name: lstm_risk
  params: {threshold: 0.085, recovery_threshold: 0.095}
predictor: MODEL
rules:
  - name: load-spike
    when: acwr_ewma > 1.1
    hold_days: 2
    cooldown_days: 4
    priority: 5
    approval: coach
    actions:
      - {kind: calendar, sessions: 2, replace_with: recovery}
  - name: risk-watch
    when: risk > 0.09
    cooldown_days: 3
    actions:
      - {kind: physio, message: risk check}
coach:
  acceptance: 0.6
  vetoes: {no_rest_before_match: true}
  override_reason: coach kept the plan
"""


class AutomatedCheckpoint(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = os.path.join(SCRATCH, "automated")
        os.makedirs(cls.dir, exist_ok=True)
        for old in glob.glob(os.path.join(cls.dir, "*")):
            os.remove(old)
        recording = os.path.join(cls.dir, "small.h5")
        model = os.path.join(cls.dir, "small.lstm")
        run("run", SMALL, "--replicates", "1", "--out", recording)
        run("train", recording, "--out", model, "--hidden", "4", "--epochs", "2", "--bootstrap", "10")
        with open(SMALL) as f:
            base = f.read()
        cls.scenario = os.path.join(cls.dir, "automated.yaml")
        with open(cls.scenario, "w") as f:
            f.write(base.replace("name: small", "name: automated").replace("policy:\n  name: fixed\n", "")
                    + AUTOMATION.replace("MODEL", model))
        cls.whole = run("run", cls.scenario, "--replicates", "1", "--threads", "1").stdout
        cls.with_checkpoints = run("run", cls.scenario, "--replicates", "1", "--threads", "2", "--checkpoint-at",
                                   ",".join(DATES), "--checkpoint-dir", cls.dir).stdout
        cls.paths = {d: os.path.join(cls.dir, f"automated-{d}-r0.ckpt") for d in DATES}

    def test_the_season_exercises_rules_coach_and_policy(self):
        def mean(label):
            return float(re.search(rf"^{re.escape(label)}\s+(\S+)", self.whole, re.M).group(1))
        self.assertGreater(mean("rule actions / athlete-season"), 0)
        self.assertGreater(mean("coach overrides / athlete-season"), 0)
        self.assertGreater(mean("sessions adjusted by the policy %"), 0)
        for label in ("fingerprint", "decisions fingerprint"):
            self.assertEqual(line(self.with_checkpoints, label), line(self.whole, label))

    def test_resume_without_changes_is_identical(self):
        for date, path in self.paths.items():
            for threads in ("1", "2"):
                out = run("run", "--from", path, "--threads", threads).stdout
                self.assertIn(f"at {date}", out)
                for label in ("fingerprint", "decisions fingerprint"):
                    self.assertEqual(line(out, label), line(self.whole, label), (date, threads, label))

    def test_a_fork_without_the_coach_diverges(self):
        fork = run("run", "--from", self.paths[DATES[1]], "--set", "coach.acceptance=1").stdout
        self.assertNotEqual(line(fork, "decisions fingerprint"), line(self.whole, "decisions fingerprint"))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
