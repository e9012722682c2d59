import type { FetchError } from "./fetch-error";

/**
 * Owns everything in flight for one fetch, so a timeout or cancellation can
 * tear down the current request and response wherever the fetch happens to be.
 */
export class Guard {
  readonly aborted: Promise<never>;
  private fail: (error: FetchError) => void = () => undefined;
  private readonly live = new Set<{ destroy(error?: Error): unknown }>();
  private readonly cleanups: (() => void)[] = [];
  private done = false;

  constructor() {
    this.aborted = new Promise<never>((_resolve, reject) => {
      this.fail = reject;
    });
    // The race in fetchPage consumes the rejection; this keeps an abort that
    // lands after the race settled from being reported as unhandled.
    this.aborted.catch(() => undefined);
  }

  track(stream: { destroy(error?: Error): unknown }): void {
    if (this.done) stream.destroy();
    else this.live.add(stream);
  }

  onDispose(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  abort(error: FetchError): void {
    if (this.done) return;
    this.fail(error);
    this.dispose();
  }

  dispose(): void {
    if (this.done) return;
    this.done = true;
    for (const cleanup of this.cleanups) cleanup();
    // Streams of a finished fetch are already ended; destroying them is a no-op.
    for (const stream of this.live) stream.destroy();
    this.live.clear();
  }
}
