/**
 * One report: its figures and narrative, saved as a draft and submitted by the reporting unit;
 * returned with a reason, approved or reopened by the level above; its history.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import type { SuggestedValue } from '../api/activity-types.ts';
import type { ReportAction, ReportDetail, ReportFormDetail } from '../api/report-types.ts';
import { FormFeedback, Loading, Notice, PageError } from '../components/Feedback.tsx';
import { useFormProblem } from '../components/form-focus.ts';
import { detailMessage } from '../error-text.ts';
import { CATEGORY_LABELS } from '../labels.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { periodName } from '../report-periods.ts';
import { ReportDecision } from './report-decide.tsx';
import { formatNumber } from '../../../src/core/numbers/number-text.ts';
import { badBoxes, figuresOf, keyOf, ReportEntry, valuesOf, type Values } from './report-entry.tsx';
import { ReportHistory, ReportStatusBadge } from './report-parts.tsx';

const DONE: Record<ReportAction, Key> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
};

export function ReportPage({ id }: { id: number }) {
  const { t, lang, pick, errorMessage } = useI18n();
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [form, setForm] = useState<ReportFormDetail | null>(null);
  const [values, setValues] = useState<Values>({});
  const [narrative, setNarrative] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  const { problem, setProblem, ref } = useFormProblem<HTMLElement>();
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  /** The problems listed above the form (the server's name their field; local ones do not). */
  const [problemLines, setProblemLines] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  /** What "from activities" did, shown by its button at the top (the form's results go below). */
  const [filled, setFilled] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sources, setSources] = useState<Record<string, number[]>>({});

  const show = useCallback(
    (r: ReportDetail) => {
      setReport(r);
      setValues(valuesOf(r, lang));
      setNarrative(r.narrative);
    },
    [lang],
  );

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const r = (await api.get<{ report: ReportDetail }>(`/reports/${id}`)).report;
      const f = (await api.get<{ form: ReportFormDetail }>(`/report-forms/${r.formId}`)).form;
      setForm(f);
      show(r);
      // A draft with no figures yet takes those of the unit's recorded activities, for review.
      if (r.abilities.edit && r.values.length === 0) {
        const a = await api.get<{ items: SuggestedValue[] }>(`/reports/${r.id}/activity-values`);
        if (a.items.length > 0) {
          setValues(
            Object.fromEntries(
              a.items.map((i) => [keyOf(i.elementCode, i.category), formatNumber(i.value, lang)]),
            ),
          );
          setSources(
            Object.fromEntries(a.items.map((i) => [keyOf(i.elementCode, i.category), i.activityIds])),
          );
          setFilled(t('fromActivitiesDone', { n: a.items.length }));
        }
      }
    } catch (err) {
      setLoadError(err);
    }
  }, [id, show, lang]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) return <PageError error={loadError} onRetry={() => void load()} />;
  if (!report || !form) return <Loading />;

  /** A box by its field's name and category label ("Số cuộc truyền thông — Nữ"), never its code. */
  const fieldName = (path: string) => {
    const [code = '', cat = ''] = path.replace(/^values\./, '').split('|');
    const f = form.fields.find((x) => x.elementCode === code);
    return [f ? pick([f.name, f.nameEn], code) : '', pick(CATEGORY_LABELS[cat], '')]
      .filter(Boolean)
      .join(' — ');
  };

  /** Saves the figures; returns the saved report, or null after showing what is wrong. */
  const save = async (): Promise<ReportDetail | null> => {
    const bad = badBoxes(form, values, lang);
    if (Object.keys(bad).length > 0) {
      setInvalid(bad);
      setProblemLines(Object.entries(bad).map(([path, message]) => `${fieldName(path)}: ${message}`));
      setProblem(t('boxesInvalid'));
      return null;
    }
    const body = {
      version: report.version,
      values: figuresOf(form, values, lang),
      narrative: Object.fromEntries(Object.entries(narrative).filter(([, v]) => v.trim() !== '')),
    };
    const saved = (await api.put<{ report: ReportDetail }>(`/reports/${report.id}`, body)).report;
    show(saved);
    return saved;
  };

  const run = async (what: 'save' | ReportAction, reason?: string) => {
    setBusy(true);
    setProblem(null);
    setInvalid({});
    setProblemLines([]);
    setNotice(null);
    setFilled(null);
    try {
      let current: ReportDetail | null = report;
      if (what === 'save' || (what === 'submit' && report.abilities.edit)) current = await save();
      if (!current) return;
      if (what !== 'save') {
        const r = await api.post<{ report: ReportDetail }>(`/reports/${report.id}/actions`, {
          action: what,
          ...(reason ? { reason } : {}),
        });
        show(r.report);
      }
      setNotice(t(what === 'save' ? 'saved' : DONE[what]));
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'REPORT_INVALID' || err.code === 'VALUE_OUT_OF_RANGE')) {
        setInvalid(
          Object.fromEntries(
            err.details.map((d) => [d.path.replace(/^values\./, ''), detailMessage(d, lang)]),
          ),
        );
        setProblemLines(err.details.map((d) => detailMessage(d, lang)));
        setProblem(err);
      } else setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const fromActivities = async () => {
    setProblem(null);
    setNotice(null);
    try {
      const r = await api.get<{ items: SuggestedValue[] }>(`/reports/${report.id}/activity-values`);
      setValues((old) => ({
        ...old,
        ...Object.fromEntries(
          r.items.map((i) => [keyOf(i.elementCode, i.category), formatNumber(i.value, lang)]),
        ),
      }));
      setSources(Object.fromEntries(r.items.map((i) => [keyOf(i.elementCode, i.category), i.activityIds])));
      setFilled(r.items.length ? t('fromActivitiesDone', { n: r.items.length }) : t('fromActivitiesNone'));
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <section aria-labelledby="report-title" ref={ref}>
      <p className="crumbs">
        <a href="#/reports">{t('reportsTitle')}</a>
      </p>
      <div className="title-row">
        <h1 id="report-title">{pick([form.name, form.nameEn], form.code)}</h1>
        <ReportStatusBadge status={report.status} />
      </div>
      <dl className="facts">
        <dt>{t('reportUnit')}</dt>
        <dd data-testid="report-unit">{report.unitName}</dd>
        <dt>{t('period')}</dt>
        <dd data-testid="report-period">{periodName(report.periodType, report.periodStart, lang)}</dd>
        {report.dueDate && (
          <>
            <dt>{t('dueDateReport')}</dt>
            <dd>
              {formatDate(report.dueDate)}{' '}
              {report.late && <span className="badge overdue">{t('lateBadge')}</span>}
            </dd>
          </>
        )}
        {report.submittedAt && (
          <>
            <dt>{t('submittedAt')}</dt>
            <dd>{formatDateTime(report.submittedAt)}</dd>
          </>
        )}
      </dl>
      {report.status === 'returned' && report.returnReason && (
        <div className="card attention" role="note" data-testid="report-return-reason">
          {t('returnedBecause', { reason: report.returnReason })}
        </div>
      )}
      {report.status === 'approved' && <p className="muted">{t('lockedApproved')}</p>}
      {report.status === 'submitted' && !report.abilities.approve && (
        <p className="muted">{t('waitingDecision')}</p>
      )}
      {report.abilities.edit && (
        <p className="muted">
          {t('entryIntro')}{' '}
          <button
            type="button"
            className="secondary small"
            onClick={() => void fromActivities()}
            data-testid="report-from-activities"
          >
            {t('fromActivities')}
          </button>
        </p>
      )}
      {filled !== null && <Notice text={filled} />}
      <ReportEntry
        form={form}
        values={values}
        narrative={narrative}
        invalid={invalid}
        readOnly={!report.abilities.edit || busy}
        onValue={(k, v) => setValues((old) => ({ ...old, [k]: v }))}
        onNarrative={(k, v) => setNarrative((old) => ({ ...old, [k]: v }))}
        sources={sources}
      />
      {report.abilities.edit && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void run('save')}
            data-testid="report-save"
          >
            {t('saveReportDraft')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run('submit')}
            data-testid="report-submit"
          >
            {t('submitReport')}
          </button>
        </div>
      )}
      <ReportDecision report={report} busy={busy} onAction={(a, reason) => void run(a, reason)} />
      <FormFeedback
        errors={problem === null ? null : typeof problem === 'string' ? problem : errorMessage(problem)}
        notice={notice}
        errorTestId="report-error"
      >
        {problemLines.length > 0 && (
          <ul data-testid="report-problems">
            {problemLines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </FormFeedback>
      <ReportHistory events={report.events} />
    </section>
  );
}
