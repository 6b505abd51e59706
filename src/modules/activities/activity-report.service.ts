/**
 * The figures a unit's activities give a report draft: for each data element and category on the
 * report's form, the sum over the unit's activities that started in the period, with the activities
 * behind each number (the reporter reviews them, does not retype them).
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { ReportFormsService } from '../report-forms/report-forms.service.ts';
import { ReportsService } from '../reports/reports.service.ts';
import { ActivitiesRepository } from './activities.repository.ts';
import { sumContributions } from './activity-elements.ts';

export class ActivityReportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async suggestedValues(actor: Actor, reportId: number) {
    const report = await new ReportsService(this.db, this.clock).get(actor, reportId);
    const form = await new ReportFormsService(this.db).get(report.formId);
    const onForm = new Set(form.fields.flatMap((f) => f.categories.map((c) => `${f.elementCode}|${c}`)));
    const activities = await new ActivitiesRepository(this.db).ofUnitInPeriod(
      report.unitId,
      report.periodStart,
      report.periodEnd,
    );
    return sumContributions(activities).filter((s) => onForm.has(`${s.elementCode}|${s.category}`));
  }
}
