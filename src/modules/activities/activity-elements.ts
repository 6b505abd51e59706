/**
 * What each activity counts for in the periodic reports: the data elements and categories it adds
 * to. Communications, events and contests are communication sessions (COMMUNICATION_EVENTS, one per
 * activity unless a quantity is given) with their participants; trainings and conferences are courses
 * (TRAINING_COURSES) with their trainees by sex; an initiative or club established, maintained or
 * replicated is one active club; cadre work counts the women appointed. Other kinds (inspections,
 * commendations, policy feedback, legal aid, counselling) feed no shipped data element yet.
 */
import type { ActivityKind } from '../../core/db/schema-activities.ts';

export interface ActivityFacts {
  kind: ActivityKind;
  subtype: string | null;
  quantity: number | null;
  reach: number | null;
  participants_female: number | null;
  participants_male: number | null;
}

export interface Contribution {
  elementCode: string;
  category: string;
  value: number;
}

function people(a: ActivityFacts, element: string): Contribution[] {
  const f = a.participants_female ?? 0;
  const m = a.participants_male ?? 0;
  const total = f + m > 0 ? f + m : (a.reach ?? 0);
  const out: Contribution[] = [];
  if (total > 0) out.push({ elementCode: element, category: 'total', value: total });
  if (a.participants_female !== null) out.push({ elementCode: element, category: 'female', value: f });
  if (a.participants_male !== null) out.push({ elementCode: element, category: 'male', value: m });
  return out;
}

export function contributions(a: ActivityFacts): Contribution[] {
  switch (a.kind) {
    case 'communication':
    case 'event':
    case 'contest':
      return [
        { elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: a.quantity ?? 1 },
        ...people(a, 'COMMUNICATION_PARTICIPANTS'),
      ];
    case 'training':
    case 'conference':
      return [
        { elementCode: 'TRAINING_COURSES', category: 'total', value: a.quantity ?? 1 },
        ...people(a, 'TRAINING_PARTICIPANTS'),
      ];
    case 'initiative':
      return ['established', 'maintained', 'replicated'].includes(a.subtype ?? '')
        ? [{ elementCode: 'CLUBS_ACTIVE', category: 'total', value: 1 }]
        : [];
    case 'cadre':
      return a.quantity
        ? [{ elementCode: 'FEMALE_LEADERS_APPOINTED', category: 'total', value: a.quantity }]
        : [];
    case 'inspection':
    case 'commendation':
    case 'policy_feedback':
    case 'legal_aid':
    case 'counselling':
      return [];
  }
}

/** The sum of the activities' contributions by element and category, with the activities behind each. */
export function sumContributions(
  activities: (ActivityFacts & { id: number })[],
): { elementCode: string; category: string; value: number; activityIds: number[] }[] {
  const out = new Map<
    string,
    { elementCode: string; category: string; value: number; activityIds: number[] }
  >();
  for (const a of activities)
    for (const c of contributions(a)) {
      const key = `${c.elementCode}|${c.category}`;
      const cur = out.get(key) ?? { ...c, value: 0, activityIds: [] };
      cur.value += c.value;
      cur.activityIds.push(a.id);
      out.set(key, cur);
    }
  return [...out.values()];
}
