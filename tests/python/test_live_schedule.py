"""`live.decide_at`: the server decides each day on the wall clock. With the time of day
set two seconds ahead, today's recommendations appear on their own, recorded as decided by
the schedule, from the readings of the days before."""
import datetime
import os
import shutil
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from test_live_api import Server, fresh_store, sha  # noqa: E402
import test_live_api  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_schedule")
TOKENS = test_live_api.TOKENS


class LiveSchedule(unittest.TestCase):
    def test_today_is_decided_at_decide_at(self):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        test_live_api.SCRATCH = SCRATCH
        now = datetime.datetime.now(datetime.timezone.utc)
        if (now + datetime.timedelta(seconds=3)).date() != now.date():
            self.skipTest("too close to midnight UTC for a same-day schedule")
        today = now.date()
        at = (now + datetime.timedelta(seconds=2)).strftime("%H:%M:%S")
        season_start = today - datetime.timedelta(days=30)
        config = f"""name: scheduled
season: {{start: {season_start}, end: {today + datetime.timedelta(days=60)}}}
policy: {{name: acwr_band}}
live:
  decide_at: "{at}"
  squad:
    - {{id: a01, devices: [{{id: ring-a01, vendor: ring}}]}}
  principals:
    - {{name: a01, role: athlete, athlete: a01, token_sha256: {sha(TOKENS['a01'])}}}
    - {{name: coach, role: coach, token_sha256: {sha(TOKENS['coach'])}}}
  consent:
    a01: {{coach: [session_rpe, ln_rmssd]}}
"""
        with open(os.path.join(SCRATCH, "live.yaml"), "w") as f:
            f.write(config)
        server = Server(fresh_store("store"))
        try:
            for k in range(14, 0, -1):
                day = today - datetime.timedelta(days=k)
                body = {"submissions": [{"athlete": "a01", "kind": "session_rpe", "measured": f"{day}T10:00:00Z",
                                         "rpe": 5, "minutes": 60 + 5 * k}]}
                self.assertEqual(server.post("a01", body)[0], 201)
            deadline = time.time() + 15
            entries = []
            while time.time() < deadline and not entries:
                time.sleep(0.2)
                status, _, body = server.request("GET", f"/v1/recommendations?date={today}", "coach")
                self.assertEqual(status, 200)
                entries = body["recommendations"]
            self.assertEqual(len(entries), 1, "today was decided on its own")
            self.assertEqual(entries[0]["decided_by"], "schedule")
            self.assertEqual(entries[0]["recommendation"]["athlete"], "a01")
            self.assertIsNotNone(entries[0]["recommendation"]["features"]["acwr_ewma"])
        finally:
            rc, out = server.stop()
        self.assertEqual(rc, 0)
        self.assertIn(f"live: decided {today}", out)


if __name__ == "__main__":
    unittest.main()
