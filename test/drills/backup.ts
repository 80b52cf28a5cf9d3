/**
 * npm run drill:backup [-- --engine postgres|embedded|both]
 * Seeds a database (demo + generated rows), backs it up with db:backup,
 * restores it with db:restore into an empty one, and compares row counts and
 * checksums of every table. Exit code 1 when a check fails. See docs/reliability.md.
 */
import { cliArgs, runDrillCli } from './support/args';
import { runBackupDrill } from './support/backup-drill';

const engine = cliArgs().string('engine', 'both');
const engines = engine === 'both' ? (['postgres', 'embedded'] as const) : ([engine] as ['postgres' | 'embedded']);

runDrillCli(async () => {
  const problems: string[] = [];
  for (const kind of engines) problems.push(...(await runBackupDrill({ engine: kind })).problems.map((p) => `${kind}: ${p}`));
  return { problems };
});
