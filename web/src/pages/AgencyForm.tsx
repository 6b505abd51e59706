/** Creating an agency: name, kind (Vietnamese labels) and its administrative unit. */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Agency, AgencyKind } from '../api/types.ts';
import { ErrorBox, LocalErrors, Notice, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { useI18n } from '../i18n.ts';
import { AGENCY_KINDS, AGENCY_KIND_LABELS } from '../labels.ts';

export function AgencyForm({ onCreated }: { onCreated: (a: Agency) => void }) {
  const { t, pick } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('womens_union');
  // The unit stays chosen after a create: agencies often come several to a unit.
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const errors = useFormErrors(problem);
  const [busy, setBusy] = useState(false);
  const labels = { name: t('name'), kind: t('kind'), unitId: t('unit') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    const local = new LocalErrors({
      ...(name.trim() ? {} : { name: 'required' as const }),
      ...(unit ? {} : { unitId: 'unitRequired' as const }),
    });
    if (local.any) {
      setProblem(local);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { agency } = await api.post<{ agency: Agency }>('/agencies', {
        name: name.trim(),
        kind,
        unitId: unit?.id,
      });
      setName('');
      setCreated(agency.name);
      onCreated(agency);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} data-testid="agency-form" noValidate>
      <h2>{t('createAgency')}</h2>
      <div className="grid">
        <Field label={t('name')} error={errors?.fields.name} errorTestId="agency-name-error">
          {(p) => (
            <input
              {...p}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={200}
              data-testid="agency-name"
            />
          )}
        </Field>
        <Field label={t('kind')} error={errors?.fields.kind} errorTestId="agency-kind-error">
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => setKind(e.target.value as AgencyKind)}
              data-testid="agency-kind"
            >
              {AGENCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {pick(AGENCY_KIND_LABELS[k], k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          label={t('unit')}
          value={unit}
          onChange={setUnit}
          error={errors?.fields.unitId}
          testId="agency-unit"
        />
      </div>
      <ErrorBox errors={errors} labels={labels} />
      <Notice text={created && `${t('created')} ${created}`} />
      <button type="submit" disabled={busy} data-testid="agency-submit">
        {t('create')}
      </button>
    </form>
  );
}
