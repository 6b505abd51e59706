/**
 * Reporting obligations proposed from a plan's parsed deadlines ("trước ngày 05/5 và 20/11",
 * "hằng tháng", "trước ngày 01/12/2024"): one per clause and frequency, with the shipped form of the
 * same period, for the user to create with one click. Only a province's plan sets obligations.
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ObligationsRepository } from './obligations.repository.ts';
import { authorizeObligation } from './obligations.policy.ts';
import type { z } from 'zod';
import type { ZSuggestionsResponseSchema } from './obligations.schema.ts';
import type { Clock } from '../../core/clock/clock.ts';

type Suggestions = z.infer<typeof ZSuggestionsResponseSchema>;
type Frequency = Suggestions['items'][number]['frequency'];
const FREQUENCIES: readonly string[] = ['once', 'monthly', 'quarterly', 'semiannual', 'annual'];

interface ParsedDeadline {
  what?: unknown;
  due?: unknown;
  frequency?: unknown;
  to?: unknown;
}

/** '--10-15' → '10-15'; '2024-12-01' stays (one-off); null → none. */
const dueDay = (due: unknown): string | null =>
  typeof due !== 'string' ? null : due.startsWith('--') ? due.slice(2) : due;

export class ObligationSuggestService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async suggest(actor: Actor, planId: number): Promise<Suggestions> {
    const repo = new ObligationsRepository(this.db);
    const plan = await repo.plan(planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    const unit = await repo.unit(plan.unit_id);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    authorizeObligation(actor, 'read', { id: unit.id, provinceId: unit.province_id ?? unit.id });
    if (unit.level !== 'province') return { note: 'not_province', items: [] };
    const parsed = (plan.parsed ?? {}) as { deadlines?: ParsedDeadline[] };
    const deadlines = Array.isArray(parsed.deadlines) ? parsed.deadlines : [];
    if (deadlines.length === 0) return { note: 'no_deadlines', items: [] };
    const forms = await repo.formsByPeriod();
    const existing = await repo.byPlanSource(planId);
    const groups = new Map<string, Suggestions['items'][number]>();
    for (const d of deadlines) {
      const what = typeof d.what === 'string' ? d.what.trim() : '';
      const frequency = FREQUENCIES.includes(String(d.frequency)) ? (d.frequency as Frequency) : 'once';
      const key = `${frequency}|${what}`;
      const day = dueDay(d.due);
      const g = groups.get(key);
      if (g) {
        if (day && !g.dueDays.includes(day)) g.dueDays = [...g.dueDays, day].sort();
        continue;
      }
      const period = frequency === 'once' ? 'annual' : frequency;
      groups.set(key, {
        formId: forms.find((f) => f.period_type === period)?.id ?? null,
        unitId: unit.id,
        title: (what || 'Báo cáo định kỳ').slice(0, 300),
        frequency,
        dueDays: day ? [day] : [],
        startsOn: plan.issued_on ?? this.clock.today(),
        endsOn: null,
        remindDays: 7,
        planId,
        sourceText: what || null,
        existingId: existing.find((e) => e.source_text === (what || null))?.id ?? null,
        to: typeof d.to === 'string' ? d.to : null,
      });
    }
    return { note: null, items: [...groups.values()] };
  }
}
