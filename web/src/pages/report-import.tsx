/**
 * Figures from a file: a .csv or .xlsx with the export's columns, or ADX (.xml), fills the drafts
 * of many units at once. A file with any wrong row is refused whole, each row's problem listed.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { ReportForm } from '../api/report-types.ts';
import { ErrorBox, Notice, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { FormSelect } from '../components/FormSelect.tsx';
import { extensionOf, readBase64 } from '../files.ts';
import { useI18n } from '../i18n.ts';

export function ReportImport({ forms, onDone }: { forms: ReportForm[]; onDone: () => void }) {
  const { t } = useI18n();
  const [formId, setFormId] = useState(forms[0]?.id ?? 0);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    if (!file || !['csv', 'xlsx', 'xml', 'adx'].includes(extensionOf(file.name))) {
      setProblem(t('importFileType'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const r = await api.post<{ reports: number; created: number; values: number }>('/reports/import', {
        formId,
        fileName: file.name,
        contentBase64: await readBase64(file),
      });
      setNotice(t('imported', { values: r.values, reports: r.reports, created: r.created }));
      onDone();
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card" data-testid="report-import">
      <summary>
        <h2>{t('importTitle')}</h2>
      </summary>
      <p className="muted">{t('reportImportIntro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {typeof problem === 'string' ? (
          <ErrorBox errors={problem} />
        ) : (
          <ErrorBox errors={errors} testId="import-error" />
        )}
        <Notice text={notice} />
        <div className="grid">
          <FormSelect
            forms={forms}
            value={formId}
            onChange={(id) => setFormId(Number(id))}
            testId="import-form"
          />
          <Field label={t('importFile')} hint={t('importFileHint')}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".csv,.xlsx,.xml,.adx"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                data-testid="import-file"
              />
            )}
          </Field>
        </div>
        <button type="submit" disabled={busy} data-testid="import-submit">
          {t('importSubmit')}
        </button>
      </form>
    </details>
  );
}
