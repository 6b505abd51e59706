/** Pieces of the unit detail page: links, the lineage lists, and "the unit on a date". */
import { todayIso } from '../clock.ts';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { LineageLink, Unit, UnitLevel } from '../api/types.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { formatDate, parseDate } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { UNIT_TYPE_LABELS } from '../labels.ts';

export function levelKey(level: UnitLevel): Key {
  return level === 'province' ? 'levelProvince' : level === 'district' ? 'levelDistrict' : 'levelCommune';
}

export function UnitLink({ unit }: { unit: Unit }) {
  return <a href={`#/units/${unit.id}`}>{unit.fullName}</a>;
}

/** "01/07/2025 – nay" */
export function Validity({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  return (
    <>
      {formatDate(unit.validFrom) || '…'} – {formatDate(unit.validTo) || t('untilNow')}
    </>
  );
}

/** Predecessors or successors, each with whole/part. */
export function LineageList({
  title,
  links,
  testId,
}: {
  title: string;
  links: LineageLink[];
  testId: string;
}) {
  const { t, pick } = useI18n();
  return (
    <div>
      <h3>{title}</h3>
      {links.length === 0 ? (
        <p className="muted" data-testid={`${testId}-none`}>
          {t('none')}
        </p>
      ) : (
        <ul data-testid={testId}>
          {links.map((l) => (
            <li key={l.unit.id}>
              <UnitLink unit={l.unit} />{' '}
              <span className="muted">
                ({t(l.part === 'full' ? 'full' : 'partial')};{' '}
                {pick(UNIT_TYPE_LABELS[l.unit.type], l.unit.type)}, {l.unit.version})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A date field and the units in force on that date that this unit was or became. */
export function UnitOnDate({ unit }: { unit: Unit }) {
  const { t, errorMessage } = useI18n();
  // For a unit of the 2025 map the interesting day is the last one before it; otherwise today.
  const [text, setText] = useState(formatDate(unit.version === '2025' ? '2025-06-30' : todayIso()));
  const [result, setResult] = useState<{ date: string; units: Unit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const date = parseDate(text);
    setError(null);
    setFieldError(date ? undefined : t('invalidDate'));
    if (!date) return;
    try {
      setResult(await api.get<{ date: string; units: Unit[] }>(`/units/${unit.id}/on`, { date }));
    } catch (err) {
      setResult(null);
      setError(errorMessage(err));
    }
  };

  return (
    <div className="on-date">
      <form className="filters" onSubmit={(e) => void submit(e)} data-testid="on-date-form" noValidate>
        <Field
          label={t('viewOnDate')}
          hint={t('dateHint')}
          error={fieldError}
          errorTestId="on-date-error"
          className="date"
        >
          {(p) => <DateInput control={p} value={text} onChange={setText} testId="on-date" />}
        </Field>
        <button type="submit" data-testid="on-date-submit">
          {t('view')}
        </button>
      </form>
      <ErrorBox errors={error} testId="on-date-failure" />
      {result && (
        <div data-testid="on-date-result" aria-live="polite">
          <h3>{t('unitsOnDate', { date: formatDate(result.date) })}</h3>
          {result.units.length === 0 ? (
            <p className="muted">{t('noResults')}</p>
          ) : (
            <ul>
              {result.units.map((x) => (
                <li key={x.id}>
                  <UnitLink unit={x} />{' '}
                  <span className="muted">
                    ({x.version}; <Validity unit={x} />)
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
