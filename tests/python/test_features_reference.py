"""`preseason features` against the independent pandas reference on a synthetic season.

Every feature must agree to 1e-9 relative (1e-12 absolute near zero), missingness,
quality flags and active secondary features must agree exactly.
"""
import os
import subprocess
import sys
import unittest

import numpy as np
import pandas as pd

SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SOURCE, "tools"))
import features_reference as ref  # noqa: E402

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "features_reference")


def read(path):
    return pd.read_csv(path, dtype={"athlete": str}, keep_default_na=False, na_values=[""],
                       float_precision="round_trip")


class FeaturesMatchPandas(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.input = os.path.join(SCRATCH, "season.csv")
        ref.synthetic(athletes=20, days=365, seed=7).to_csv(cls.input, index=False, float_format="%.17g")
        cls.out = os.path.join(SCRATCH, "features.csv")
        run = subprocess.run([CLI, "features", "--daily-csv", cls.input, "--csv", cls.out],
                             capture_output=True, text=True)
        if run.returncode != 0:
            raise AssertionError(f"preseason features failed: {run.stderr}")
        cls.summary = run.stdout
        cls.cpp = read(cls.out)
        cls.py = ref.compute(read(cls.input))

    def test_same_rows_and_columns(self):
        self.assertEqual(list(self.cpp.columns), list(self.py.columns))
        self.assertEqual(list(zip(self.cpp.athlete, self.cpp.date)), list(zip(self.py.athlete, self.py.date)))
        self.assertEqual(len(self.cpp), self.cpp.groupby("athlete").date.count().sum())
        self.assertGreater(len(self.cpp), 20 * 350)

    def test_input_exercises_gaps_duplicates_and_late_rows(self):
        self.assertNotIn(" 0 duplicate", self.summary)
        self.assertNotIn(" 0 late", self.summary)
        self.assertNotIn(" 0 gap", self.summary)
        self.assertTrue((self.cpp.load_q == "imputed").any())
        self.assertTrue(self.cpp.hrv7.isna().any())

    def test_every_feature_agrees(self):
        for col in ref.WRITTEN_INPUTS + ref.FEATURES:
            with self.subTest(feature=col):
                a, b = self.cpp[col].to_numpy(), self.py[col].to_numpy(dtype=float)
                np.testing.assert_array_equal(np.isnan(a), np.isnan(b))
                ok = ~np.isnan(a)
                self.assertGreater(ok.sum(), 100, "feature never computed")
                tol = 1e-9 * np.maximum(np.abs(a[ok]), np.abs(b[ok])) + 1e-12
                bad = np.abs(a[ok] - b[ok]) > tol
                self.assertFalse(bad.any(), f"{bad.sum()} values differ, e.g. {a[ok][bad][:3]} vs {b[ok][bad][:3]}")

    def test_quality_flags_and_active_secondary_agree(self):
        for col in [c + "_q" for c in ref.WRITTEN_INPUTS + ref.FEATURES] + ["active_secondary"]:
            with self.subTest(column=col):
                a, b = self.cpp[col].fillna("").to_numpy(), self.py[col].fillna("").to_numpy()
                self.assertTrue((a == b).all(), f"{(a != b).sum()} rows differ")
        for flag in ["measured", "imputed", "missing"]:
            self.assertTrue((self.cpp.hrv7_q == flag).any(), flag)
        for s in ref.SECONDARY:
            self.assertTrue(self.cpp.active_secondary.fillna("").str.contains(s).any(), s)


if __name__ == "__main__":
    unittest.main()
