/**
 * Slows password guessing: after too many failed sign-ins for one account in
 * a window, further attempts for it are refused until the window has passed.
 * Kept in memory (one server process; a restart forgets it), which is enough
 * to turn an online guess rate of thousands an hour into a few dozen.
 */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  private recent(username: string, now: number): number[] {
    const kept = (this.failures.get(username) ?? []).filter((t) => now - t < WINDOW_MS);
    if (kept.length > 0) this.failures.set(username, kept);
    else this.failures.delete(username);
    return kept;
  }

  /** Milliseconds until the account may be tried again; 0 when it may be tried now. */
  waitFor(username: string, now: number): number {
    const recent = this.recent(username, now);
    return recent.length < MAX_FAILURES ? 0 : WINDOW_MS - (now - recent[recent.length - MAX_FAILURES]!);
  }

  fail(username: string, now: number): void {
    this.failures.set(username, [...this.recent(username, now), now]);
  }

  succeed(username: string): void {
    this.failures.delete(username);
  }
}
