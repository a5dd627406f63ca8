#!/usr/bin/env python3
"""A stand-in for Stripe's API during bench/run, so payments are measured without the network.

Usage: bench/fake-stripe.py PORT [LATENCY_MS]
Answers every POST /v1/<resource> with a new object of that resource (id, object, the posted amount, currency and
metadata), and GET /v1/<resource>/<id> with that object, the way stripe-java expects; LATENCY_MS (default 0) is
Stripe's own time per call. It keeps nothing on disk and serves only 127.0.0.1.
"""
import itertools
import json
import sys
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OBJECTS = {"payment_intents": ("pi", "payment_intent"), "customers": ("cus", "customer"),
           "refunds": ("re", "refund"), "checkout/sessions": ("cs", "checkout.session"),
           "accounts": ("acct", "account"), "account_links": ("al", "account_link")}
counter = itertools.count(1)
stored = {}
latency = 0.0


class FakeStripe(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Request-Id", "req_bench_%d" % next(counter))
        self.end_headers()
        self.wfile.write(data)

    def resource(self):
        path = urllib.parse.urlparse(self.path).path.removeprefix("/v1/")
        return next(((name, kind) for name, kind in OBJECTS.items() if path.startswith(name)), (None, None))

    def do_POST(self):
        time.sleep(latency)
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        name, kind = self.resource()
        if kind is None:
            return self.answer(404, {"error": {"type": "invalid_request_error", "message": "not faked: " + self.path}})
        prefix, object_name = kind
        ident = "%s_bench%d" % (prefix, next(counter))
        body = {"id": ident, "object": object_name, "livemode": False, "created": int(time.time()),
                "metadata": {key[9:-1]: values[0] for key, values in form.items() if key.startswith("metadata[")}}
        for field in ("amount", "currency", "customer", "payment_intent"):
            if field in form:
                body[field] = int(form[field][0]) if field == "amount" else form[field][0]
        if object_name == "payment_intent":
            body.update(status="requires_payment_method", client_secret=ident + "_secret_bench")
        if object_name == "refund":
            body.update(status="succeeded")
        stored[ident] = body
        self.answer(200, body)

    def do_GET(self):
        ident = urllib.parse.urlparse(self.path).path.rsplit("/", 1)[-1]
        if ident in stored:
            return self.answer(200, stored[ident])
        self.answer(404, {"error": {"type": "invalid_request_error", "message": "No such object: " + ident}})


if __name__ == "__main__":
    latency = (int(sys.argv[2]) if len(sys.argv) > 2 else 0) / 1000
    ThreadingHTTPServer.request_queue_size = 1024  # a burst of checkouts connects at once
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), FakeStripe).serve_forever()
