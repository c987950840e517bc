"""`preseason features RECORDING --out F.h5 --csv F.csv` against the independent h5py+pandas
reader of tools/features_reference.py: (a) the imported PMData participants, (b) a synthetic
recording with ln rMSSD, rMSSD, device and questionnaire sleep, overlapping session sources,
gaps, repeated samples in a day and a reading before the athlete's other data.
Values agree to 1e-9 relative; quality flags and active secondary features exactly."""
import os
import subprocess
import sys
import unittest

import h5py
import numpy as np
import pandas as pd

SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SOURCE, "tools"))
import features_reference as ref  # noqa: E402

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "features_recording")
PMDATA = os.path.join(SOURCE, "..", "shared", "datasets", "pmdata")
DAY = ref.DAY_US
T0 = 20089 * DAY  # 2025-01-01


def read_csv(path):
    return pd.read_csv(path, dtype={"athlete": str}, keep_default_na=False, na_values=[""],
                       float_precision="round_trip")


def features(rec, name):
    out_h5, out_csv = os.path.join(SCRATCH, name + ".h5"), os.path.join(SCRATCH, name + ".csv")
    run = subprocess.run([CLI, "features", rec, "--out", out_h5, "--csv", out_csv], capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError(f"preseason features failed: {run.stderr}")
    return read_csv(out_csv), out_h5


def stream(g, name, metric, unit, source, times, values):
    s = g.create_group(f"streams/{name}")
    s.attrs.update(metric=metric, unit=unit, source=source, vendor=source)
    s["time"] = np.asarray(times, dtype="int64")
    s["value"] = np.asarray(values, dtype=float)


def synthetic_recording(path, seed=5):
    rng = np.random.default_rng(seed)
    with h5py.File(path, "w") as f:
        f.attrs.update(format="preseason-recording", version="1.0", creator="test", source="synthetic")
        for a in range(3):
            g = f.create_group(f"athletes/s{a}")
            days = np.array([d for d in range(150) if not (70 <= d < 82) and rng.random() > 0.05])
            morning, evening = T0 + days * DAY + 7 * 3600 * 10**6, T0 + days * DAY + 20 * 3600 * 10**6
            keep = rng.random(len(days)) > 0.2
            # Two readings on some mornings: the later one of the day counts.
            twice = days[keep][::9]
            t = np.sort(np.concatenate([morning[keep], T0 + twice * DAY + 9 * 3600 * 10**6]))
            stream(g, "ring.ln_rmssd", "ln_rmssd", "ln(ms)", "ring", t, rng.normal(4.2, 0.2, len(t)))
            if a == 1:  # a strap reporting rMSSD in ms, used only where the ring has nothing
                stream(g, "strap.rmssd", "rmssd", "ms", "strap", morning, np.exp(rng.normal(4.0, 0.2, len(days))))
                # A reading from before the athlete's first day of other data.
                stream(g, "watch.ln_rmssd", "ln_rmssd", "ln(ms)", "watch", [T0 - 3 * DAY], [4.4])
            dev = keep & (rng.random(len(days)) > 0.3)
            stream(g, "fitbit.sleep_duration", "sleep_duration", "min", "fitbit", morning[dev],
                   rng.normal(430, 50, dev.sum()))
            stream(g, "pmsys.sleep_duration", "sleep_duration", "h", "pmsys", evening, rng.normal(7.5, 0.8, len(days)))
            stream(g, "truth.sleep_duration", "sleep_duration", "h", "truth", evening, np.full(len(days), 99.0))
            for item in ref.WELLNESS:
                w = rng.random(len(days)) > 0.2
                stream(g, f"pmsys.{item}", item, "1-5", "pmsys", evening[w], rng.integers(1, 6, w.sum()))
            stream(g, "env.temperature", "temperature", "C", "env", morning, rng.normal(15, 3, len(days)))
            stream(g, "env.humidity", "humidity", "%", "env", morning, rng.normal(60, 10, len(days)))
            stream(g, "env.noise", "noise", "dB", "env", morning, rng.normal(45, 5, len(days)) + 30 * (rng.random(len(days)) < .04))
            stream(g, "travel", "travel", "h", "", morning, np.where(rng.random(len(days)) < 0.06, 5.0, 0.0))
            # Sessions: pmsys self-reports (RPE) and the watch logging the same sessions (no RPE).
            train = days[rng.random(len(days)) > 0.25]
            start = T0 + train * DAY + 10 * 3600 * 10**6
            rpe = rng.integers(2, 10, len(train)).astype(float)
            minutes = rng.integers(30, 100, len(train)).astype(float)
            both = np.concatenate([start, start + 60 * 10**6])
            order = np.argsort(both, kind="stable")
            src = np.array(["pmsys"] * len(train) + ["fitbit"] * len(train), dtype=object)[order]
            t = g.create_group("tables/sessions")
            t["time"] = both[order]
            t["source"] = src.astype(h5py.string_dtype())
            t["rpe"] = np.concatenate([rpe, np.full(len(train), np.nan)])[order]
            t["minutes"] = np.concatenate([minutes, minutes])[order]
            t["load"] = np.concatenate([rpe * minutes, np.full(len(train), np.nan)])[order]


class Agreement:
    def check_agreement(self, cpp, py):
        self.assertEqual(list(cpp.columns), list(py.columns))
        self.assertEqual(list(zip(cpp.athlete, cpp.date)), list(zip(py.athlete, py.date)))
        for col in ref.WRITTEN_INPUTS + ref.FEATURES:
            with self.subTest(feature=col):
                a, b = cpp[col].to_numpy(dtype=float), py[col].to_numpy(dtype=float)
                np.testing.assert_array_equal(np.isnan(a), np.isnan(b))
                ok = ~np.isnan(a)
                tol = 1e-9 * np.maximum(np.abs(a[ok]), np.abs(b[ok])) + 1e-12
                bad = np.abs(a[ok] - b[ok]) > tol
                self.assertFalse(bad.any(), f"{bad.sum()} values differ, e.g. {a[ok][bad][:3]} vs {b[ok][bad][:3]}")
        for col in [c + "_q" for c in ref.WRITTEN_INPUTS + ref.FEATURES] + ["active_secondary"]:
            with self.subTest(column=col):
                a, b = cpp[col].fillna("").to_numpy(), py[col].fillna("").to_numpy()
                self.assertTrue((a == b).all(), f"{(a != b).sum()} rows differ")

    def check_h5_matches_csv(self, h5_path, cpp):
        with h5py.File(h5_path, "r") as f:
            self.assertEqual(f.attrs["format"], "preseason-recording")
            t = f["team/tables/features"]
            self.assertEqual(list(t["athlete"].asstr()[:]), list(cpp.athlete))
            days = pd.to_datetime(t["time"][:], unit="us").strftime("%Y-%m-%d")
            self.assertEqual(list(days), list(cpp.date))
            for col in ref.WRITTEN_INPUTS + ref.FEATURES:
                np.testing.assert_array_equal(t[col][:], cpp[col].to_numpy(dtype=float), err_msg=col)
                self.assertEqual(t[col + "_q"].dtype, np.int8)
                np.testing.assert_array_equal(t[col + "_q"][:], cpp[col + "_q"].map(ref.QUALITY_CODES).to_numpy())


class SyntheticRecording(unittest.TestCase, Agreement):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "synthetic.h5")
        synthetic_recording(cls.rec)
        cls.cpp, cls.h5 = features(cls.rec, "synthetic_features")
        cls.inputs = ref.recording_inputs(cls.rec)
        cls.py = ref.compute(cls.inputs)

    def test_agrees_with_pandas(self):
        self.check_agreement(self.cpp, self.py)
        self.assertTrue(self.cpp.hrv_z.notna().sum() > 100)
        self.assertTrue((self.cpp.load_q == "imputed").any())

    def test_h5_output_holds_the_same_table(self):
        self.check_h5_matches_csv(self.h5, self.cpp)

    def test_source_rules(self):
        with h5py.File(self.rec, "r") as f:
            g = f["athletes/s0"]
            fit, pm = g["streams/fitbit.sleep_duration"], g["streams/pmsys.sleep_duration"]
            day = fit["time"][0] // DAY
            sessions = g["tables/sessions"]
            on_day = sessions["time"][:] // DAY == sessions["time"][0] // DAY
            self_reported = float(np.nansum(sessions["load"][:][on_day]))
            first = self.cpp[self.cpp.athlete == "s0"].set_index("date")
            date = pd.to_datetime(day * DAY, unit="us").strftime("%Y-%m-%d")
            sdate = pd.to_datetime(sessions["time"][0], unit="us").strftime("%Y-%m-%d")
            self.assertAlmostEqual(first.loc[date, "sleep_h"], fit["value"][0] / 60, places=12)
            pm_only = set(pm["time"][:] // DAY) - set(fit["time"][:] // DAY)
            d = sorted(pm_only)[0]
            i = list(pm["time"][:] // DAY).index(d)
            self.assertAlmostEqual(first.loc[pd.to_datetime(d * DAY, unit="us").strftime("%Y-%m-%d"), "sleep_h"],
                                   pm["value"][i], places=12)
            self.assertEqual(first.loc[sdate, "load"], self_reported)
            self.assertLess(self.cpp.sleep_h.max(), 24)  # the truth stream is ignored
        s1 = self.cpp[self.cpp.athlete == "s1"]
        self.assertEqual(s1.date.iloc[0], "2024-12-29")  # the early watch reading opens the calendar
        self.assertEqual(s1.ln_rmssd.iloc[0], 4.4)

    def test_truncated_recording_fails_without_output(self):
        bad = os.path.join(SCRATCH, "truncated.h5")
        with open(self.rec, "rb") as src, open(bad, "wb") as dst:
            dst.write(src.read()[: os.path.getsize(self.rec) // 2])
        out = os.path.join(SCRATCH, "truncated_features.h5")
        for path in [bad, os.path.join(SOURCE, "README.md")]:
            p = subprocess.run([CLI, "features", path, "--out", out], capture_output=True, text=True)
            self.assertEqual(p.returncode, 2, p.stderr)
            self.assertTrue(p.stderr.startswith(f"error: {path}"), p.stderr)
            self.assertFalse(os.path.exists(out))


class PmdataRecording(unittest.TestCase, Agreement):
    @classmethod
    def setUpClass(cls):
        if not os.path.isdir(PMDATA):
            print(f"SKIPPED: PMData not found at {PMDATA}", file=sys.stderr)
            raise unittest.SkipTest(f"PMData not found at {PMDATA}")
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "pmdata.h5")
        run = subprocess.run([CLI, "import", "pmdata", PMDATA, "--out", cls.rec], capture_output=True, text=True)
        if run.returncode != 0:
            raise AssertionError(f"import failed: {run.stderr}")
        cls.cpp, cls.h5 = features(cls.rec, "pmdata_features")
        cls.py = ref.compute(ref.recording_inputs(cls.rec))

    def test_agrees_with_pandas(self):
        self.check_agreement(self.cpp, self.py)
        self.assertGreater(len(self.cpp), 500)
        self.assertTrue(self.cpp.ln_rmssd.isna().all())  # PMData has no HRV
        self.assertGreater(self.cpp.fatigue_z.notna().sum(), 100)
        self.assertGreater(self.cpp.acwr_coupled.notna().sum(), 100)

    def test_h5_output_holds_the_same_table(self):
        self.check_h5_matches_csv(self.h5, self.cpp)


if __name__ == "__main__":
    unittest.main()
