/**
 * The React host: sign in as a candidate, then the work-unit form (工作单位) as the reference server
 * serves it, in `<shenbao-form>` with typed props and events (`@shenbao/ui/react`):
 * - `lookup` is the host's unit directory; when the candidate picks a unit (`onshenbao-input` on
 *   `/unit`), the host fills 工作单位信息 from it;
 * - `onshenbao-input` shows what changed; `onchange` (lowercase: the form's own `change`, with its
 *   `detail`, not React's synthetic `onChange`) whether the declaration is complete after it;
 * - `onshenbao-submit` (确定 on a complete declaration) is cancelled, the declaration is posted to
 *   the server with `fetch`, and `showSubmitted()` shows 提交成功 once the server stored it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ShenbaoForm, ShenbaoInputEvent, ShenbaoSubmitEvent, ShenbaoChangeEvent } from '@shenbao/ui';
import { loadForm, openRecord, ServerRefusal, signIn, submitRecord, type ServedForm, type Session } from '@shenbao/example-host-kit/reference-server';
import { editedLine, issueLine } from '@shenbao/example-host-kit/status-lines';
import { unitByCode, unitLookup } from '@shenbao/example-host-kit/units';

/** The built-in form this host embeds. */
const formId = 'work-unit';

export function App() {
  const [session, setSession] = useState<Session>();
  return session ? <Declaration session={session} /> : <SignIn onSignedIn={setSession} />;
}

/** The sign-in form (the demo accounts of examples/server: `zhangsan` / `demo`). */
function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    signIn(String(fields.get('username')), String(fields.get('password'))).then(onSignedIn, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <form onSubmit={submit}>
      <h1>登录</h1>
      <label>用户名 <input name="username" defaultValue="zhangsan" autoComplete="username" /></label>
      <label>密码 <input name="password" type="password" defaultValue="demo" autoComplete="current-password" /></label>
      <button>登录</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** What the host shows under the form. */
type Outcome = { kind: 'saving' } | { kind: 'stored'; id: string; status: string } | { kind: 'refused'; message: string; issues: string[] };

/** The declaration: the served form in `<shenbao-form>`, submitted to the server. */
function Declaration({ session }: { session: Session }) {
  const form = useRef<ShenbaoForm>(null);
  const [served, setServed] = useState<{ form: ServedForm; recordId: string }>();
  const [loadError, setLoadError] = useState('');
  const [progress, setProgress] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    Promise.all([loadForm(formId), openRecord(session, formId)]).then(
      ([served, recordId]) => setServed({ form: served, recordId }),
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
  }, [session]);

  /** Each edit: the field that changed, by its title; a picked unit fills 工作单位信息. */
  const onInput = (event: ShenbaoInputEvent) => {
    if (served) setProgress(editedLine(served.form.definition, event.detail));
    const data = toRecord(event.detail.value);
    const unit = event.detail.pointer === '/unit' ? unitByCode(data.unit) : undefined;
    if (unit && form.current) form.current.value = { ...data, boundUnit: { ...unit } };
  };

  /** Each committed edit (the form's own `change`, after its evaluation): whether it is complete now. */
  const onChange = (event: ShenbaoChangeEvent) => served && setProgress(editedLine(served.form.definition, event.detail));

  /** 确定: the server stores the declaration (it evaluates it again), then 提交成功. */
  const onSubmit = (event: ShenbaoSubmitEvent) => {
    event.preventDefault();
    if (!served) return;
    setOutcome({ kind: 'saving' });
    const { definition } = served.form;
    const { value } = event.detail;
    submitRecord(session, served.recordId, value).then(
      async (record) => {
        setOutcome({ kind: 'stored', id: record.id, status: record.statusLabel });
        await form.current?.showSubmitted();
      },
      (e: unknown) => setOutcome(e instanceof ServerRefusal ? { kind: 'refused', message: e.message, issues: e.issues.map((issue) => issueLine(definition, value, issue)) } : { kind: 'refused', message: String(e), issues: [] }),
    );
  };

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!served) return <p className="status">正在加载表单…</p>;
  return (
    <>
      <p className="status">{session.user.name ?? session.user.id} · 申报编号 {served.recordId}</p>
      <shenbao-form
        ref={form}
        name="declaration"
        definition={served.form.definition}
        rules={served.form.pack}
        draftKey={`react-host:${served.recordId}`}
        lookup={unitLookup}
        onshenbao-input={onInput}
        onchange={onChange}
        onshenbao-submit={onSubmit}
      />
      <p className="status" role="status">{progress}</p>
      {outcome?.kind === 'saving' && <p className="status">正在提交…</p>}
      {outcome?.kind === 'stored' && <p className="status stored">服务器已保存：{outcome.status}</p>}
      {outcome?.kind === 'refused' && (
        <div role="alert">
          <p>服务器未接受：{outcome.message}</p>
          <ul>{outcome.issues.map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      )}
    </>
  );
}

/** The form's data as an object to spread (`value` is typed `unknown`). */
function toRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}
