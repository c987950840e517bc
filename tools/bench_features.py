#!/usr/bin/python3
"""Times `preseason features` against the pandas reference on the same daily-input CSV.

  bench_features.py PRESEASON_CLI [--athletes 1000] [--days 365] [--dir DIR] [--repeat 3]

Two paths, each timed end to end (read, compute, write) as the best of --repeat runs,
both wall clock and CPU (user + system of the child), with the ratios pandas / preseason.
On a shared machine the CPU ratio is the steadier one:
  csv:  daily-input CSV in, feature CSV out;
  hdf5: a recording (the same season written with h5py: sessions table and streams)
        in, features.h5 out; the reference reads and writes with h5py.
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
import h5py  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

STREAMS = {"ln_rmssd": ("ring", "ln(ms)"), "sleep_h": ("pmsys", "h"), "temperature": ("env", "C"),
           "humidity": ("env", "%"), "noise": ("env", "dB"), "travel": ("", "h")}


def write_recording(daily_csv, path):
    """The daily inputs as a recording: load as one sRPE session a day, the rest as streams."""
    df = ref.read_daily(daily_csv).drop_duplicates(["athlete", "date"], keep="last")
    df["time"] = pd.to_datetime(df["date"]).to_numpy().astype("datetime64[us]").astype("int64")
    with h5py.File(path, "w") as f:
        f.attrs.update(format="preseason-recording", version="1.0", creator="bench_features.py", source=daily_csv)
        for athlete, rows in df.sort_values(["athlete", "time"]).groupby("athlete"):
            g = f.create_group(f"athletes/{athlete}")
            s = rows[rows["load"].notna()]
            t = g.create_group("tables/sessions")
            t["time"] = s["time"].to_numpy() + 10 * 3600 * 10**6
            t["rpe"] = np.full(len(s), 5.0)
            t["minutes"] = s["load"].to_numpy() / 5.0
            t["load"] = s["load"].to_numpy()
            for col in ["ln_rmssd", "sleep_h"] + ref.WELLNESS + ref.SECONDARY:
                source, unit = STREAMS.get(col, ("pmsys", "1-5"))
                metric = "sleep_duration" if col == "sleep_h" else col
                x = rows[rows[col].notna()]
                st = g.create_group(f"streams/{source + '.' if source else ''}{metric}")
                st.attrs.update(metric=metric, unit=unit, source=source, vendor=source)
                st["time"] = x["time"].to_numpy() + 7 * 3600 * 10**6
                st["value"] = x[col].to_numpy(dtype=float)


def best_of(cmd, repeat):
    """(best wall seconds, best CPU seconds) over `repeat` runs of cmd."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = os.times()
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        after = os.times()
        cpus.append((after.children_user - before.children_user) + (after.children_system - before.children_system))
    return min(walls), min(cpus)


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
    rec = os.path.join(work, f"season_{a.athletes}x{a.days}.h5")
    if not os.path.exists(rec):
        write_recording(src, rec)
    out = lambda name: os.path.join(work, name)  # noqa: E731
    ref_py = os.path.join(HERE, "features_reference.py")
    print(f"input: {src} ({rows} rows, {a.athletes} athletes x {a.days} days), {rec}")
    for path, cpp_cmd, py_cmd in [
        ("csv", [a.cli, "features", "--daily-csv", src, "--csv", out("cpp.csv")],
         [sys.executable, ref_py, "compute", src, out("pandas.csv")]),
        ("hdf5", [a.cli, "features", rec, "--out", out("cpp.h5")],
         [sys.executable, ref_py, "recording", rec, out("pandas.h5")]),
    ]:
        cpp_wall, cpp_cpu = best_of(cpp_cmd, a.repeat)
        py_wall, py_cpu = best_of(py_cmd, a.repeat)
        print(f"{path:5s} wall: preseason {cpp_wall:.3f} s, pandas {py_wall:.3f} s, ratio {py_wall / cpp_wall:.1f}x   "
              f"cpu: preseason {cpp_cpu:.3f} s, pandas {py_cpu:.3f} s, ratio {py_cpu / cpp_cpu:.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
