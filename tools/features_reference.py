#!/usr/bin/python3
"""Independent pandas implementation of the daily features in docs/features.md.

  features_reference.py compute IN.csv OUT.csv [--secondary-band 2]
  features_reference.py recording REC.h5 OUT.h5 [--csv OUT.csv] [--secondary-band 2]
  features_reference.py synthetic OUT.csv [--athletes 20] [--days 365] [--seed 1]

`compute` reads the same daily-input CSV as `preseason features` and writes the
same columns, so the two can be compared value by value. `synthetic` writes a
realistic season of daily inputs (rest days, missing HRV/sleep, wellness gaps,
missing rows, duplicate and late rows, travel) from a fixed numpy seed.
`recording` reads a preseason recording with h5py by the input rules of
docs/features.md and writes the features as `preseason features REC --out` does.
"""
import argparse
import sys

import h5py
import numpy as np
import pandas as pd

import recording_h5 as rh

INPUTS = ["load", "ln_rmssd", "sleep_h", "fatigue", "sleep_quality", "soreness", "stress", "mood",
          "temperature", "humidity", "noise", "travel"]
WELLNESS = ["fatigue", "sleep_quality", "soreness", "stress", "mood"]
SECONDARY = ["temperature", "humidity", "noise", "travel"]
WRITTEN_INPUTS = ["load", "ln_rmssd", "sleep_h"]
FEATURES = ["ewma_acute", "ewma_chronic", "acwr_ewma", "acwr_coupled", "acwr_uncoupled", "monotony", "strain",
            "ctl", "atl", "tsb", "hrv7", "hrv_base60", "hrv_sd60", "hrv_z", "hrv_below_swc", "sleep_debt7"] + \
           [w + "_z" for w in WELLNESS] + ["wellness_z_sum"] + [s + "_z" for s in SECONDARY]


def calendar(inp):
    """One row per athlete and calendar day from the athlete's first to last date."""
    order = pd.unique(inp["athlete"])
    span = inp.groupby("athlete", sort=False)["date"].agg(["min", "max"]).loc[order]
    lengths = ((span["max"] - span["min"]).dt.days + 1).to_numpy()
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    offset = np.arange(lengths.sum()) - starts
    dates = np.repeat(span["min"].to_numpy(), lengths) + pd.to_timedelta(offset, unit="D").to_numpy()
    return pd.DataFrame({"athlete": np.repeat(order, lengths), "date": dates})


