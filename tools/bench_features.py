#!/usr/bin/python3
"""Times `preseason features` against the pandas reference on the same daily-input CSV.

  bench_features.py PRESEASON_CLI [--athletes 1000] [--days 365] [--dir DIR] [--repeat 3]

Both read the CSV, compute every feature and write the output CSV; the best of
--repeat wall-clock runs of each is reported with their ratio.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import features_reference as ref  # noqa: E402


def best_of(cmd, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("cli")
    p.add_argument("--athletes", type=int, default=1000)
    p.add_argument("--days", type=int, default=365)
    p.add_argument("--dir", default=None)
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    work = a.dir or tempfile.mkdtemp(prefix="bench_features_")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, f"season_{a.athletes}x{a.days}.csv")
    if not os.path.exists(src):
        ref.synthetic(a.athletes, a.days, seed=3).to_csv(src, index=False, float_format="%.17g")
    rows = sum(1 for _ in open(src)) - 1
    cpp = best_of([a.cli, "features", "--daily-csv", src, "--csv", os.path.join(work, "cpp.csv")], a.repeat)
    py = best_of([sys.executable, os.path.join(HERE, "features_reference.py"), "compute", src,
                  os.path.join(work, "pandas.csv")], a.repeat)
    print(f"input: {src} ({rows} rows, {a.athletes} athletes x {a.days} days)")
    print(f"preseason features: {cpp:.3f} s")
    print(f"pandas reference:   {py:.3f} s")
    print(f"ratio (pandas / preseason): {py / cpp:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
