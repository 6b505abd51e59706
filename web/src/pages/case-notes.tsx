/** A case's follow-up contacts and its plan's actions (texts are sealed by the server). */
import { useState } from 'react';
import type { Case } from '../api/case-types.ts';
import { DateInput, Field } from '../components/Field.tsx';
import { formatDate, parseDate, todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';

export function CaseNotes({
  kase,
  kind,
  act,
}: {
  kase: Case;
  kind: 'follow_up' | 'plan_action';
  act: (method: 'POST' | 'PATCH', path: string, body: unknown) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(formatDate(todayIso()));
  const [text, setText] = useState('');
  const notes = kase.notes.filter((n) => n.kind === kind);
  const editable = kase.abilities.edit && kase.status === 'open';
  const id = `notes-${kind}`;
  return (
    <section className="card" aria-labelledby={id} data-testid={`case-${kind}`}>
      <h2 id={id}>{kind === 'follow_up' ? t('followUps') : t('casePlanTitle')}</h2>
      <ul className="plain">
        {notes.map((n) => (
          <li key={n.id} data-testid="case-note">
            <span className="muted">{formatDate(n.onDate)}</span> — {n.text}
            {n.authorName && <span className="muted"> ({n.authorName})</span>}
            {kind === 'plan_action' &&
              (n.done ? (
                <span className="badge matched"> ✓</span>
              ) : (
                editable && (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => void act('PATCH', `/cases/${kase.id}/notes/${n.id}`, { done: true })}
                  >
                    {t('markDone')}
                  </button>
                )
              ))}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="grid">
          <Field label={kind === 'follow_up' ? t('time') : t('dueOn')}>
            {(p) => <DateInput control={p} value={date} onChange={setDate} testId={`${kind}-date`} />}
          </Field>
          <Field label={t('noteLabel')} className="grow">
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid={`${kind}-text`}
              />
            )}
          </Field>
          <button
            type="button"
            className="secondary"
            disabled={!text.trim() || !parseDate(date)}
            onClick={() =>
              void act('POST', `/cases/${kase.id}/notes`, {
                kind,
                onDate: parseDate(date),
                method: kind === 'follow_up' ? 'visit' : null,
                text,
              }).then((ok) => ok && setText(''))
            }
            data-testid={`${kind}-add`}
          >
            {kind === 'follow_up' ? t('addFollowUp') : t('addAction')}
          </button>
        </div>
      )}
    </section>
  );
}
