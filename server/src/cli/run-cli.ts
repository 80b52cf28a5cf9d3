import { ConfigError } from '../shared/config';

/** Runs a command-line task: a known failure is one clear line, never a stack trace. */
export function runCli(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ConfigError) console.error(error.message);
      else console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
