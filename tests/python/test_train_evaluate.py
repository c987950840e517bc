"""`preseason train` and `preseason evaluate` end to end on the small scenario: the JSON
report's labels and the ACWR rule's metrics against a numpy computation from the
recording's injuries and overreaching tables and `preseason features --csv`; the model
file's provenance; and refusals of old, mismatched and truncated models and of bad
recordings, with status 2, the file named and no output written."""
import json
import os
import subprocess
import sys
import unittest

import h5py
import numpy as np
import pandas as pd

CLI = os.environ["PRESEASON_CLI"]
SRC = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SRC, "tools"))
import recording_h5 as rh  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "train_evaluate")
SMALL = os.path.join(SRC, "scenarios", "small.yaml")
HORIZON = 7
DAY_US = 86_400_000_000


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def scratch(name):
    return os.path.join(SCRATCH, name)


def reference_days(recording):
    """Labelled days with their label and the ACWR rule's score, per docs/predictor.md."""
    csv = scratch("features.csv")
    subprocess.run([CLI, "features", recording, "--csv", csv], check=True, capture_output=True)
    features = pd.read_csv(csv)
    features["day"] = pd.to_datetime(features["date"]).values.astype("datetime64[D]").astype(np.int64)
    rows, events = [], 0
    with h5py.File(recording, "r") as f:
        for athlete, days in features.groupby("athlete"):
            tables = rh.table_names(f, athlete)
            ev = np.sort(np.concatenate([rh.table(f, athlete, t)["time"] // DAY_US for t in ("injuries", "overreaching")
                                         if t in tables] + [np.array([], dtype=np.int64)]))
            events += len(ev)
            last = days["day"].max()
            for day, acwr in zip(days["day"], days["acwr_ewma"]):
                if day + HORIZON > last:
                    continue
                positive = bool(np.any((ev > day) & (ev <= day + HORIZON)))
                rows.append((positive, 1.0 if acwr > 1.5 else 0.0))
    y = np.array([r[0] for r in rows], dtype=float)
    rule = np.array([r[1] for r in rows])
    return y, rule, events


def roc_auc(s, y):
    pos, neg = s[y == 1], s[y == 0]
    d = pos[:, None] - neg[None, :]
    return ((d > 0).sum() + 0.5 * (d == 0).sum()) / (len(pos) * len(neg))


