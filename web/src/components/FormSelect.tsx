/** A labelled select of report forms (by name in the current language), optionally with "all forms". */
import type { ReportForm } from '../api/report-types.ts';
import { useI18n } from '../i18n.ts';
import { Field } from './Field.tsx';

export function FormSelect({
  forms,
  value,
  onChange,
  testId,
  allLabel,
  className,
}: {
  forms: ReportForm[];
  value: number | '';
  onChange: (id: number | '') => void;
  testId: string;
  /** Offers an empty choice with this label. */
  allLabel?: string;
  className?: string;
}) {
  const { t, pick } = useI18n();
  return (
    <Field label={t('reportForm')} {...(className ? { className } : {})}>
      {(p) => (
        <select
          {...p}
          value={value}
          onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}
          data-testid={testId}
        >
          {allLabel !== undefined && <option value="">{allLabel}</option>}
          {forms.map((f) => (
            <option key={f.id} value={f.id}>
              {pick([f.name, f.nameEn], f.code)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
