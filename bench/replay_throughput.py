"""Replay throughput against a bare h5py read of the same data.

Writes, following docs/recording-format.md, a gzip-compressed recording of a squad with
minute-level heart rate for a season (plus daily wellness answers and sessions, so the
pipelines have decisions to make), then times, alternating and repeated:
  (a) h5py reading every heart-rate dataset (time and value) fully into numpy;
  (b) `preseason replay REC --threads 2`, end to end as a process.
The replay's rate counts the samples it delivered to the pipelines (its `samples:` line)
over its process wall time, so start-up and the pipelines' work are included.

    /usr/bin/python3 bench/replay_throughput.py [--cli build/tools/preseason]
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time

import h5py
import numpy as np

MINUTE = 60_000_000
DAY = 24 * 60 * MINUTE
T0 = 1_751_846_400_000_000  # Monday 2025-07-07 00:00 UTC
WELLNESS = (("fatigue", "1-5"), ("mood", "1-5"), ("soreness", "1-5"), ("stress", "1-5"), ("sleep_duration", "h"))


def column(group, name, data, chunk):
    group.create_dataset(name, data=data, chunks=(min(chunk, max(len(data), 1)),), maxshape=(None,),
                         compression="gzip", shuffle=True)


def stream(athlete, name, metric, unit, time_us, value, chunk):
    s = athlete.create_group(f"streams/{name}")
    s.attrs.update(metric=metric, unit=unit, source=name.split(".")[0], vendor="bench")
    column(s, "time", time_us.astype("int64"), chunk)
    column(s, "value", value.astype("float64"), chunk)


def write_recording(path, athletes, weeks, chunk):
    rng = np.random.default_rng(11)
    days = 7 * weeks
    minutes = np.arange(days * 24 * 60, dtype="int64")
    with h5py.File(path, "w") as f:
        f.attrs.update(format="preseason-recording", version="1.1", creator="bench/replay_throughput.py",
                       source="synthetic squad")
        for i in range(athletes):
            a = f.create_group(f"athletes/a{i + 1:02d}")
            hr = 60 + 25 * np.sin(2 * np.pi * (minutes % 1440) / 1440) + rng.normal(0, 4, len(minutes))
            stream(a, "watch.heart_rate", "heart_rate", "bpm", T0 + minutes * MINUTE, np.round(hr), chunk)
            day_index = np.arange(days, dtype="int64")
            answered = T0 + day_index * DAY + 7 * 60 * MINUTE
            for metric, unit in WELLNESS:
                low, high = (1, 5) if unit == "1-5" else (6, 9)
                stream(a, f"app.{metric}", metric, unit, answered, rng.integers(low, high + 1, days).astype(float), chunk)
            trained = day_index[day_index % 7 != 6]
            t = a.create_group("tables/sessions")
            column(t, "time", T0 + trained * DAY + 10 * 60 * MINUTE, chunk)
            column(t, "minutes", 60.0 + 15 * (trained % 4), chunk)
            column(t, "rpe", 4.0 + (trained % 5), chunk)
            column(t, "load", t["minutes"][:] * t["rpe"][:], chunk)
    return athletes * len(minutes)


def read_with_h5py(path):
    samples = 0
    with h5py.File(path, "r") as f:
        for name in f["athletes"]:
            s = f[f"athletes/{name}/streams/watch.heart_rate"]
            t = s["time"][:]
            v = s["value"][:]
            samples += min(len(t), len(v))
    return samples


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def replay(cli, path, threads):
    start, cpu = time.perf_counter(), children_cpu()
    out = subprocess.run([cli, "replay", path, "--threads", str(threads)], capture_output=True, text=True,
                         check=True).stdout
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    m = re.search(r"^samples: (\d+) \((\d+) raw", out, re.M)
    run_wall = float(re.search(r"wall: ([\d.]+) s", out).group(1))
    return wall, cpu, run_wall, int(m.group(1)), int(m.group(2))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cli", default=os.path.join(here, "..", "build", "tools", "preseason"))
    p.add_argument("--out", default="/tmp/preseason-replay-throughput.h5")
    p.add_argument("--athletes", type=int, default=25)
    p.add_argument("--weeks", type=int, default=44)
    p.add_argument("--chunk", type=int, default=4096, help="HDF5 chunk in samples (RecordingWriter's default)")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=3)
    a = p.parse_args()

    start = time.perf_counter()
    hr_samples = write_recording(a.out, a.athletes, a.weeks, a.chunk)
    print(f"wrote {a.out}: {a.athletes} athletes x {a.weeks} weeks, {hr_samples} heart-rate samples, "
          f"{os.path.getsize(a.out) / 1e6:.1f} MB, {time.perf_counter() - start:.1f} s")

    h5py_s, h5py_cpu, replay_s, replay_cpu, run_s = [], [], [], [], []
    for r in range(a.repeats):
        start, cpu = time.perf_counter(), time.process_time()
        got = read_with_h5py(a.out)
        h5py_s.append(time.perf_counter() - start)
        h5py_cpu.append(time.process_time() - cpu)
        assert got == hr_samples, (got, hr_samples)
        wall, cpu, run_wall, delivered, raw = replay(a.cli, a.out, a.threads)
        replay_s.append(wall)
        replay_cpu.append(cpu)
        run_s.append(run_wall)
        print(f"repeat {r + 1}: h5py {h5py_s[-1]:.3f} s (cpu {h5py_cpu[-1]:.3f} s); replay {wall:.3f} s "
              f"(cpu {cpu:.3f} s, run {run_wall:.3f} s), {delivered} samples delivered, {raw} raw")

    h5py_rate = hr_samples / statistics.median(h5py_s)
    replay_rate = delivered / statistics.median(replay_s)
    run_rate = delivered / statistics.median(run_s)
    print(f"h5py read (heart rate, time+value): {h5py_rate / 1e6:.2f} M samples/s (median of {a.repeats})")
    print(f"replay --threads {a.threads}, process: {replay_rate / 1e6:.2f} M samples/s; "
          f"run only: {run_rate / 1e6:.2f} M samples/s")
    print(f"ratio replay/h5py: {replay_rate / h5py_rate:.2f} (process), {run_rate / h5py_rate:.2f} (run only)")
    h5py_cpu_rate = hr_samples / statistics.median(h5py_cpu)
    replay_cpu_rate = delivered / statistics.median(replay_cpu)
    print(f"per CPU second: h5py {h5py_cpu_rate / 1e6:.2f}, replay {replay_cpu_rate / 1e6:.2f} M samples/s "
          f"(ratio {replay_cpu_rate / h5py_cpu_rate:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
