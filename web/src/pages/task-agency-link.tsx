/**
 * Confirming an agency named in a plan, for the tasks that the importer could not match
 * ("chưa khớp cơ quan"): link them to an existing agency record, or create the agency as named
 * (POST /agencies at the plan's unit) and link them to it. Linking is PATCH /tasks/:id, task by task.
 */
import { useState, type FormEvent } from 'react';
import type { Agency, AgencyKind } from '../api/types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from '../labels.ts';
import { guessAgencyKind } from './agency-kind.ts';

export function AgencyLinkForm({
  name,
  agencies,
  onLink,
  onCreate,
}: {
  /** The agency as the plan names it. */
  name: string;
  /** Active agencies of the plan's province, the ones the server accepts. */
  agencies: Agency[];
  onLink: (agencyId: number) => Promise<void>;
  onCreate?: (name: string, kind: AgencyKind) => Promise<void>;
}) {
  const { t, pick } = useI18n();
  const [agencyId, setAgencyId] = useState('');
  const [newName, setNewName] = useState(name);
  const [kind, setKind] = useState<AgencyKind>(() => guessAgencyKind(name));
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (err) {
      setProblem(err);
      setBusy(false);
    }
  };

  const link = (e: FormEvent) => {
    e.preventDefault();
    if (!agencyId) setProblem(new LocalErrors({ agencyId: 'chooseAgency' }));
    else void attempt(() => onLink(Number(agencyId)));
  };

  const create = (e: FormEvent) => {
    e.preventDefault();
    if (newName.trim().length < 2) setProblem(new LocalErrors({ name: 'agencyNameRequired' }));
    else if (onCreate) void attempt(() => onCreate(newName.trim(), kind));
  };

  return (
    <div className="link-agency" data-testid="agency-confirm">
      {agencies.length > 0 && (
        <form className="filters" onSubmit={link} data-testid="agency-link-form" noValidate>
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
        </form>
      )}
      {onCreate && (
        <form className="filters" onSubmit={create} data-testid="agency-create-form" noValidate>
          <Field label={t('createAgencyName')} error={errors?.fields.name} className="grow">
            {(p) => (
              <input
                {...p}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                maxLength={200}
                autoComplete="off"
                data-testid="agency-create-name"
              />
            )}
          </Field>
          <Field label={t('kind')}>
            {(p) => (
              <select
                {...p}
                value={kind}
                onChange={(e) => setKind(AGENCY_KINDS.find((k) => k === e.target.value) ?? 'other')}
                data-testid="agency-create-kind"
              >
                {AGENCY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {pick(AGENCY_KIND_LABELS[k], k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="secondary" disabled={busy} data-testid="agency-create-submit">
            {t('createAndLink')}
          </button>
        </form>
      )}
      <ErrorBox
        errors={errors?.fields.agencyId || errors?.fields.name ? null : errors}
        testId="agency-link-error"
      />
    </div>
  );
}
