/** A labelled form control with its hint and its error, bound by id for assistive technology. */
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function Field({
  label,
  hint,
  error,
  errorTestId,
  className,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  errorTestId?: string;
  /** Extra class on the wrapper, e.g. "grow" for a search field in a filter bar. */
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={errorTestId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A date typed as Vietnamese users write it (dd/mm/yyyy), inside a Field; parse it with parseDate. */
export function DateInput({
  control,
  value,
  onChange,
  testId,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <input
      {...control}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoComplete="off"
      data-testid={testId}
    />
  );
}
