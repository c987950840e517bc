"""Live decisions: a live config that is also a scenario decides days. Four weeks of
readings and session RPE are posted day by day into a real server; the coach asks for each
of the last week's recommendations in the morning. Every one equals what `preseason replay`
decides from the store's export, for the whole store and for the store as it was when the
day was decided; and that export, replayed reading by reading into a second server, gives
the decisions `preseason replay` makes from it. The plan is the scenario's
calendar; verdicts are scoped, validated, audited and survive a restart; consent withholds
features per role."""
import datetime
import os
import shutil
import subprocess
import sys
import time
import unittest

import h5py

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.environ["PRESEASON_SOURCE_DIR"], "tools"))
import recording_h5 as rh  # noqa: E402
from test_live_api import Server, fresh_store, sha  # noqa: E402
import test_live_api  # noqa: E402

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_decisions")
test_live_api.SCRATCH = SCRATCH
TOKENS = test_live_api.TOKENS
TOKENS.update({"dev2": "tok-ring-a02"})

CONFIG = f"""
name: live-squad
seed: 11
season:
  start: 2025-07-07
  end: 2025-09-14
  preseason_weeks: 3
  preseason_first_friendly_week: 2
policy:
  name: acwr_band
  params: {{low: 0.8, high: 1.3}}
live:
  squad:
    - {{id: a01, devices: [{{id: ring-a01, vendor: ring}}]}}
    - {{id: a02, devices: [{{id: ring-a02, vendor: ring}}]}}
  principals:
    - {{name: ring-a01, role: device, athlete: a01, device: ring-a01, token_sha256: {sha(TOKENS['dev1'])}}}
    - {{name: ring-a02, role: device, athlete: a02, device: ring-a02, token_sha256: {sha(TOKENS['dev2'])}}}
    - {{name: a01, role: athlete, athlete: a01, token_sha256: {sha(TOKENS['a01'])}}}
    - {{name: a02, role: athlete, athlete: a02, token_sha256: {sha(TOKENS['a02'])}}}
    - {{name: coach, role: coach, token_sha256: {sha(TOKENS['coach'])}}}
    - {{name: physio, role: physio, token_sha256: {sha(TOKENS['physio'])}}}
    - {{name: ops, role: admin, token_sha256: {sha(TOKENS['ops'])}}}
  consent:
    a01: {{physio: [ln_rmssd, wellness], coach: [ln_rmssd, session_rpe, wellness, sleep_duration]}}
    a02: {{coach: [ln_rmssd, session_rpe, wellness, sleep_duration]}}
"""

START = datetime.date(2025, 7, 7)
DAYS = 28
DECIDED = [START + datetime.timedelta(days=k) for k in range(DAYS - 7, DAYS)]
DEVICE = {"a01": "dev1", "a02": "dev2"}


