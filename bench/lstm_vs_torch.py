#!/usr/bin/python3
"""The LSTM predictor against PyTorch on the same shapes (issue "The LSTM predictor").

Measures, in the same run and interleaved round by round so that the load of a shared
machine hits both sides alike:
  - one inference step at batch 1 with the hidden state carried (C++: Lstm::step and
    Predictor::step from bench/lstm_bench.cc; PyTorch: nn.LSTM + nn.Linear + sigmoid
    under no_grad, the probability read back with .item());
  - one training epoch over 125 sequences of 56 days (25 athletes x 300 days), batch 8:
    forward, BCEWithLogitsLoss(pos_weight), backward, clip_grad_norm_(1), Adam.
Both sides report CPU time of their own process (Google Benchmark's cpu_time, Python's
process_time), with PyTorch on one thread. Speed-ups are computed per round and the
table gives their median, and as "range" the lowest and highest over the rounds against
the faster of PyTorch's float32 and float64, which is also what the goals are judged on:
a step >= 50x faster than PyTorch, training at least as fast.

    bench/lstm_vs_torch.py [build-bench/bench/lstm_bench] [--rounds 5]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import torch
from torch import nn

FEATURES = 20
INPUTS = 3 * FEATURES
DAYS = 64
ATHLETES, SEASON_DAYS, CHUNK_DAYS, BATCH = 25, 300, 56, 8
POS_WEIGHT = 23.4
STEP_SHAPES = [(32, 1), (64, 1), (32, 2), (64, 2)]
TRAIN_SHAPES = [(16, 1), (32, 1), (64, 1), (32, 2)]
DTYPES = {"f32": torch.float32, "f64": torch.float64}
STEP_GOAL, TRAIN_GOAL = 50.0, 1.0


def find_binary(given):
    if given:
        return given
    here = os.path.dirname(os.path.abspath(__file__))
    for build in ("build-bench", "build"):
        path = os.path.join(here, "..", build, "bench", "lstm_bench")
        if os.access(path, os.X_OK):
            return os.path.normpath(path)
    sys.exit("lstm_bench not found; pass its path (cmake --build build-bench --target lstm_bench)")


UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def run_cpp(binary, min_time):
    out = subprocess.run([binary, "--benchmark_format=json", f"--benchmark_min_time={min_time}",
                          "--benchmark_filter=LstmStep|PredictorStep|TrainEpoch"],
                         check=True, capture_output=True, text=True).stdout
    return {b["name"]: b["cpu_time"] * UNIT_SECONDS[b["time_unit"]] for b in json.loads(out)["benchmarks"]}


def encoded_days(n, generator):
    """Days as FeatureEncoder makes them: z-scores, ~10 % missing, ~5 % imputed."""
    z = torch.randn(n, FEATURES, generator=generator, dtype=torch.float64)
    missing = torch.rand(n, FEATURES, generator=generator, dtype=torch.float64) < 0.1
    imputed = torch.rand(n, FEATURES, generator=generator, dtype=torch.float64) < 0.05
    return torch.cat([z.masked_fill(missing, 0), missing.double(), imputed.double()], dim=1)


def model(hidden, layers, dtype):
    torch.manual_seed(1)
    return nn.LSTM(INPUTS, hidden, layers, batch_first=True).to(dtype), nn.Linear(hidden, 1).to(dtype)


def torch_step(hidden, layers, dtype, seconds):
    lstm, out = model(hidden, layers, dtype)
    days = [d.view(1, 1, INPUTS).to(dtype) for d in encoded_days(DAYS, torch.Generator().manual_seed(2))]
    h = torch.zeros(layers, 1, hidden, dtype=dtype)
    c = torch.zeros(layers, 1, hidden, dtype=dtype)
    with torch.no_grad():
        steps, start = 0, time.process_time()
        while True:
            for _ in range(200):
                y, (h, c) = lstm(days[steps % DAYS], (h, c))
                torch.sigmoid(out(y[:, -1])).item()
                steps += 1
            elapsed = time.process_time() - start
            if elapsed >= seconds:
                return elapsed / steps


def training_data(dtype):
    generator = torch.Generator().manual_seed(4)
    chunks = ATHLETES * (SEASON_DAYS // CHUNK_DAYS)
    x = encoded_days(chunks * CHUNK_DAYS, generator).view(chunks, CHUNK_DAYS, INPUTS).to(dtype)
    y = (torch.rand(chunks, CHUNK_DAYS, generator=generator, dtype=torch.float64) < 0.04).to(dtype)
    return x, y


def torch_epoch(hidden, layers, dtype, seconds):
    lstm, out = model(hidden, layers, dtype)
    params = list(lstm.parameters()) + list(out.parameters())
    optimiser = torch.optim.Adam(params, lr=0.01)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(POS_WEIGHT, dtype=dtype))
    x, y = training_data(dtype)

    def epoch():
        for b in range(0, x.shape[0], BATCH):
            optimiser.zero_grad()
            h, _ = lstm(x[b:b + BATCH])
            loss = loss_fn(out(h).squeeze(-1), y[b:b + BATCH])
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()

    epoch()  # first-call allocations
    epochs, start = 0, time.process_time()
    while True:
        epoch()
        epochs += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return elapsed / epochs


def rows():
    """(label, C++ benchmark name, torch measurement kind, hidden, layers, goal)."""
    for h, l in STEP_SHAPES:
        yield f"Lstm::step H={h} L={l}", f"BM_LstmStep/hidden:{h}/layers:{l}", "step", h, l, STEP_GOAL
    for h, l in STEP_SHAPES:
        yield f"Predictor::step H={h} L={l}", f"BM_PredictorStep/hidden:{h}/layers:{l}", "step", h, l, STEP_GOAL
    for h, l in TRAIN_SHAPES:
        yield f"epoch H={h} L={l}", f"BM_TrainEpoch/hidden:{h}/layers:{l}", "epoch", h, l, TRAIN_GOAL


def fmt_time(seconds):
    return f"{seconds * 1e6:.2f} us" if seconds < 1e-3 else f"{seconds * 1e3:.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", help="lstm_bench (default: build-bench/bench/lstm_bench)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--min-time", type=float, default=0.3, help="seconds per measurement")
    parser.add_argument("--json", help="write every round's times here")
    args = parser.parse_args()
    binary = find_binary(args.binary)
    torch.set_num_threads(1)

    measure = {"step": torch_step, "epoch": torch_epoch}
    cpp = {r[1]: [] for r in rows()}
    pt = {(kind, h, l, d): [] for _, _, kind, h, l, _ in rows() for d in DTYPES}
    load_before = os.getloadavg()
    for r in range(args.rounds):
        for name, seconds in run_cpp(binary, args.min_time).items():
            if name in cpp:
                cpp[name].append(seconds)
        for key, times in pt.items():
            if len(times) == r:
                kind, h, l, d = key
                times.append(measure[kind](h, l, DTYPES[d], args.min_time))
        print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)
    load_after = os.getloadavg()

    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread; {args.rounds} rounds; "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after; medians of CPU time")
    head = ("", "C++", "PyTorch f32", "PyTorch f64", "f32 / C++", "f64 / C++", "range", "goal", "met")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    report = []
    for label, name, kind, h, l, goal in rows():
        c = cpp[name]
        t32, t64 = pt[(kind, h, l, "f32")], pt[(kind, h, l, "f64")]
        worst = [min(a, b) / x for a, b, x in zip(t32, t64, c)]
        r32 = statistics.median(a / x for a, x in zip(t32, c))
        r64 = statistics.median(b / x for b, x in zip(t64, c))
        met = statistics.median(worst) >= goal
        print(f"| {label} | {fmt_time(statistics.median(c))} | {fmt_time(statistics.median(t32))} | "
              f"{fmt_time(statistics.median(t64))} | {r32:.1f}x | {r64:.1f}x | "
              f"{min(worst):.1f}-{max(worst):.1f}x | >= {goal:g}x | {'yes' if met else 'no'} |")
        report.append({"row": label, "cpp": c, "torch_f32": t32, "torch_f64": t64, "goal": goal, "met": met})
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"torch": torch.__version__, "load": [load_before, load_after], "rows": report}, f, indent=1)


if __name__ == "__main__":
    main()
