/**
 * The registry of CLI commands: one file per command in this folder, one line
 * here. Keep the list alphabetical.
 */
import type { Command } from "../command";

export const commands: Record<string, Command> = {};
