/** The importer's draft, to confirm and correct: document fields, unit, cited documents, recipients. */
import type { FormErrors } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { formatDate } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import type { Draft } from './plan-import.ts';

export type SetDraft = (change: (d: Draft) => Draft) => void;

type TextField = 'title' | 'documentNumber' | 'issuerName' | 'place' | 'signerName' | 'signerPosition';

const TEXT_FIELDS: { field: TextField; label: Key; max: number }[] = [
  { field: 'documentNumber', label: 'documentNumber', max: 60 },
  { field: 'issuerName', label: 'issuer', max: 300 },
  { field: 'place', label: 'place', max: 100 },
  { field: 'signerName', label: 'signer', max: 100 },
  { field: 'signerPosition', label: 'signerPosition', max: 100 },
];

const testIdOf = (field: string) => `draft-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function DocumentFields({
  draft,
  setDraft,
  unit,
  setUnit,
  errors,
}: {
  draft: Draft;
  setDraft: SetDraft;
  unit: PickedUnit | null;
  setUnit: (u: PickedUnit | null) => void;
  errors: FormErrors | null;
}) {
  const { t } = useI18n();
  const set = (field: TextField | 'issuedOn', value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <fieldset data-testid="draft-document">
      <legend>{t('documentFields')}</legend>
      <Field label={t('planTitle')} error={errors?.fields.title} errorTestId="draft-title-error">
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            maxLength={1000}
            required
            data-testid="draft-title"
          />
        )}
      </Field>
      <div className="grid">
        <UnitPicker
          label={t('planUnit')}
          value={unit}
          onChange={setUnit}
          error={errors?.fields.unitId}
          testId="draft-unit"
        />
        {TEXT_FIELDS.map(({ field, label, max }) => (
          <Field key={field} label={t(label)} error={errors?.fields[field]}>
            {(p) => (
              <input
                {...p}
                value={draft[field]}
                onChange={(e) => set(field, e.target.value)}
                maxLength={max}
                autoComplete="off"
                data-testid={testIdOf(field)}
              />
            )}
          </Field>
        ))}
        <Field
          label={t('issuedOn')}
          hint={t('dateHint')}
          error={errors?.fields.issuedOn}
          errorTestId="draft-issued-on-error"
        >
          {(p) => (
            <DateInput
              control={p}
              value={draft.issuedOn}
              onChange={(v) => set('issuedOn', v)}
              testId="draft-issued-on"
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}

export function ReferencesList({ draft, setDraft }: { draft: Draft; setDraft: SetDraft }) {
  const { t } = useI18n();
  const toggle = (i: number, on: boolean) =>
    setDraft((d) => ({
      ...d,
      references: d.references.map((r, j) => (j === i ? { ...r, implements: on } : r)),
    }));
  return (
    <fieldset data-testid="draft-references">
      <legend>{t('references')}</legend>
      <p className="hint">{t('implementsHint')}</p>
      {draft.references.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('implementsCol')}</th>
              <th scope="col">{t('citedDocument')}</th>
              <th scope="col">{t('documentNumber')}</th>
              <th scope="col">{t('issuedOn')}</th>
              <th scope="col">{t('issuer')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.references.map((r, i) => (
              <tr key={`${r.ref.kind}-${r.ref.number ?? r.ref.text}`} data-testid="draft-reference-row">
                <td data-label={t('implementsCol')}>
                  <input
                    type="checkbox"
                    checked={r.implements}
                    onChange={(e) => toggle(i, e.target.checked)}
                    aria-label={`${t('implementsCol')}: ${r.ref.text}`}
                    data-testid="draft-reference-implements"
                  />
                </td>
                <td data-label={t('citedDocument')}>
                  {r.ref.kind}
                  <span className="sub">{r.ref.text}</span>
                </td>
                <td data-label={t('documentNumber')}>{r.ref.number ?? ''}</td>
                <td data-label={t('issuedOn')}>{formatDate(r.ref.date)}</td>
                <td data-label={t('issuer')}>{r.ref.issuer ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}

export function RecipientsField({ draft, setDraft }: { draft: Draft; setDraft: SetDraft }) {
  const { t } = useI18n();
  return (
    <Field label={t('recipients')} hint={t('recipientsHint')}>
      {(p) => (
        <textarea
          {...p}
          rows={Math.min(10, Math.max(3, draft.recipients.split('\n').length + 1))}
          value={draft.recipients}
          onChange={(e) => setDraft((d) => ({ ...d, recipients: e.target.value }))}
          data-testid="draft-recipients"
        />
      )}
    </Field>
  );
}
