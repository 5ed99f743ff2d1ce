#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Run fediverse-pasture's verify_actor checks against one actor, on loopback.

usage: python3 verify_actor.py <actor_url> [--host localhost] [--port 0]
                               [--timeout 20] [--only alice,bob,...] [--verbose]

What it does (same logic as `python -m fediverse_pasture.verify_actor`, minus
the web UI and the 0.0.0.0 bind):
  * generates the pasture test actors in memory (alice, bob, claire, dean,
    emily, frank + the application actor "actor"), RSA keys, no data.toml;
  * serves them with fediverse_pasture.server.BlueprintForActors (a Quart app)
    on http://HOST:PORT/<name> (+ /<name>/inbox, /.well-known/webfinger);
  * runs fediverse_pasture.server.verify_actor.ActorVerifier with
    domain=HOST:PORT, scheme=http against <actor_url>;
  * prints a JSON summary on stdout, exit 0 if the run completed
    (2 on bad usage / internal error).
"""

import argparse
import json

from quart import Quart

from fediverse_pasture.data_provider import DataProvider
from fediverse_pasture.server import BlueprintForActors
from fediverse_pasture.server.verify_actor import ActorVerifier
from fediverse_pasture.types import Message
from fediverse_pasture.version import __version__ as pasture_version

from pasture_common import bind_socket, run_and_print, serve_app

# What each pasture actor does and what a well-behaved server should answer.
#   signed_get:  the actor document is only served to signed GETs
#   signed_post: the verifier POSTs a *signed* Like (else an unsigned EchoRequest)
#   webfinger:   acct:<name>@HOST:PORT resolves (dean/emily/frank have none)
ACTORS = {
    "alice": dict(signed_get=False, signed_post=False, webfinger=True),
    "bob": dict(signed_get=False, signed_post=True, webfinger=True),
    "claire": dict(signed_get=True, signed_post=True, webfinger=True),
    "dean": dict(signed_get=False, signed_post=False, webfinger=False),
    "emily": dict(signed_get=False, signed_post=True, webfinger=False),
    "frank": dict(signed_get=True, signed_post=True, webfinger=False),
}


def expected(name: str, check: str) -> bool:
    """Expectations as in fediverse_pasture/verify_actor.py's warnings:
    every actor can GET the remote actor; unsigned POSTs (alice, dean) must be
    rejected; signed POSTs (bob, claire, emily, frank) must be accepted."""
    if check == "get_actor":
        return True
    return ACTORS[name]["signed_post"]


class RecordingVerifier(ActorVerifier):
    """ActorVerifier whose signed POSTs also log the response status and body
    into the message log (pasture only logs ClientResponseError, without body).
    The request itself is unchanged: bovine's SignedHttpClient.post."""

    async def init_bovine_actor(self, actor, session):
        bovine_actor = await super().init_bovine_actor(actor, session)
        message = self.message

        async def post(target, data):
            response = await bovine_actor.client.post(target, json.dumps(data))
            body = await response.text()
            message.add(f"signed POST {target} -> HTTP {response.status} body: {body[:500]}")
            response.raise_for_status()
            return response

        bovine_actor.post = post
        return bovine_actor


def split_steps(steps):
    """Message.steps is one log for the whole run; split it per actor."""
    per_actor, current = {"_pre": []}, "_pre"
    for step in steps:
        text = step if isinstance(step, str) else json.dumps(step)
        if isinstance(step, str) and step.startswith("Running verification for "):
            current = step.removeprefix("Running verification for ")
            per_actor[current] = []
        elif isinstance(step, str) and step.startswith("Got preferredUsername"):
            current = "webfinger"
            per_actor[current] = []
        per_actor.setdefault(current, []).append(text)
    return per_actor


async def run(args) -> dict:
    sock = bind_socket(args.host, args.port)
    port = sock.getsockname()[1]
    domain = f"{args.host}:{port}"

    dp = DataProvider.generate()  # in memory; generate_and_load would write ./data.toml
    actor_list = dp.possible_actors + [dp.one_actor]

    app = Quart("pasture_verify_actor")
    app.register_blueprint(BlueprintForActors(actor_list).blueprint)

    message = Message()
    only = {}
    if args.only:
        wanted = set(args.only.split(","))
        only = {name: name in wanted for name in ACTORS}

    async with serve_app(app, sock, log_level="debug" if args.verbose else "warning"):
        verifier = RecordingVerifier(
            actor_list=actor_list,
            remote_uri=args.actor_url,
            message=message,
            domain=domain,
            timeout=args.timeout,
        )
        verifier.scheme = "http"
        result = await verifier.verify(only=only)

    steps = split_steps(message.steps)
    checks = {}
    for name, flags in ACTORS.items():
        if name not in result:
            continue
        for check in ("get_actor", "post_inbox"):
            got = bool(result[name][check])
            exp = expected(name, check)
            checks[f"{name}.{check}"] = {
                "pass": got,
                "expected": exp,
                "ok": got == exp,
                "detail": steps.get(name, []),
            }
    checks["webfinger"] = {
        "pass": bool(result.get("webfinger")),
        "expected": True,
        "ok": bool(result.get("webfinger")),
        "detail": steps.get("webfinger", []),
    }
    return {
        "pasture_version": pasture_version,
        "target": args.actor_url,
        "resolved_actor_uri": verifier.remote_actor_uri,
        "pasture_base_url": f"http://{domain}",
        "pasture_actors": {
            name: {"id": f"http://{domain}/{name}", **flags}
            for name, flags in ACTORS.items()
        },
        "raw_result": result,
        "checks": checks,
        "all_ok": all(c["ok"] for c in checks.values()),
        "log_prelude": steps.get("_pre", []),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("actor_url", help="actor id (http://...) or acct:user@host")
    parser.add_argument("--host", default="localhost",
                        help="host used in pasture actor ids; bound on its IPv4 loopback address. "
                             "Default localhost: Cairn (activitypub_federation) rejects IP-literal ids")
    parser.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--only", default="", help="comma list of pasture actors")
    parser.add_argument("--verbose", action="store_true", help="log to stderr")
    args = parser.parse_args()
    run_and_print(run, args)


if __name__ == "__main__":
    main()
