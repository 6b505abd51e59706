/** The form editor's table of data elements: on the form or not, its group, required; in form order. */
import type { DataElement, FormDefinition } from '../api/report-types.ts';
import { useI18n } from '../i18n.ts';

type Field = FormDefinition['fields'][number];

export function FormFields({
  elements,
  fields,
  onChange,
}: {
  elements: DataElement[];
  fields: Field[];
  onChange: (fields: Field[]) => void;
}) {
  const { t, pick } = useI18n();
  const on = new Map(fields.map((f) => [f.elementCode, f]));
  // the form's fields first, in their order, then the other elements
  const rows = [
    ...fields.flatMap((f) => elements.filter((e) => e.code === f.elementCode)),
    ...elements.filter((e) => !on.has(e.code) && e.isActive),
  ];
  const set = (code: string, change: Partial<Field> | null) => {
    if (change === null) onChange(fields.filter((f) => f.elementCode !== code));
    else if (on.has(code)) onChange(fields.map((f) => (f.elementCode === code ? { ...f, ...change } : f)));
    else {
      const lastGroup = fields[fields.length - 1]?.group ?? null;
      onChange([...fields, { elementCode: code, group: lastGroup, required: false, ...change }]);
    }
  };
  return (
    <div className="table-scroll">
      <table className="form-fields" data-testid="form-fields">
        <thead>
          <tr>
            <th scope="col">{t('include')}</th>
            <th scope="col">{t('indicatorCol')}</th>
            <th scope="col">{t('disaggregationCol')}</th>
            <th scope="col">{t('group')}</th>
            <th scope="col">{t('requiredCol')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const f = on.get(e.code);
            const label = pick([e.name, e.nameEn], e.code);
            return (
              <tr key={e.code} data-testid="form-field-row" data-code={e.code}>
                <td>
                  <input
                    type="checkbox"
                    checked={f !== undefined}
                    aria-label={label}
                    onChange={(ev) => set(e.code, ev.target.checked ? {} : null)}
                    data-testid={`field-on-${e.code}`}
                  />
                </td>
                <th scope="row">
                  {label}
                  <br />
                  <code className="muted">{e.code}</code>
                </th>
                <td>{t(`dis_${e.disaggregation}`)}</td>
                <td>
                  {f && (
                    <input
                      value={f.group ?? ''}
                      aria-label={`${t('group')}: ${label}`}
                      onChange={(ev) => set(e.code, { group: ev.target.value || null })}
                      data-testid={`field-group-${e.code}`}
                    />
                  )}
                </td>
                <td>
                  {f && (
                    <input
                      type="checkbox"
                      checked={f.required}
                      aria-label={`${t('requiredCol')}: ${label}`}
                      onChange={(ev) => set(e.code, { required: ev.target.checked })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
