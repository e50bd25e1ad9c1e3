/**
 * The studio's local server: the app (Vite, in development mode) and a small JSON API over the
 * forms folder, on 127.0.0.1 only.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinFormsDir } from '@shenbao/cli';
import { FolderError, FormsFolder } from './forms-folder.js';

/** Options of {@link startStudio}. */
export interface StudioOptions {
  /** The forms folder (default: the built-in forms). */
  formsDir?: string;
  /** Port (default 5180; 0 = any free port). */
  port?: number;
}

/** A running studio. */
export interface RunningStudio {
  url: string;
  folder: FormsFolder;
  close(): Promise<void>;
}

const maxBody = 2 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBody) throw new FolderError(413, '请求内容过大');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new FolderError(400, '请求内容不是有效的 JSON');
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** Answers one API request (`/api/...`); false when the path is not the API's. */
export async function handleApi(folder: FormsFolder, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (!url.pathname.startsWith('/api/')) return false;
  const parts = url.pathname.slice(5).split('/').map((p) => decodeURIComponent(p));
  try {
    const method = request.method ?? 'GET';
    if (method === 'GET' && parts.length === 1 && parts[0] === 'forms') send(response, 200, await folder.list());
    else if (method === 'GET' && parts.length === 2 && parts[0] === 'forms') send(response, 200, await folder.load(parts[1]!));
    else if (method === 'PUT' && parts.length === 4 && parts[0] === 'forms' && parts[2] === 'rules') {
      send(response, 200, await folder.writePack(parts[1]!, parts[3]!, await readBody(request)));
    } else if (method === 'POST' && parts.length === 4 && parts[0] === 'forms' && parts[2] === 'scenarios') {
      send(response, 201, await folder.writeScenario(parts[1]!, parts[3]!, await readBody(request)));
    } else send(response, 404, { error: { message: '没有这个接口' } });
  } catch (error) {
    if (error instanceof FolderError) send(response, error.status, { error: { message: error.message, problems: error.problems } });
    else send(response, 500, { error: { message: `服务器内部错误：${(error as Error).message}` } });
  }
  return true;
}

/** Starts the studio at 127.0.0.1: the API and the app through Vite's middleware. */
export async function startStudio(options: StudioOptions = {}): Promise<RunningStudio> {
  const folder = new FormsFolder(options.formsDir ?? builtinFormsDir());
  const { createServer, defaultClientConditions } = await import('vite');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'spa',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    server: { middlewareMode: true, hmr: false },
  });
  const server = createHttpServer((request, response) => {
    void handleApi(folder, request, response).then((handled) => {
      if (!handled) vite.middlewares(request, response);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 5180, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    folder,
    async close() {
      await vite.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