def compute(inp, band=2.0, baseline_days=28, baseline_min=7, sleep_need=8.2):
    inp = inp.copy()
    inp["date"] = pd.to_datetime(inp["date"], format="%Y-%m-%d")
    # Repeated athlete-days: the last reported value of each column wins.
    daily = inp.groupby(["athlete", "date"], sort=False)[INPUTS].last()
    df = calendar(inp).join(daily, on=["athlete", "date"])
    out = df[["athlete", "date"]].copy()

    def by(series):
        return series.groupby(df["athlete"], sort=False)

    def roll(series, window, min_periods):
        return by(series).rolling(window, min_periods=min_periods)

    def flat(result):
        return result.reset_index(level=0, drop=True).sort_index()

    def shift(series, n):
        return by(series).shift(n)

    def quality(value, missing_input, window):
        touched = flat(roll(missing_input.astype(float), window, 1).sum()) > 0
        q = np.where(touched, "imputed", "measured")
        return pd.Series(np.where(value.isna(), "missing", q), index=value.index)

    load = df["load"].fillna(0.0)
    out["load"] = load
    out["ln_rmssd"] = df["ln_rmssd"]
    out["sleep_h"] = df["sleep_h"]
    out["load_q"] = np.where(df["load"].isna(), "imputed", "measured")
    for c in ["ln_rmssd", "sleep_h"]:
        out[c + "_q"] = np.where(df[c].isna(), "missing", "measured")

    f, q = {}, {}
    no_load = df["load"].isna()
    f["ewma_acute"] = flat(by(load).ewm(alpha=2 / 8, adjust=False).mean())
    f["ewma_chronic"] = flat(by(load).ewm(alpha=2 / 29, adjust=False).mean())
    f["acwr_ewma"] = f["ewma_acute"] / f["ewma_chronic"].where(f["ewma_chronic"] != 0)
    # ewm over [0, load_0, ..., load_{t-1}] is the Banister state of day t-1 started from 0.
    prior = shift(load, 1).fillna(0.0)
    ctl_prev = flat(by(prior).ewm(alpha=1 - np.exp(-1 / 42), adjust=False).mean())
    atl_prev = flat(by(prior).ewm(alpha=1 - np.exp(-1 / 7), adjust=False).mean())
    f["ctl"] = ctl_prev + (1 - np.exp(-1 / 42)) * (load - ctl_prev)
    f["atl"] = atl_prev + (1 - np.exp(-1 / 7)) * (load - atl_prev)
    f["tsb"] = ctl_prev - atl_prev
    m7 = flat(roll(load, 7, 7).mean())
    m28 = flat(roll(load, 28, 28).mean())
    m21 = flat(roll(shift(load, 7), 21, 21).mean())
    f["acwr_coupled"] = m7 / m28.where(m28 != 0)
    f["acwr_uncoupled"] = m7 / m21.where(m21 != 0)
    sd7 = flat(roll(load, 7, 7).std())
    f["monotony"] = m7 / sd7.where(sd7 > 0)
    f["strain"] = flat(roll(load, 7, 7).sum()) * f["monotony"]
    for name, window in [("ewma_acute", 7), ("atl", 7), ("monotony", 7), ("strain", 7), ("ewma_chronic", 28),
                         ("acwr_ewma", 28), ("acwr_coupled", 28), ("acwr_uncoupled", 28), ("ctl", 42), ("tsb", 42)]:
        q[name] = quality(f[name], no_load, window)

    hrv = df["ln_rmssd"]
    f["hrv7"] = flat(roll(hrv, 7, 3).mean())
    f["hrv_base60"] = flat(roll(hrv, 60, 20).mean())
    f["hrv_sd60"] = flat(roll(hrv, 60, 20).std())
    f["hrv_z"] = (f["hrv7"] - f["hrv_base60"]) / f["hrv_sd60"].where(f["hrv_sd60"] != 0)
    known = f["hrv7"].notna() & f["hrv_base60"].notna() & f["hrv_sd60"].notna()
    below = (f["hrv7"] < f["hrv_base60"] - 0.5 * f["hrv_sd60"]).astype(float)
    f["hrv_below_swc"] = below.where(known)
    q["hrv7"] = quality(f["hrv7"], hrv.isna(), 7)
    for name in ["hrv_base60", "hrv_sd60", "hrv_z", "hrv_below_swc"]:
        q[name] = quality(f[name], hrv.isna(), 60)

    deficit = (sleep_need - df["sleep_h"]).clip(lower=0.0)
    f["sleep_debt7"] = flat(roll(deficit, 7, 1).sum())
    q["sleep_debt7"] = quality(f["sleep_debt7"], df["sleep_h"].isna(), 7)

    active = {}
    for item in WELLNESS + SECONDARY:
        x = df[item]
        before = shift(x, 1)
        mean = flat(roll(before, baseline_days, baseline_min).mean())
        sd = flat(roll(before, baseline_days, baseline_min).std())
        f[item + "_z"] = (x - mean) / sd.where(sd != 0)
        q[item + "_z"] = quality(f[item + "_z"], x.isna(), baseline_days + 1)
        active[item] = x.notna() & mean.notna() & ((x - mean).abs() > band * sd)
    f["wellness_z_sum"] = sum(f[w + "_z"] for w in WELLNESS)
    worst = pd.concat([q[w + "_z"] for w in WELLNESS], axis=1)
    q["wellness_z_sum"] = pd.Series(np.where(f["wellness_z_sum"].isna(), "missing",
                                             np.where((worst == "imputed").any(axis=1), "imputed", "measured")),
                                    index=df.index)

    for name in FEATURES:
        out[name] = f[name]
    for name in FEATURES:
        out[name + "_q"] = q[name]
    names = np.full(len(df), "", dtype=object)
    for s in SECONDARY:
        hit = active[s].to_numpy()
        names[hit] = np.where(names[hit] == "", s, names[hit] + ";" + s)
    out["active_secondary"] = names
    out["date"] = out["date"].dt.strftime("%Y-%m-%d")
    return out


DAY_US = 86_400_000_000
QUALITY_CODES = {"measured": 0, "imputed": 1, "missing": 2}


