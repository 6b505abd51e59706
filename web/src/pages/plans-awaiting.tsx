/**
 * Plans issued above that units in the user's scope must answer with their own implementing plan and
 * have not yet: what the cascade asks of this user, one row per plan (with the units that still owe
 * it and the earliest due date) and a way to start the answer.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { AwaitingPlan } from '../api/plan-types.ts';
import type { Items } from '../api/types.ts';
import { formatDate, todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';

const SHOWN_UNITS = 5;

interface Owed {
  plan: AwaitingPlan;
  units: { id: number; name: string }[];
  dueDate: string | null;
}

function byPlan(items: AwaitingPlan[]): Owed[] {
  const groups = new Map<number, Owed>();
  for (const a of items) {
    const g = groups.get(a.planId) ?? { plan: a, units: [], dueDate: a.dueDate };
    g.units.push({ id: a.unitId, name: a.unitName });
    if (a.dueDate && (!g.dueDate || a.dueDate < g.dueDate)) g.dueDate = a.dueDate;
    groups.set(a.planId, g);
  }
  return [...groups.values()];
}

export function AwaitingPlans({ canAnswer }: { canAnswer: boolean }) {
  const { t } = useI18n();
  const [items, setItems] = useState<AwaitingPlan[]>([]);

  useEffect(() => {
    let live = true;
    api.get<Items<AwaitingPlan>>('/plans/awaiting-answer').then(
      (r) => {
        if (live) setItems(r.items);
      },
      () => undefined, // the list of plans below still works without this reminder
    );
    return () => {
      live = false;
    };
  }, []);

  if (items.length === 0) return null;
  const today = todayIso();
  return (
    <section aria-labelledby="awaiting-title" className="card attention" data-testid="plans-awaiting">
      <h2 id="awaiting-title">{t('awaitingTitle')}</h2>
      <p className="muted">{t('awaitingHint')}</p>
      <ul className="plain awaiting">
        {byPlan(items).map(({ plan, units, dueDate }) => {
          const late = dueDate !== null && dueDate < today;
          const names = units.slice(0, SHOWN_UNITS).map((u) => u.name);
          const more = units.length - names.length;
          const only = units.length === 1 ? units[0] : undefined;
          return (
            <li key={plan.planId} data-testid="awaiting-row" className={late ? 'overdue' : undefined}>
              <a href={`#/plans/${plan.planId}`} data-testid="awaiting-plan">
                {plan.documentNumber ? `${plan.documentNumber} — ` : ''}
                {plan.title}
              </a>
              <span className="sub" data-testid="awaiting-units">
                {t('awaitingFrom', {
                  issuer: plan.issuerUnit,
                  unit: more > 0 ? t('awaitingMore', { names: names.join(', '), n: more }) : names.join(', '),
                })}
                {' · '}
                {dueDate ? t('awaitingDue', { date: formatDate(dueDate) }) : t('noDueDate')}
                {late && (
                  <>
                    {' '}
                    <span className="badge overdue">{t('overdue')}</span>
                  </>
                )}
              </span>
              {canAnswer && (
                <a
                  className="button secondary"
                  href={`#/plans/import?answers=${plan.planId}${only ? `&unitId=${only.id}` : ''}`}
                  data-testid="awaiting-answer"
                >
                  {t('awaitingAnswer')}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
