/**
 * `buildApp(options)`: the reference server as a Fastify instance, ready to `listen` (main.ts) or
 * to be started by tests on a free port. It opens (and migrates) the SQLite database, resolves the
 * rule packs of the forms, and registers the routes. Closing the app closes the database it opened.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import { builtinForms } from '@shenbao/forms';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuth, type AuthOptions } from './auth.js';
import { limits } from './config.js';
import { openDatabase, type Db } from './database.js';
import { handleError, handleFrameworkError, handleNotFound } from './errors.js';
import { FilesRepository } from './files-repository.js';
import { FormsCatalog, type FormSource } from './forms-catalog.js';
import { registerJsonParser } from './json-body.js';
import { loggerOptions, type LogOptions } from './logging.js';
import { RecordsRepository } from './records-repository.js';
import { authRoutes } from './routes/auth.js';
import { filesRoutes } from './routes/files.js';
import { formsRoutes } from './routes/forms.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { profileRoutes } from './routes/profile.js';
import { recordsRoutes } from './routes/records.js';
import { revealRoutes } from './routes/reveal.js';
import { submitRoutes } from './routes/submit.js';
import { chinaDate, type ContextProvider, type Services } from './services.js';
import { verifiedContext } from './verified-context.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  /** The SQLite file (created on first start); `':memory:'` for a private in-memory one. Ignored with `database`. */
  dbFile?: string;
  /** An open database to use instead (not closed by the app). */
  database?: Db;
  /** The forms to serve; default: every built-in form of `@shenbao/forms`. */
  forms?: readonly FormSource[];
  /** The clock; default: the system clock. */
  now?: () => Date;
  /** Context facts for the rules; default: `{ today }` in China time from `now`. */
  context?: ContextProvider;
  /** Logging; default: info level to standard output. */
  logger?: LogOptions;
  /** Authentication: the token secret and the accounts; default a random secret and no accounts. */
  auth?: AuthOptions;
  /** Compile every form's schema and rules before answering (default true; tests may skip it to start faster). */
  warm?: boolean;
}

/** Builds the server (routes registered, not listening). */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const catalog = new FormsCatalog(options.forms ?? builtinForms);
  // Compile every form's schema and rules now: the first submissions after a start answer as fast as later ones.
  if (options.warm !== false) await catalog.warm(chinaDate(new Date()));
  const ownsDb = options.database === undefined;
  const db = options.database ?? openDatabase(options.dbFile ?? ':memory:');
  const services: Services = {
    db,
    records: new RecordsRepository(db, limits.historyInView),
    files: new FilesRepository(db),
    catalog,
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
    // Today, and the candidate's verified identity and bound unit (COMMON-12, WU-3).
    contextFor: options.context ?? ((record, now) => verifiedContext(services, record, now)),
  };

  const app = Fastify({
    logger: loggerOptions(options.logger ?? { level: 'info' }),
    bodyLimit: limits.bodyBytes,
    // Record and file ids are UUIDs; longer parameters are refused before routing.
    routerOptions: { maxParamLength: 100 },
    // Router errors (an over-long id, a malformed URL) answer in the API's shape too.
    frameworkErrors: handleFrameworkError,
  });
  if (ownsDb) app.addHook('onClose', async () => void db.close());

  registerJsonParser(app);
  const auth: AuthOptions = options.auth ?? { secret: randomBytes(32).toString('hex') };
  const sign = await registerAuth(app, auth);
  await app.register(multipart, {
    limits: { fileSize: catalog.largestFile() + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 100 },
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  authRoutes(app, auth, sign);
  formsRoutes(app, services);
  recordsRoutes(app, services);
  submitRoutes(app, services);
  lifecycleRoutes(app, services);
  filesRoutes(app, services);
  revealRoutes(app, services);
  profileRoutes(app, services);
  return app;
}
