"""The recording format as documented: the document's own h5py and pandas snippets read
recordings made by preseason (an import in 1.x, a simulated run in 2.0), and a recording
written by h5py from the document is read by `preseason inspect`."""
import json
import os
import re
import subprocess
import sys
import unittest

import h5py
import pandas as pd

CLI = os.environ["PRESEASON_CLI"]
SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "recording_interop")
DOC = os.path.join(SOURCE, "docs", "recording-format.md")
P01 = os.path.join(os.path.dirname(SOURCE), "shared", "datasets", "pmdata", "p01")
sys.path.insert(0, os.path.join(SOURCE, "tools"))  # as the document's snippets assume


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def doc_snippets():
    """The ```python blocks of the document, keyed by the heading above each."""
    text = open(DOC, encoding="utf-8").read()
    blocks, heading = {}, None
    for part in re.split(r"(^#+ [^\n]*$|^```python\n.*?^```$)", text, flags=re.M | re.S):
        if part.startswith("#"):
            heading = part.lstrip("#").strip()
        elif part.startswith("```python"):
            blocks[heading] = part[len("```python\n"):-3]
    return blocks


def fatigue_from_source():
    """Fatigue answers kept by the documented rules, computed from wellness.csv directly."""
    w = pd.read_csv(os.path.join(P01, "pmsys", "wellness.csv"))
    items = ["fatigue", "mood", "sleep_quality", "soreness", "stress"]
    w = w[(w[items] != 0).any(axis=1)]
    w = w.assign(day=w.effective_time_frame.str[:10]).drop_duplicates("day", keep="first")
    return w[w.fatigue != 0].fatigue.astype(float).tolist()


class RecordingInterop(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "p01.h5")
        subprocess.run([CLI, "import", "pmdata", P01, "--out", cls.rec], check=True, capture_output=True)
        cls.sim = os.path.join(SCRATCH, "sim.h5")
        subprocess.run([CLI, "run", os.path.join(SOURCE, "scenarios", "small.yaml"), "--replicates", "1",
                        "--out", cls.sim], check=True, capture_output=True)
        cls.sim_listing = json.loads(subprocess.run([CLI, "inspect", cls.sim, "--json"], check=True,
                                                    capture_output=True, text=True).stdout)
        cls.snippets = doc_snippets()

    def run_snippet(self, heading, **names):
        self.assertIn(heading, self.snippets, "document lost its section")
        scope = dict(names)
        exec(compile(self.snippets[heading], DOC + ": " + heading, "exec"), scope)
        return scope

    def test_h5py_snippet_reads_preseason_recording(self):
        scope = self.run_snippet("Reading a stream with h5py", path=self.rec)
        self.assertEqual(scope["value"].tolist(), fatigue_from_source())
        self.assertEqual(str(scope["time"].dtype), "datetime64[us]")
        self.assertEqual(str(scope["time"][0])[:10], "2019-11-01")

    def test_squad_snippet_reads_an_athletes_slice(self):
        scope = self.run_snippet("Reading a squad recording (2.x) with h5py", path=self.sim)
        expected = self.sim_listing["athletes"]["a01"]["streams"]["ring.ln_rmssd"]
        self.assertEqual(len(scope["value"]), expected["samples"])
        self.assertEqual(len(scope["activity"]), self.sim_listing["athletes"]["a01"]["tables"]["sessions"]["rows"])
        self.assertTrue(all(isinstance(a, str) and a for a in scope["activity"]), scope["activity"][:5])
        self.assertTrue((scope["time"][1:] >= scope["time"][:-1]).all())
        with h5py.File(self.sim, "r") as f:
            self.assertLess(len(scope["value"]), len(f["squad/streams/ring.ln_rmssd/value"]), "not the whole squad")

    def test_by_athlete_snippet_reads_both_layouts_as_inspect_lists_them(self):
        for path in (self.rec, self.sim):
            listing = self.sim_listing if path == self.sim else json.loads(
                subprocess.run([CLI, "inspect", path, "--json"], check=True, capture_output=True, text=True).stdout)
            rh = self.run_snippet("Reading either layout by athlete", path=path)["rh"]
            with h5py.File(path, "r") as f:
                self.assertEqual(rh.athletes(f), list(listing["athletes"]))
                for a, info in listing["athletes"].items():
                    self.assertEqual(rh.stream_names(f, a), sorted(info["streams"]))
                    for name, s in info["streams"].items():
                        self.assertEqual(len(rh.stream(f, a, name)["value"]), s["samples"])
                    for name, t in info["tables"].items():
                        self.assertEqual(len(rh.table(f, a, name)["time"]), t["rows"])

    def test_pandas_snippet_reads_stream_and_table(self):
        scope = self.run_snippet("Reading a stream and a table with pandas", path=self.rec)
        self.assertEqual(scope["fatigue"].tolist(), fatigue_from_source())
        sessions = scope["sessions"]
        srpe = pd.read_csv(os.path.join(P01, "pmsys", "srpe.csv")).drop_duplicates("end_date_time")
        exercise = load_json(os.path.join(P01, "fitbit", "exercise.json"))
        mine = sessions[sessions.source == "pmsys"]
        self.assertEqual(len(mine), len(srpe))
        self.assertEqual((sessions.source == "fitbit").sum(), len({e["logId"] for e in exercise}))
        self.assertAlmostEqual(mine.load.sum(), (srpe.perceived_exertion * srpe.duration_min).sum())
        self.assertTrue(sessions.time.is_monotonic_increasing)
        self.assertIsInstance(mine.activity.iloc[0], str)

    def test_python_written_recording_is_read_by_preseason(self):
        out = os.path.join(SCRATCH, "from_python.h5")
        self.run_snippet("Writing a recording from Python", out_path=out)
        r = subprocess.run([CLI, "inspect", out, "--json"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        listing = json.loads(r.stdout)
        self.assertEqual(list(listing["athletes"]), ["a01"])
        a01 = listing["athletes"]["a01"]
        self.assertEqual(a01["attributes"]["position"], "midfielder")
        self.assertEqual(a01["streams"]["ring.hrv"]["samples"], 2)
        self.assertEqual(a01["streams"]["ring.hrv"]["vendor"], "Oura")
        self.assertEqual(a01["tables"]["sessions"]["rows"], 1)
        self.assertEqual(sorted(a01["tables"]["sessions"]["columns"]), ["activity", "load", "minutes", "rpe", "time"])
        text = subprocess.run([CLI, "inspect", out], capture_output=True, text=True, check=True).stdout
        self.assertIn("stream ring.hrv: 2 samples [ms]", text)

    def test_inspect_counts_match_h5py(self):
        import h5py
        listing = json.loads(subprocess.run([CLI, "inspect", self.rec, "--json"], capture_output=True, text=True,
                                            check=True).stdout)
        with h5py.File(self.rec, "r") as f:
            self.assertEqual(f.attrs["format"], "preseason-recording")
            self.assertEqual(f.attrs["version"], "1.1")
            streams = f["athletes/a01/streams"]
            for name, info in listing["athletes"]["a01"]["streams"].items():
                self.assertEqual(info["samples"], len(streams[name]["value"]), name)
                self.assertEqual(info["unit"], streams[name].attrs["unit"])
                self.assertTrue(streams[name]["time"].chunks, "streams must be chunked to be appendable")
                self.assertEqual(streams[name]["time"].maxshape, (None,))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