def run(*args, check=True):
    r = subprocess.run([CLI, *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"{args} exited {r.returncode}: {r.stderr}")
    return r


def session(athlete, k):
    """Steady weeks, then a load spike in the last ten days so the band policy acts."""
    if k % 7 == 6:
        return None
    base = 55 + (k * 7) % 20 + (10 if athlete == "a02" else 0)
    return (7 if k >= DAYS - 10 else 5), base * (2 if k >= DAYS - 10 else 1)


def morning(athlete, k, day):
    shift = 0.0 if athlete == "a01" else 0.3
    readings = [{"athlete": athlete, "device": f"ring-{athlete}", "metric": "ln_rmssd",
                 "measured": f"{day}T06:30:00Z", "value": round(4.2 + shift - 0.02 * (k % 9), 3), "unit": "ln_ms"}]
    wellness = [{"athlete": athlete, "kind": "wellness", "measured": f"{day}T07:00:00Z",
                 "items": {"fatigue": 1 + k % 5, "mood": 5 - k % 4}}]
    return readings, wellness


def post_weeks(server, on_decided=lambda day, body: None):
    """Posts DAYS days of both athletes' mornings and sessions, deciding each of DECIDED
    after its morning readings; on_decided gets each decision's answer."""
    for k in range(DAYS):
        day = START + datetime.timedelta(days=k)
        for athlete in ("a01", "a02"):
            readings, wellness = morning(athlete, k, day)
            assert server.post(DEVICE[athlete], {"readings": readings})[0] == 201
            assert server.post(athlete, {"submissions": wellness})[0] == 201
        if day in DECIDED:
            status, _, body = server.request("POST", f"/v1/days/{day}/recommendations", "coach")
            assert status == 201, (status, body)
            on_decided(day, body)
        for athlete in ("a01", "a02"):
            s = session(athlete, k)
            if s:
                sub = {"athlete": athlete, "kind": "session_rpe", "measured": f"{day}T18:00:00Z",
                       "rpe": s[0], "minutes": s[1]}
                assert server.post(athlete, {"submissions": [sub]})[0] == 201


def by_day(table):
    out = {}
    for i, t in enumerate(table["time"][:]):
        day = datetime.datetime.fromtimestamp(t / 1e6, datetime.timezone.utc).date()
        out[day] = {c: table[c][i] for c in table}
    return out


def text(x):
    return x.decode() if isinstance(x, bytes) else x


class LiveDecisions(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        cls.config = os.path.join(SCRATCH, "live.yaml")
        with open(cls.config, "w") as f:
            f.write(CONFIG)
        cls.store = fresh_store("store")
        cls.live = {}  # (athlete, date) -> recommendation entry as the coach got it
        cls.first_response = None
        server = Server(cls.store)

        def keep(day, body):
            cls.first_response = cls.first_response or body
            for e in body["recommendations"]:
                cls.live[(e["recommendation"]["athlete"], day)] = e

        post_weeks(server, keep)
        cls.server = server

    @classmethod
    def tearDownClass(cls):
        rc, out = cls.server.stop()
        assert rc == 0, out

    def replayed(self, name, *export_args):
        rec = os.path.join(SCRATCH, name + "-export.h5")
        out = os.path.join(SCRATCH, name + "-replay.h5")
        for p in (rec, out):
            if os.path.exists(p):
                os.remove(p)
        run("live-export", self.config, "--store", self.store, "--out", rec, *export_args)
        run("replay", rec, "--out", out)
        return rec, out

    def assert_same_decision(self, entry, row, features):
        r = entry["recommendation"]
        self.assertEqual(r["action"], text(row["action"]))
        self.assertEqual(r["reason"], text(row["reason"]))
        self.assertEqual(r["policy"], text(row["policy"]))
        self.assertAlmostEqual(r["minutes"], float(row["minutes"]), places=9)
        self.assertAlmostEqual(r["planned_minutes"], float(row["planned_minutes"]), places=9)
        self.assertAlmostEqual(r["features"]["acwr_ewma"], float(features["acwr_ewma"]), places=9)
        self.assertAlmostEqual(r["features"]["hrv7"], float(features["hrv7"]), places=9)

    def assert_replay_decides_as_live(self, replayed):
        with h5py.File(replayed, "r") as f:
            for athlete in ("a01", "a02"):
                decisions = by_day(rh.table(f, athlete, "decisions"))
                features = by_day(rh.table(f, athlete, "features"))
                for day in DECIDED:
                    self.assert_same_decision(self.live[(athlete, day)], decisions[day],
                                              features[day - datetime.timedelta(days=1)])

    def test_every_live_decision_is_what_replay_of_the_store_decides(self):
        self.assertEqual(len(self.live), 2 * len(DECIDED))
        _, out = self.replayed("full")
        self.assert_replay_decides_as_live(out)
        actions = {e["recommendation"]["action"] for e in self.live.values()}
        self.assertIn("scale_load", actions, "the load spike makes the band policy act")

    def test_the_store_holds_a_recording_that_replays_to_the_live_decisions(self):
        """STORE/recording.h5 is rewritten after each decided day; replayed, it gives the
        decisions the coach got."""
        path = os.path.join(self.store, "recording.h5")
        last = max(e["through_sequence"] for e in self.live.values())
        deadline = time.monotonic() + 30
        seen = None
        while time.monotonic() < deadline:
            if os.path.exists(path):
                with h5py.File(path, "r") as f:
                    seen = int(text(f.attrs["live_last_sequence"]))
                if seen >= last:
                    break
            time.sleep(0.1)
        self.assertIsNotNone(seen, "the store has no recording.h5")
        self.assertGreaterEqual(seen, last, "recording.h5 did not catch up with the last decision")
        out = os.path.join(SCRATCH, "store-recording-replay.h5")
        if os.path.exists(out):
            os.remove(out)
        run("replay", path, "--out", out)
        self.assert_replay_decides_as_live(out)

    def test_a_recording_replayed_into_the_api_decides_as_replay_of_it(self):
        """The export is a recording like any other: its readings, posted day by day into a
        second server, give the decisions `preseason replay` makes from the recording."""
        rec, out = self.replayed("source")
        posts = {}  # day -> (morning batches, evening batches)
        with h5py.File(rec, "r") as f:
            for athlete in ("a01", "a02"):
                streams = f[f"athletes/{athlete}/streams"]
                hrv = streams[f"ring-{athlete}.ln_rmssd"]
                for t, v in zip(hrv["time"][:], hrv["value"][:]):
                    stamp = datetime.datetime.fromtimestamp(t / 1e6, datetime.timezone.utc)
                    posts.setdefault(stamp.date(), ([], []))[0].append((DEVICE[athlete], {"readings": [{
                        "athlete": athlete, "device": f"ring-{athlete}", "metric": "ln_rmssd",
                        "measured": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"), "value": float(v), "unit": "ln_ms"}]}))
                items = {name.split(".", 1)[1]: streams[name] for name in streams if name.startswith("self_report.")}
                times = items["fatigue"]["time"][:]
                for i, t in enumerate(times):
                    stamp = datetime.datetime.fromtimestamp(t / 1e6, datetime.timezone.utc)
                    posts[stamp.date()][0].append((athlete, {"submissions": [{
                        "athlete": athlete, "kind": "wellness", "measured": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "items": {k: int(v["value"][i]) for k, v in items.items()}}]}))
                sessions = f[f"athletes/{athlete}/tables/sessions"]
                for t, rpe, minutes in zip(sessions["time"][:], sessions["rpe"][:], sessions["minutes"][:]):
                    stamp = datetime.datetime.fromtimestamp(t / 1e6, datetime.timezone.utc)
                    posts[stamp.date()][1].append((athlete, {"submissions": [{
                        "athlete": athlete, "kind": "session_rpe", "measured": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "rpe": float(rpe), "minutes": float(minutes)}]}))
        second = Server(fresh_store("second-store"))
        live = {}
        try:
            for day in sorted(posts):
                for token, body in posts[day][0]:
                    self.assertEqual(second.post(token, body)[0], 201)
                if day in DECIDED:
                    status, _, body = second.request("POST", f"/v1/days/{day}/recommendations", "coach")
                    self.assertEqual(status, 201, body)
                    for e in body["recommendations"]:
                        live[(e["recommendation"]["athlete"], day)] = e
                for token, body in posts[day][1]:
                    self.assertEqual(second.post(token, body)[0], 201)
        finally:
            second.stop()
        self.assertEqual(len(live), 2 * len(DECIDED))
        with h5py.File(out, "r") as f:
            for athlete in ("a01", "a02"):
                decisions = by_day(rh.table(f, athlete, "decisions"))
                features = by_day(rh.table(f, athlete, "features"))
                for day in DECIDED:
                    self.assert_same_decision(live[(athlete, day)], decisions[day],
                                              features[day - datetime.timedelta(days=1)])

    def test_a_decision_replays_from_the_store_as_it_was_then(self):
        day = DECIDED[0]
        entry = self.live[("a01", day)]
        _, out = self.replayed("then", "--through", str(entry["through_sequence"]))
        with h5py.File(out, "r") as f:
            decisions = by_day(rh.table(f, "a01", "decisions"))
            features = by_day(rh.table(f, "a01", "features"))
            self.assertEqual(max(decisions), day + datetime.timedelta(days=1),
                             "the store then ended with the decided morning's readings")
            self.assert_same_decision(entry, decisions[day], features[day - datetime.timedelta(days=1)])

    def test_the_plan_is_the_scenarios_calendar(self):
        rec, _ = self.replayed("plan")
        with h5py.File(rec, "r") as f:
            self.assertIn("name: live-squad", f.attrs["scenario_yaml"])
            self.assertNotIn("token_sha256", f.attrs["scenario_yaml"])
            plan = by_day(f["athletes/a01/tables/plan"])
            self.assertEqual(min(plan), START)
            self.assertEqual(max(plan), datetime.date(2025, 9, 14))
        for (athlete, day), e in self.live.items():
            self.assertAlmostEqual(e["recommendation"]["planned_minutes"], float(plan[day]["minutes"]))

    def test_a_plan_table_without_its_columns_is_refused(self):
        rec, _ = self.replayed("broken-plan")
        broken = os.path.join(SCRATCH, "broken-plan.h5")
        shutil.copy(rec, broken)
        with h5py.File(broken, "r+") as f:
            del f["athletes/a01/tables/plan/minutes"]
        out = os.path.join(SCRATCH, "never.h5")
        r = run("replay", broken, "--out", out, check=False)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("athletes/a01/tables/plan has no column 'minutes'", r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_deciding_a_day_again_gives_the_same_recommendations(self):
        day = DECIDED[0]
        status, _, body = self.server.request("POST", f"/v1/days/{day}/recommendations", "coach")
        self.assertEqual(status, 200)
        self.assertEqual([e["recommendation"] for e in body["recommendations"]],
                         [e["recommendation"] for e in self.first_response["recommendations"]])

    def test_only_the_coach_decides_and_dates_are_checked(self):
        for token in ("a01", "physio", "ops", "dev1"):
            status, _, _ = self.server.request("POST", f"/v1/days/{DECIDED[0]}/recommendations", token)
            self.assertEqual(status, 403, token)
        status, _, body = self.server.request("POST", "/v1/days/2025-02-30/recommendations", "coach")
        self.assertEqual(status, 400)
        self.assertIn("date", body["error"]["message"])
        status, _, body = self.server.request("POST", "/v1/days/2024-01-01/recommendations", "coach")
        self.assertEqual(status, 409, body)

    def test_consent_withholds_features_per_role(self):
        status, _, body = self.server.request("GET", f"/v1/recommendations?date={DECIDED[1]}", "physio")
        self.assertEqual(status, 200)
        athletes = {e["recommendation"]["athlete"]: e["recommendation"] for e in body["recommendations"]}
        self.assertEqual(sorted(athletes), ["a01"], "a02 shares nothing with the physio")
        r = athletes["a01"]
        self.assertIsNone(r["features"]["acwr_ewma"])
        self.assertIn("acwr_ewma", r["withheld"])
        self.assertIsNotNone(r["features"]["hrv7"])
        status, _, body = self.server.request("GET", f"/v1/recommendations?date={DECIDED[1]}", "coach")
        self.assertEqual(len(body["recommendations"]), 2)
        self.assertTrue(all(not e["recommendation"]["withheld"] for e in body["recommendations"]))
        self.assertEqual(self.server.request("GET", "/v1/recommendations", "a01")[0], 403)

    def test_history_shows_the_28_days_the_decision_saw(self):
        day = DECIDED[-1]
        status, _, body = self.server.request("GET", f"/v1/athletes/a01/history?date={day}", "coach")
        self.assertEqual(status, 200, body)
        days = body["days"]
        self.assertEqual(len(days), 28)
        self.assertEqual(days[-1]["date"], str(day - datetime.timedelta(days=1)))
        _, out = self.replayed("history")
        with h5py.File(out, "r") as f:
            features = by_day(rh.table(f, "a01", "features"))
        for d in days:
            date = datetime.date.fromisoformat(d["date"])
            k = (date - START).days
            s = session("a01", k) if k >= 0 else None
            self.assertEqual(d["load"], s[0] * s[1] if s else 0.0)
            if date in features:
                self.assertAlmostEqual(d["acwr_ewma"], float(features[date]["acwr_ewma"]), places=9)
            else:
                self.assertIsNone(d["acwr_ewma"])
        status, _, body = self.server.request("GET", f"/v1/athletes/a01/history?date={day}", "physio")
        self.assertEqual(status, 200)
        self.assertIn("load", body["withheld"])
        self.assertTrue(all(d["load"] is None and d["acwr_ewma"] is None for d in body["days"]))
        self.assertTrue(any(d["hrv7"] is not None for d in body["days"]))
        self.assertEqual(self.server.request("GET", f"/v1/athletes/a02/history?date={day}", "physio")[0], 404)
        self.assertEqual(self.server.request("GET", f"/v1/athletes/a01/history?date={day}", "a01")[0], 200)
        self.assertEqual(self.server.request("GET", f"/v1/athletes/a02/history?date={day}", "a01")[0], 404)

    def test_verdicts_are_validated_scoped_audited_and_durable(self):
        day = DECIDED[2]
        approve_id, override_id = f"{day}.a01", f"{day}.a02"
        path = "/v1/recommendations/{}/verdict"
        bad = [({"verdict": "maybe"}, "verdict"), ({"verdict": "override"}, "reason"),
               ({"verdict": "override", "reason": "x", "minutes": 9000}, "minutes"),
               ({"verdict": "approve", "colour": 1}, "colour"), ({"verdict": "approve", "minutes": 50}, "minutes")]
        for body, field in bad:
            status, _, answer = self.server.request("POST", path.format(approve_id), "coach", body)
            self.assertEqual(status, 400, body)
            self.assertTrue(answer["error"]["message"].startswith(field), answer)
        self.assertEqual(self.server.request("POST", path.format(approve_id), "physio", {"verdict": "approve"})[0], 403)
        self.assertEqual(self.server.request("POST", path.format("2031-01-01.a01"), "coach",
                                             {"verdict": "approve"})[0], 404)
        status, _, body = self.server.request("POST", path.format(approve_id), "coach", {"verdict": "approve"})
        self.assertEqual((status, body["status"]), (201, "approved"))
        self.assertEqual(self.server.request("POST", path.format(approve_id), "coach", {"verdict": "approve"})[0], 409)
        status, _, body = self.server.request("POST", path.format(override_id), "coach",
                                              {"verdict": "override", "reason": "travel day", "minutes": 30, "rpe": 3})
        self.assertEqual((status, body["status"], body["verdict"]["minutes"]), (201, "overridden", 30))

        status, _, pending = self.server.request("GET", f"/v1/recommendations?date={day}&status=pending", "coach")
        self.assertEqual(pending["recommendations"], [])
        status, _, audit = self.server.request("GET", "/v1/audit", "ops")
        self.assertEqual(status, 200)
        mine = [v for v in audit["verdicts"] if v["id"] in (approve_id, override_id)]
        self.assertEqual([(v["id"], v["by"], v["verdict"], v["reason"]) for v in mine],
                         [(approve_id, "coach", "approve", ""), (override_id, "coach", "override", "travel day")])
        self.assertEqual([d["date"] for d in audit["days"]], [str(d) for d in DECIDED])
        self.assertEqual(self.server.request("GET", "/v1/audit", "physio")[0], 403)

        rc, _ = self.server.stop()
        self.assertEqual(rc, 0)
        type(self).server = Server(self.store)
        status, _, body = self.server.request("GET", f"/v1/recommendations?date={day}", "coach")
        statuses = {e["id"]: (e["status"], e["verdict"]["reason"]) for e in body["recommendations"]}
        self.assertEqual(statuses, {approve_id: ("approved", ""), override_id: ("overridden", "travel day")})


if __name__ == "__main__":
    unittest.main()
