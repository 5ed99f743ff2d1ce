# SPDX-License-Identifier: AGPL-3.0-or-later
"""Shared helpers: serve an ASGI (Quart) app on a loopback socket we bind ourselves.

The fediverse-pasture CLIs call ``app.run(host="0.0.0.0")``; we never do that.
Instead we bind a socket to (host, port) ourselves (port 0 = let the kernel pick
a free one), learn the port before building actor ids, and hand the bound
socket to uvicorn.
"""

import asyncio
import contextlib
import json
import logging
import socket
import sys
import traceback

import uvicorn


def bind_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


@contextlib.asynccontextmanager
async def serve_app(app, sock: socket.socket, log_level: str = "warning"):
    """Runs ``app`` on the pre-bound ``sock`` for the duration of the block."""
    config = uvicorn.Config(
        app, log_level=log_level, lifespan="on", access_log=False
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    for _ in range(200):
        if server.started:
            break
        if task.done():
            task.result()  # raise the startup error
        await asyncio.sleep(0.02)
    try:
        yield server
    finally:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 10)


def quiet_logging(verbose: bool):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.CRITICAL)
    if not verbose:
        for name in ("fediverse_pasture", "bovine", "quart", "uvicorn", "aiohttp"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def run_and_print(run, args):
    """Runs ``run(args)``, prints its summary as JSON; exit 2 with the traceback on an error."""
    quiet_logging(args.verbose)
    try:
        summary = asyncio.run(run(args))
    except Exception as e:
        print(json.dumps({"error": repr(e), "traceback": traceback.format_exc()}))
        sys.exit(2)
    print(json.dumps(summary, indent=2, default=str))
