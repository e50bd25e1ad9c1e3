/**
 * `pnpm studio`: starts the rules studio at http://127.0.0.1:5180/ (`--port N`, `--forms DIR`).
 */
import { parseArgs } from 'node:util';
import { startStudio } from './studio-server.js';

const { values } = parseArgs({ options: { port: { type: 'string' }, forms: { type: 'string' } } });
const port = values.port === undefined ? 5180 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口“${values.port}”无效`);
  process.exit(2);
}
const studio = await startStudio(values.forms === undefined ? { port } : { port, formsDir: values.forms });
console.log(`规则工作台已启动：${studio.url}（按 Ctrl+C 退出）`);
const stop = () => void studio.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
