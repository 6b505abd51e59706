/**
 * One plan: its document fields, status actions, cited documents, the plans it implements and that
 * implement it, recipients, and its tasks grouped by lead agency.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { PlanDetail, Task } from '../api/plan-types.ts';
import type { Agency, AgencyKind, Items } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { PlanActions } from './plan-actions.tsx';
import { PlanCascade } from './plan-cascade.tsx';
import { PlanObligations } from './plan-obligations.tsx';
import { PlanLinks, ReferencesView, StatusBadge } from './plan-parts.tsx';
import { PlanTasks } from './plan-tasks.tsx';

interface Loaded {
  plan: PlanDetail;
  tasks: Task[];
  agencies: Agency[];
}

export function PlanPage({ id }: { id: number }) {
  const { t } = useI18n();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    Promise.all([
      api.get<{ plan: PlanDetail }>(`/plans/${id}`),
      api.get<Items<Task>>('/tasks', { planId: id, limit: 1000 }),
      // Only to name the agency records that tasks were linked to; the page works without it.
      api.get<Items<Agency>>('/agencies').catch(() => ({ items: [] as Agency[] })),
    ]).then(
      ([p, tasks, agencies]) => {
        if (!live) return;
        setData({ plan: p.plan, tasks: tasks.items, agencies: agencies.items });
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  if (error) return <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />;
  if (!data) return <Loading />;
  const { plan, tasks, agencies } = data;
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name]));
  const linkable = agencies.filter((a) => a.isActive && a.provinceId === plan.provinceId);

  // Links an unmatched lead agency to a record, task by task, then reloads the tasks.
  const link = async (taskIds: number[], agencyId: number) => {
    for (const taskId of taskIds) await api.patch(`/tasks/${taskId}`, { leadAgencyId: agencyId });
    const r = await api.get<Items<Task>>('/tasks', { planId: plan.id, limit: 1000 });
    setData((d) => (d ? { ...d, tasks: r.items } : d));
  };
  // Creates the agency as the plan names it, at the plan's unit, then links the tasks to it.
  const create = async (taskIds: number[], name: string, kind: AgencyKind) => {
    const r = await api.post<{ agency: Agency }>('/agencies', { name, kind, unitId: plan.unitId });
    setData((d) => (d ? { ...d, agencies: [...d.agencies, r.agency] } : d));
    await link(taskIds, r.agency.id);
  };
  const signer = [plan.signerPosition, plan.signerName].filter(Boolean).join(' ');

  return (
    <article aria-labelledby="plan-title">
      <nav className="crumbs" aria-label={t('breadcrumbs')}>
        <ol>
          <li>
            <a href="#/plans">{t('navPlans')}</a>
          </li>
          <li aria-current="page">{plan.documentNumber ?? t('planNoNumber')}</li>
        </ol>
      </nav>
      <h1 id="plan-title" data-testid="plan-title">
        {plan.title}
      </h1>
      <p>
        <StatusBadge status={plan.status} />
      </p>
      <dl className="facts" data-testid="plan-facts">
        <dt>{t('documentNumber')}</dt>
        <dd data-testid="plan-number">{plan.documentNumber ?? t('none')}</dd>
        <dt>{t('issuedOn')}</dt>
        <dd data-testid="plan-issued-on">{plan.issuedOn ? formatDate(plan.issuedOn) : t('none')}</dd>
        <dt>{t('unit')}</dt>
        <dd>
          <a href={`#/units/${plan.unitId}`} data-testid="plan-unit">
            {plan.unitName}
          </a>
        </dd>
        {plan.issuerName && (
          <>
            <dt>{t('issuer')}</dt>
            <dd>{plan.issuerName}</dd>
          </>
        )}
        {plan.place && (
          <>
            <dt>{t('place')}</dt>
            <dd>{plan.place}</dd>
          </>
        )}
        {signer && (
          <>
            <dt>{t('signer')}</dt>
            <dd>{signer}</dd>
          </>
        )}
        <dt>{t('createdAt')}</dt>
        <dd>{formatDateTime(plan.createdAt)}</dd>
      </dl>

      <p className="downloads">
        <a href={`/api/v1/plans/${plan.id}/document.docx`} download data-testid="plan-docx">
          {t('downloadDocx')}
        </a>
        {tasks.length > 0 && (
          <a href={`/api/v1/plans/${plan.id}/tasks.xlsx`} download data-testid="plan-tasks-xlsx">
            {t('downloadTasksXlsx')}
          </a>
        )}
      </p>

      <PlanActions plan={plan} onChanged={(p) => setData((d) => (d ? { ...d, plan: p } : d))} />

      {plan.status !== 'draft' && plan.status !== 'submitted' && (
        <PlanCascade key={plan.status} planId={plan.id} />
      )}

      <PlanObligations planId={plan.id} canManage={plan.abilities.edit || plan.abilities.issue} />

      <section aria-labelledby="refs-title" className="card">
        <h2 id="refs-title">{t('references')}</h2>
        <ReferencesView references={plan.references} />
        <div className="two">
          <PlanLinks title={t('implementsPlans')} links={plan.implementsPlans} testId="implements-plans" />
          <PlanLinks title={t('implementedBy')} links={plan.implementedBy} testId="implemented-by" />
        </div>
      </section>

      <section aria-labelledby="recipients-title" className="card">
        <h2 id="recipients-title">{t('recipients')}</h2>
        {plan.recipients.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul data-testid="plan-recipients">
            {plan.recipients.map((r, i) => (
              <li key={`${i}-${r}`}>{r}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('planTasks', { n: tasks.length })}</h2>
        <PlanTasks
          tasks={tasks}
          agencyNames={agencyNames}
          linkable={linkable}
          {...(plan.abilities.edit ? { onLink: link } : {})}
          {...(plan.abilities.edit && plan.abilities.createAgency ? { onCreate: create } : {})}
        />
      </section>
    </article>
  );
}