def stream_route(attrs):
    """(input, rank, convert) for a stream, or None when it feeds no input."""
    metric, unit, source = attrs.get("metric"), attrs.get("unit"), attrs.get("source", "")
    if source == "truth":
        return None
    if metric == "ln_rmssd":
        return "ln_rmssd", 2, lambda v: v
    if metric == "rmssd":
        if unit != "ms":
            raise ValueError(f"rmssd in unit {unit!r}")
        return "ln_rmssd", 1, lambda v: np.log(np.where(v > 0, v, np.nan))
    if metric == "sleep_duration":
        per_hour = {"h": 1.0, "min": 60.0, "s": 3600.0}
        if unit not in per_hour:
            raise ValueError(f"sleep_duration in unit {unit!r}")
        return "sleep_h", 1 if source == "pmsys" else 2, lambda v, d=per_hour[unit]: v * (1.0 / d) if d != 1 else v
    if metric in INPUTS[3:]:
        return metric, 1, lambda v: v
    return None


def athlete_inputs(f, athlete):
    """One athlete of a recording -> long frame of (day, input, value, rank, order)."""
    parts = []
    if "sessions" in rh.table_names(f, athlete):
        t = rh.table(f, athlete, "sessions")
        if "rpe" in t:
            s = pd.DataFrame({"time": t["time"], "rpe": t["rpe"]})
            load = t["load"] if "load" in t else np.full(len(s), np.nan)
            minutes = t["minutes"] if "minutes" in t else np.full(len(s), np.nan)
            s["load"] = np.where(np.isnan(load), s["rpe"].to_numpy() * minutes, load)
            s = s[s["rpe"].notna() & np.isfinite(s["load"]) & (s["load"] >= 0)]
            daily = s.groupby(s["time"] // DAY_US)["load"].sum()
            parts.append(pd.DataFrame({"day": daily.index, "input": "load", "value": daily.to_numpy(),
                                       "rank": 0, "order": 0}))
    for order, name in enumerate(rh.stream_names(f, athlete), start=1):
        route = stream_route(rh.stream_attrs(f, athlete, name))
        if route is None:
            continue
        inp, rank, convert = route
        st = rh.stream(f, athlete, name)
        x = pd.DataFrame({"day": st["time"] // DAY_US, "value": convert(st["value"].astype(float))})
        x = x[np.isfinite(x["value"])].groupby("day", as_index=False).last()
        parts.append(x.assign(input=inp, rank=rank, order=order))
    if not parts:
        return None
    long = pd.concat(parts, ignore_index=True)
    # Higher rank wins a day; among equal ranks the first stream by name.
    long = long.sort_values(["input", "day", "rank", "order"], ascending=[True, True, False, True])
    return long.drop_duplicates(["input", "day"]).pivot(index="day", columns="input", values="value")


def recording_inputs(path):
    """Daily inputs of a recording, one row per athlete and UTC day with any input."""
    frames = []
    with h5py.File(path, "r") as f:
        if f.attrs.get("format") != "preseason-recording":
            raise ValueError(f"{path}: not a preseason recording")
        for athlete in rh.athletes(f):
            wide = athlete_inputs(f, athlete)
            if wide is None:
                continue
            wide = wide.reindex(columns=INPUTS)
            wide.insert(0, "date", pd.to_datetime(wide.index.to_numpy() * DAY_US, unit="us").strftime("%Y-%m-%d"))
            wide.insert(0, "athlete", athlete)
            frames.append(wide.reset_index(drop=True))
    return pd.concat(frames, ignore_index=True)


def write_h5(features, path, source):
    """The layout of `preseason features --out`: one squad-wide table /team/tables/features."""
    with h5py.File(path, "w") as f:
        f.attrs.update(format="preseason-recording", version="1.1", creator="features_reference.py", source=source)
        f.create_group("athletes")
        t = f.create_group("team/tables/features")
        t["time"] = pd.to_datetime(features["date"]).to_numpy().astype("datetime64[us]").astype("int64")
        t["athlete"] = np.array(features["athlete"].to_numpy(dtype=object), dtype=h5py.string_dtype())
        for c in WRITTEN_INPUTS + FEATURES:
            t[c] = features[c].to_numpy(dtype=float)
        for c in WRITTEN_INPUTS + FEATURES:
            t[c + "_q"] = features[c + "_q"].map(QUALITY_CODES).to_numpy(dtype="int8")
        bits = {s: 1 << i for i, s in enumerate(SECONDARY)}
        t["active_secondary"] = features["active_secondary"].map(
            lambda n: sum(bits[s] for s in n.split(";")) if n else 0).to_numpy(dtype="int8")


def read_daily(path):
    return pd.read_csv(path, dtype={"athlete": str}, keep_default_na=False, na_values=[""])


def synthetic(athletes=20, days=365, seed=1):
    """A season of daily inputs as a sports-science department would export it."""
    rng = np.random.default_rng(seed)
    rows = []
    season = pd.Timestamp("2024-07-01")
    for a in range(athletes):
        start = season + pd.Timedelta(days=int(rng.integers(0, 10)))
        n = days - int(rng.integers(0, 10))
        base_hrv, base_sleep = rng.normal(4.2, 0.3), rng.normal(7.6, 0.4)
        wellness_base = rng.uniform(2.5, 4.0, size=len(WELLNESS))
        for d in range(n):
            date = start + pd.Timedelta(days=d)
            if rng.random() < 0.03 and d > 0:
                continue  # nothing exported for that day
            weekday = date.dayofweek
            rest = weekday == 0 or rng.random() < 0.12 or (150 <= d < 160)
            if rest:
                load = "" if rng.random() < 0.6 else 0
            else:
                rpe = float(rng.integers(2, 10)) + (0.5 if rng.random() < 0.3 else 0.0)
                load = rpe * float(rng.integers(30, 110))
            row = {"athlete": f"ath{a:04d}", "date": date.strftime("%Y-%m-%d"), "load": load}
            row["ln_rmssd"] = "" if rng.random() < 0.2 or (200 <= d < 215) else rng.normal(base_hrv, 0.18)
            row["sleep_h"] = "" if rng.random() < 0.15 else float(np.clip(rng.normal(base_sleep, 0.9), 3, 12))
            gap = rng.random() < 0.25 or (60 <= d < 75)
            for w, b in zip(WELLNESS, wellness_base):
                row[w] = "" if gap else int(np.clip(round(rng.normal(b, 0.8)), 1, 5))
            row["temperature"] = "" if rng.random() < 0.1 else rng.normal(15 + 10 * np.sin(d / 58), 2.5)
            row["humidity"] = "" if rng.random() < 0.1 else float(np.clip(rng.normal(60, 12), 5, 100))
            row["noise"] = "" if rng.random() < 0.1 else rng.normal(45, 6) + (25 if rng.random() < 0.03 else 0)
            row["travel"] = float(rng.integers(2, 9)) if rng.random() < 0.05 else 0.0
            rows.append(row)
    df = pd.DataFrame(rows, columns=["athlete", "date"] + INPUTS)
    # Re-sent rows (one value corrected) and rows delivered after later days.
    dup = df.sample(frac=0.01, random_state=seed).copy()
    dup["sleep_h"] = ""
    dup["mood"] = 5
    late = df.sample(frac=0.01, random_state=seed + 1)
    df = df.drop(late.index)
    return pd.concat([df, dup, late], ignore_index=True)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("compute")
    c.add_argument("input")
    c.add_argument("output")
    c.add_argument("--secondary-band", type=float, default=2.0)
    r = sub.add_parser("recording")
    r.add_argument("input")
    r.add_argument("output")
    r.add_argument("--csv")
    r.add_argument("--secondary-band", type=float, default=2.0)
    s = sub.add_parser("synthetic")
    s.add_argument("output")
    s.add_argument("--athletes", type=int, default=20)
    s.add_argument("--days", type=int, default=365)
    s.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    if a.cmd == "compute":
        compute(read_daily(a.input), band=a.secondary_band).to_csv(a.output, index=False, float_format="%.17g")
    elif a.cmd == "recording":
        out = compute(recording_inputs(a.input), band=a.secondary_band)
        write_h5(out, a.output, a.input)
        if a.csv:
            out.to_csv(a.csv, index=False, float_format="%.17g")
    else:
        synthetic(a.athletes, a.days, a.seed).to_csv(a.output, index=False, float_format="%.17g")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
