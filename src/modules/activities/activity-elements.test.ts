import { describe, expect, it } from 'vitest';
import { contributions, sumContributions } from './activity-elements.ts';

const base = {
  subtype: null,
  quantity: null,
  reach: null,
  participants_female: null,
  participants_male: null,
};

describe('what activities count for', () => {
  it('counts a training as one course with its trainees by sex', () => {
    expect(
      contributions({ ...base, kind: 'training', participants_female: 30, participants_male: 12 }),
    ).toEqual([
      { elementCode: 'TRAINING_COURSES', category: 'total', value: 1 },
      { elementCode: 'TRAINING_PARTICIPANTS', category: 'total', value: 42 },
      { elementCode: 'TRAINING_PARTICIPANTS', category: 'female', value: 30 },
      { elementCode: 'TRAINING_PARTICIPANTS', category: 'male', value: 12 },
    ]);
  });

  it('counts loudspeaker broadcasts by their number and reach', () => {
    expect(
      contributions({ ...base, kind: 'communication', subtype: 'loudspeaker', quantity: 8, reach: 2000 }),
    ).toEqual([
      { elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: 8 },
      { elementCode: 'COMMUNICATION_PARTICIPANTS', category: 'total', value: 2000 },
    ]);
  });

  it('counts clubs and appointments, and nothing for an inspection', () => {
    expect(contributions({ ...base, kind: 'initiative', subtype: 'established' })).toEqual([
      { elementCode: 'CLUBS_ACTIVE', category: 'total', value: 1 },
    ]);
    expect(contributions({ ...base, kind: 'cadre', quantity: 2 })).toEqual([
      { elementCode: 'FEMALE_LEADERS_APPOINTED', category: 'total', value: 2 },
    ]);
    expect(contributions({ ...base, kind: 'inspection', quantity: 3 })).toEqual([]);
  });

  it('sums several activities and remembers which ones make each number', () => {
    const sums = sumContributions([
      { ...base, id: 1, kind: 'training', participants_female: 10, participants_male: 5 },
      { ...base, id: 2, kind: 'conference', participants_female: 20, participants_male: 0 },
    ]);
    expect(sums.find((s) => s.elementCode === 'TRAINING_COURSES')).toEqual({
      elementCode: 'TRAINING_COURSES',
      category: 'total',
      value: 2,
      activityIds: [1, 2],
    });
    expect(
      sums.find((s) => s.elementCode === 'TRAINING_PARTICIPANTS' && s.category === 'female')?.value,
    ).toBe(30);
  });
});
