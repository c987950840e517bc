"""A corpus of bad files: each gets a clear `error: <file>...` message, exit status 2 and
no output file left behind."""
import os
import shutil
import subprocess
import sys
import unittest

import h5py
import numpy as np

CLI = os.environ["PRESEASON_CLI"]
SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "bad_inputs")
P02 = os.path.join(os.path.dirname(SOURCE), "shared", "datasets", "pmdata", "p02")


def write(name, data):
    path = os.path.join(SCRATCH, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


class BadInputs(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        cls.good = os.path.join(SCRATCH, "good.h5")
        subprocess.run([CLI, "import", "pmdata", P02, "--out", cls.good], check=True, capture_output=True)

    def fails(self, args, names, out=None):
        r = subprocess.run([CLI] + args, capture_output=True, text=True)
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertTrue(r.stderr.startswith("error: " + names), r.stderr)
        self.assertNotIn("HDF5-DIAG", r.stderr)
        if out:
            self.assertFalse(os.path.exists(out), "output left behind")
            self.assertEqual([f for f in os.listdir(os.path.dirname(out)) if ".partial." in f], [])
        return r.stderr

    def test_truncated_recordings(self):
        with open(self.good, "rb") as f:
            data = f.read()
        for fraction in (0.95, 0.5, 0.05):
            with self.subTest(fraction=fraction):
                path = write(f"truncated_{fraction}.h5", data[: int(len(data) * fraction)])
                self.fails(["inspect", path], path)

    def test_random_bytes(self):
        path = write("random.h5", np.random.default_rng(7).bytes(20000))
        self.fails(["inspect", path], path)

    def test_hdf5_of_another_kind(self):
        path = os.path.join(SCRATCH, "other.h5")
        with h5py.File(path, "w") as f:
            f["data"] = np.arange(10)
        self.assertIn("not a preseason recording", self.fails(["inspect", path], path))

    def test_newer_major_version(self):
        path = os.path.join(SCRATCH, "v2.h5")
        shutil.copy(self.good, path)
        with h5py.File(path, "r+") as f:
            f.attrs["version"] = "3.0"
        self.assertIn("3.0 is newer", self.fails(["inspect", path], path))

    def test_stream_with_missing_value_column(self):
        path = os.path.join(SCRATCH, "broken_stream.h5")
        shutil.copy(self.good, path)
        with h5py.File(path, "r+") as f:
            del f["athletes/a01/streams/fitbit.resting_hr/value"]
        self.fails(["inspect", path], path + ":/athletes/a01/streams/fitbit.resting_hr/value")

    def test_csv_bad_rows(self):
        head = "athlete,timestamp,metric,value\n"
        cases = {
            "columns.csv": (head + "x,2025-01-01,hrv,60\nx,2025-01-02,hrv\n", ":3: expected 4 fields, found 3"),
            "timestamp.csv": (head + "x,2025-02-30,hrv,60\n", ":2: bad timestamp"),
            "value.csv": (head + "x,2025-01-01,hrv,sixty\n", ":2: value 'sixty' is not a number"),
            "header.csv": ("name,time,value\n", ":1: header must be"),
        }
        for name, (text, problem) in cases.items():
            with self.subTest(name=name):
                path = write(name, text.encode())
                out = os.path.join(SCRATCH, name + ".h5")
                self.assertIn(path + problem, self.fails(["import", "csv", path, "--out", out], path, out))

    def test_pmdata_with_corrupt_json(self):
        copy = os.path.join(SCRATCH, "pmdata", "p02")
        shutil.copytree(P02, copy)
        for root, dirs, files in os.walk(copy):
            os.chmod(root, 0o755)
            for f in files:
                os.chmod(os.path.join(root, f), 0o644)
        bad = os.path.join(copy, "fitbit", "exercise.json")
        with open(bad) as f:
            text = f.read()
        with open(bad, "w") as f:
            f.write(text[:1000] + "}" + text[1000:])
        out = os.path.join(SCRATCH, "corrupt.h5")
        err = self.fails(["import", "pmdata", os.path.dirname(copy), "--out", out], bad, out)
        self.assertRegex(err, r"exercise\.json:1:\d+: invalid JSON at byte 1001")

    def test_not_a_pmdata_folder(self):
        out = os.path.join(SCRATCH, "none.h5")
        self.fails(["import", "pmdata", SCRATCH + "/nothing", "--out", out], SCRATCH + "/nothing", out)

    def test_bad_compare_variants(self):
        small = os.path.join(os.environ["PRESEASON_SOURCE_DIR"], "scenarios", "small.yaml")
        for variant, problem in (("policy.nme=fixed", "policy.nme: unknown key (did you mean 'name'?)"),
                                 ("squad.size=abc", "squad.size: expected a positive integer, found abc"),
                                 ("nonsense", "expected KEY=VALUE")):
            r = subprocess.run([CLI, "compare", small, "--policy", "fixed", "--variant", variant, "--replicates", "1"],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 2, variant)
            self.assertIn(f"{small}: override '{variant}'", r.stderr)
            self.assertIn(problem, r.stderr)

    def test_files_a_scenario_names(self):
        small = os.path.join(os.environ["PRESEASON_SOURCE_DIR"], "scenarios", "small.yaml")
        garbage = write("garbage.lstm", b"not a model\n")
        out = os.path.join(SCRATCH, "named.h5")
        for setting, problem in (("predictor=/nonexistent/m.lstm", "/nonexistent/m.lstm:0: cannot be opened"),
                                 (f"predictor={garbage}", f"{garbage}:0: is not a preseason LSTM model file"),
                                 ("mapping=/nonexistent/v.yaml", "/nonexistent/v.yaml:0: cannot open")):
            for command in (["run", small, "--out", out], ["compare", small, "--policy", "fixed", "--policy", "acwr_band"]):
                r = subprocess.run([CLI, *command, "--replicates", "1", "--set", setting], capture_output=True, text=True)
                self.assertEqual(r.returncode, 2, (setting, command[0], r.stderr))
                self.assertIn(problem, r.stderr)
                self.assertFalse(os.path.exists(out), "output left behind")

    def test_good_file_still_reads(self):
        r = subprocess.run([CLI, "inspect", self.good], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("stream fitbit.resting_hr: 89 samples [bpm]", r.stdout)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
