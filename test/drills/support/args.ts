/** Reads `--name value` and `--flag` from the command line. */
export function cliArgs(argv = process.argv.slice(2)) {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    number(name: string, fallback: number): number {
      const raw = value(name);
      if (raw === undefined) return fallback;
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got "${raw}")`);
      return n;
    },
    string(name: string, fallback: string): string {
      return value(name) ?? fallback;
    },
    flag(name: string): boolean {
      return argv.includes(`--${name}`);
    },
  };
}

/** Runs a drill from the command line: prints its report and exits 0 when every check held, 1 otherwise. */
export function runDrillCli(run: () => Promise<{ problems: string[] }>): void {
  run().then(
    ({ problems }) => {
      if (problems.length) {
        console.error(`\nFAILED: ${problems.length} check(s) did not hold:`);
        for (const p of problems) console.error(`  - ${p}`);
        process.exit(1);
      }
      console.log('\nPASSED: every check held.');
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`\nFAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
