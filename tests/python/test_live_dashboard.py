"""The coach's dashboard end to end: a real live server with a scenario config, and the page
it serves opened in headless Debian chromium. The coach signs in with the token, decides a
day, sees every athlete's ACWR as the API has it, approves one recommendation and overrides
another without a reload, and the API records both. The page's files need no token and come
with a strict Content-Security-Policy that the page (Chart.js included) never violates."""
import datetime
import http.client
import json
import os
import shutil
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from headless_chromium import Browser  # noqa: E402
from test_live_api import Server, fresh_store, sha  # noqa: E402
import test_live_api  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_dashboard")
test_live_api.SCRATCH = SCRATCH
TOKENS = test_live_api.TOKENS
TOKENS.update({"dev2": "tok-ring-a02"})

CONFIG = f"""
name: live-dashboard
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
  consent:
    a01: {{coach: [ln_rmssd, session_rpe, wellness, sleep_duration]}}
    a02: {{coach: [session_rpe, wellness]}}
"""

START = datetime.date(2025, 7, 7)
DAYS = 18
SPIKE = 10  # from this day on sessions are heavier, so the band policy scales the last ones
DECIDED = START + datetime.timedelta(days=DAYS - 1)
DEVICE = {"a01": "dev1", "a02": "dev2"}


def session(athlete, k):
    if k % 7 == 6:
        return None
    base = 55 + (k * 7) % 20 + (10 if athlete == "a02" else 0)
    return (7, 2 * base) if k >= SPIKE else (5, base)


def post_day(server, k):
    day = START + datetime.timedelta(days=k)
    for athlete in ("a01", "a02"):
        shift = 0.0 if athlete == "a01" else 0.3
        reading = {"athlete": athlete, "device": f"ring-{athlete}", "metric": "ln_rmssd",
                   "measured": f"{day}T06:30:00Z", "value": round(4.2 + shift - 0.02 * (k % 9), 3), "unit": "ln_ms"}
        wellness = {"athlete": athlete, "kind": "wellness", "measured": f"{day}T07:00:00Z",
                    "items": {"fatigue": 1 + k % 5, "mood": 5 - k % 4}}
        assert server.post(DEVICE[athlete], {"readings": [reading]})[0] == 201
        assert server.post(athlete, {"submissions": [wellness]})[0] == 201
        s = session(athlete, k)
        if s and day < DECIDED:
            sub = {"athlete": athlete, "kind": "session_rpe", "measured": f"{day}T18:00:00Z", "rpe": s[0], "minutes": s[1]}
            assert server.post(athlete, {"submissions": [sub]})[0] == 201


