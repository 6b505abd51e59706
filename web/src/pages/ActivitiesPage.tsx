/** Activities in the user's scope (or those behind a report figure: ?ids=…), recording one, attachments. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Activity, ActivityKind } from '../api/activity-types.ts';
import type { Items, Me } from '../api/types.ts';
import { ErrorBox, Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { readBase64 } from '../files.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { CATEGORY_LABELS } from '../labels.ts';
import { ActivityForm, KINDS } from './activity-form.tsx';

const WRITE = ['system_admin', 'unit_admin', 'planner', 'reporter'];

export function ActivitiesPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const { t, pick, errorMessage } = useI18n();
  const ids = query.get('ids') ?? '';
  const [kind, setKind] = useState<ActivityKind | ''>('');
  const [items, setItems] = useState<Activity[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const canWrite = me.roles.some((r) => WRITE.includes(r.role));

  useEffect(() => {
    api.get<Items<Activity>>('/activities', { kind, ids }).then((r) => setItems(r.items), setError);
  }, [kind, ids, attempt]);

  const attach = async (a: Activity, file: File | undefined) => {
    if (!file) return;
    try {
      await api.post(`/activities/${a.id}/attachments`, {
        fileName: file.name,
        contentBase64: await readBase64(file),
      });
      setAttempt(attempt + 1);
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <section aria-labelledby="activities-title">
      <div className="title-row">
        <h1 id="activities-title">{t('activitiesTitle')}</h1>
        <a className="button secondary" href="#/activities/calendar" data-testid="calendar-link">
          {t('calendarLink')}
        </a>
      </div>
      <p className="muted">{t('activitiesIntro')}</p>
      {problem !== null && <ErrorBox errors={errorMessage(problem)} />}
      {canWrite && !ids && <ActivityForm me={me} onSaved={() => setAttempt(attempt + 1)} />}
      {!ids && (
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <Field label={t('activityKind')}>
            {(p) => (
              <select
                {...p}
                value={kind}
                onChange={(e) => setKind(e.target.value as ActivityKind | '')}
                data-testid="activities-kind"
              >
                <option value="">{t('allKinds')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`k_${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </form>
      )}
      {error ? (
        <PageError error={error} />
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('noResults')}</p>
      ) : (
        <ul className="plain activities" data-testid="activities-list">
          {items.map((a) => (
            <li key={a.id} className="card" data-testid="activity-row">
              <h3>
                {formatDate(a.startedOn)} · {t(`k_${a.kind}`)}
                {a.subtype ? ` (${a.subtype})` : ''} — {a.title}
              </h3>
              <p className="muted">
                {a.unitName}
                {a.taskTitle && ` · ${t('linkedTask')}: ${a.taskTitle}`}
                {a.participantsFemale !== null && ` · ${t('femaleLabel')}: ${a.participantsFemale}`}
                {a.participantsMale !== null && ` · ${t('maleLabel')}: ${a.participantsMale}`}
                {a.quantity !== null && ` · ${t('quantityLabel')}: ${a.quantity}`}
                {a.reach !== null && ` · ${t('reachLabel')}: ${a.reach}`}
              </p>
              <p data-testid="activity-counts">
                {a.counts.length
                  ? t('countsFor', {
                      list: a.counts
                        .map(
                          (c) =>
                            `${c.elementCode}${c.category === 'total' ? '' : ` (${pick(CATEGORY_LABELS[c.category], '')})`} +${c.value}`,
                        )
                        .join(', '),
                    })
                  : t('countsNothing')}
              </p>
              {a.attachments.map((f) => (
                <a key={f.id} href={`/api/v1/activities/${a.id}/attachments/${f.id}`} download>
                  📎 {f.fileName}{' '}
                </a>
              ))}
              {canWrite && (
                <label className="field">
                  {t('attachFile')}{' '}
                  <input
                    type="file"
                    accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
                    onChange={(e) => void attach(a, e.target.files?.[0])}
                  />
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
