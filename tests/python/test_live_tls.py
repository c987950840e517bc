"""Live mode over TLS: with live.tls the server speaks HTTPS (checked against a self-signed
certificate made here with openssl, trusted as the only CA), plain HTTP to it fails, and an
address beyond loopback is served only with TLS configured (exit 2 otherwise)."""
import hashlib
import http.client
import json
import os
import shutil
import signal
import ssl
import subprocess
import unittest

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ.get("PRESEASON_SCRATCH", "/tmp/preseason-scratch"), "live_tls")
TOKENS = {"ring": "tok-tls-ring-a01", "a01": "tok-tls-athlete-a01"}


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def config(tls):
    return f"""
live:
{tls}
  squad:
    - {{id: a01, devices: [{{id: ring-a01, vendor: ring}}]}}
  principals:
    - {{name: ring-a01, role: device, athlete: a01, device: ring-a01, token_sha256: {sha(TOKENS['ring'])}}}
    - {{name: a01, role: athlete, athlete: a01, token_sha256: {sha(TOKENS['a01'])}}}
"""


TLS = "  tls: {certificate: tls/cert.pem, private_key: tls/key.pem}"


def write(name, text):
    path = os.path.join(SCRATCH, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def make_certificate(directory, name="cert", key="key"):
    os.makedirs(directory, exist_ok=True)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                    "-days", "1", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", os.path.join(directory, key + ".pem"), "-out", os.path.join(directory, name + ".pem")],
                   check=True, capture_output=True)


def live(config_path, listen, store):
    return [CLI, "live", config_path, "--listen", listen, "--store", os.path.join(SCRATCH, store)]


class Server:
    def __init__(self, config_path, listen="127.0.0.1:0", store="store"):
        shutil.rmtree(os.path.join(SCRATCH, store), ignore_errors=True)
        self.proc = subprocess.Popen(live(config_path, listen, store), stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        for line in self.proc.stdout:
            if "listening on" in line:
                self.url = line.split("listening on ", 1)[1].strip()
                self.port = int(self.url.rsplit(":", 1)[1])
                return
        raise RuntimeError("server did not start: " + self.proc.stderr.read())

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        out, err = self.proc.communicate(timeout=30)
        return self.proc.returncode, out + err


def https(port, method, path, context, token=None, body=None):
    conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=context)
    headers = {"Authorization": "Bearer " + TOKENS[token]} if token else {}
    if body is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    r = conn.getresponse()
    payload = json.loads(r.read())
    conn.close()
    return r.status, payload


class LiveTls(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        make_certificate(os.path.join(SCRATCH, "tls"))
        cls.cert = os.path.join(SCRATCH, "tls", "cert.pem")
        cls.context = ssl.create_default_context(cafile=cls.cert)
        cls.tls_config = write("tls.yaml", config(TLS))
        cls.plain_config = write("plain.yaml", config(""))
        cls.server = Server(cls.tls_config)

    @classmethod
    def tearDownClass(cls):
        rc, out = cls.server.stop()
        assert rc == 0 and "live: stopped" in out, out

    def test_serves_https_with_the_configured_certificate(self):
        self.assertTrue(self.server.url.startswith("https://127.0.0.1:"), self.server.url)
        status, body = https(self.server.port, "GET", "/v1/health", self.context)
        self.assertEqual((status, body["status"]), (200, "ok"))
        reading = {"athlete": "a01", "device": "ring-a01", "metric": "ln_rmssd",
                   "measured": "2025-07-01T06:30:00Z", "value": 4.17, "unit": "ln_ms"}
        status, ack = https(self.server.port, "POST", "/v1/readings", self.context, "ring", {"readings": [reading]})
        self.assertEqual(status, 201, ack)
        status, body = https(self.server.port, "GET", "/v1/athletes/a01/readings", self.context, "a01")
        self.assertEqual(status, 200, body)
        self.assertIn((4.17, ack["sequence"]), [(r["value"], r["sequence"]) for r in body["readings"]])
        status, _ = https(self.server.port, "POST", "/v1/readings", self.context, None, {"readings": [reading]})
        self.assertEqual(status, 401)

    def test_an_untrusted_certificate_is_refused_by_the_client(self):
        with self.assertRaises(ssl.SSLCertVerificationError):
            https(self.server.port, "GET", "/v1/health", ssl.create_default_context())

    def test_plain_http_to_the_tls_port_fails(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        with self.assertRaises((http.client.HTTPException, OSError)):
            conn.request("GET", "/v1/health")
            conn.getresponse().read()
        conn.close()
        self.assertEqual(https(self.server.port, "GET", "/v1/health", self.context)[0], 200)

    def test_non_loopback_needs_tls(self):
        r = subprocess.run(live(self.plain_config, "0.0.0.0:0", "refused"), capture_output=True, text=True,
                           timeout=30)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("not a loopback address", r.stderr)
        self.assertIn("needs TLS", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(SCRATCH, "refused")), "nothing is created before refusing")
        server = Server(self.tls_config, listen="0.0.0.0:0", store="any-store")
        try:
            self.assertTrue(server.url.startswith("https://0.0.0.0:"), server.url)
            self.assertEqual(https(server.port, "GET", "/v1/health", self.context)[0], 200)
        finally:
            rc, out = server.stop()
        self.assertEqual(rc, 0, out)

    def test_bad_tls_files_are_config_errors(self):
        make_certificate(os.path.join(SCRATCH, "other"))
        mixed = write("mixed.yaml", config("  tls: {certificate: tls/cert.pem, private_key: other/key.pem}"))
        r = subprocess.run(live(mixed, "127.0.0.1:0", "mixed"), capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn(f"error: {mixed}:3: live.tls: private_key '{SCRATCH}/other/key.pem' is not the unencrypted "
                      f"PEM key of certificate '{SCRATCH}/tls/cert.pem': ", r.stderr)
        self.assertIn("key values mismatch", r.stderr)
        missing = write("missing.yaml", config("  tls: {certificate: tls/none.pem, private_key: tls/key.pem}"))
        r = subprocess.run(live(missing, "127.0.0.1:0", "missing"), capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn(f"{missing}:3: live.tls.certificate: cannot read '{SCRATCH}/tls/none.pem'", r.stderr)


if __name__ == "__main__":
    unittest.main()
