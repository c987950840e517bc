"""The predictor's metrics and logistic baseline against independent computations.

The C++ side is the test PredictorMetricsExport in actors_tests, which writes L2 logistic
regression fits (Newton/IRLS) and ROC-AUC, PR-AUC, Brier and calibration values with their
inputs to predictor_metrics_reference.json. Here the same L2 objective is minimised with
torch's L-BFGS in double precision, and the metrics are recomputed with numpy from their
textbook definitions (pairwise comparison for ROC-AUC, scikit-learn's step-wise average
precision for PR-AUC, its quantile calibration bins)."""
import json
import os
import subprocess
import sys
import unittest

import numpy as np

try:
    import torch
except ImportError:
    torch = None

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "predictor_metrics")
TESTS = os.path.join(os.path.dirname(CLI), "..", "tests", "actors_tests")


def export_reference():
    os.makedirs(SCRATCH, exist_ok=True)
    path = os.path.join(SCRATCH, "predictor_metrics_reference.json")
    if os.path.exists(path):
        os.remove(path)
    p = subprocess.run([TESTS, "--gtest_filter=PredictorMetricsExport.*"], capture_output=True, text=True,
                       env=dict(os.environ, PRESEASON_SCRATCH=SCRATCH))
    if p.returncode != 0:
        raise RuntimeError(p.stdout + p.stderr)
    with open(path) as f:
        return json.load(f)


def roc_auc_pairwise(s, y):
    pos, neg = s[y == 1], s[y == 0]
    diff = pos[:, None] - neg[None, :]
    return ((diff > 0).sum() + 0.5 * (diff == 0).sum()) / (len(pos) * len(neg))


def average_precision(s, y):
    # scikit-learn: sum over distinct thresholds, descending, of (R_n - R_{n-1}) P_n.
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    last_of_tie = np.r_[np.diff(s) != 0, True]
    tp = np.cumsum(y)[last_of_tie]
    fp = np.cumsum(1 - y)[last_of_tie]
    precision = tp / (tp + fp)
    recall = tp / y.sum()
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def lbfgs_fit(x, y, l2):
    x = torch.tensor(x, dtype=torch.float64)
    y = torch.tensor(y, dtype=torch.float64)
    w = torch.zeros(x.shape[1], dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], lr=1, max_iter=2000, tolerance_grad=1e-12, tolerance_change=1e-15,
                            history_size=50, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        z = x @ w + b
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="sum") + 0.5 * l2 * (w @ w)
        loss.backward()
        return loss

    for _ in range(5):
        opt.step(closure)
    return float(b.detach()), w.detach().numpy()


class PredictorMetrics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ref = export_reference()

    def test_logistic_regression_matches_an_lbfgs_fit_of_the_same_objective(self):
        if torch is None:
            self.skipTest("python3-torch not installed")
        for case in self.ref["logistic"]:
            x, y = np.array(case["x"]), np.array(case["y"])
            b, w = lbfgs_fit(x, y, case["l2"])
            self.assertAlmostEqual(case["intercept"], b, delta=1e-6, msg=f"l2 {case['l2']}")
            np.testing.assert_allclose(case["weights"], w, atol=1e-6, err_msg=f"l2 {case['l2']}")
            self.assertLess(case["iterations"], 30)
        # A stronger penalty shrinks the weights: the penalty is really applied.
        norms = [np.linalg.norm(c["weights"]) for c in self.ref["logistic"]]
        self.assertGreater(norms[0], norms[2])

    def test_roc_auc_pr_auc_brier_and_calibration_match_numpy(self):
        for case in self.ref["metrics"]:
            s, y = np.array(case["scores"]), np.array(case["labels"])
            self.assertAlmostEqual(case["roc_auc"], roc_auc_pairwise(s, y), places=12)
            self.assertAlmostEqual(case["pr_auc"], average_precision(s, y), places=12)
            self.assertAlmostEqual(case["brier"], float(np.mean((s - y) ** 2)), places=12)
            # scikit-learn's calibration_curve(strategy="quantile") binning.
            edges = np.percentile(s, np.linspace(0, 100, 11))
            bins = np.searchsorted(edges[1:-1], s)
            for k, b in enumerate(case["calibration"]):
                self.assertAlmostEqual(b["lower"], edges[k], places=12)
                self.assertAlmostEqual(b["upper"], edges[k + 1], places=12)
                inside = bins == k
                self.assertEqual(b["count"], int(inside.sum()))
                if inside.any():
                    self.assertAlmostEqual(b["mean_predicted"], float(s[inside].mean()), places=12)
                    self.assertAlmostEqual(b["observed_rate"], float(y[inside].mean()), places=12)
                else:
                    self.assertIsNone(b["mean_predicted"])


if __name__ == "__main__":
    unittest.main()
