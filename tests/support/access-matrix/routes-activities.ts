/**
 * Access matrix: activities, their attachments, campaigns and the calendar. Rules from
 * src/modules/activities/activities.policy.ts: readers (every role but the case worker's) see an
 * activity of a unit they cover, others are told it does not exist; unit admins, planners and
 * reporters write.
 */
import { systemActor } from '../../../src/core/auth/roles.ts';
import { ActivitiesService } from '../../../src/modules/activities/activities.service.ts';
import { READERS, scoped, signedIn } from './rules.ts';
import type { Call, Entry, ScopedRole } from './types.ts';

const WRITERS: readonly ScopedRole[] = ['unit_admin', 'planner', 'reporter'];
const HIDES = ['ACTIVITY_NOT_FOUND'];
const PDF = Buffer.from('%PDF-1.4\n% danh sach ky ten\n').toString('base64');

export const activityBody = (unitId: number) => ({
  unitId,
  kind: 'training' as const,
  title: 'Tập huấn kiến thức bình đẳng giới cho cán bộ',
  startedOn: '2025-03-10',
  participantsFemale: 30,
  participantsMale: 12,
});
const activity = (c: Call) => ({ id: c.site.activity });

export const ACTIVITY_ENTRIES: Entry[] = [
  { route: 'GET /api/v1/activities', rule: signedIn },
  { route: 'POST /api/v1/activities', rule: scoped(WRITERS), body: (c) => activityBody(c.site.unit) },
  { route: 'GET /api/v1/activities/:id', rule: scoped(READERS), hides: HIDES, params: activity },
  {
    route: 'PUT /api/v1/activities/:id',
    rule: scoped(WRITERS),
    hides: HIDES,
    params: activity,
    body: (c) => activityBody(c.site.unit),
  },
  {
    // an activity of its own per cell: a removal is not undone
    route: 'DELETE /api/v1/activities/:id',
    rule: scoped(WRITERS),
    hides: HIDES,
    params: async (c) => ({
      id: (await new ActivitiesService(c.fx.db).create(systemActor('matrix'), activityBody(c.site.unit))).id,
    }),
  },
  {
    route: 'POST /api/v1/activities/:id/attachments',
    rule: scoped(WRITERS),
    hides: HIDES,
    params: activity,
    body: () => ({ fileName: 'danh-sach.pdf', contentBase64: PDF }),
  },
  {
    route: 'GET /api/v1/activities/:id/attachments/:attachmentId',
    rule: scoped(READERS),
    hides: HIDES,
    params: (c) => ({ id: c.site.activity, attachmentId: c.site.attachment }),
  },
  { route: 'GET /api/v1/calendar', rule: scoped(READERS), query: (c) => `year=2025&unitId=${c.site.unit}` },
  { route: 'GET /api/v1/campaigns', rule: scoped(READERS), query: (c) => `unitId=${c.site.unit}` },
  {
    route: 'POST /api/v1/campaigns',
    rule: scoped(WRITERS),
    body: (c) => ({ unitId: c.site.unit, name: `Ngày hội gia đình ${c.tag}`, startsOn: '2025-06-28' }),
  },
];
