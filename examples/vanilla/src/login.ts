/**
 * The demo's login page: username and password, checked by the reference server (`POST
 * /auth/login`). The demo accounts (password `demo`, enabled by `pnpm demo` with
 * SHENBAO_DEMO_USERS=1) are listed to fill the form in one click.
 */
import { ApiError, login } from './api.js';
import { el } from './dom.js';
import { refusal } from './record-status.js';

/** The demo accounts the page offers (the server's config.ts holds them). */
const demoAccounts = [
  { username: 'zhangsan', label: '张三（考生，武汉市第一医院）' },
  { username: 'lisi', label: '李四（考生，武汉市中医医院）' },
  { username: 'wuhan1', label: '武汉市第一医院审核员' },
  { username: 'wuhan-tcm', label: '武汉市中医医院审核员' },
];

/** Renders the login page into `root`; reloads the page once signed in. */
export function loginPage(root: HTMLElement): void {
  const username = el('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true }) as HTMLInputElement;
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }) as HTMLInputElement;
  // The refusal inside carries role="alert" itself (a wrapper with the role too was announced twice).
  const alerts = el('div', {});
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await login(username.value.trim(), password.value);
      location.reload();
    } catch (error) {
      alerts.replaceChildren(refusal(error instanceof ApiError ? error.message : `登录失败：${(error as Error).message}`));
    }
  };
  const form = el(
    'form',
    { class: 'card login', onsubmit: (e: Event) => void submit(e) },
    el('h1', {}, '登录'),
    alerts,
    el('label', { for: 'login-user' }, '用户名'),
    username,
    el('label', { for: 'login-password' }, '密码'),
    password,
    el('button', { type: 'submit', class: 'primary' }, '登录'),
  );
  const accounts = el(
    'section',
    { class: 'card demo-accounts' },
    el('h2', {}, '演示账号（密码均为 demo）'),
    el(
      'ul',
      {},
      ...demoAccounts.map((a) =>
        el('li', {}, el('button', { type: 'button', onclick: () => ((username.value = a.username), (password.value = 'demo'), password.focus()) }, a.label), ' ', el('code', {}, a.username)),
      ),
    ),
  );
  root.replaceChildren(form, accounts);
}
