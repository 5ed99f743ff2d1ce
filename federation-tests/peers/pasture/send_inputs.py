#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Send every fediverse-pasture-inputs example to one actor's inbox, on loopback.

usage: python3 send_inputs.py <target_actor_url> [--host localhost] [--port 0]
          [--only mentions,hashtags] [--out results.json] [--no-rewrite]
          [--mention] [--include-cc] [--timeout 30] [--verbose]

How (same building blocks as `python -m fediverse_pasture.send --input_name X
--input_number N`, minus data.toml and the 0.0.0.0 bind):
  * a pasture "one actor" (RSA key, in memory) is served by a Quart app using
    fediverse_pasture.server.BlueprintForActors at http://HOST:PORT/actor
    (+ /actor/inbox, /.well-known/webfinger); the app also serves
    /object/<id> and /activity/<id> (everything we send), /images/<f>
    (pasture's random-image blueprint) and /assets/<f> (local stand-ins for
    the pasture asset zip that the real setup downloads from codeberg);
  * for every example of every fediverse_pasture_inputs.available entry,
    fediverse_pasture.runner.ActivitySender.init_create_note applies
    {"content": "text", **example} to the Note skeleton (as ModifierBuilder
    does) and send() wraps it in a Create, resolves the target's inbox with a
    signed GET and POSTs it signed (draft-cavage rsa-sha256 over
    (request-target) host date digest content-type);
  * by default every "http://pasture-one-actor" in the examples is rewritten to
    http://HOST:PORT so attributedTo/inReplyTo/attachments point at us.
