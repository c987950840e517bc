"""`preseason import pmdata` on the whole PMData subset, checked participant by participant
against counts computed here directly from the source files."""
import ast
import json
import os
import subprocess
import sys
import unittest

import h5py
import pandas as pd

CLI = os.environ["PRESEASON_CLI"]
SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "pmdata_import")
PMDATA = os.path.join(os.path.dirname(SOURCE), "shared", "datasets", "pmdata")
PARTICIPANTS = sorted(p for p in os.listdir(PMDATA) if os.path.isdir(os.path.join(PMDATA, p)))
ITEMS = ["fatigue", "mood", "sleep_quality", "soreness", "stress"]


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def expected(participant):
    d = os.path.join(PMDATA, participant)
    w = pd.read_csv(os.path.join(d, "pmsys", "wellness.csv"))
    w = w[(w[ITEMS] != 0).any(axis=1)]
    w = w.assign(day=w.effective_time_frame.str[:10]).drop_duplicates("day", keep="first")
    srpe = pd.read_csv(os.path.join(d, "pmsys", "srpe.csv")).drop_duplicates("end_date_time")
    injuries = 0
    injury_csv = os.path.join(d, "pmsys", "injury.csv")
    if os.path.exists(injury_csv):
        reports = pd.read_csv(injury_csv).drop_duplicates("effective_time_frame")
        injuries = sum(len(ast.literal_eval(x)) for x in reports.injuries)
    exercise = load_json(os.path.join(d, "fitbit", "exercise.json"))
    sleep = load_json(os.path.join(d, "fitbit", "sleep.json"))
    rhr = load_json(os.path.join(d, "fitbit", "resting_heart_rate.json"))
    return {
        "wellness_days": len(w),
        "fatigue": len(w[w.fatigue != 0]),
        "srpe_sessions": len(srpe),
        "srpe_load": float((srpe.perceived_exertion * srpe.duration_min).sum()),
        "watch_sessions": len({e["logId"] for e in exercise}),
        "injuries": injuries,
        "nights": len({s["dateOfSleep"] for s in sleep if s.get("mainSleep")}),
        "resting_hr": sum(1 for r in rhr if r["value"]["value"] > 0),
    }


class PmdataImport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "pmdata.h5")
        cls.result = subprocess.run([CLI, "import", "pmdata", PMDATA, "--out", cls.rec], capture_output=True, text=True)

    def test_imports_every_participant(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertEqual(len(PARTICIPANTS), 8)
        with h5py.File(self.rec, "r") as f:
            self.assertEqual(sorted(f["athletes"]), [f"a{i:02d}" for i in range(1, len(PARTICIPANTS) + 1)])

    def test_counts_match_source_files(self):
        with h5py.File(self.rec, "r") as f:
            for i, p in enumerate(PARTICIPANTS):
                with self.subTest(participant=p):
                    e = expected(p)
                    a = f[f"athletes/a{i + 1:02d}"]
                    s = a["streams"]
                    self.assertEqual(len(s["pmsys.readiness/value"]), e["wellness_days"])
                    self.assertEqual(len(s["pmsys.fatigue/value"]), e["fatigue"])
                    sessions = a["tables/sessions"]
                    source = sessions["source"].asstr()[:].tolist()
                    self.assertEqual(source.count("pmsys"), e["srpe_sessions"])
                    self.assertEqual(source.count("fitbit"), e["watch_sessions"])
                    load = pd.Series(sessions["load"][:])[[x == "pmsys" for x in source]].sum()
                    self.assertAlmostEqual(load, e["srpe_load"])
                    rows = len(a["tables/injuries/time"]) if "injuries" in a["tables"] else 0
                    self.assertEqual(rows, e["injuries"])
                    self.assertEqual(len(s["fitbit.sleep_duration/value"]), e["nights"])
                    self.assertEqual(len(s["fitbit.resting_hr/value"]), e["resting_hr"])
                    for name, g in s.items():
                        self.assertTrue((pd.Series(g["time"][:]).diff().dropna() >= 0).all(), name)

    def test_reports_per_participant(self):
        out = self.result.stdout
        for i, p in enumerate(PARTICIPANTS):
            self.assertIn(f"{p} -> a{i + 1:02d}", out)
        self.assertIn("pmsys/injury.csv: not present", out)  # p08 has no injury file
        self.assertIn("empty submission (all 1-5 answers blank)", out)  # p05's all-zero rows
        self.assertIn("exact duplicate", out)
        self.assertIn("conflicting duplicate (first kept)", out)

    def test_no_source_identity_in_the_recording(self):
        texts = []
        with h5py.File(self.rec, "r") as f:
            def collect(name, obj):
                texts.append(name)
                texts.extend(str(v) for v in obj.attrs.values())
                if isinstance(obj, h5py.Dataset) and obj.dtype.kind == "O":
                    texts.extend(obj.asstr()[:].tolist())
            f.visititems(collect)
            texts.extend(str(v) for v in f.attrs.values())
        for p in PARTICIPANTS:
            self.assertFalse([t for t in texts if p in t], p)

    def test_single_participant_folder_and_determinism(self):
        one = os.path.join(SCRATCH, "p03a.h5")
        two = os.path.join(SCRATCH, "p03b.h5")
        for out in (one, two):
            subprocess.run([CLI, "import", "pmdata", os.path.join(PMDATA, "p03") + "/", "--out", out], check=True,
                           capture_output=True)
        with open(one, "rb") as a, open(two, "rb") as b:
            self.assertEqual(a.read(), b.read())
        with h5py.File(one, "r") as f:
            self.assertEqual(list(f["athletes"]), ["a01"])
            self.assertEqual(len(f["athletes/a01/streams/pmsys.readiness/value"]), expected("p03")["wellness_days"])


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
