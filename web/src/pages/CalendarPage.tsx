/** A unit's year: national days and campaigns, report deadlines and task deadlines, by month. */
import { thisYear } from '../clock.ts';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CalendarItem } from '../api/activity-types.ts';
import type { Items, Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';

export function CalendarPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const own = me.roles.find((r) => r.unitId !== null);
  const [unit, setUnit] = useState<PickedUnit | null>(
    own?.unitId ? { id: own.unitId, label: own.unitName ?? '' } : null,
  );
  const YEAR = thisYear();
  const [year, setYear] = useState(YEAR);
  const [items, setItems] = useState<CalendarItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api
      .get<Items<CalendarItem>>('/calendar', { unitId: unit?.id, year })
      .then((r) => setItems(r.items), setError);
  }, [unit, year]);

  const months = new Map<string, CalendarItem[]>();
  for (const i of items ?? [])
    months.set(i.start.slice(0, 7), [...(months.get(i.start.slice(0, 7)) ?? []), i]);
  return (
    <section aria-labelledby="calendar-title">
      <p className="crumbs">
        <a href="#/activities">{t('activitiesTitle')}</a>
      </p>
      <h1 id="calendar-title">{t('calendarTitle')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <UnitPicker label={t('unit')} value={unit} onChange={setUnit} testId="calendar-unit" />
        <Field label={t('year')}>
          {(p) => (
            <select {...p} value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {[YEAR - 1, YEAR, YEAR + 1].map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {error ? (
        <PageError error={error} />
      ) : !items ? (
        <Loading />
      ) : (
        <div className="calendar-months" data-testid="calendar">
          {[...months].map(([month, list]) => (
            <section key={month} className="card">
              <h2>{`${t('navTasks') === 'Tasks' ? 'Month' : 'Tháng'} ${Number(month.slice(5))}/${month.slice(0, 4)}`}</h2>
              <ul className="plain">
                {list.map((i, n) => (
                  <li key={n} data-testid="calendar-item" data-kind={i.kind}>
                    <span className={`badge cal-${i.kind}`}>{t(`cal_${i.kind}`)}</span> {formatDate(i.start)}
                    {i.end ? `–${formatDate(i.end)}` : ''} {i.link ? <a href={i.link}>{i.title}</a> : i.title}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
