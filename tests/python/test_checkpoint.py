"""Checkpoint and fork: a season resumed from a checkpoint without changes ends with the
same fingerprint and decisions as the uninterrupted run, whatever the thread counts, also
with a predictor, rules and a coach, and with --out finishes a recording byte-identical to
the uninterrupted run's; a fork with another policy diverges, and its recording keeps the
days before the fork as recorded; unusable checkpoints are refused with exit status 2."""
import datetime
import filecmp
import glob
import os
import re
import shutil
import subprocess
import sys
import unittest

import h5py

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SRC, "tools"))
import recording_h5 as rh  # noqa: E402

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
        self.assertEqual(int.from_bytes(data[at:at + 4], "little"), 10)
        data[at:at + 4] = (9).to_bytes(4, "little")
        with open(older, "wb") as g:
            g.write(data)
        r = run("run", "--from", older, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{older}: checkpoint format version 9, this preseason reads 10", r.stderr)
        # These checkpoints come from a run without --out: there is no recording to finish.
        resumed = os.path.join(SCRATCH, "resumed.h5")
        recording = run("run", "--from", good, "--out", resumed, check=False)
        self.assertEqual(recording.returncode, 2)
        self.assertIn(f"{good}: written by a run without --out", recording.stderr)
        self.assertFalse(os.path.exists(resumed))
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
        cls.recording = os.path.join(cls.dir, "whole.h5")
        cls.whole = run("run", cls.scenario, "--replicates", "1", "--threads", "1", "--out", cls.recording).stdout
        cls.with_checkpoints = run("run", cls.scenario, "--replicates", "1", "--threads", "2", "--checkpoint-at",
                                   ",".join(DATES), "--checkpoint-dir", cls.dir, "--out",
                                   os.path.join(cls.dir, "checkpointed.h5")).stdout
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
                resumed = os.path.join(self.dir, f"resumed-{date}-{threads}.h5")
                out = run("run", "--from", path, "--threads", threads, "--out", resumed).stdout
                self.assertIn(f"at {date}", out)
                for label in ("fingerprint", "decisions fingerprint"):
                    self.assertEqual(line(out, label), line(self.whole, label), (date, threads, label))
                self.assertTrue(filecmp.cmp(self.recording, resumed, shallow=False), (date, threads))

    def test_a_fork_without_the_coach_diverges(self):
        fork = run("run", "--from", self.paths[DATES[1]], "--set", "coach.acceptance=1").stdout
        self.assertNotEqual(line(fork, "decisions fingerprint"), line(self.whole, "decisions fingerprint"))


class LongSeasonCheckpoint(unittest.TestCase):
    """small.yaml stretched to 29 weeks, checkpointed after 23: a pipeline keeps only its
    latest 128 days of feature history, so the checkpoint holds a history that has wrapped."""

    def test_resumed_recording_and_summary_are_byte_identical(self):
        folder = os.path.join(SCRATCH, "long")
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        longer = ("--set", "season.end=2026-01-25", "--replicates", "1")
        whole, summary = os.path.join(folder, "whole.h5"), os.path.join(folder, "whole.json")
        uninterrupted = run("run", SMALL, *longer, "--threads", "1", "--out", whole, "--json", summary).stdout
        run("run", SMALL, *longer, "--threads", "2", "--out", os.path.join(folder, "checkpointed.h5"),
            "--checkpoint-at", "2025-12-15", "--checkpoint-dir", folder)
        checkpoint = os.path.join(folder, "small-2025-12-15-r0.ckpt")
        for threads in ("1", "2"):
            resumed = os.path.join(folder, f"resumed-{threads}.h5")
            resumed_summary = os.path.join(folder, f"resumed-{threads}.json")
            out = run("run", "--from", checkpoint, "--threads", threads, "--out", resumed,
                      "--json", resumed_summary).stdout
            for label in ("fingerprint", "decisions fingerprint"):
                self.assertEqual(line(out, label), line(uninterrupted, label), (threads, label))
            self.assertTrue(filecmp.cmp(whole, resumed, shallow=False), threads)
            # Every outcome to the last bit: each actor's totals continue where the checkpoint left them.
            self.assertTrue(filecmp.cmp(summary, resumed_summary, shallow=False), threads)

    def test_options_of_a_new_run_are_refused_with_from(self):
        path = os.path.join(SCRATCH, f"small-{DATES[0]}-r0.ckpt")
        for option in (("--seed", "3"), ("--replicates", "2"), ("--checkpoint-at", "2025-08-01"),
                       ("--calendar-dir", os.path.join(SCRATCH, "cal"))):
            r = run("run", "--from", path, *option, check=False)
            self.assertEqual(r.returncode, 2, option)
            self.assertIn(f"{option[0]} does not apply with --from", r.stderr)
        nowhere = os.path.join(SCRATCH, "no-such-dir", "resumed.json")
        r = run("run", "--from", path, "--json", nowhere, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"--json {nowhere}: directory", r.stderr)
        self.assertFalse(os.path.exists(nowhere))


def attrs(path):
    with h5py.File(path, "r") as f:
        return {k: (v.decode() if isinstance(v, bytes) else str(v)) for k, v in f.attrs.items()}


def column(path, athlete, table, name):
    with h5py.File(path, "r") as f:
        return list(rh.table(f, athlete, table)[name])


def day_us(date):
    day = datetime.datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    return int(day.timestamp()) * 1_000_000


class RecordedCheckpoint(unittest.TestCase):
    """small.yaml recorded with both scopes; checkpoints taken by a recording run."""

    @classmethod
    def setUpClass(cls):
        cls.dir = os.path.join(SCRATCH, "recorded")
        shutil.rmtree(cls.dir, ignore_errors=True)
        os.makedirs(cls.dir)
        cls.full, cls.checkpointed, cls.paths = {}, {}, {}
        for scope in ("all", "outcomes"):
            sub = os.path.join(cls.dir, scope)
            os.makedirs(sub, exist_ok=True)
            cls.full[scope] = os.path.join(cls.dir, f"full-{scope}.h5")
            cls.checkpointed[scope] = os.path.join(cls.dir, f"checkpointed-{scope}.h5")
            run("run", SMALL, "--replicates", "1", "--threads", "1", "--record", scope, "--out", cls.full[scope])
            run("run", SMALL, "--replicates", "1", "--threads", "2", "--record", scope, "--out",
                cls.checkpointed[scope], "--checkpoint-at", ",".join(DATES), "--checkpoint-dir", sub)
            cls.paths[scope] = {d: os.path.join(sub, f"small-{d}-r0.ckpt") for d in DATES}

    def test_checkpointing_does_not_change_the_recording(self):
        for scope in ("all", "outcomes"):
            self.assertTrue(filecmp.cmp(self.full[scope], self.checkpointed[scope], shallow=False), scope)

    def test_resumed_recording_is_byte_identical(self):
        for scope in ("all", "outcomes"):
            for date, path in self.paths[scope].items():
                for threads in ("1", "2"):
                    out = os.path.join(self.dir, f"resumed-{scope}-{date}-{threads}.h5")
                    r = run("run", "--from", path, "--out", out, "--threads", threads)
                    self.assertIn(f"recording: {out}", r.stdout)
                    self.assertTrue(filecmp.cmp(self.full[scope], out, shallow=False), (scope, date, threads))
                    os.remove(out)

    def test_fork_recording(self):
        date = DATES[1]
        policy = "policy={name: acwr_band, params: {low: 0.95, high: 1.05}}"
        fork = os.path.join(self.dir, "fork.h5")
        printed = run("run", "--from", self.paths["all"][date], "--set", policy, "--out", fork).stdout
        # What a run of the fork's scenario from the start writes on the root.
        direct = os.path.join(self.dir, "direct.h5")
        run("run", SMALL, "--replicates", "1", "--set", policy, "--out", direct)
        got, want, original = attrs(fork), attrs(direct), attrs(self.full["all"])
        for name in ("scenario_yaml", "policy", "scenario", "seed", "replicate", "source", "creator", "format"):
            self.assertEqual(got[name], want[name], name)
        self.assertEqual(got["policy"], "acwr_band")
        self.assertEqual(got["forked_at"], date)
        self.assertNotIn("forked_at", original)
        self.assertEqual(got["fingerprint"], line(printed, "fingerprint"))
        self.assertEqual(got["decisions_fingerprint"], line(printed, "decisions fingerprint"))
        self.assertNotEqual(got["decisions_fingerprint"], original["decisions_fingerprint"])
        # Before the fork day the recording is the original run's; from it on, the fork's.
        fork_time = day_us(date)
        changed = False
        for athlete in ("a01", "a002", "a003"):
            times = column(fork, athlete, "decisions", "time")
            before = sum(1 for t in times if t < fork_time)
            self.assertGreater(before, 0)
            self.assertEqual(times[:before], column(self.full["all"], athlete, "decisions", "time")[:before])
            for name in ("policy", "minutes", "reason"):
                self.assertEqual(column(fork, athlete, "decisions", name)[:before],
                                 column(self.full["all"], athlete, "decisions", name)[:before])
            self.assertEqual(set(column(fork, athlete, "decisions", "policy")[:before]), {"fixed"})
            self.assertEqual(set(column(fork, athlete, "decisions", "policy")[before:]), {"acwr_band"})
            changed |= (column(fork, athlete, "decisions", "minutes")
                        != column(self.full["all"], athlete, "decisions", "minutes"))
        self.assertTrue(changed)
        # A --set that changes nothing is no fork: the same file as the uninterrupted run's.
        same = os.path.join(self.dir, "same.h5")
        run("run", "--from", self.paths["all"][date], "--set", "policy.name=fixed", "--out", same)
        self.assertTrue(filecmp.cmp(self.full["all"], same, shallow=False))

    def test_refusals_leave_no_recording(self):
        good = self.paths["all"][DATES[0]]
        out = os.path.join(self.dir, "refused.h5")
        other_scope = run("run", "--from", good, "--record", "outcomes", "--out", out, check=False)
        self.assertEqual(other_scope.returncode, 2)
        self.assertIn(f"{good}: its recording has --record all, not outcomes", other_scope.stderr)
        # Cut inside the recorder's part (the end of the file), and inside the header.
        for keep in (0.97, 0.5, 0.01):
            cut = os.path.join(self.dir, f"cut-{keep}.ckpt")
            with open(good, "rb") as f, open(cut, "wb") as g:
                g.write(f.read()[: int(os.path.getsize(good) * keep)])
            r = run("run", "--from", cut, "--out", out, check=False)
            self.assertEqual(r.returncode, 2, keep)
            self.assertIn(cut, r.stderr)
            self.assertEqual([n for n in os.listdir(self.dir) if n.startswith("refused")], [], keep)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
