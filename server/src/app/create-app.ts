import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import helmet from 'helmet';
import { sessionCookies } from '../modules/auth/session-cookie';
import { BrregClient } from '../modules/brreg/brreg.client';
import { calendarRoutes } from '../modules/meeting/calendar.routes';
import { exportRoutes } from '../modules/export/export.routes';
import { registerImportRoutes } from '../modules/register-import/register-import.routes';
import type { Config } from '../shared/config';
import type { Database } from '../shared/database/database';
import { formatError } from '../shared/graphql/errors';
import { buildSchema } from './build-schema';
import { createRequestContext, type Context } from './context';

export interface AppOptions {
  db: Database;
  config: Pick<Config, 'env' | 'session'>;
  /** The built client; served at / with index.html for client routes. */
  clientDir?: string;
  /** Enhetsregisteret; main.ts passes one configured from the environment. */
  brreg?: BrregClient;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Errors before GraphQL (bad JSON, too large a body) as GraphQL-shaped JSON, never a stack trace. */
const httpErrorHandler: express.ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error?.type === 'entity.parse.failed'
      ? 'Forespørselen er ikke gyldig JSON.'
      : error?.type === 'entity.too.large'
        ? 'Forespørselen er for stor.'
        : status < 500
          ? 'Forespørselen kunne ikke leses.'
          : 'Noe gikk galt på serveren. Prøv igjen om litt.';
  if (status === 500) console.error('Unexpected HTTP error:', error);
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};

export const defaultClientDir = path.resolve(__dirname, '../../../client/dist');

export async function createApp({ db, config, clientDir = defaultClientDir, brreg = new BrregClient() }: AppOptions): Promise<App> {
  const production = config.env === 'production';
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy on this host or network, req.ip and req.secure come from X-Forwarded-*.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
      strictTransportSecurity: production,
    }),
  );
  const httpServer = http.createServer(app);

  // Limits on depth, aliases, tokens, directives and cost; no field suggestions in production.
  // Tokens are counted by graphql-js's own parser (parseOptions below): armor's token plugin parses
  // the document again in a hook, and a syntax error there came back as GRAPHQL_VALIDATION_FAILED
  // with HTTP 500 instead of GRAPHQL_PARSE_FAILED.
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const apollo = new ApolloServer<Context>({
    ...armor,
    schema: await buildSchema(),
    formatError,
    parseOptions: { maxTokens: 3000 },
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false, // a batch of login attempts is refused whole
    // main.ts stops on SIGINT/SIGTERM itself: Apollo's own handler would re-raise the signal and end
    // the process before the database is closed (and the embedded folder's lock released).
    stopOnTerminationSignals: false,
    // No cache control: answers are private to a session, and its per-field hook cost ~1 ms a page of cards.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
    validationRules: [...armor.validationRules],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: db.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });

  // A CSV of companies (≤ 5 MB, previewCompanyImport / commitCompanyImport) arrives as a GraphQL
  // variable: a client that sends one says so with this header and gets a larger body limit.
  const jsonBody = express.json({ limit: '200kb' });
  const csvImportBody = express.json({ limit: '12mb' });
  app.use(
    '/graphql',
    (req, res, next) => (req.get('x-magnet-csv-import') ? csvImportBody : jsonBody)(req, res, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createRequestContext(db, config.session, req, sessionCookies(req, res), brreg),
    }),
  );

  app.use('/calendar', calendarRoutes(db, config.session));
  app.use('/export', exportRoutes(db, config.session));
  app.use('/import', registerImportRoutes(db, config.session));

  app.use(httpErrorHandler);

  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client routes (/pipeline, /companies/…) all get the app shell.
    app.get('/{*path}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Magnet API is running. The client is not built: run `npm run build -w client`.');
    });
  }

  return {
    httpServer,
    apollo,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