Prints {"sent", "statuses", "failures" (5xx), "rejected" (4xx), "errors"}.
"""

import argparse
import io
import json

import aiohttp
from PIL import Image
from quart import Quart

import fediverse_pasture_inputs
from fediverse_pasture.data_provider import DataProvider, bovine_actor_for_actor_data
from fediverse_pasture.runner import ActivitySender
from fediverse_pasture.runner.config import SendingConfig
from fediverse_pasture.server import BlueprintForActors
from fediverse_pasture.server.image_provider_blueprint import image_provider_blueprint
from fediverse_pasture.version import __version__ as pasture_version
from fediverse_pasture_inputs.version import __version__ as inputs_version

from pasture_common import bind_socket, run_and_print, serve_app

PASTURE_BASE = "http://pasture-one-actor"
AP = {"content-type": "application/activity+json"}


def rewrite(value, base):
    if isinstance(value, str):
        return value.replace(PASTURE_BASE, base)
    if isinstance(value, list):
        return [rewrite(v, base) for v in value]
    if isinstance(value, dict):
        return {k: rewrite(v, base) for k, v in value.items()}
    return value


def build_app(actor_data, base, store):
    app = Quart("pasture_send_inputs")
    app.register_blueprint(BlueprintForActors([actor_data]).blueprint)
    app.register_blueprint(image_provider_blueprint, url_prefix="/images")

    @app.get("/object/<oid>")
    async def get_object(oid):
        return _stored(f"{base}/object/{oid}")

    @app.get("/activity/<oid>")
    async def get_activity(oid):
        return _stored(f"{base}/activity/{oid}")

    def _stored(key):
        store["fetches"].append(key)
        if key not in store["objects"]:
            return {"error": "not found"}, 404, AP
        return store["objects"][key], 200, AP

    @app.get("/actor/outbox")
    async def outbox():
        return {"@context": "https://www.w3.org/ns/activitystreams",
                "id": f"{base}/actor/outbox", "type": "OrderedCollection",
                "totalItems": 0, "orderedItems": []}, 200, AP

    @app.get("/assets/<filename>")
    async def assets(filename):
        # Stand-ins for the pasture asset zip (not downloadable here).
        store["fetches"].append(f"{base}/assets/{filename}")
        if filename.startswith("does_not_exist"):
            return "not found", 404
        if filename.endswith(".jsonap"):
            return {
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": f"{base}/assets/{filename}", "type": "Note",
                "attributedTo": f"{base}/actor",
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "published": "2024-01-01T00:00:00Z",
                "content": f"stand-in for {filename}",
            }, 200, AP
        if filename.endswith((".png", ".jpg")):
            fmt, ctype = ("JPEG", "image/jpeg") if filename.endswith(".jpg") else ("PNG", "image/png")
            buf = io.BytesIO()
            Image.new("RGB", (40, 40), (90, 140, 60)).save(buf, format=fmt)
            return buf.getvalue(), 200, {"content-type": ctype}
        if filename.endswith(".svg"):
            svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="green"/></svg>'
            return svg, 200, {"content-type": "image/svg+xml"}
        if filename.endswith(".txt"):
            return "sample text\n", 200, {"content-type": "text/plain"}
        ctype = {"mp4": "video/mp4", "mp3": "audio/mpeg"}.get(filename.rsplit(".", 1)[-1],
                                                              "application/octet-stream")
        return b"\x00" * 64, 200, {"content-type": ctype}

    return app


class RecordingSender(ActivitySender):
    """ActivitySender whose post keeps status/body instead of raising, and which
    publishes the activity and its object in `store` before delivering."""

    store: dict = None

    async def _perform_post(self, remote_inbox, create):
        if self.sending_config.include_cc:
            from fediverse_pasture.runner.util.adjust_objects import include_cc
            include_cc(create)
        for obj in (create, create.get("object")):
            if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                self.store["objects"][obj["id"]] = {"@context": create.get("@context"), **obj} \
                    if obj is not create else obj
        response = await self.bovine_actor.client.post(remote_inbox, json.dumps(create))
        body = await response.text()
        response.release()
        return {"status": response.status, "body": body[:2000]}


async def run(args):
    sock = bind_socket(args.host, args.port)
    base = f"http://{args.host}:{sock.getsockname()[1]}"
    actor_id = f"{base}/actor"
    dp = DataProvider.generate(with_possible_actors=False)  # in memory, no data.toml
    store = {"objects": {}, "fetches": []}
    app = build_app(dp.one_actor, base, store)

    categories = sorted(fediverse_pasture_inputs.available)
    if args.only:
        categories = [c for c in categories if c in set(args.only.split(","))]

    results = []
    timeout = aiohttp.ClientTimeout(total=args.timeout)
    async with serve_app(app, sock, log_level="debug" if args.verbose else "warning"), \
            aiohttp.ClientSession(timeout=timeout) as session:
        bovine_actor, actor_object = bovine_actor_for_actor_data(actor_id, dp.one_actor)
        await bovine_actor.init(session=session)
        sender = ActivitySender.for_actor(bovine_actor, actor_object)
        sender.__class__ = RecordingSender  # for_actor() hardcodes ActivitySender
        sender.store = store
        sender.sending_config = SendingConfig(include_mention=args.mention,
                                              include_cc=args.include_cc)
        sender.sleep_after_getting_inbox = False
        for name in categories:
            for idx, example in enumerate(fediverse_pasture_inputs.available[name].examples):
                ex = example if args.no_rewrite else rewrite(example, base)
                sender.init_create_note(lambda x, ex=ex: {**x, "content": "text", **ex})
                entry = {"input": f"{name}[{idx}]"}
                try:
                    res = await sender.send(args.target)
                    if res is None:
                        entry.update(status="error", body="send() returned None (inbox resolution failed?)")
                    else:
                        entry.update(res)
                except Exception as e:
                    entry.update(status="error", body=repr(e))
                entry["object_id"] = (sender.note or {}).get("id")
                if args.out:
                    entry["activity"] = sender.activity
                results.append(entry)

    statuses = {}
    for r in results:
        statuses[str(r["status"])] = statuses.get(str(r["status"]), 0) + 1
    short = lambda r: {k: r[k] for k in ("input", "status", "body")}
    summary = {
        "pasture_version": pasture_version,
        "inputs_version": inputs_version,
        "target": args.target,
        "sender_actor": actor_id,
        "sent": len(results),
        "statuses": statuses,
        "failures": [short(r) for r in results if isinstance(r["status"], int) and r["status"] >= 500],
        "rejected": [short(r) for r in results if isinstance(r["status"], int) and 400 <= r["status"] < 500],
        "errors": [short(r) for r in results if r["status"] == "error"],
        "target_fetched_our_objects": sum(1 for f in store["fetches"] if "/object/" in f),
        "target_fetched_assets": sum(1 for f in store["fetches"] if "/assets/" in f),
    }
    if args.out:
        with open(args.out, "w") as fp:
            json.dump({"summary": summary, "results": results,
                       "fetches": store["fetches"]}, fp, indent=2, default=str)
    return summary


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("target", help="target actor id, e.g. http://localhost:PORT/users/city")
    p.add_argument("--host", default="localhost",
                   help="host in the sender ids (bound on its IPv4 loopback address); "
                        "an IP literal like 127.0.0.1 is refused by Cairn")
    p.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    p.add_argument("--only", default="", help="comma list of input names")
    p.add_argument("--out", default="", help="write per-input results + activities here")
    p.add_argument("--no-rewrite", action="store_true",
                   help="send examples verbatim (http://pasture-one-actor/...)")
    p.add_argument("--mention", action="store_true", help="tag the target with a Mention")
    p.add_argument("--include-cc", action="store_true")
    p.add_argument("--timeout", type=float, default=30, help="per request, seconds")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()
    run_and_print(run, args)


if __name__ == "__main__":
    main()
