/**
 * npm run drill:load [-- --seconds 60 --clients 50]
 * 50 team members read and write at once against a real server on a fresh
 * PostgreSQL database; afterwards the database must hold exactly the
 * acknowledged writes. Exit code 1 when a check fails. See docs/reliability.md.
 */
import { cliArgs, runDrillCli } from './support/args';
import { runLoadDrill } from './support/load-drill';

const args = cliArgs();
runDrillCli(() => runLoadDrill({ clients: args.number('clients', 50), seconds: args.number('seconds', 60) }));
