"""Drives a Cairn node with Mastodon.py, a real Mastodon client library, as an app would.

Usage: mastodon_client.py BASE_URL USERNAME PASSWORD REMOTE_ACCT CASE_STUDY_TITLE
Prints one line per check; exits non-zero on the first failure.
"""

import re
import struct
import sys
import time
import zlib

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from mastodon import Mastodon, MastodonAPIError, MastodonNotFoundError, MastodonUnauthorizedError

OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = ["read", "write", "follow"]


def check(what, condition, detail=""):
    if not condition:
        print(f"FAIL {what} {detail}", flush=True)
        sys.exit(1)
    print(f"ok   {what}", flush=True)


def eventually(what, probe, seconds=40):
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.5)
    check(what, False, "(timed out)")


def code_from_login_page(authorize_url, username, password):
    """What a person does in the browser: open the page, log in, approve, copy the code."""
    browser = requests.Session()
    page = browser.get(authorize_url)
    check("the authorize page asks to log in", page.status_code == 200 and 'name="password"' in page.text)
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page.text))
    form.update({"username": username, "password": password, "decision": "approve"})
    answer = browser.post(authorize_url.split("?")[0], data=form)
    code = re.search(r'<code id="code">([^<]+)</code>', answer.text)
    check("logging in on the page gives a code", answer.status_code == 200 and code is not None, answer.text[:300])
    return code.group(1)


def png(width, height):
    """A small striped PNG, made here so the test needs no imaging library."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"".join(bytes((x * 7 % 256, y * 5 % 256, 90)) for x in range(width))
                    for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def app_session():
    """As apps do, a read on a kept-alive connection that the server closed meanwhile is sent
    again on a new one (idempotent methods only; an answer with an error status is not retried)."""
    session = requests.Session()
    retry = Retry(total=2, connect=2, read=2, status=0, allowed_methods=Retry.DEFAULT_ALLOWED_METHODS, backoff_factor=0.2)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def main():
    base, username, password, remote_acct, title = sys.argv[1:6]
    client_id, client_secret = Mastodon.create_app("Cairn interop test", scopes=SCOPES, redirect_uris=OOB, api_base_url=base)
    check("the app is registered", bool(client_id and client_secret))
    app = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base, version_check_mode="none",
                   session=app_session())
    url = app.auth_request_url(redirect_uris=OOB, scopes=SCOPES, allow_http=True)
    code = code_from_login_page(url, username, password)
    app.log_in(code=code, redirect_uri=OOB, scopes=SCOPES, allow_http=True)

    me = app.account_verify_credentials()
    check("verify_credentials names the account", me["username"] == username, me)
    instance = app.instance()
    check("the instance describes itself", "Cairn" in instance["version"])

    home = eventually("the home timeline holds the case study", lambda: [
        s for s in app.timeline_home() if s.get("card") and s["card"]["title"] == title
    ])
    case = home[0]
    check("the case study shows as a rich status", title in case["content"] and case["card"]["url"].startswith(base))

    colleague = app.account_lookup(remote_acct)
    check("a remote colleague is looked up", colleague["acct"] == remote_acct, colleague)
    relationship = app.account_follow(colleague["id"])
    check("following the colleague", relationship["following"] or relationship["requested"], relationship)
    eventually("the follow is accepted", lambda: app.account_relationships([colleague["id"]])[0]["following"])

    reply = app.status_post("Thanks for sharing this! #heat", in_reply_to_id=case["id"])
    check("the reply is posted", reply["in_reply_to_id"] == case["id"] and "heat" in [t["name"] for t in reply["tags"]])
    context = app.status_context(case["id"])
    check("the case study's context lists the reply", any(s["id"] == reply["id"] for s in context["descendants"]))
    picture = app.media_post(png(320, 200), mime_type="image/png", description="A heat pump (illustrative)",
                             file_name="pump.png")
    check("a picture is uploaded", picture["type"] == "image" and picture["url"].startswith(base), picture)
    shown = app.status_post("Our heat pump #heat", media_ids=[picture])
    attached = shown["media_attachments"]
    check("a status carries the picture", len(attached) == 1 and attached[0]["id"] == picture["id"]
          and attached[0]["description"] == "A heat pump (illustrative)" and attached[0]["preview_url"], shown)
    check("the picture is served", requests.get(attached[0]["url"]).headers.get("content-type") == "image/png")
    alone = app.media_post(png(200, 120), mime_type="image/png", description="A bike rack (illustrative)",
                           file_name="rack.png")
    photo_only = app.status_post("", media_ids=[alone])
    check("a picture is posted without words", [m["id"] for m in photo_only["media_attachments"]] == [alone["id"]],
          photo_only)
    draft = app.status_delete(photo_only["id"])
    redrafted = app.status_post("A bike rack, redrafted", media_ids=[m["id"] for m in draft["media_attachments"]])
    check("delete and redraft keeps the picture", [m["id"] for m in redrafted["media_attachments"]] == [alone["id"]],
          redrafted)
    app.status_favourite(reply["id"])
    check("favourites count", app.status(reply["id"])["favourites_count"] == 1)

    mention = eventually("the colleague's mention arrives as a notification", lambda: [
        n for n in app.notifications() if n["type"] == "mention"
    ])
    check("the notification carries the status", mention[0]["status"] is not None and mention[0]["account"]["acct"] == remote_acct)

    found = app.search_v2(title.split()[0])
    check("search finds the case study", any(s["card"] and s["card"]["title"] == title for s in found["statuses"]))
    found = app.search_v2("@" + remote_acct, resolve=True)
    check("search finds the colleague by handle", any(a["acct"] == remote_acct for a in found["accounts"]))

    # Bad input, as Mastodon answers it.
    try:
        Mastodon(access_token="not-a-token", api_base_url=base, version_check_mode="none").account_verify_credentials()
        check("a wrong token is refused", False)
    except MastodonUnauthorizedError:
        check("a wrong token is refused (401)", True)
    reader = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base, version_check_mode="none")
    reader.log_in(username=username, password=password, scopes=["read"], allow_http=True)
    try:
        reader.status_post("read-only tokens cannot post")
        check("a missing scope is refused", False)
    except MastodonAPIError as error:
        check("a missing scope is refused (403)", error.args[1] == 403, error.args)
    try:
        app.status("999999996")
        check("an unknown status is refused", False)
    except MastodonNotFoundError:
        check("an unknown status is 404", True)
    try:
        app.status_post("x" * 5001)
        check("an over-long status is refused", False)
    except MastodonAPIError as error:
        check("an over-long status is refused (422)", error.args[1] == 422, error.args)
    reader.revoke_access_token(allow_http=True)
    try:
        reader.account_verify_credentials()
        check("a revoked token is refused", False)
    except MastodonUnauthorizedError:
        check("a revoked token is refused (401)", True)
    print("ALL OK", flush=True)


if __name__ == "__main__":
    main()
