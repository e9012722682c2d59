import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { createStory } from "../../db/story-mutations";
import { listReviews } from "../../db/reviews";
import { reviewFlag } from "../flag-reviews";
import { useTestDatabase } from "../test-database";
import { UserError } from "../user-error";
import { changeOwnPassword, changePassword, changeRole, createAccount, listAccounts, removeAccount, signIn, signOutEverywhere } from "./accounts";
import { readyDemoAccount } from "./demo-account";
import { endSession, sessionIdOf, validateSessionToken } from "./sessions";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  await createAccount({ username: "Alice", password: "alice's long password", role: "editor" });
  await createAccount({ username: "victor", password: "victor's long password", role: "viewer" });
});
afterAll(async () => cleanup());

const DAY = 24 * 60 * 60 * 1000;
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as UserError);

describe("accounts", () => {
  it("stores names in lower case and never the password", async () => {
    expect((await listAccounts()).map((u) => [u.username, u.role])).toEqual([["alice", "editor"], ["victor", "viewer"]]);
    const row = await (await db()).user.findUnique({ where: { username: "alice" } });
    expect(row?.passwordHash).not.toContain("alice's long password");
  });

  it("refuses a taken name, a short password, a bad name or an unknown role with a message", async () => {
    expect(await failure(createAccount({ username: "ALICE", password: "another long one", role: "editor" }))).toMatchObject({ code: "duplicate" });
    expect(await failure(createAccount({ username: "carol", password: "short", role: "editor" }))).toMatchObject({ message: expect.stringMatching(/at least 10/) });
    expect(await failure(createAccount({ username: "carol", password: " ".repeat(12), role: "editor" }))).toMatchObject({ message: expect.stringMatching(/besides spaces/) });
    expect(await failure(createAccount({ username: "a b", password: "long enough pw", role: "editor" }))).toMatchObject({ code: "invalid_input" });
    expect(await failure(createAccount({ username: "carol", password: "long enough pw", role: "admin" }))).toMatchObject({ message: "The role is editor or viewer." });
  });
});

describe("signing in", () => {
  it("starts a session for the right password, whatever the case of the name", async () => {
    const session = await signIn({ username: " ALICE ", password: "alice's long password" });
    expect(session.user).toMatchObject({ username: "alice", role: "editor" });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await validateSessionToken(session.token)).toMatchObject({ user: { username: "alice" } });
    // Only the token's hash is stored.
    expect(await (await db()).session.findUnique({ where: { id: session.token } })).toBeNull();
    expect(await (await db()).session.findUnique({ where: { id: sessionIdOf(session.token) } })).not.toBeNull();
  });

  it("gives one message for a wrong password and an unknown name, so it does not tell which accounts exist", async () => {
    const wrong = await failure(signIn({ username: "victor", password: "not the password" }));
    const unknown = await failure(signIn({ username: "nobody", password: "not the password" }));
    expect(wrong).toMatchObject({ code: "unauthorized" });
    expect(unknown).toMatchObject({ code: "unauthorized", message: wrong?.message });
    expect(await failure(signIn({ username: "", password: "" }))).toMatchObject({ code: "invalid_input" });
  });

  it("locks an account out for a while after ten failures, even for the right password", async () => {
    await createAccount({ username: "target", password: "target's long password", role: "viewer" });
    for (let i = 0; i < 10; i++) await failure(signIn({ username: "target", password: `guess ${i}` }));
    expect(await failure(signIn({ username: "target", password: "target's long password" }))).toMatchObject({ code: "too_many_requests", message: expect.stringMatching(/15 minute/) });
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect((await signIn({ username: "target", password: "target's long password" }, later)).user.username).toBe("target");
  });
});

describe("sessions", () => {
  it("expire after LACUNA_SESSION_DAYS without use, and the expired row is removed", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const { token } = await signIn({ username: "victor", password: "victor's long password" }, start);
    expect(await validateSessionToken(token, new Date(start.getTime() + 3 * DAY))).not.toBeNull();
    expect(await validateSessionToken(token, new Date(start.getTime() + 7 * DAY + 1000))).toBeNull();
    expect(await (await db()).session.findUnique({ where: { id: sessionIdOf(token) } })).toBeNull();
  });

  it("slide forward while used, so a daily user stays signed in", async () => {
    const start = new Date("2026-02-01T00:00:00Z");
    const { token } = await signIn({ username: "victor", password: "victor's long password" }, start);
    const used = await validateSessionToken(token, new Date(start.getTime() + 5 * DAY));
    expect(used?.extended).toBe(true);
    expect(used?.expiresAt.toISOString()).toBe(new Date(start.getTime() + 12 * DAY).toISOString());
    expect(await validateSessionToken(token, new Date(start.getTime() + 11 * DAY))).not.toBeNull();
  });

  it("end on sign-out, on a password change and on sign-out-everywhere; a role change applies at once", async () => {
    const a = await signIn({ username: "victor", password: "victor's long password" });
    await endSession(a.token);
    expect(await validateSessionToken(a.token)).toBeNull();

    const b = await signIn({ username: "victor", password: "victor's long password" });
    await changeRole("victor", "editor");
    expect((await validateSessionToken(b.token))?.user.role).toBe("editor");
    await changeRole("victor", "viewer");

    await changePassword("victor", "victor's new long password");
    expect(await validateSessionToken(b.token)).toBeNull();
    expect(await failure(signIn({ username: "victor", password: "victor's long password" }))).toMatchObject({ code: "unauthorized" });

    const c = await signIn({ username: "victor", password: "victor's new long password" });
    expect(await signOutEverywhere("victor")).toBeGreaterThanOrEqual(1);
    expect(await validateSessionToken(c.token)).toBeNull();
  });

  it("refuse tokens that are not tokens without asking the database", async () => {
    for (const token of ["", "x", "a".repeat(500), "../../etc/passwd"]) expect(await validateSessionToken(token)).toBeNull();
  });
});

