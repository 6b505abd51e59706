/**
 * An indicator's definition and formula for everyone; for system administrators, its wording, the
 * "unconfirmed" flag, the note and its national targets by year (the catalogue ships them marked
 * where the sources do not confirm them).
 */
import { formatNumber, parseNumber } from '../../../src/core/numbers/number-text.ts';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Indicator, Target } from '../api/indicator-types.ts';
import { ErrorBox, Notice } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';

const COMPARATORS: Target['comparator'][] = ['>=', '<=', '>', '<', '=', '~'];

function TargetRow({
  indicatorId,
  target,
  onSaved,
}: {
  indicatorId: number;
  target: Target;
  onSaved: (i: Indicator) => void;
}) {
  const { t, errorMessage, lang } = useI18n();
  const [t0, setT] = useState(target);
  const [valueText, setValueText] = useState(target.value === null ? '' : formatNumber(target.value, lang));
  const [error, setError] = useState<unknown>(null);
  const [badValue, setBadValue] = useState(false);
  const save = async () => {
    setBadValue(t0.value !== null && !Number.isFinite(t0.value));
    if (t0.value !== null && !Number.isFinite(t0.value)) return; // NaN would be sent as null
    try {
      const r = await api.put<{ indicator: Indicator }>(`/indicators/${indicatorId}/targets/${t0.year}`, {
        comparator: t0.comparator,
        value: t0.value,
        label: t0.label,
        unconfirmed: t0.unconfirmed,
      });
      setError(null);
      onSaved(r.indicator);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <tr data-testid="target-row" data-year={t0.year}>
      <th scope="row">{t0.year}</th>
      <td>
        <select
          aria-label={t('comparator')}
          value={t0.comparator}
          onChange={(e) => setT({ ...t0, comparator: e.target.value as Target['comparator'] })}
        >
          {COMPARATORS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={t('targetValue')}
          inputMode="decimal"
          value={valueText}
          onChange={(e) => {
            // read the user's way ("1.250", "3,5"); a text that is no number is sent as NaN → refused
            setValueText(e.target.value);
            setT({ ...t0, value: e.target.value.trim() === '' ? null : parseNumber(e.target.value, lang) });
          }}
          onBlur={() =>
            t0.value !== null && Number.isFinite(t0.value) && setValueText(formatNumber(t0.value, lang))
          }
          data-testid="target-value"
        />
      </td>
      <td>
        <input
          aria-label={t('targetLabel')}
          value={t0.label}
          onChange={(e) => setT({ ...t0, label: e.target.value })}
          data-testid="target-label"
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('unconfirmedLabel')}
          checked={t0.unconfirmed}
          onChange={(e) => setT({ ...t0, unconfirmed: e.target.checked })}
        />
      </td>
      <td>
        <button
          type="button"
          className="secondary small"
          onClick={() => void save()}
          data-testid="target-save"
        >
          {t('saveTarget')}
        </button>
        {badValue && <p className="field-error">{t('invalidNumber')}</p>}
        {error !== null && <p className="field-error">{errorMessage(error)}</p>}
      </td>
    </tr>
  );
}

export function IndicatorAbout({
  indicatorId,
  canEdit,
  onEdited,
}: {
  indicatorId: number;
  canEdit: boolean;
  onEdited: () => void;
}) {
  const { t } = useI18n();
  const [ind, setInd] = useState<Indicator | null>(null);
  const [draft, setDraft] = useState<Indicator | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { errorMessage } = useI18n();

  useEffect(() => {
    api.get<{ indicator: Indicator }>(`/indicators/${indicatorId}`).then((r) => {
      setInd(r.indicator);
      setDraft(r.indicator);
    }, setProblem);
  }, [indicatorId]);

  if (!ind || !draft) return problem ? <ErrorBox errors={errorMessage(problem)} /> : null;
  const saved = (i: Indicator) => {
    setInd(i);
    setNotice(t('indicatorSaved'));
    onEdited();
  };
  const save = async () => {
    try {
      const r = await api.patch<{ indicator: Indicator }>(`/indicators/${ind.id}`, {
        name: draft.name,
        nameEn: draft.nameEn,
        definition: draft.definition,
        unconfirmed: draft.unconfirmed,
        note: draft.note,
      });
      setProblem(null);
      saved(r.indicator);
    } catch (err) {
      setProblem(err);
    }
  };
  const operand = (o: Indicator['numerator']) =>
    o ? `${o.elementCode}${o.category === 'total' ? '' : ` (${o.category})`}` : '';
  return (
    <div className="indicator-about" data-testid="indicator-about">
      <dl className="facts">
        {ind.definition && (
          <>
            <dt>{t('definition')}</dt>
            <dd>{ind.definition}</dd>
          </>
        )}
        {ind.numerator && (
          <>
            <dt>{t('formula')}</dt>
            <dd>
              <code>
                {operand(ind.numerator)}
                {ind.denominator ? ` / ${operand(ind.denominator)}` : ''}
              </code>
            </dd>
          </>
        )}
        {ind.note && (
          <>
            <dt>{t('indicatorNote')}</dt>
            <dd>{ind.note}</dd>
          </>
        )}
        {ind.source && (
          <>
            <dt>{t('source')}</dt>
            <dd className="break">{ind.source}</dd>
          </>
        )}
      </dl>
      {canEdit && (
        <details className="card" data-testid="indicator-edit">
          <summary>
            <h3>{t('editIndicator')}</h3>
          </summary>
          {problem !== null && <ErrorBox errors={errorMessage(problem)} />}
          <Notice text={notice} />
          <Field label={t('nameVi')}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                data-testid="indicator-name"
              />
            )}
          </Field>
          <Field label={t('nameEnLabel')}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={draft.nameEn}
                onChange={(e) => setDraft({ ...draft, nameEn: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('indicatorNote')}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={draft.note ?? ''}
                onChange={(e) => setDraft({ ...draft, note: e.target.value || null })}
              />
            )}
          </Field>
          <label className="field check">
            <input
              type="checkbox"
              checked={draft.unconfirmed}
              onChange={(e) => setDraft({ ...draft, unconfirmed: e.target.checked })}
              data-testid="indicator-unconfirmed"
            />{' '}
            {t('unconfirmedLabel')}
          </label>
          <button type="button" onClick={() => void save()} data-testid="indicator-save">
            {t('saveIndicator')}
          </button>
          <h3>{t('targetsTitle')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('comparator')}</th>
                <th scope="col">{t('targetValue')}</th>
                <th scope="col">{t('targetLabel')}</th>
                <th scope="col">{t('unconfirmedBadge')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ind.targets.map((x) => (
                <TargetRow key={`${x.year}-${x.label}`} indicatorId={ind.id} target={x} onSaved={saved} />
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
