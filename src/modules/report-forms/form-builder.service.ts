/**
 * Report forms built by a system administrator: fields bound to data elements (with their
 * disaggregation), groups, required fields, narrative sections and cross-field rules; and new data
 * elements. Checked so numbers cannot be lost or counted twice: an element with values in the form's
 * reports stays on it, the period type of a form in use stays, and an element sits on one active
 * form per period type. Every change is one transaction, audited.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { CATEGORIES } from '../indicators/categories.ts';
import { FormContentRepository, type FormContent } from './form-content.repository.ts';
import { ReportFormsRepository } from './report-forms.repository.ts';
import type { TCreateDataElementRequest, TFormDefinition } from './report-forms.schema.ts';

function authorize(actor: Actor): void {
  if (!isSystemAdmin(actor)) throw new AppError('FORBIDDEN');
}

export class FormBuilderService {
  constructor(private readonly db: Database) {}

  async elements() {
    return (await new FormContentRepository(this.db).elements()).map((e) => ({
      id: e.id,
      code: e.code,
      name: e.name,
      nameEn: e.name_en,
      disaggregation: e.disaggregation,
      valueType: e.value_type,
      categories: [...CATEGORIES[e.disaggregation]],
      isActive: e.is_active,
    }));
  }

  async createElement(actor: Actor, req: TCreateDataElementRequest): Promise<number> {
    authorize(actor);
    return this.db.transaction().execute(async (tx) => {
      const id = await new FormContentRepository(tx).insertElement(req);
      if (id === undefined) throw new AppError('CODE_TAKEN', [{ path: 'code', message: req.code }]);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'data_element.create',
        entityType: 'data_element',
        entityId: id,
        unitId: null,
        provinceId: null,
        details: { code: req.code },
      });
      return id;
    });
  }

  /** Resolves codes to ids and checks categories, naming every problem. */
  private async content(def: TFormDefinition, exceptFormId: number | null): Promise<FormContent> {
    const repo = new FormContentRepository(this.db);
    const elements = new Map((await repo.elements()).map((e) => [e.code, e]));
    const elsewhere = new Map(
      (await repo.elementsOnOtherForms(def.periodType, exceptFormId)).map((r) => [r.data_element_id, r.code]),
    );
    const problems: ErrorDetail[] = [];
    const onForm = new Set<string>();
    def.fields.forEach((f, i) => {
      const e = elements.get(f.elementCode);
      if (!e)
        problems.push({
          path: `fields.${i}.elementCode`,
          message: `Không có chỉ tiêu số liệu ${f.elementCode}.`,
        });
      else if (onForm.has(f.elementCode))
        problems.push({
          path: `fields.${i}.elementCode`,
          message: `${f.elementCode} có hai lần trong biểu mẫu.`,
        });
      else if (elsewhere.has(e.id))
        problems.push({
          path: `fields.${i}.elementCode`,
          message: `${f.elementCode} đã có trong biểu mẫu ${elsewhere.get(e.id)} cùng kỳ; số liệu sẽ bị tính hai lần.`,
        });
      onForm.add(f.elementCode);
    });
    def.rules.forEach((r, i) => {
      for (const [side, code, cat] of [
        ['left', r.left, r.leftCategory],
        ['right', r.right, r.rightCategory],
      ] as const) {
        const e = elements.get(code);
        if (!e || !onForm.has(code))
          problems.push({ path: `rules.${i}.${side}`, message: `${code} không có trong biểu mẫu.` });
        else if (!CATEGORIES[e.disaggregation].includes(cat))
          problems.push({
            path: `rules.${i}.${side}Category`,
            message: `Phân tổ ${cat} không dùng cho ${code}.`,
          });
      }
    });
    if (new Set(def.sections.map((s) => s.key)).size !== def.sections.length)
      problems.push({ path: 'sections', message: 'Mỗi phần thuyết minh cần một khóa riêng.' });
    if (problems.length > 0) throw new AppError('FORM_INVALID', problems);
    const id = (code: string) => elements.get(code)!.id;
    return {
      code: def.code,
      name: def.name,
      nameEn: def.nameEn,
      periodType: def.periodType,
      sections: def.sections,
      fields: def.fields.map((f) => ({ elementId: id(f.elementCode), group: f.group, required: f.required })),
      rules: def.rules.map((r) => ({
        leftId: id(r.left),
        leftCategory: r.leftCategory,
        operator: r.operator,
        rightId: id(r.right),
        rightCategory: r.rightCategory,
        message: r.message,
        messageEn: r.messageEn,
      })),
    };
  }

  async create(actor: Actor, def: TFormDefinition): Promise<number> {
    authorize(actor);
    const content = await this.content(def, null);
    return this.db.transaction().execute(async (tx) => {
      const id = await new FormContentRepository(tx).insert(content, {
        shipped: false,
        createdBy: actor.userId,
      });
      if (id === undefined) throw new AppError('CODE_TAKEN', [{ path: 'code', message: def.code }]);
      await this.audit(tx, actor, 'report_form.create', id, { code: def.code, fields: def.fields.length });
      return id;
    });
  }

  async update(actor: Actor, id: number, def: TFormDefinition): Promise<void> {
    authorize(actor);
    const form = await new ReportFormsRepository(this.db).findById(id);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    const repo = new FormContentRepository(this.db);
    if (def.code !== form.code)
      throw new AppError('FORM_INVALID', [{ path: 'code', message: 'Không đổi được mã biểu mẫu.' }]);
    if (def.periodType !== form.period_type && (await repo.hasReports(id)))
      throw new AppError('FORM_INVALID', [
        { path: 'periodType', message: 'Biểu mẫu đã có báo cáo; không đổi được kỳ.' },
      ]);
    const content = await this.content(def, id);
    const kept = new Set(content.fields.map((f) => f.elementId));
    const dropped = (await repo.elementsInUse(id)).filter((e) => !kept.has(e));
    if (dropped.length > 0) {
      const codes = (await repo.elements()).filter((e) => dropped.includes(e.id)).map((e) => e.code);
      throw new AppError(
        'FORM_FIELD_IN_USE',
        codes.map((c) => ({ path: 'fields', message: c })),
      );
    }
    await this.db.transaction().execute(async (tx) => {
      await new FormContentRepository(tx).replace(id, content);
      await this.audit(tx, actor, 'report_form.update', id, { code: form.code, fields: def.fields.length });
    });
  }

  async setActive(actor: Actor, id: number, active: boolean): Promise<void> {
    authorize(actor);
    const form = await new ReportFormsRepository(this.db).findById(id);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    await this.db.transaction().execute(async (tx) => {
      await new FormContentRepository(tx).setActive(id, active);
      await this.audit(tx, actor, active ? 'report_form.activate' : 'report_form.deactivate', id, {
        code: form.code,
      });
    });
  }

  private audit(tx: Database, actor: Actor, action: string, id: number, details: Record<string, unknown>) {
    return new AuditLogRepository(tx).insert(actor, {
      action,
      entityType: 'report_form',
      entityId: id,
      unitId: null,
      provinceId: null,
      details,
    });
  }
}
