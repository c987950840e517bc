"""Load-adjustment policies end to end: the small scenario run under hrv_guided and
tsb_target completes and decides differently from fixed, and an expression policy with
a bad condition is refused before the run with the file, line and key."""
import json
import os
import subprocess
import unittest

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "policies_cli")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")


def run(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


class PoliciesCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.summaries = {}
        for name in ("fixed", "hrv_guided", "tsb_target"):
            js = os.path.join(SCRATCH, name + ".json")
            run("run", SMALL, "--replicates", "1", "--set", "policy.name=" + name, "--json", js)
            with open(js) as f:
                cls.summaries[name] = json.load(f)

    def test_each_policy_runs_under_its_name(self):
        for name, summary in self.summaries.items():
            self.assertEqual(summary["policy"], name)
            self.assertRegex(summary["decisions_fingerprint"], r"^[0-9a-f]{32}$")

    def test_hrv_guided_and_tsb_target_decide_differently_from_fixed(self):
        fixed = self.summaries["fixed"]
        for name in ("hrv_guided", "tsb_target"):
            self.assertNotEqual(self.summaries[name]["decisions_fingerprint"], fixed["decisions_fingerprint"], name)
            self.assertGreater(self.summaries[name]["outcomes"]["adjusted_pct"]["mean"], 0, name)
        self.assertEqual(fixed["outcomes"]["adjusted_pct"]["mean"], 0)

    def test_a_bad_expression_is_refused_before_the_run(self):
        path = os.path.join(SCRATCH, "bad_rule.yaml")
        with open(SMALL) as f:
            text = f.read().replace("policy:\n  name: fixed",
                                    "policy:\n  name: expression\n  rules:\n"
                                    "    - {when: acwr > 1.5, then: rest, reason: spike}")
        with open(path, "w") as f:
            f.write(text)
        line = text.splitlines().index("    - {when: acwr > 1.5, then: rest, reason: spike}") + 1
        r = run("run", path, "--replicates", "1", check=False)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn(f"bad_rule.yaml:{line}: policy.rules[0].when", r.stderr)
        self.assertIn("unknown name 'acwr'", r.stderr)


if __name__ == "__main__":
    unittest.main()
