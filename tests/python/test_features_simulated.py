"""`preseason features` on a recording made by `preseason run` agrees with the independent
pandas reference (tools/features_reference.py) to 1e-9 relative: the simulated devices'
streams carry the same canonical metrics as imported data, so one set of rules serves both."""
import os
import subprocess
import sys
import unittest

SOURCE = os.environ["PRESEASON_SOURCE_DIR"]
sys.path.insert(0, os.path.join(SOURCE, "tools"))
import features_reference as ref  # noqa: E402
from test_features_recording import Agreement, features  # noqa: E402

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "features_recording")


class SimulatedSeason(unittest.TestCase, Agreement):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SCRATCH, exist_ok=True)
        cls.rec = os.path.join(SCRATCH, "simulated.h5")
        subprocess.run([CLI, "run", os.path.join(SOURCE, "scenarios", "small.yaml"), "--replicates", "1",
                        "--out", cls.rec], check=True, capture_output=True)
        cls.cpp, cls.h5 = features(cls.rec, "simulated_features")
        cls.py = ref.compute(ref.recording_inputs(cls.rec))

    def test_agrees_with_pandas(self):
        self.check_agreement(self.cpp, self.py)
        # The simulated devices feed every primary input.
        for column in ("ln_rmssd", "sleep_h", "fatigue_z", "acwr_ewma", "hrv_z"):
            self.assertGreater(self.cpp[column].notna().sum(), 50, column)

    def test_h5_output_holds_the_same_table(self):
        self.check_h5_matches_csv(self.h5, self.cpp)


if __name__ == "__main__":
    unittest.main()