class TrainEvaluate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        for name in os.listdir(SCRATCH):
            os.remove(scratch(name))
        subprocess.run([CLI, "run", SMALL, "--out", scratch("small.h5")], check=True, capture_output=True)
        cls.train_rec, cls.test_rec = scratch("small-r0.h5"), scratch("small-r1.h5")
        cls.model = scratch("m.model")
        cls.train = run("train", cls.train_rec, "--out", cls.model, "--epochs", "2", "--hidden", "4",
                        "--held-out-fraction", "0.34", "--bootstrap", "50", "--json", scratch("train.json"))
        cls.evaluate = run("evaluate", cls.model, cls.test_rec, "--json", scratch("eval.json"), "--bootstrap", "200")

    def test_train_writes_a_model_with_provenance_and_scores_held_out_athletes(self):
        self.assertEqual(self.train.returncode, 0, self.train.stderr)
        with open(self.model) as f:
            text = f.read()
        self.assertTrue(text.startswith("preseason-lstm-model 3\n"))
        for needle in ("small-r0.h5", "scenario_sha256", "replicate"):
            self.assertIn(needle, text)
        with open(scratch("train.json")) as f:
            report = json.load(f)
        self.assertEqual(len(report["held_out_athletes"]), 2)
        self.assertEqual(report["athletes"], 2)
        for name in report["held_out_athletes"]:
            self.assertIn(name, self.train.stdout.split("held out:")[1].splitlines()[0])
        self.assertEqual(set(report["scores"]), {"lstm", "logistic", "acwr_rule"})

    def test_evaluate_reports_labels_and_rule_metrics_as_numpy_computes_them(self):
        self.assertEqual(self.evaluate.returncode, 0, self.evaluate.stderr)
        with open(scratch("eval.json")) as f:
            r = json.load(f)
        y, rule, events = reference_days(self.test_rec)
        self.assertEqual(r["labelled_days"], len(y))
        self.assertEqual(r["positive_days"], int(y.sum()))
        self.assertEqual(r["events"], events)
        self.assertGreater(r["positive_days"], 0)
        self.assertEqual(r["bootstrap"], {"resampling": "athletes", "replicates": 200, "seed": 1, "level": 0.95})
        acwr = r["scores"]["acwr_rule"]
        self.assertAlmostEqual(acwr["brier"]["estimate"], float(np.mean((rule - y) ** 2)), places=12)
        self.assertAlmostEqual(acwr["roc_auc"]["estimate"], roc_auc(rule, y), places=12)
        for name in ("lstm", "logistic", "acwr_rule"):
            s = r["scores"][name]
            self.assertEqual(s["days"], len(y))
            self.assertEqual(s["positive_days"], int(y.sum()))
            self.assertEqual(sum(b["count"] for b in s["calibration"]), len(y))
            self.assertEqual(len(s["calibration"]), 10)
            for metric in ("roc_auc", "pr_auc", "brier"):
                m = s[metric]
                self.assertGreater(m["replicates"], 0)
                self.assertLessEqual(m["lower"], m["upper"])
                self.assertTrue(0 <= m["estimate"] <= 1, (name, metric, m))
        self.assertIn("LSTM", self.evaluate.stdout)
        self.assertIn("EWMA ACWR > 1.5", self.evaluate.stdout)

    def test_injury_history_model_scores_the_same_days(self):
        model = scratch("injury.model")
        t = run("train", self.train_rec, "--out", model, "--epochs", "2", "--hidden", "4", "--held-out-fraction",
                "0.34", "--bootstrap", "0", "--injury-history")
        self.assertEqual(t.returncode, 0, t.stderr)
        self.assertIn("on 26 features and injury history", t.stdout)
        e = run("evaluate", model, self.test_rec, "--json", scratch("injury-eval.json"), "--bootstrap", "20")
        self.assertEqual(e.returncode, 0, e.stderr)
        with open(scratch("injury-eval.json")) as f, open(scratch("eval.json")) as g:
            injury, plain = json.load(f), json.load(g)
        self.assertEqual(injury["labelled_days"], plain["labelled_days"])
        self.assertEqual(injury["positive_days"], plain["positive_days"])

    def refused(self, model, needle):
        out = scratch("refused.json")
        p = run("evaluate", model, self.test_rec, "--json", out)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn(model, p.stderr)
        self.assertIn(needle, p.stderr)
        self.assertFalse(os.path.exists(out))

    def edited_model(self, name, edit):
        with open(self.model) as f:
            text = f.read()
        path = scratch(name)
        with open(path, "w") as f:
            f.write(edit(text))
        return path

    def test_old_mismatched_and_truncated_models_are_refused(self):
        self.assertEqual(self.train.returncode, 0, self.train.stderr)
        old = self.edited_model("old.model", lambda t: t.replace("preseason-lstm-model 3", "preseason-lstm-model 1", 1))
        self.refused(old, "is model file version 1, this build reads versions 2 to 3")

        def swap(t):  # two valid names of equal length, so the archive stays readable
            a, b = "10 ewma_acute", "10 hrv_base60"
            return t.replace(a, "@", 1).replace(b, a, 1).replace("@", b, 1)
        self.refused(self.edited_model("swapped.model", swap),
                     "feature list differs at position 1: the model expects 'hrv_base60', the input has 'ewma_acute'")
        self.refused(self.edited_model("cut.model", lambda t: t[: len(t) // 2]), "is damaged")
        self.refused(scratch("absent.model"), "cannot be opened")

    def test_bad_recordings_are_refused_without_output(self):
        missing = scratch("absent.h5")
        p = run("evaluate", self.model, missing, "--json", scratch("x.json"))
        self.assertEqual(p.returncode, 2)
        self.assertIn(missing, p.stderr)
        self.assertFalse(os.path.exists(scratch("x.json")))
        cut = scratch("cut.h5")
        with open(self.test_rec, "rb") as f, open(cut, "wb") as g:
            g.write(f.read()[:5000])
        p = run("train", cut, "--out", scratch("never.model"))
        self.assertEqual(p.returncode, 2)
        self.assertIn(cut, p.stderr)
        self.assertFalse(os.path.exists(scratch("never.model")))
        p = run("train", self.train_rec, "--out", os.path.join(SCRATCH, "no-such-dir", "m.model"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("does not exist", p.stderr)


if __name__ == "__main__":
    unittest.main()
