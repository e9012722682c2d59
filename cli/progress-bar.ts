/** A one-line progress bar on stderr, drawn only when stderr is a terminal (pipes and CI get no control codes). */
import type { CliIO } from "./command";

export function progressBar(io: CliIO, total: number) {
  const width = 24;
  return {
    update(done: number, label: string) {
      if (!io.interactive) return;
      const filled = Math.round((done / Math.max(1, total)) * width);
      process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label.slice(0, 50).padEnd(50)}`);
    },
    finish() {
      if (io.interactive) process.stderr.write("\n");
    },
  };
}