class Dashboard(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        with open(os.path.join(SCRATCH, "live.yaml"), "w") as f:
            f.write(CONFIG)
        cls.server = Server(fresh_store("store"))
        for k in range(DAYS):
            post_day(cls.server, k)
        cls.url = f"http://127.0.0.1:{cls.server.port}/dashboard/"
        cls.browser = Browser(os.path.join(SCRATCH, "chromium"))

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        rc, out = cls.server.stop()
        assert rc == 0, out

    def get(self, path):
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        conn.close()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, body

    def api(self, path):
        status, _, body = self.server.request("GET", path, "coach")
        return status, body

    def test_files_need_no_token_and_carry_a_strict_policy(self):
        for path, kind in (("/dashboard/", "text/html"), ("/dashboard/app.js", "text/javascript"),
                           ("/dashboard/style.css", "text/css"), ("/dashboard/chart.umd.js", "text/javascript")):
            status, headers, body = self.get(path)
            self.assertEqual(status, 200, path)
            self.assertTrue(headers["content-type"].startswith(kind), (path, headers["content-type"]))
            self.assertIn("script-src 'self'", headers["content-security-policy"])
            self.assertIn("default-src 'none'", headers["content-security-policy"])
            self.assertEqual(headers["x-content-type-options"], "nosniff")
        self.assertIn(b"Chart.js v4.", self.get("/dashboard/chart.umd.js")[2][:200])
        status, headers, _ = self.get("/dashboard")
        self.assertEqual((status, headers["location"]), (301, "/dashboard/"))
        self.assertEqual(self.get("/dashboard/missing.js")[0], 404)
        self.assertEqual(self.get("/v1/recommendations")[0], 401, "the data still needs a token")

    def test_the_coach_decides_and_approves_in_the_page(self):
        b = self.browser
        b.open(self.url)
        b.wait_for("!document.getElementById('sign-in').hidden")
        b.type("#token", "not-a-token")
        b.click("#sign-in-button")
        b.wait_for("document.getElementById('sign-in-message').textContent.includes('did not accept')")
        self.assertTrue(b.evaluate("document.getElementById('board').hidden"))

        b.type("#token", TOKENS["coach"])
        b.click("#sign-in-button")
        b.wait_for("!document.getElementById('board').hidden")
        self.assertEqual(b.evaluate("sessionStorage.getItem('preseason.token')"), TOKENS["coach"])
        self.assertEqual(b.evaluate("localStorage.length"), 0, "the token is kept for the tab only")
        self.assertEqual(b.evaluate("document.getElementById('date').value"),
                         datetime.datetime.now(datetime.timezone.utc).date().isoformat())

        b.evaluate(f"""(() => {{ const d = document.getElementById('date'); d.value = '{DECIDED}';
                       d.dispatchEvent(new Event('change')); }})()""")
        b.wait_for("document.getElementById('message').textContent.includes('not decided')")
        b.click("#decide")
        b.wait_for("document.querySelectorAll('#squad tbody tr').length === 2")
        b.evaluate("window.__sameDocument = true")

        status, body = self.api(f"/v1/recommendations?date={DECIDED}")
        self.assertEqual(status, 200)
        entries = body["recommendations"]
        self.assertEqual(sorted(e["recommendation"]["athlete"] for e in entries), ["a01", "a02"])
        self.assertIn("scale_load", [e["recommendation"]["action"] for e in entries], "the load spike makes the band act")
        self.assertEqual({e["status"] for e in entries}, {"pending"})
        for e in entries:
            row = f"#squad tr[data-id='{e['id']}']"
            cell = b.evaluate(f"""(() => {{ const c = document.querySelector("{row} td[data-feature='acwr_ewma']");
                                   return [c.dataset.value, c.textContent]; }})()""")
            acwr = e["recommendation"]["features"]["acwr_ewma"]
            self.assertEqual(float(cell[0]), acwr, e["id"])
            self.assertAlmostEqual(float(cell[1]), acwr, delta=0.0051)
            self.assertEqual(b.evaluate(f"""document.querySelector("{row} td.status").textContent"""), "pending")
            self.assertEqual(b.evaluate(f"""document.querySelector("{row} td:nth-child(2)").textContent"""),
                             e["recommendation"]["action"])
        hrv = b.evaluate("""document.querySelector("#squad tr[data-athlete='a02'] td[data-feature='hrv_z']").textContent""")
        self.assertEqual(hrv, "not shared", "a02 does not share HRV with the coach")

        approved, overridden = entries[0]["id"], entries[1]["id"]
        b.click(f"#squad tr[data-id='{approved}'] button.approve")
        b.wait_for(f"""document.querySelector("#squad tr[data-id='{approved}'] td.status").textContent === 'approved'""")
        self.assertFalse(b.evaluate(f"""!!document.querySelector("#squad tr[data-id='{approved}'] td.verdict button")"""))
        b.click(f"#squad tr[data-id='{overridden}'] button.override")
        b.wait_for("document.getElementById('override').open")
        b.type("#override-reason", "travel day")
        b.type("#override-minutes", "30")
        b.click("#override-confirm")
        b.wait_for(f"""document.querySelector("#squad tr[data-id='{overridden}'] td.status").textContent
                       === 'overridden'""")
        self.assertTrue(b.evaluate("window.__sameDocument === true"), "verdicts change the rows without a reload")

        status, body = self.api(f"/v1/recommendations?date={DECIDED}")
        by_id = {e["id"]: e for e in body["recommendations"]}
        self.assertEqual(by_id[approved]["status"], "approved")
        self.assertEqual(by_id[approved]["verdict"]["by"], "coach")
        self.assertEqual((by_id[overridden]["status"], by_id[overridden]["verdict"]["reason"],
                          by_id[overridden]["verdict"]["minutes"]), ("overridden", "travel day", 30))

        status, body = self.api(f"/v1/actions?date={DECIDED}")
        if status == 404:
            b.wait_for("!document.getElementById('actions-empty').hidden")
            self.assertEqual(b.evaluate("document.getElementById('actions-empty').textContent"), "no actions")
        else:
            self.assertEqual(status, 200, body)
            count = len(body["actions"])
            b.wait_for(f"document.querySelectorAll('#actions tbody tr').length === {count}")

        self.check_history(b)
        self.assertEqual(b.violations(), [], "the page keeps to its Content-Security-Policy")
        self.assertEqual(b.errors, [], "no script errors")

    def check_history(self, b):
        """The history endpoint may not be served yet: then the page says so instead of charting."""
        b.click("#squad tr[data-athlete='a01'] button.athlete")
        status, body = self.api("/v1/athletes/a01/history")
        if status == 404:
            b.wait_for("!document.getElementById('history-empty').hidden")
            self.assertEqual(b.evaluate("document.getElementById('history-empty').textContent"), "no history yet")
            self.assertTrue(b.evaluate("document.getElementById('history-charts').hidden"))
            return
        self.assertEqual(status, 200, body)
        days = body["days"][-28:]
        self.assertTrue(days, "the store holds days of a01")
        b.wait_for("!!Chart.getChart(document.getElementById('load-chart'))")
        self.assertTrue(b.evaluate("document.getElementById('load-chart').getBoundingClientRect().height > 100"))
        charted = b.evaluate("""(() => { const c = Chart.getChart(document.getElementById('load-chart'));
                                return [c.data.labels.length, c.data.datasets[1].data]; })()""")
        self.assertEqual(charted, [len(days), [d["acwr_ewma"] for d in days]])
        self.assertTrue(b.evaluate("!!Chart.getChart(document.getElementById('hrv-chart'))"))


if __name__ == "__main__":
    unittest.main()
