"""The kernel example's trace is real HDF5 that h5py reads, identical across thread
counts and placements, and its contents agree with what the run printed."""
import os
import re
import subprocess
import sys
import unittest

import h5py
import numpy as np

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch")


def run(*args):
    out = subprocess.run([CLI, *args], capture_output=True, text=True, check=True).stdout
    return out, re.search(r"^fingerprint: ([0-9a-f]{32})$", out, re.M).group(1)


class KernelTrace(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)

    def trace(self, name, *args):
        path = os.path.join(SCRATCH, name)
        out, fp = run("phold", "--actors", "200", "--seconds", "0.2", "--out", path, *args)
        return path, out, fp

    def test_trace_is_identical_with_any_thread_count_and_placement(self):
        p1, _, f1 = self.trace("t1.h5", "--threads", "1")
        p2, _, f2 = self.trace("t2.h5", "--threads", "2", "--shards", "3")
        p3, _, f3 = self.trace("t3.h5", "--threads", "2", "--dedicated")
        self.assertEqual(f1, f2)
        self.assertEqual(f1, f3)
        with open(p1, "rb") as a, open(p2, "rb") as b, open(p3, "rb") as c:
            data = a.read()
            self.assertEqual(data, b.read())
            self.assertEqual(data, c.read())

    def test_h5py_reads_what_the_run_reported(self):
        path, out, _ = self.trace("t4.h5", "--threads", "2")
        events = int(re.search(r"^events: (\d+)", out, re.M).group(1))
        with h5py.File(path, "r") as f:
            self.assertEqual(f.attrs["format"], "preseason-trace")
            g = f["trace"]
            time = g["time"][:]
            actor = g["actor"][:]
            self.assertEqual(len(time), events)
            # Records arrive grouped by actor within each step; per actor they are in time order.
            for a in np.unique(actor):
                self.assertTrue(np.all(np.diff(time[actor == a]) >= 0), f"actor {a} out of time order")
            self.assertEqual(actor.max(), 199)
            # v2 is the delay each handler drew: inside [L, 2L) with L = 1 ms.
            delay = g["v2"][:]
            self.assertTrue(np.all((delay >= 1000) & (delay < 2000)))
            # v1 is the target; every target later appears as a handling actor.
            self.assertTrue(set(np.unique(g["v1"][:]).astype(int)) <= set(range(200)))

    def test_seed_changes_the_fingerprint(self):
        _, a = run("phold", "--actors", "100", "--seconds", "0.1", "--seed", "1")
        _, b = run("phold", "--actors", "100", "--seconds", "0.1", "--seed", "2")
        self.assertNotEqual(a, b)

    def test_bad_options_exit_with_status_2(self):
        r = subprocess.run([CLI, "phold", "--threads", "0"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        r = subprocess.run([CLI, "phold", "--lookahead-ms", "0"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("lookahead", r.stderr)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
