/** Adding a data element from the form editor (system administrators). */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Disaggregation } from '../api/report-types.ts';
import { ErrorBox, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';

const DISAGGREGATIONS: Disaggregation[] = ['none', 'sex', 'sex_age', 'sex_ethnicity'];

export function NewElement({ onCreated }: { onCreated: (code: string) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [dis, setDis] = useState<Disaggregation>('none');
  const [problem, setProblem] = useState<unknown>(null);
  const errors = useFormErrors(problem);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.post('/data-elements', { code: code.trim(), name, nameEn, disaggregation: dis });
      setProblem(null);
      onCreated(code.trim());
      setCode('');
      setName('');
      setNameEn('');
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <details className="card">
      <summary>
        <h2>{t('newElement')}</h2>
      </summary>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="element-new">
        <ErrorBox errors={errors} />
        <div className="grid">
          <Field label={t('elementCode')} hint={t('formCodeHint')} error={errors?.fields.code}>
            {(p) => (
              <input
                {...p}
                value={code}
                onChange={(e) => setCode(e.target.value.toUpperCase())}
                data-testid="element-code"
              />
            )}
          </Field>
          <Field label={t('nameVi')} error={errors?.fields.name}>
            {(p) => (
              <input
                {...p}
                value={name}
                onChange={(e) => setName(e.target.value)}
                data-testid="element-name"
              />
            )}
          </Field>
          <Field label={t('nameEnLabel')} error={errors?.fields.nameEn}>
            {(p) => (
              <input
                {...p}
                value={nameEn}
                onChange={(e) => setNameEn(e.target.value)}
                data-testid="element-name-en"
              />
            )}
          </Field>
          <Field label={t('disaggregationCol')}>
            {(p) => (
              <select
                {...p}
                value={dis}
                onChange={(e) => setDis(e.target.value as Disaggregation)}
                data-testid="element-dis"
              >
                {DISAGGREGATIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`dis_${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" className="secondary" data-testid="element-submit">
          {t('create')}
        </button>
      </form>
    </details>
  );
}
