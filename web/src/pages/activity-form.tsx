/** Recording an activity: kind, title, dates, the task it carries out, and the numbers its kind asks for. */
import { formatNumber, numberMessage, readNumber } from '../../../src/core/numbers/number-text.ts';
import { valueProblem } from '../../../src/core/numbers/value-bounds.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../api/activity-types.ts';
import type { Task } from '../api/plan-types.ts';
import type { Items, Me } from '../api/types.ts';
import { FormFeedback, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { useFormProblem } from '../components/form-focus.ts';
import { DateInput, Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { formatDate, parseDate, todayIso } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';

export const KINDS = ACTIVITY_KINDS;
const SUBTYPES: Partial<Record<ActivityKind, string[]>> = {
  communication: ['news', 'loudspeaker', 'leaflet', 'poster', 'video', 'online_post'],
  initiative: ['established', 'maintained', 'replicated'],
};
type NumberField =
  'quantity' | 'reach' | 'participantsFemale' | 'participantsMale' | 'members' | 'violations';
const NUMBERS: Record<NumberField, Key> = {
  quantity: 'quantityLabel',
  reach: 'reachLabel',
  participantsFemale: 'femaleLabel',
  participantsMale: 'maleLabel',
  members: 'membersLabel',
  violations: 'violationsLabel',
};
const ASKS: Record<ActivityKind, NumberField[]> = {
  communication: ['quantity', 'reach'],
  training: ['participantsFemale', 'participantsMale'],
  conference: ['participantsFemale', 'participantsMale'],
  contest: ['participantsFemale', 'participantsMale', 'reach'],
  event: ['participantsFemale', 'participantsMale', 'reach'],
  initiative: ['members'],
  inspection: ['quantity', 'violations'],
  commendation: ['quantity'],
  policy_feedback: ['quantity'],
  legal_aid: ['quantity', 'participantsFemale', 'participantsMale'],
  counselling: ['quantity', 'participantsFemale', 'participantsMale'],
  cadre: ['quantity'],
};

export function ActivityForm({ me, onSaved }: { me: Me; onSaved: (a: Activity) => void }) {
  const { t, lang, pick } = useI18n();
  const own = me.roles.find((r) => r.unitId !== null);
  const [unit, setUnit] = useState<PickedUnit | null>(
    own?.unitId ? { id: own.unitId, label: own.unitName ?? '' } : null,
  );
  const [kind, setKind] = useState<ActivityKind>('communication');
  const [subtype, setSubtype] = useState('');
  const [title, setTitle] = useState('');
  const [startedOn, setStartedOn] = useState(formatDate(todayIso()));
  const [taskId, setTaskId] = useState(0);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [numbers, setNumbers] = useState<Partial<Record<NumberField, string>>>({});
  const [targetGroup, setTargetGroup] = useState('');
  const [findings, setFindings] = useState('');
  const [campaignId, setCampaignId] = useState(0);
  const [campaigns, setCampaigns] = useState<{ id: number; name: string }[]>([]);
  const { problem, setProblem, ref } = useFormProblem();
  const [saved, setSaved] = useState<string | null>(null);
  const errors = useFormErrors(problem);

  useEffect(() => {
    api.get<Items<Task>>('/tasks', { limit: 300 }).then(
      (r) => setTasks(r.items),
      () => setTasks([]),
    );
  }, []);
  useEffect(() => {
    api.get<Items<{ id: number; name: string }>>('/campaigns', { unitId: unit?.id }).then(
      (r) => setCampaigns(r.items),
      () => setCampaigns([]),
    );
  }, [unit]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const date = parseDate(startedOn);
    const local: Record<string, Key> = {};
    if (!unit) local.unitId = 'unitRequired';
    if (title.trim().length < 3) local.title = 'required';
    if (!date) local.startedOn = 'invalidDate';
    // counts, read the user's way ("1.250" in Vietnamese), within a count's bounds
    const texts: Record<string, string> = {};
    const nums = Object.fromEntries(
      ASKS[kind].map((f) => {
        const r = readNumber(numbers[f] ?? '', lang);
        if (r && !r.ok) texts[f] = pick(numberMessage(r), '');
        const p = r?.ok ? valueProblem('integer', r.value) : null;
        if (p) texts[f] = lang === 'vi' ? p.vi : p.en;
        return [f, r?.ok ? r.value : null] as const;
      }),
    ) as Record<NumberField, number | null>;
    if (Object.keys(local).length + Object.keys(texts).length > 0) {
      setProblem(new LocalErrors(local, texts));
      return;
    }
    try {
      const r = await api.post<{ activity: Activity }>('/activities', {
        unitId: unit?.id,
        kind,
        subtype: subtype || null,
        title: title.trim(),
        startedOn: date,
        taskId: taskId || null,
        targetGroup: targetGroup.trim() || null,
        findings: findings.trim() || null,
        campaignId: campaignId || null,
        ...nums,
      });
      setProblem(null);
      setTitle('');
      setNumbers({});
      setSaved(t('activitySaved'));
      onSaved(r.activity);
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate data-testid="activity-form" ref={ref}>
      <h2>{t('newActivity')}</h2>
      <div className="grid">
        <UnitPicker
          label={t('unit')}
          value={unit}
          onChange={setUnit}
          error={errors?.fields.unitId}
          testId="activity-unit"
        />
        <Field label={t('activityKind')}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => setKind(e.target.value as ActivityKind)}
              data-testid="activity-kind"
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`k_${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {SUBTYPES[kind] && (
          <Field label={t('activitySubtype')}>
            {(p) => (
              <select
                {...p}
                value={subtype}
                onChange={(e) => setSubtype(e.target.value)}
                data-testid="activity-subtype"
              >
                <option value="">—</option>
                {(SUBTYPES[kind] ?? []).map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('activityTitle')} error={errors?.fields.title}>
          {(p) => (
            <input
              {...p}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="activity-title"
            />
          )}
        </Field>
        <Field label={t('startedOn')} error={errors?.fields.startedOn}>
          {(p) => <DateInput control={p} value={startedOn} onChange={setStartedOn} testId="activity-date" />}
        </Field>
        <Field label={t('linkedTask')}>
          {(p) => (
            <select
              {...p}
              value={taskId}
              onChange={(e) => setTaskId(Number(e.target.value))}
              data-testid="activity-task"
            >
              <option value={0}>{t('noTask')}</option>
              {tasks.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title.slice(0, 90)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {ASKS[kind].map((f) => (
          <Field key={f} label={t(NUMBERS[f])} error={errors?.fields[f]}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={numbers[f] ?? ''}
                onChange={(e) => setNumbers({ ...numbers, [f]: e.target.value })}
                onBlur={() => {
                  const r = readNumber(numbers[f] ?? '', lang);
                  if (r?.ok) setNumbers({ ...numbers, [f]: formatNumber(r.value, lang) });
                }}
                data-testid={`activity-${f}`}
              />
            )}
          </Field>
        ))}
        <Field label={t('campaignLabel')}>
          {(p) => (
            <select
              {...p}
              value={campaignId}
              onChange={(e) => setCampaignId(Number(e.target.value))}
              data-testid="activity-campaign"
            >
              <option value={0}>{t('noCampaign')}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'inspection' && (
          <Field label={t('findingsLabel')}>
            {(p) => (
              <textarea {...p} rows={2} value={findings} onChange={(e) => setFindings(e.target.value)} />
            )}
          </Field>
        )}
        <Field label={t('targetGroupLabel')}>
          {(p) => <input {...p} value={targetGroup} onChange={(e) => setTargetGroup(e.target.value)} />}
        </Field>
      </div>
      <FormFeedback errors={errors} notice={saved} />
      <button type="submit" data-testid="activity-submit">
        {t('save')}
      </button>
    </form>
  );
}