describe("removing an account", () => {
  it("ends its sessions and keeps its name on the reviews it made", async () => {
    const dora = await createAccount({ username: "dora", password: "dora's long password", role: "editor" });
    const { token } = await signIn({ username: "dora", password: "dora's long password" });
    const scope = `story:${(await createStory("A story")).id}`;
    await reviewFlag({ scope, flagKey: "entity:a:x", status: "confirmed" }, { id: dora.id, username: dora.username });
    await removeAccount("dora");
    expect(await validateSessionToken(token)).toBeNull();
    expect((await listReviews(scope)).get("entity:a:x")).toMatchObject({ reviewerName: "dora" });
    expect(await failure(removeAccount("dora"))).toMatchObject({ code: "not_found" });
  });
});

describe("the demo account", () => {
  it("is an editor whose password is new on every run", async () => {
    const first = await readyDemoAccount();
    const second = await readyDemoAccount();
    expect(second.password).not.toBe(first.password);
    expect(await failure(signIn({ username: "demo", password: first.password }))).toMatchObject({ code: "unauthorized" });
    expect((await signIn({ username: "demo", password: second.password })).user).toMatchObject({ username: "demo", role: "editor" });
  });
});

describe("changing one's own password", () => {
  it("needs the current password, ends every session of the account and keeps this browser signed in with a new one", async () => {
    await createAccount({ username: "paula", password: "paula's first password", role: "editor" });
    const here = await signIn({ username: "paula", password: "paula's first password" });
    const elsewhere = await signIn({ username: "paula", password: "paula's first password" });
    const fresh = await changeOwnPassword("paula", { current: "paula's first password", next: "paula's second password", repeat: "paula's second password" });
    expect(await validateSessionToken(here.token)).toBeNull();
    expect(await validateSessionToken(elsewhere.token)).toBeNull();
    expect(await validateSessionToken(fresh.token)).toMatchObject({ user: { username: "paula" } });
    expect(await failure(signIn({ username: "paula", password: "paula's first password" }))).toMatchObject({ code: "unauthorized" });
    expect((await signIn({ username: "paula", password: "paula's second password" })).user.username).toBe("paula");
  });

  it("changes nothing for a wrong current password, a short or unrepeated new one, or the same one again", async () => {
    await createAccount({ username: "quentin", password: "quentin's password", role: "viewer" });
    const session = await signIn({ username: "quentin", password: "quentin's password" });
    expect(await failure(changeOwnPassword("quentin", { current: "a guess at it", next: "a brand new password", repeat: "a brand new password" }))).toMatchObject({ code: "unauthorized" });
    expect(await failure(changeOwnPassword("quentin", { current: "quentin's password", next: "short", repeat: "short" }))).toMatchObject({ message: expect.stringMatching(/at least 10/) });
    // Ten spaces, or a word padded with them, are not a password; spaces between words are fine.
    for (const padded of [" ".repeat(10), "\t".repeat(12), "   abc    \u00a0   "]) {
      expect(await failure(changeOwnPassword("quentin", { current: "quentin's password", next: padded, repeat: padded }))).toMatchObject({ message: "Use a password of at least 10 characters besides spaces." });
    }
    expect(await failure(changeOwnPassword("quentin", { current: "quentin's password", next: "a brand new password", repeat: "a brand new passwort" }))).toMatchObject({ message: expect.stringMatching(/repeat differ/) });
    expect(await failure(changeOwnPassword("quentin", { current: "quentin's password", next: "quentin's password", repeat: "quentin's password" }))).toMatchObject({ message: expect.stringMatching(/current one/) });
    expect(await validateSessionToken(session.token)).not.toBeNull();
    expect((await signIn({ username: "quentin", password: "quentin's password" })).user.username).toBe("quentin");
  });

  it("counts wrong current passwords towards the sign-in lock-out, so a session left open cannot be used to guess it", async () => {
    await createAccount({ username: "rita", password: "rita's long password", role: "editor" });
    for (let i = 0; i < 10; i++) await failure(changeOwnPassword("rita", { current: `guess ${i}`, next: "rita's new password", repeat: "rita's new password" }));
    expect(await failure(changeOwnPassword("rita", { current: "rita's long password", next: "rita's new password", repeat: "rita's new password" }))).toMatchObject({ code: "too_many_requests" });
    expect(await failure(signIn({ username: "rita", password: "rita's long password" }))).toMatchObject({ code: "too_many_requests" });
  });
});
