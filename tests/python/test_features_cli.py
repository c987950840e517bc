"""`preseason features` command line: bad input exits 2 naming file and line and
leaves no output behind; good input writes one row per calendar day."""
import csv
import os
import subprocess
import unittest

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "features_cli")
HEADER = "athlete,date,load,ln_rmssd,sleep_h,fatigue,sleep_quality,soreness,stress,mood,temperature,humidity,noise,travel\n"


def run(name, text):
    os.makedirs(SCRATCH, exist_ok=True)
    src, out = os.path.join(SCRATCH, name + ".csv"), os.path.join(SCRATCH, name + ".out.csv")
    with open(src, "w") as f:
        f.write(text)
    if os.path.exists(out):
        os.remove(out)
    p = subprocess.run([CLI, "features", "--daily-csv", src, "--csv", out], capture_output=True, text=True)
    return p, src, out


class FeaturesCli(unittest.TestCase):
    def test_bad_number_names_file_and_line(self):
        p, src, out = run("bad_number", HEADER + "a,2025-01-01,300,,,,,,,,,,,\n" + "a,2025-01-02,lots,,,,,,,,,,,\n")
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith(f"error: {src}:3: load: not a number"), p.stderr)
        self.assertFalse(os.path.exists(out))

    def test_missing_column_and_bad_date(self):
        p, src, _ = run("no_column", "athlete,date,load\n")
        self.assertEqual(p.returncode, 2)
        self.assertIn(f"{src}:1: missing column 'ln_rmssd'", p.stderr)
        p, src, _ = run("bad_date", HEADER + "a,2025-13-01,1,,,,,,,,,,,\n")
        self.assertEqual(p.returncode, 2)
        self.assertIn(f"{src}:2:", p.stderr)
        p, src, _ = run("short_row", HEADER + "a,2025-01-01,1\n")
        self.assertEqual(p.returncode, 2)
        self.assertIn(f"{src}:2: expected 14 fields", p.stderr)

    def test_rest_days_filled_and_values_written(self):
        p, _, out = run("good", HEADER + "a,2025-01-03,200,,,,,,,,,,,\n" + "a,2025-01-01,100,4.1,7.2,,,,,,,,,\n")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("1 late", p.stdout)
        with open(out) as f:
            rows = list(csv.DictReader(f))
        self.assertEqual([r["date"] for r in rows], ["2025-01-01", "2025-01-02", "2025-01-03"])
        self.assertEqual(rows[1]["load"], "0")
        self.assertEqual(rows[1]["load_q"], "imputed")
        self.assertEqual(float(rows[2]["ewma_acute"]), 100 * 0.75 * 0.75 + 0.25 * 200)
        self.assertEqual(rows[0]["sleep_debt7"], repr(8.2 - 7.2))
        self.assertEqual(rows[0]["hrv7"], "")
        self.assertEqual(rows[0]["hrv7_q"], "missing")


if __name__ == "__main__":
    unittest.main()
