#!/usr/bin/env python3
"""Sets up a listed marketplace chef with one meal and two meal events, as the app and the admin console would, for
bench/meal-orders. Usage: marketplace-setup.py BASE_URL ADMIN_EMAIL ADMIN_PASSWORD WEBHOOK_SECRET PSQL_PORT SERVINGS...
Prints: CUSTOMER_TOKEN and one meal event id per SERVINGS given"""
import datetime
import hashlib
import hmac
import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid

base, admin_email, admin_password, secret, pg_port = sys.argv[1:6]
sizes = sys.argv[6:]


def call(method, path, body=None, token=None, form=False, headers=None):
    data = None
    sent = dict(headers or {})
    if body is not None:
        if form:
            data = urllib.parse.urlencode(body).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        else:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
    if token:
        sent["Authorization"] = "Bearer " + token
    request = urllib.request.Request(base + path, data=data, method=method, headers=sent)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            text = answer.read().decode()
            return json.loads(text) if text else {}
    except urllib.error.HTTPError as refused:
        raise SystemExit(f"{method} {path}: {refused.code} {refused.read().decode()}")


def sql(query):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", pg_port, "-U", "postgres", "-d", "postgres", "-tAq",
                           "-c", query], capture_output=True, text=True, check=True,
                          env={"PGPASSWORD": "postgres", "PATH": "/usr/bin:/bin"}).stdout.strip()


def until(check, what):
    for _ in range(200):
        if check():
            return
        time.sleep(0.1)
    raise SystemExit("timed out waiting for " + what)


def person(username, intent=None):
    body = {"user": {"username": username, "email": username + "@bench.example.com",
                     "password": "bench-kitchen-passphrase-42"},
            "address": {"city": "San Francisco", "postal_code": "94110", "country": "US"}}
    if intent:
        body["intent"] = intent
    call("POST", "/auth/api/register/", body)
    return call("POST", "/auth/api/login/", {"username": username, "password": "bench-kitchen-passphrase-42"},
                form=True)


admin = call("POST", "/api/auth/login", {"email": admin_email, "password": admin_password})["accessToken"]
suffix = uuid.uuid4().hex[:6]
chef_login = person("benchchef" + suffix, "chef")
chef_account = call("GET", "/api/auth/me", token=chef_login["access"])["id"]
call("PATCH", "/api/admin/users/" + chef_account, {"role": "chef"}, token=admin)
chef = call("POST", "/auth/api/login/", {"username": "benchchef" + suffix, "password": "bench-kitchen-passphrase-42"},
            form=True)["access"]
chef_id = call("GET", "/chefs/api/me/chef/profile/", token=chef)["id"]
call("PATCH", "/chefs/api/me/chef/profile/update/", {"bio": "Cooks for benchmarks"}, token=chef)
call("PUT", "/chefs/api/me/chef/serving-postal-codes/", {"country": "US", "postal_codes": ["94110"]}, token=chef)
call("PATCH", f"/api/admin/chefs/{chef_id}", {"is_verified": True}, token=admin)
call("POST", "/meals/api/stripe-account-link/", {}, token=chef)
account = sql(f"select stripe_account_id from payment.chef_payout_account where chef_id = '{chef_account}'")
now = int(time.time())
event = json.dumps({"id": "evt_" + uuid.uuid4().hex, "object": "event", "api_version": "2025-01-27.acacia",
                    "created": now, "type": "account.updated", "account": account, "livemode": False,
                    "data": {"object": {"id": account, "object": "account", "charges_enabled": True,
                                        "payouts_enabled": True, "details_submitted": True,
                                        "requirements": {"currently_due": [], "disabled_reason": None}}}})
signature = hmac.new(secret.encode(), f"{now}.{event}".encode(), hashlib.sha256).hexdigest()
call("POST", "/api/payments/webhook", event, headers={"Stripe-Signature": f"t={now},v1={signature}"})
until(lambda: call("GET", "/meals/api/stripe-account-status/", token=chef).get("is_active"), "the payout account")
call("POST", "/chefs/api/me/chef/live/", {"is_live": True}, token=chef)
until(lambda: sql(f"select listed from booking.marketplace_chef where chef_id = {chef_id}") == "t", "booking's copy")
meal = call("POST", "/meals/api/chef/meals/", {"name": "Bench Ramen"}, token=chef)["id"]
day = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
events = [call("POST", "/meals/api/chef-meal-events/", {"meal": meal, "event_date": day, "event_time": "19:00",
                                                        "base_price": 20, "max_orders": int(size)},
               token=chef)["details"]["id"] for size in sizes]
customer = person("benchdiner" + suffix)["access"]
print(customer, *events)
