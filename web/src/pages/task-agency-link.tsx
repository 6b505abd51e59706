/**
 * Linking an agency named in a plan to an agency record, for the tasks that the importer could not
 * match ("chưa khớp cơ quan"): PATCH /tasks/:id with the chosen leadAgencyId, task by task.
 */
import { useState, type FormEvent } from 'react';
import type { Agency } from '../api/types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';

export function AgencyLinkForm({
  agencies,
  onLink,
}: {
  /** Active agencies of the plan's province, the ones the server accepts. */
  agencies: Agency[];
  onLink: (agencyId: number) => Promise<void>;
}) {
  const { t } = useI18n();
  const [agencyId, setAgencyId] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!agencyId) {
      setProblem(new LocalErrors({ agencyId: 'chooseAgency' }));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onLink(Number(agencyId));
    } catch (err) {
      setProblem(err);
      setBusy(false);
    }
  };

  if (agencies.length === 0) return null;
  return (
    <form
      className="filters link-agency"
      onSubmit={(e) => void submit(e)}
      data-testid="agency-link-form"
      noValidate
    >
      <Field label={t('linkAgency')} error={errors?.fields.agencyId} className="grow">
        {(p) => (
          <select
            {...p}
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            data-testid="agency-link-select"
          >
            <option value="">{t('chooseAgencyOption')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="secondary" disabled={busy} data-testid="agency-link-submit">
        {t('link')}
      </button>
      <ErrorBox errors={errors?.fields.agencyId ? null : errors} testId="agency-link-error" />
    </form>
  );
}
