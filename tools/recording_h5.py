"""Athletes, streams and tables of a preseason recording open in h5py (f), in layout 1.x (a group per
athlete) or 2.x (squad-wide datasets, an athlete's rows one offsets slice); what an athlete lacks: KeyError."""
import bisect

import h5py


def _text(v):
    return v.decode() if isinstance(v, bytes) else v


def _squad(f):
    return _text(f.attrs.get("version", "1.0")).startswith("2.")


def athletes(f):
    """Athlete ids in file order."""
    return list(f["squad/athletes"].asstr()[:]) if _squad(f) else list(f["athletes"])


def athlete_attrs(f, a):
    return {k: _text(v) for k, v in f["athletes"][a].attrs.items()}


def _index(f, a):
    # The ids are sorted, so a binary search reads a few of them rather than the squad.
    ids = f["squad/athletes"].asstr()
    i = bisect.bisect_left(ids, a)
    if i == len(ids) or ids[i] != a:
        raise KeyError(a)
    return i


def _range(g, i):
    """Rows of the athlete at index i in a squad stream or table."""
    lo, hi = g["offsets"][i:i + 2]
    return range(int(lo), int(hi))


def _rows(f, a, kind, name):
    """(group, lo, hi): athlete a's rows of stream or table `name` (kind "streams" or
    "tables"); KeyError when the athlete has none."""
    if not _squad(f):
        g = f[f"athletes/{a}/{kind}/{name}"]
        return g, 0, len(g["time"])
    g = f[f"squad/{kind}/{name}"]
    rows = _range(g, _index(f, a))
    if not rows:
        raise KeyError(f"athlete {a} has no {name}")
    return g, rows.start, rows.stop


def _names(f, a, kind):
    if not _squad(f):
        g = f[f"athletes/{a}"]
        return sorted(g[kind]) if kind in g else []
    i = _index(f, a)
    return sorted(n for n, g in f.get(f"squad/{kind}", {}).items() if _range(g, i))


def stream_names(f, a):
    return _names(f, a, "streams")


def stream(f, a, name):
    """{'time', 'value'[, 'uploaded']} as numpy arrays."""
    g, lo, hi = _rows(f, a, "streams", name)
    return {c: g[c][lo:hi] for c in ("time", "value", "uploaded") if c in g}


def stream_attrs(f, a, name):
    return {k: _text(v) for k, v in _rows(f, a, "streams", name)[0].attrs.items()}


def table_names(f, a):
    return _names(f, a, "tables")


def table(f, a, name):
    """Column -> numpy array, text as str (variable-length, or fixed-length as 2.1 writes it).
    In 2.x the columns are the union over athletes: a column the athlete lacked holds NaN,
    "" or 0."""
    g, lo, hi = _rows(f, a, "tables", name)
    skip = "offsets" if _squad(f) else None  # the layout's, not a column
    return {c: (d.asstr() if h5py.check_string_dtype(d.dtype) else d)[lo:hi] for c, d in g.items() if c != skip}
