/** Shapes of /api/v1/activities, /calendar and /reports/:id/activity-values. */
/** The kinds are the server's list (a plain constant, no server code comes with it). */
export { ACTIVITY_KINDS, type ActivityKind } from '../../../src/core/db/schema-activities.ts';
import type { ActivityKind } from '../../../src/core/db/schema-activities.ts';

export interface Activity {
  id: number;
  unitId: number;
  unitName: string;
  kind: ActivityKind;
  subtype: string | null;
  title: string;
  startedOn: string;
  endedOn: string | null;
  taskId: number | null;
  taskTitle: string | null;
  campaignId: number | null;
  campaignName: string | null;
  quantity: number | null;
  reach: number | null;
  participantsFemale: number | null;
  participantsMale: number | null;
  targetGroup: string | null;
  members: number | null;
  violations: number | null;
  findings: string | null;
  note: string | null;
  attachments: { id: number; fileName: string; sizeBytes: number }[];
  counts: { elementCode: string; category: string; value: number }[];
}

export interface CalendarItem {
  kind: 'campaign' | 'report_due' | 'task_due' | 'activity';
  title: string;
  start: string;
  end: string | null;
  link: string | null;
}

export interface SuggestedValue {
  elementCode: string;
  category: string;
  value: number;
  activityIds: number[];
}
