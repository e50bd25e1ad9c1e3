/**
 * The request log. Declarations carry personal data (ID numbers, phone numbers), so the log holds
 * none of it: no bodies (Fastify never logs them), no headers (the actor id may itself be personal),
 * no query strings, and for errors only their type and code (a JSON or SQLite error message can
 * quote input); the message and stack only for 5xx errors, which come from code, not from data.
 */
import type { FastifyServerOptions } from 'fastify';

/** Where log lines go (a pino destination: anything with `write(line)`). */
export interface LogStream {
  write(line: string): void;
}

/** Logging settings of `buildApp`: false for none. */
export type LogOptions = false | { level?: string; stream?: LogStream };

interface LoggedRequest {
  method?: string;
  url?: string;
  id?: string;
}

interface LoggedError {
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  stack?: string;
}

/** The path of a URL without its query string. */
function pathOnly(url: string | undefined): string | undefined {
  return url === undefined ? undefined : url.split('?')[0];
}

/** Fastify's `logger` option with the serializers above. */
export function loggerOptions(options: LogOptions): FastifyServerOptions['logger'] {
  if (options === false) return false;
  return {
    level: options.level ?? 'info',
    ...(options.stream === undefined ? {} : { stream: options.stream }),
    serializers: {
      req: (request: LoggedRequest) => ({ id: request.id, method: request.method, url: pathOnly(request.url) }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      // Fastify's type wants message and stack always; 4xx errors deliberately have neither.
      err: ((error: LoggedError) => {
        const internal = error.statusCode === undefined || error.statusCode >= 500;
        return {
          type: error.name,
          code: error.code,
          statusCode: error.statusCode,
          ...(internal ? { message: error.message, stack: error.stack } : {}),
        };
      }) as never,
    },
  };
}
