/**
 * Intake of a GBV case by a case worker: the anonymous facts, the identifying details (optional,
 * sealed by the server), the supervisor, the survivor's consent per purpose and the rapid report.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type {
  DvAct,
  AgeGroup,
  Case,
  Channel,
  ConsentPurpose,
  GbvType,
  Relation,
  RiskLevel,
} from '../api/case-types.ts';
import type { Service } from '../api/service-types.ts';
import type { Items, Me } from '../api/types.ts';
import { FormFeedback, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { useFormProblem } from '../components/form-focus.ts';
import { DateInput, Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import {
  DV_ACT_LABELS,
  AGE_LABELS,
  CHANNEL_LABELS,
  GBV_TYPE_HINTS,
  GBV_TYPE_LABELS,
  RELATION_LABELS,
  RISK_LABELS,
  SEX_LABELS,
} from '../case-labels.ts';
import { formatDate, parseDate, todayIso } from '../format.ts';
import { useI18n, type Key, type Pair } from '../i18n.ts';
import { navigate } from '../router.ts';
import { SERVICE_LABELS, SERVICES } from '../service-labels.ts';
import { PURPOSES } from './case-consents.tsx';

const keys = <T extends string>(o: Record<T, Pair>) => Object.keys(o) as T[];

export function CaseIntakePage({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const own = me.roles.find((r) => r.role === 'case_worker' && r.unitId !== null);
  const [unit, setUnit] = useState<PickedUnit | null>(
    own?.unitId ? { id: own.unitId, label: own.unitName ?? '' } : null,
  );
  const [supervisors, setSupervisors] = useState<{ userId: number; name: string }[]>([]);
  const [supervisorId, setSupervisorId] = useState(0);
  const [f, setF] = useState({
    channel: 'womens_union' as Channel,
    detectedOn: formatDate(todayIso()),
    incidentOn: '',
    gbvType: '' as GbvType | '',
    domesticViolence: false,
    trafficking: false,
    perpetratorRelation: 'unknown' as Relation,
    riskLevel: 'medium' as RiskLevel,
    survivorSex: 'female' as 'female' | 'male' | 'other',
    survivorAgeGroup: 'age:16-59' as AgeGroup,
    survivorName: '',
    survivorContact: '',
    survivorBirthDate: '',
    incidentPlace: '',
    perpetrator: '',
    description: '',
    rapidReport: true,
  });
  const [incidentUnit, setIncidentUnit] = useState<PickedUnit | null>(null);
  const [needs, setNeeds] = useState<Service[]>([]);
  const [dvActs, setDvActs] = useState<DvAct[]>([]);
  const [consents, setConsents] = useState<ConsentPurpose[]>([]);
  const { problem, setProblem, ref } = useFormProblem();
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((o) => ({ ...o, [k]: v }));

  useEffect(() => {
    if (!unit) return;
    api.get<Items<{ userId: number; name: string }>>('/cases/supervisors', { unitId: unit.id }).then(
      (r) => {
        setSupervisors(r.items);
        setSupervisorId((id) => (r.items.some((s) => s.userId === id) ? id : (r.items[0]?.userId ?? 0)));
      },
      () => setSupervisors([]),
    );
  }, [unit]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const detectedOn = parseDate(f.detectedOn);
    const incidentOn = f.incidentOn.trim() ? parseDate(f.incidentOn) : null;
    const local: Record<string, Key> = {};
    if (!unit) local.unitId = 'unitRequired';
    if (!detectedOn) local.detectedOn = 'invalidDate';
    if (f.incidentOn.trim() && !incidentOn) local.incidentOn = 'invalidDate';
    // the server refuses these too (CASE_DATE_IN_FUTURE), today being its time zone's
    if (detectedOn && detectedOn > todayIso()) local.detectedOn = 'dateInFuture';
    if (incidentOn && incidentOn > todayIso()) local.incidentOn = 'dateInFuture';
    if (!f.gbvType) local.gbvType = 'required';
    if (!supervisorId) local.supervisorId = 'required';
    if (Object.keys(local).length > 0) {
      setProblem(new LocalErrors(local));
      return;
    }
    setBusy(true);
    try {
      const r = await api.post<{ case: Case }>('/cases', {
        ...f,
        unitId: unit?.id,
        detectedOn,
        incidentOn,
        incidentUnitId: incidentUnit?.id ?? null,
        needs,
        dvActs: f.domesticViolence ? dvActs : [],
        supervisorId,
        consents: PURPOSES.map((p) => ({ purpose: p, granted: consents.includes(p) })),
      });
      navigate(`/cases/${r.case.id}`);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const select = <T extends string>(
    k: keyof typeof f,
    labels: Record<T, Pair>,
    testId: string,
    label: Key,
  ) => (
    <Field label={t(label)}>
      {(p) => (
        <select
          {...p}
          value={f[k] as string}
          onChange={(e) => set(k, e.target.value as never)}
          data-testid={testId}
        >
          {keys(labels).map((v) => (
            <option key={v} value={v}>
              {pick(labels[v], v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const text = (
    k: 'survivorName' | 'survivorContact' | 'survivorBirthDate' | 'incidentPlace' | 'perpetrator',
    label: Key,
  ) => (
    <Field label={t(label)}>
      {(p) => (
        <input
          {...p}
          value={f[k]}
          onChange={(e) => set(k, e.target.value)}
          autoComplete="off"
          data-testid={`intake-${k}`}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="intake-title">
      <p className="crumbs">
        <a href="#/cases">{t('casesTitle')}</a>
      </p>
      <h1 id="intake-title">{t('intakeTitle')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="intake-form" ref={ref}>
        <div className="card grid">
          <UnitPicker
            label={t('recordingUnit')}
            value={unit}
            onChange={setUnit}
            error={errors?.fields.unitId}
            testId="intake-unit"
          />
          <Field label={t('supervisor')} error={errors?.fields.supervisorId}>
            {(p) => (
              <select
                {...p}
                value={supervisorId}
                onChange={(e) => setSupervisorId(Number(e.target.value))}
                data-testid="intake-supervisor"
              >
                <option value={0}>{t('chooseSupervisor')}</option>
                {supervisors.map((s) => (
                  <option key={s.userId} value={s.userId}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {select('channel', CHANNEL_LABELS, 'intake-channel', 'channel')}
          <Field label={t('detectedOn')} error={errors?.fields.detectedOn}>
            {(p) => (
              <DateInput
                control={p}
                value={f.detectedOn}
                onChange={(v) => set('detectedOn', v)}
                testId="intake-detected"
              />
            )}
          </Field>
          <Field label={t('incidentOn')} error={errors?.fields.incidentOn}>
            {(p) => (
              <DateInput
                control={p}
                value={f.incidentOn}
                onChange={(v) => set('incidentOn', v)}
                testId="intake-incident-on"
              />
            )}
          </Field>
          <UnitPicker
            label={t('incidentUnit')}
            value={incidentUnit}
            onChange={setIncidentUnit}
            testId="intake-incident-unit"
          />
        </div>
        <fieldset className="card" data-testid="intake-type">
          <legend>{t('gbvType')}</legend>
          {errors?.fields.gbvType && (
            <p className="field-error" id="intake-type-error">
              {errors.fields.gbvType}
            </p>
          )}
          {keys(GBV_TYPE_LABELS).map((g) => (
            <label key={g} className="field check">
              <input
                type="radio"
                name="gbvType"
                checked={f.gbvType === g}
                onChange={() => set('gbvType', g)}
                {...(errors?.fields.gbvType
                  ? { 'aria-invalid': true, 'aria-describedby': 'intake-type-error' }
                  : {})}
                data-testid={`type-${g}`}
              />{' '}
              <strong>{pick(GBV_TYPE_LABELS[g], g)}</strong>{' '}
              <span className="muted">— {pick(GBV_TYPE_HINTS[g], '')}</span>
            </label>
          ))}
          <label className="field check">
            <input
              type="checkbox"
              checked={f.domesticViolence}
              onChange={(e) => set('domesticViolence', e.target.checked)}
              data-testid="intake-dv"
            />{' '}
            {t('dvFlag')}
          </label>
          {f.domesticViolence && (
            <fieldset data-testid="intake-dv-acts">
              <legend>{t('dvActs')}</legend>
              {(Object.keys(DV_ACT_LABELS) as DvAct[]).map((a) => (
                <label key={a} className="field check">
                  <input
                    type="checkbox"
                    checked={dvActs.includes(a)}
                    onChange={(e) =>
                      setDvActs(e.target.checked ? [...dvActs, a] : dvActs.filter((x) => x !== a))
                    }
                    data-testid={`dv-act-${a}`}
                  />{' '}
                  {pick(DV_ACT_LABELS[a], a)}
                </label>
              ))}
            </fieldset>
          )}
          <label className="field check">
            <input
              type="checkbox"
              checked={f.trafficking}
              onChange={(e) => set('trafficking', e.target.checked)}
            />{' '}
            {t('traffickingFlag')}
          </label>
        </fieldset>
        <div className="card grid">
          {select('perpetratorRelation', RELATION_LABELS, 'intake-relation', 'relation')}
          {select('riskLevel', RISK_LABELS, 'intake-risk', 'risk')}
          {select(
            'survivorSex',
            SEX_LABELS as Record<'female' | 'male' | 'other', Pair>,
            'intake-sex',
            'survivorSex',
          )}
          {select('survivorAgeGroup', AGE_LABELS, 'intake-age', 'ageGroup')}
          <fieldset>
            <legend>{t('needs')}</legend>
            {SERVICES.map((s) => (
              <label key={s} className="field check">
                <input
                  type="checkbox"
                  checked={needs.includes(s)}
                  onChange={(e) => setNeeds(e.target.checked ? [...needs, s] : needs.filter((x) => x !== s))}
                />{' '}
                {pick(SERVICE_LABELS[s], s)}
              </label>
            ))}
          </fieldset>
        </div>
        <fieldset className="card sealed">
          <legend>🔒 {t('identifying')}</legend>
          <p className="muted">{t('intakeIntro')}</p>
          <div className="grid">
            {text('survivorName', 'survivorName')}
            {text('survivorContact', 'survivorContact')}
            {text('survivorBirthDate', 'birthDate')}
            {text('incidentPlace', 'incidentPlace')}
            {text('perpetrator', 'perpetrator')}
          </div>
          <Field label={t('description')}>
            {(p) => (
              <textarea
                {...p}
                rows={4}
                value={f.description}
                onChange={(e) => set('description', e.target.value)}
                data-testid="intake-description"
              />
            )}
          </Field>
        </fieldset>
        <fieldset className="card" data-testid="intake-consents">
          <legend>{t('consentTitle')}</legend>
          <p className="muted">{t('consentHint')}</p>
          {PURPOSES.map((p) => (
            <label key={p} className="field check">
              <input
                type="checkbox"
                checked={consents.includes(p)}
                onChange={(e) =>
                  setConsents(e.target.checked ? [...consents, p] : consents.filter((x) => x !== p))
                }
                data-testid={`consent-${p}`}
              />{' '}
              {t(`purpose_${p}`)}
            </label>
          ))}
          <label className="field check">
            <input
              type="checkbox"
              checked={f.rapidReport}
              onChange={(e) => set('rapidReport', e.target.checked)}
              data-testid="intake-rapid"
            />{' '}
            {t('sendRapid')}
          </label>
        </fieldset>
        <FormFeedback
          errors={errors}
          labels={{
            unitId: t('recordingUnit'),
            supervisorId: t('supervisor'),
            detectedOn: t('detectedOn'),
            incidentOn: t('incidentOn'),
            gbvType: t('gbvType'),
          }}
          notice={null}
        />
        <button type="submit" disabled={busy} data-testid="intake-submit">
          {t('saveCase')}
        </button>
      </form>
    </section>
  );
}
