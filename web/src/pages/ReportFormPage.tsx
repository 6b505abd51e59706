/**
 * Building or editing a report form (system administrators): code, names, period, narrative
 * sections, the data elements on it (grouped, required) and its cross-checks. The server names
 * every problem (an element already on another form of the period, data that would be orphaned).
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { DataElement, FormDefinition, PeriodType, ReportFormDetail } from '../api/report-types.ts';
import type { Items } from '../api/types.ts';
import { ErrorBox, Loading, Notice, PageError, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';
import { NewElement } from './report-form-element.tsx';
import { FormFields } from './report-form-fields.tsx';
import { FormRules } from './report-form-rules.tsx';

const PERIODS: PeriodType[] = ['monthly', 'quarterly', 'semiannual', 'annual'];
const EMPTY: FormDefinition = {
  code: '',
  name: '',
  nameEn: '',
  periodType: 'annual',
  sections: [
    { key: 'results', title: 'Kết quả đạt được', titleEn: 'Results' },
    { key: 'difficulties', title: 'Khó khăn, vướng mắc', titleEn: 'Difficulties' },
    { key: 'proposals', title: 'Đề xuất, kiến nghị', titleEn: 'Proposals' },
  ],
  fields: [],
  rules: [],
};

function definitionOf(f: ReportFormDetail): FormDefinition {
  return {
    code: f.code,
    name: f.name,
    nameEn: f.nameEn,
    periodType: f.periodType,
    sections: f.sections,
    fields: f.fields.map((x) => ({ elementCode: x.elementCode, group: x.group, required: x.required })),
    rules: f.rules,
  };
}

export function ReportFormPage({ id }: { id: number | null }) {
  const { t } = useI18n();
  const [def, setDef] = useState<FormDefinition | null>(id === null ? EMPTY : null);
  const [elements, setElements] = useState<DataElement[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const errors = useFormErrors(problem);

  const loadElements = () =>
    api.get<Items<DataElement>>('/data-elements').then((r) => setElements(r.items), setLoadError);
  useEffect(() => {
    void loadElements();
    if (id !== null)
      api
        .get<{ form: ReportFormDetail }>(`/report-forms/${id}`)
        .then((r) => setDef(definitionOf(r.form)), setLoadError);
  }, [id]);

  if (loadError) return <PageError error={loadError} />;
  if (!def) return <Loading />;
  const change = (c: Partial<FormDefinition>) => setDef({ ...def, ...c });

  const save = async () => {
    setProblem(null);
    setNotice(null);
    try {
      if (id === null) {
        const r = await api.post<{ form: ReportFormDetail }>('/report-forms', def);
        navigate(`/report-forms/${r.form.id}`);
      } else {
        const r = await api.put<{ form: ReportFormDetail }>(`/report-forms/${id}`, def);
        setDef(definitionOf(r.form));
        setNotice(t('formSaved'));
      }
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <section aria-labelledby="form-title">
      <p className="crumbs">
        <a href="#/report-forms">{t('formsTitle')}</a>
      </p>
      <h1 id="form-title">{id === null ? t('newForm') : t('editForm')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
        data-testid="form-editor"
      >
        <ErrorBox errors={errors} />
        <Notice text={notice} />
        <div className="card grid">
          <Field label={t('formCode')} hint={t('formCodeHint')} error={errors?.fields.code}>
            {(p) => (
              <input
                {...p}
                value={def.code}
                readOnly={id !== null}
                onChange={(e) => change({ code: e.target.value.toUpperCase() })}
                data-testid="form-code"
              />
            )}
          </Field>
          <Field label={t('nameVi')} error={errors?.fields.name}>
            {(p) => (
              <input
                {...p}
                value={def.name}
                onChange={(e) => change({ name: e.target.value })}
                data-testid="form-name"
              />
            )}
          </Field>
          <Field label={t('nameEnLabel')} error={errors?.fields.nameEn}>
            {(p) => (
              <input
                {...p}
                value={def.nameEn}
                onChange={(e) => change({ nameEn: e.target.value })}
                data-testid="form-name-en"
              />
            )}
          </Field>
          <Field label={t('periodTypeLabel')} error={errors?.fields.periodType}>
            {(p) => (
              <select
                {...p}
                value={def.periodType}
                onChange={(e) => change({ periodType: e.target.value as PeriodType })}
                data-testid="form-period"
              >
                {PERIODS.map((x) => (
                  <option key={x} value={x}>
                    {t(`pt_${x}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <section className="card" aria-labelledby="fields-title">
          <h2 id="fields-title">{t('fieldsTitle')}</h2>
          <p className="muted">{t('fieldsHint')}</p>
          <FormFields elements={elements} fields={def.fields} onChange={(fields) => change({ fields })} />
        </section>
        <section className="card" aria-labelledby="rules-title">
          <h2 id="rules-title">{t('rulesTitle')}</h2>
          <p className="muted">{t('rulesHint')}</p>
          <FormRules
            elements={elements}
            codes={def.fields.map((f) => f.elementCode)}
            rules={def.rules}
            onChange={(rules) => change({ rules })}
          />
        </section>
        <section className="card" aria-labelledby="sections-title">
          <h2 id="sections-title">{t('sectionsTitle')}</h2>
          {def.sections.map((s, i) => (
            <div key={i} className="role-row">
              <input
                aria-label={t('sectionKey')}
                value={s.key}
                onChange={(e) =>
                  change({
                    sections: def.sections.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)),
                  })
                }
              />
              <input
                aria-label={t('nameVi')}
                value={s.title}
                onChange={(e) =>
                  change({
                    sections: def.sections.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)),
                  })
                }
              />
              <input
                aria-label={t('nameEnLabel')}
                value={s.titleEn}
                onChange={(e) =>
                  change({
                    sections: def.sections.map((x, j) => (j === i ? { ...x, titleEn: e.target.value } : x)),
                  })
                }
              />
              <button
                type="button"
                className="secondary small"
                onClick={() => change({ sections: def.sections.filter((_, j) => j !== i) })}
              >
                {t('remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              change({
                sections: [
                  ...def.sections,
                  { key: `section_${def.sections.length + 1}`, title: '', titleEn: '' },
                ],
              })
            }
          >
            {t('addSection')}
          </button>
        </section>
        <button type="submit" data-testid="form-save">
          {t('saveForm')}
        </button>
      </form>
      <NewElement
        onCreated={(code) => {
          setNotice(t('elementCreated'));
          void loadElements().then(() =>
            change({ fields: [...def.fields, { elementCode: code, group: null, required: false }] }),
          );
        }}
      />
    </section>
  );
}
