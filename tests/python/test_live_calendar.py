"""Live calendar actions without a calendar endpoint: the rule that fires on the load spike
puts each calendar action into the athlete's iCalendar file in the store, one event per
action with the action's idempotency key as UID, on the action's day. The file is served
as text/calendar to those who see the athlete's decisions, and to nobody else. A file that
cannot be read back is retried, named in the error and left alone until it can; a restart
writes nothing again."""
import http.client
import os
import shutil
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from test_live_api import Server, fresh_store  # noqa: E402
import test_live_api  # noqa: E402
import test_live_decisions as base  # noqa: E402

SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_calendar")
TOKENS = test_live_api.TOKENS
DAMAGED = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:half\r\n"


def get_calendar(server, athlete, token):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("GET", f"/v1/athletes/{athlete}/calendar.ics",
                 headers={"Authorization": "Bearer " + TOKENS.get(token, token)})
    r = conn.getresponse()
    body = r.read().decode()
    conn.close()
    return r.status, r.getheader("Content-Type", ""), body


def events(text):
    """The VEVENTs of an iCalendar text as {property name (without parameters): value}, with
    the property's parameters kept under "<NAME>;" (folded lines unfolded, RFC 5545 3.1)."""
    lines = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").split("\n")
    assert lines[0] == "BEGIN:VCALENDAR" and [l for l in lines if l][-1] == "END:VCALENDAR", text
    out, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            out.append(current)
            current = None
        elif current is not None and ":" in line:
            head, value = line.split(":", 1)
            name, _, params = head.partition(";")
            current[name] = value
            current[name + ";"] = params
    return out


def unescape(value):
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


class LiveCalendar(unittest.TestCase):
    def test_calendar_actions_become_events_of_the_athletes_ics_file(self):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        os.makedirs(SCRATCH)
        test_live_api.SCRATCH = SCRATCH
        config = base.CONFIG.replace("live:\n", """rules:
  - name: spike
    when: acwr_ewma > 1.3
    cooldown_days: 2
    actions:
      - {kind: calendar, sessions: 2, replace_with: recovery}
      - {kind: physio, message: load spike}
live:
  outbox: {retry_first_ms: 100, retry_longest_ms: 400}
""", 1)
        with open(os.path.join(SCRATCH, "live.yaml"), "w") as f:
            f.write(config)
        store = fresh_store("store")
        server = Server(store)
        try:
            status, content_type, text = get_calendar(server, "a01", "coach")
            self.assertEqual(status, 200, text)
            self.assertTrue(content_type.startswith("text/calendar"), content_type)
            self.assertEqual(events(text), [], "nothing delivered yet: an empty calendar")

            # a02's file cannot be read back: its deliveries must wait and leave it alone.
            os.makedirs(os.path.join(store, "calendar"))
            damaged = os.path.join(store, "calendar", "a02.ics")
            with open(damaged, "w", newline="") as f:
                f.write(DAMAGED)

            base.post_weeks(server)

            def calendar_actions():
                body = server.request("GET", "/v1/actions", "coach")[2]
                return [a for a in body["actions"] if a["kind"] == "calendar"]

            deadline = time.time() + 20
            while time.time() < deadline:
                actions = calendar_actions()
                if all(a["delivery"] == "delivered" for a in actions if a["athlete"] == "a01") and \
                        all(a["attempts"] >= 2 for a in actions if a["athlete"] == "a02"):
                    break
                time.sleep(0.1)
            mine = [a for a in actions if a["athlete"] == "a01"]
            theirs = [a for a in actions if a["athlete"] == "a02"]
            self.assertTrue(mine and theirs, f"the spike fires the rule for both athletes: {actions}")
            self.assertTrue(all(a["delivery"] == "delivered" for a in mine), mine)
            for a in theirs:
                self.assertEqual(a["delivery"], "pending")
                self.assertGreaterEqual(a["attempts"], 2, "retried")
                self.assertIn(damaged, a["last_error"])
            with open(damaged, newline="") as f:
                self.assertEqual(f.read(), DAMAGED, "a file that cannot be read back is left alone")
            physio = [a for a in server.request("GET", "/v1/actions", "coach")[2]["actions"] if a["kind"] == "physio"]
            self.assertTrue(physio and all(a["delivery"] == "no endpoint" for a in physio), physio)

            os.remove(damaged)
            deadline = time.time() + 20
            while time.time() < deadline and not all(a["delivery"] == "delivered" for a in calendar_actions()):
                time.sleep(0.1)
            self.assertTrue(all(a["delivery"] == "delivered" for a in calendar_actions()))

            files = {}
            for athlete, acts in (("a01", mine), ("a02", theirs)):
                path = os.path.join(store, "calendar", athlete + ".ics")
                with open(path, newline="") as f:
                    files[athlete] = f.read()
                got = {e["UID"]: e for e in events(files[athlete])}
                self.assertEqual(sorted(got), sorted(a["id"] for a in acts), "one event per action, by key")
                for a in acts:
                    e = got[a["id"]]
                    self.assertEqual(e["DTSTART"], a["date"].replace("-", ""))
                    self.assertEqual(e["DTSTART;"], "VALUE=DATE")
                    self.assertEqual(e["SUMMARY"], "Recovery (replaces the next 2 training sessions)")
                    self.assertEqual(unescape(e["DESCRIPTION"]),
                                     "calendar: next 2 training sessions -> recovery\n"
                                     f"changed: rule 'spike': {a['payload']['reason']}")

                for token in ("coach", athlete):
                    status, content_type, text = get_calendar(server, athlete, token)
                    self.assertEqual((status, text), (200, files[athlete]), token)
                    self.assertTrue(content_type.startswith("text/calendar"), content_type)
            self.assertEqual(get_calendar(server, "a01", "physio")[:1], (200,), "a01 shares HRV with the physio")
            self.assertEqual(get_calendar(server, "a02", "physio")[0], 404, "a02 shares nothing with the physio")
            self.assertEqual(get_calendar(server, "a01", "a02")[0], 404, "another athlete's calendar")
            self.assertEqual(get_calendar(server, "a01", "ops")[0], 403, "admins read no athlete data")
            self.assertEqual(get_calendar(server, "a01", "dev1")[0], 403, "devices read nothing")
            self.assertEqual(get_calendar(server, "a01", "nobody")[0], 401)

            rc, _ = server.stop()
            self.assertEqual(rc, 0)
            server = Server(store)
            time.sleep(1.0)
            for athlete, text in files.items():
                with open(os.path.join(store, "calendar", athlete + ".ics"), newline="") as f:
                    self.assertEqual(f.read(), text, "a restart writes nothing again")
                self.assertEqual(get_calendar(server, athlete, athlete)[2], text)
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main()
