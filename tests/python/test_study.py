"""The shipped what-if study: four policies on the season-25 squad with the predictor, rules
and a coach. Its table is reproducible to the last digit with any thread count, and every
policy, rule and the coach visibly take part."""
import os
import re
import subprocess
import unittest

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
STUDY = os.path.join(SRC, "scenarios", "policy-study.yaml")
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "study")
POLICIES = ["fixed", "acwr_band", "hrv_guided", "lstm_risk"]


def compare(threads):
    args = [CLI, "compare", STUDY, "--replicates", "2", "--threads", str(threads)]
    for p in POLICIES:
        args += ["--policy", p]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def fingerprint(stdout):
    return re.search(r"^decisions fingerprint: (\S+)$", stdout, re.M).group(1)


def row(table, label):
    line = next(l for l in table.splitlines() if l.startswith(label))
    return [float(x) for x in re.findall(r"[-+]?\d+\.\d+", line[len(label):])[: len(POLICIES)]]


class Study(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.one = compare(1)
        cls.two = compare(2)

    def test_the_table_is_the_same_to_the_last_digit_with_any_thread_count(self):
        self.assertEqual(self.one, self.two)

    def test_every_policy_rule_and_the_coach_take_part(self):
        header = next(l for l in self.one.splitlines() if l.startswith("outcome"))
        for p in POLICIES:
            self.assertIn(p, header)
        adjusted = row(self.one, "sessions adjusted by the policy %")
        for p, value in zip(POLICIES[1:], adjusted[1:]):
            self.assertGreater(value, adjusted[0], p)
        self.assertTrue(all(v > 0 for v in row(self.one, "rule actions / athlete-season")))
        self.assertGreater(max(row(self.one, "coach overrides / athlete-season")), 0)

    def test_a_replay_of_the_study_reproduces_predictions_actions_and_reviews(self):
        os.makedirs(SCRATCH, exist_ok=True)
        out = os.path.join(SCRATCH, "study.h5")
        run = subprocess.run([CLI, "run", STUDY, "--replicates", "1", "--out", out], capture_output=True, text=True,
                             check=True).stdout
        replay = subprocess.run([CLI, "replay", out], capture_output=True, text=True, check=True).stdout
        self.assertEqual(fingerprint(replay), fingerprint(run))


if __name__ == "__main__":
    unittest.main()
