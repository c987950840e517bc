"""`preseason backtest` against an independent numpy computation of the definitions in
docs/backtest.md, from the features CSV that `preseason features` writes for the same
recording: (a) a synthetic recording with injuries at known days, (b) a simulated season,
(c) the PMData import when the dataset is present; then the bad-input cases (exit 2)."""
import json
import os
import subprocess
import sys
import unittest

import h5py
import numpy as np
import pandas as pd

CLI = os.environ["PRESEASON_CLI"]
SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SOURCE, "tools"))
import recording_h5 as rh  # noqa: E402

SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "backtest")
PMDATA = os.path.join(SOURCE, "..", "shared", "datasets", "pmdata")
DAY = 86400 * 10**6
T0 = 20089 * DAY  # 2025-01-01
HORIZON = 5
RULE = "acwr_ewma > 1.3 || sleep_debt7 > 4"
SCORES = ["acwr_ewma", "-sleep_debt7"]


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def backtest(rec, name, *args):
    out = os.path.join(SCRATCH, name + ".json")
    r = run("backtest", rec, "--json", out, *args)
    if r.returncode != 0:
        raise AssertionError(f"preseason backtest failed ({r.returncode}): {r.stderr}")
    with open(out) as f:
        return json.load(f), r.stdout


def injury_days(rec):
    with h5py.File(rec, "r") as f:
        return {a: np.sort(rh.table(f, a, "injuries")["time"] // DAY) if "injuries" in rh.table_names(f, a)
                else np.array([], "int64") for a in rh.athletes(f)}


def synthetic_recording(path, seed=11):
    """Four athletes with daily sRPE sessions (load spikes in some weeks) and questionnaire
    sleep; a05 has injuries but no session. Injuries: after spikes, near the end (censored
    days), before the first session (not evaluable), twice on one day."""
    rng = np.random.default_rng(seed)
    injuries = {"a01": [20, 41, 78], "a02": [-3, 33, 33, 60], "a03": [15, 50], "a04": [], "a05": [10, 30]}
    with h5py.File(path, "w") as f:
        f.attrs.update(format="preseason-recording", version="1.1", creator="test", source="synthetic")
        for a, inj in injuries.items():
            g = f.create_group(f"athletes/{a}")
            if a != "a05":
                days = np.array([d for d in range(80) if rng.random() > 0.15])
                spike = ((days // 7) % 3 == 2) & (rng.random(len(days)) > 0.3)
                minutes = rng.uniform(40, 90, len(days)) * np.where(spike, 2.5, 1.0)
                rpe = rng.integers(3, 9, len(days)).astype(float)
                t = g.create_group("tables/sessions")
                t["time"] = (T0 + days * DAY + 10 * 3600 * 10**6).astype("int64")
                t["source"] = np.array(["pmsys"] * len(days), dtype=h5py.string_dtype())
                t["minutes"], t["rpe"], t["load"] = minutes, rpe, rpe * minutes
                nights = np.array([d for d in range(80) if rng.random() > 0.3])
                s = g.create_group("streams/pmsys.sleep_duration")
                s.attrs.update(metric="sleep_duration", unit="h", source="pmsys", vendor="pmsys")
                s["time"] = (T0 + nights * DAY + 7 * 3600 * 10**6).astype("int64")
                s["value"] = rng.normal(7.6, 0.9, len(nights))
            if inj:
                t = g.create_group("tables/injuries")
                t["time"] = (T0 + np.array(inj) * DAY + 12 * 3600 * 10**6).astype("int64")
                t["area"] = np.array(["knee"] * len(inj), dtype=h5py.string_dtype())


def feature_days(rec, name):
    """Per athlete: (days, DataFrame of features) from `preseason features --csv`."""
    csv = os.path.join(SCRATCH, name + ".csv")
    r = run("features", rec, "--csv", csv)
    if r.returncode != 0:
        raise AssertionError(f"preseason features failed: {r.stderr}")
    df = pd.read_csv(csv, dtype={"athlete": str}, keep_default_na=False, na_values=[""], float_precision="round_trip")
    df["day"] = (pd.to_datetime(df["date"]).values.astype("datetime64[D]").astype("int64"))
    return {a: g.sort_values("day").reset_index(drop=True) for a, g in df.groupby("athlete")}


def expected(features, injuries, horizon, alert_of, score_specs):
    """The documented definitions, computed directly."""
    labelled_days = positive_days = 0
    alerts = true_alerts = evaluable = detected = 0
    leads, scored = [], {s: [] for s in score_specs}
    n_injuries = sum(len(v) for v in injuries.values())
    for a, inj in injuries.items():
        if a not in features:
            continue
        df = features[a]
        days = df["day"].to_numpy()
        alert = alert_of(df)
        last = days.max()
        for k, t in enumerate(days):
            if t + horizon > last:
                continue
            positive = bool(np.any((inj > t) & (inj <= t + horizon)))
            labelled_days += 1
            positive_days += positive
            if alert[k]:
                alerts += 1
                true_alerts += positive
            for s in score_specs:
                v = df[s.lstrip("-")].iloc[k] * (-1 if s.startswith("-") else 1)
                if not np.isnan(v):
                    scored[s].append((v, positive))
        for d in inj:
            window = (days >= d - horizon) & (days < d)
            if not window.any():
                continue
            evaluable += 1
            hit = days[window & alert]
            if len(hit):
                detected += 1
                leads.append(int(d - hit.min()))
    return dict(labelled_days=labelled_days, positive_days=positive_days, alerts=alerts, true_alerts=true_alerts,
                evaluable=evaluable, detected=detected, leads=leads, injuries=n_injuries, scored=scored)


def pairwise_auc(pairs):
    pos = np.array([s for s, p in pairs if p])
    neg = np.array([s for s, p in pairs if not p])
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return wins / (len(pos) * len(neg))


def threshold_ap(pairs):
    scores = np.array([s for s, _ in pairs])
    labels = np.array([p for _, p in pairs])
    ap, previous_recall = 0.0, 0.0
    for thr in np.unique(scores)[::-1]:
        chosen = scores >= thr
        recall = labels[chosen].sum() / labels.sum()
        ap += (recall - previous_recall) * labels[chosen].mean()
        previous_recall = recall
    return ap


class SyntheticRecording(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "synthetic.h5")
        synthetic_recording(cls.rec)
        cls.report, cls.text = backtest(cls.rec, "synthetic", "--rule", RULE, "--score", SCORES[0], "--score",
                                        SCORES[1], "--horizon", str(HORIZON))
        features = feature_days(cls.rec, "synthetic")
        alert_of = lambda df: ((df["acwr_ewma"] > 1.3) | (df["sleep_debt7"] > 4)).to_numpy()
        cls.want = expected(features, injury_days(cls.rec), HORIZON, alert_of, SCORES)

    def test_case_exercises_every_path(self):
        w = self.want
        self.assertGreater(w["alerts"], w["true_alerts"])
        self.assertGreater(w["true_alerts"], 0)
        self.assertGreater(w["detected"], 0)
        self.assertLess(w["evaluable"], w["injuries"])
        self.assertGreater(len(set(w["leads"])), 1)

    def test_counts(self):
        r, w = self.report, self.want
        self.assertEqual(r["horizon_days"], HORIZON)
        self.assertEqual(r["athletes"], 5)
        self.assertEqual(r["injuries"], 11)
        self.assertEqual(r["injuries"], w["injuries"])
        self.assertEqual(r["evaluable_injuries"], w["evaluable"])
        self.assertEqual(r["labelled_days"], w["labelled_days"])
        self.assertEqual(r["positive_days"], w["positive_days"])
        self.assertEqual(r["censored_days"], r["feature_days"] - r["labelled_days"])

    def test_rule(self):
        (rule,), w = self.report["rules"], self.want
        self.assertEqual(rule["rule"], RULE)
        self.assertEqual(rule["alerts"], w["alerts"])
        self.assertEqual(rule["true_alerts"], w["true_alerts"])
        self.assertAlmostEqual(rule["precision"], w["true_alerts"] / w["alerts"], places=12)
        self.assertEqual(rule["injuries"], w["evaluable"])
        self.assertEqual(rule["detected"], w["detected"])
        self.assertAlmostEqual(rule["recall"], w["detected"] / w["evaluable"], places=12)
        self.assertEqual(sorted(rule["lead_days"]), sorted(w["leads"]))
        self.assertAlmostEqual(rule["median_lead_days"], float(np.median(w["leads"])), places=12)
        self.assertAlmostEqual(rule["mean_lead_days"], float(np.mean(w["leads"])), places=12)

    def test_scores(self):
        for got, spec in zip(self.report["scores"], SCORES):
            pairs = self.want["scored"][spec]
            self.assertEqual(got["score"], spec)
            self.assertEqual(got["positives"], sum(p for _, p in pairs))
            self.assertEqual(got["negatives"], sum(not p for _, p in pairs))
            self.assertEqual(got["missing"], self.want["labelled_days"] - len(pairs))
            self.assertAlmostEqual(got["roc_auc"], pairwise_auc(pairs), places=12)
            self.assertAlmostEqual(got["pr_auc"], threshold_ap(pairs), places=12)

    def test_text_table(self):
        lines = self.text.splitlines()
        rule_line = next(l for l in lines if l.startswith(RULE))
        rule = self.report["rules"][0]
        self.assertIn(f"{rule['precision']:.3f}", rule_line)
        self.assertIn(f"{rule['detected']}/{rule['injuries']}", rule_line)
        self.assertIn(f"injuries {self.report['injuries']},", self.text)
        at = next(k for k, l in enumerate(lines) if l.startswith("score "))
        header = lines[at]
        for spec, got in zip(SCORES, self.report["scores"]):
            line = next(l for l in lines[at:] if l.startswith(spec + " "))
            self.assertEqual(len(line), len(header))
            self.assertIn(f"{got['roc_auc']:.3f}", line)


def check_injury_counts(test, rec, name):
    report, _ = backtest(rec, name, "--rule", "acwr_ewma > 1.5", "--score", "acwr_ewma")
    rows = sum(len(v) for v in injury_days(rec).values())
    test.assertGreater(rows, 0)
    test.assertEqual(report["injuries"], rows)
    test.assertLessEqual(report["rules"][0]["injuries"], rows)
    score = report["scores"][0]
    test.assertEqual(score["positives"] + score["negatives"] + score["missing"], report["labelled_days"])
    return report


class SimulatedSeason(unittest.TestCase):
    def test_injury_counts_match_the_recording(self):
        os.makedirs(SCRATCH, exist_ok=True)
        rec = os.path.join(SCRATCH, "simulated.h5")
        r = run("run", os.path.join(SOURCE, "scenarios", "small.yaml"), "--replicates", "1", "--out", rec)
        self.assertEqual(r.returncode, 0, r.stderr)
        report = check_injury_counts(self, rec, "simulated")
        self.assertGreater(report["evaluable_injuries"], 0)


class PMData(unittest.TestCase):
    def test_injury_counts_match_the_import(self):
        if not os.path.isdir(PMDATA):
            print(f"SKIPPED: PMData not found at {PMDATA}", file=sys.stderr)
            self.skipTest("PMData not present")
        os.makedirs(SCRATCH, exist_ok=True)
        rec = os.path.join(SCRATCH, "pmdata.h5")
        r = run("import", "pmdata", PMDATA, "--out", rec)
        self.assertEqual(r.returncode, 0, r.stderr)
        check_injury_counts(self, rec, "pmdata")


class BadInput(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "bad_base.h5")
        synthetic_recording(cls.rec)

    def assert_bad(self, args, *needles):
        out = os.path.join(SCRATCH, "bad.json")
        if os.path.exists(out):
            os.remove(out)
        r = run("backtest", *args, "--json", out)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertTrue(r.stderr.startswith("error: "), r.stderr)
        for n in needles:
            self.assertIn(n, r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_not_a_recording(self):
        text = os.path.join(SCRATCH, "notes.h5")
        with open(text, "w") as f:
            f.write("not hdf5\n")
        self.assert_bad([text, "--score", "acwr_ewma"], text)
        plain = os.path.join(SCRATCH, "plain.h5")
        with h5py.File(plain, "w") as f:
            f["x"] = [1]
        self.assert_bad([plain, "--score", "acwr_ewma"], plain, "not a preseason recording")

    def test_truncated(self):
        cut = os.path.join(SCRATCH, "truncated.h5")
        with open(self.rec, "rb") as f, open(cut, "wb") as g:
            g.write(f.read()[: os.path.getsize(self.rec) // 2])
        self.assert_bad([cut, "--score", "acwr_ewma"], cut)

    def test_bad_rule(self):
        self.assert_bad([self.rec, "--rule", "acwr_ewma > 1.5 || acwr > 2"], "acwr_ewma > 1.5 || acwr > 2",
                        "position 19", "unknown name 'acwr'")
        self.assert_bad([self.rec, "--rule", "acwr_ewma >"], "'acwr_ewma >'", "position 11")

    def test_unknown_score(self):
        self.assert_bad([self.rec, "--score", "-acwr"], "-acwr", "acwr_ewma", "sleep_debt7", "hrv_z")

    def test_nothing_to_score(self):
        self.assert_bad([self.rec], "--rule")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
