/**
 * npm run drill:faults [-- --only restart,sigkill,two-servers] [--down 3] [--no-embedded]
 *  restart      PostgreSQL stopped for a few seconds under load: masked errors while down,
 *               recovery by itself within 5 s, no acknowledged write lost.
 *               (Stops the shared local cluster briefly and always starts it again.)
 *  sigkill      the server killed mid-write, on PostgreSQL and on the embedded database:
 *               nothing half-written, retries with idempotency keys leave exactly the acknowledged writes.
 *  two-servers  two processes on one database: sessions and version checks hold across both.
 * Exit code 1 when a check fails. See docs/reliability.md.
 */
import { cliArgs, runDrillCli } from './support/args';
import { runRestartDrill } from './support/restart-drill';
import { runSigkillDrill } from './support/sigkill-drill';
import { runTwoServersDrill } from './support/two-servers-drill';

const args = cliArgs();
const only = args.string('only', 'restart,sigkill,two-servers').split(',');

runDrillCli(async () => {
  const problems: string[] = [];
  const section = (name: string, found: string[]) => problems.push(...found.map((p) => `${name}: ${p}`));
  if (only.includes('restart')) {
    const result = await runRestartDrill({ downSeconds: args.number('down', 3), afterSeconds: args.number('after', 10), clients: args.number('clients', 10) });
    section('restart', result.problems);
  }
  if (only.includes('sigkill')) {
    section('sigkill (postgres)', (await runSigkillDrill({ engine: 'postgres' })).problems);
    if (!args.flag('no-embedded')) section('sigkill (embedded)', (await runSigkillDrill({ engine: 'embedded' })).problems);
  }
  if (only.includes('two-servers')) section('two servers', (await runTwoServersDrill({ rounds: args.number('rounds', 5) })).problems);
  return { problems };
});
