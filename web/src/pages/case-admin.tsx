/** A case's team, who has viewed it, and the export for a court (supervisor). */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Case } from '../api/case-types.ts';
import type { Items } from '../api/types.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { ACCESS_ACTION_LABELS } from '../case-labels.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { ROLE_LABELS } from '../labels.ts';

export function CaseTeamAndAccess({ kase }: { kase: Case }) {
  const { t, pick } = useI18n();
  const [log, setLog] = useState<
    { at: string; userName: string | null; action: string; reason: string | null }[]
  >([]);
  useEffect(() => {
    api.get<Items<(typeof log)[number]>>(`/cases/${kase.id}/access-log`).then(
      (r) => setLog(r.items),
      () => setLog([]),
    );
  }, [kase.id, kase.version]);
  return (
    <div className="two">
      <section className="card" aria-labelledby="team-title">
        <h2 id="team-title">{t('teamTitle')}</h2>
        <ul className="plain" data-testid="case-team">
          {kase.team.map((m) => (
            <li key={m.userId}>
              {m.name} — {pick(ROLE_LABELS[m.role], m.role)}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="access-title">
        <h2 id="access-title">{t('accessTitle')}</h2>
        <ul className="plain access-log" data-testid="case-access">
          {log.slice(0, 30).map((a, i) => (
            <li key={i} data-action={a.action}>
              <span className="muted">{formatDateTime(a.at)}</span> {a.userName ?? '—'} —{' '}
              {pick(ACCESS_ACTION_LABELS[a.action], t('accessOther'))}
              {a.reason ? `: ${a.reason}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function CaseExport({ kase }: { kase: Case }) {
  const { t, errorMessage } = useI18n();
  const [reason, setReason] = useState('');
  const [pass, setPass] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  if (!kase.abilities.export) return null;
  const run = async () => {
    setProblem(null);
    try {
      const me = await api.get<{ csrfToken: string }>('/auth/me');
      const res = await fetch(`/api/v1/cases/${kase.id}/export`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ reason, passphrase: pass }),
      });
      if (!res.ok)
        throw new Error(
          ((await res.json()) as { error?: { message?: string } }).error?.message ?? String(res.status),
        );
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `${kase.code}.bdx`;
      a.click();
      URL.revokeObjectURL(url);
      setPass('');
    } catch (err) {
      setProblem(err);
    }
  };
  return (
    <details className="card" data-testid="case-export">
      <summary>
        <h2>{t('exportTitle')}</h2>
      </summary>
      {problem !== null && (
        <ErrorBox errors={problem instanceof Error ? problem.message : errorMessage(problem)} />
      )}
      <Field label={t('exportReason')}>
        {(p) => (
          <input
            {...p}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="export-reason"
          />
        )}
      </Field>
      <Field label={t('passphrase')}>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
            data-testid="export-passphrase"
          />
        )}
      </Field>
      <button
        type="button"
        disabled={reason.trim().length < 10 || pass.length < 12}
        onClick={() => void run()}
        data-testid="export-submit"
      >
        {t('exportButton')}
      </button>
    </details>
  );
}
