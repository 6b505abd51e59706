/**
 * The callers of the access matrix: the anonymous client, a national system administrator, every
 * other role at Hưng Yên (33) and at Phường Phố Hiến (11953), and the assigned team of the site-C
 * case (a case worker of 11953 and a case supervisor of 33, other users than the scoped callers).
 */
import type { Role } from '../../../src/core/auth/roles.ts';
import type { Client, TestApp } from '../test-app.ts';
import { RELATIONS, RELATION_SITE, SCOPED_ROLES, type Cell, type Entry, type SiteName } from './types.ts';

export const PROVINCE = '33'; // Hưng Yên
export const COMMUNE = '11953'; // Phường Phố Hiến, Hưng Yên

export interface Caller {
  client: Client;
  userId: number | null;
  username: string | null;
}

export function callerKey(cell: Cell): string {
  switch (cell.kind) {
    case 'anonymous':
    case 'national':
      return cell.kind;
    case 'scoped':
      return `${cell.role}@${RELATION_SITE[cell.relation].actorAt === 'province' ? PROVINCE : COMMUNE}`;
    case 'team':
      return `team:${cell.role}`;
  }
}

export function cellLabel(cell: Cell): string {
  switch (cell.kind) {
    case 'anonymous':
    case 'national':
      return cell.kind;
    case 'scoped':
      return `${callerKey(cell)} ${cell.relation}`;
    case 'team':
      return `${cell.role} on the case`;
  }
}

/** The site a cell targets: national and anonymous callers ask about site P. */
export function siteOf(cell: Cell): SiteName {
  if (cell.kind === 'scoped') return RELATION_SITE[cell.relation].site;
  return cell.kind === 'team' ? 'C' : 'P';
}

/** Every cell of an entry: anonymous, national, each scoped role in each relation, the case team. */
export function cellsOf(entry: Entry): Cell[] {
  return [
    { kind: 'anonymous' },
    { kind: 'national' },
    ...SCOPED_ROLES.flatMap((role) =>
      RELATIONS.map((relation): Cell => ({ kind: 'scoped', role, relation })),
    ),
    ...(entry.team
      ? (['case_worker', 'case_supervisor'] as const).map((role): Cell => ({ kind: 'team', role }))
      : []),
  ];
}

export async function createCallers(t: TestApp): Promise<Map<string, Caller>> {
  const callers = new Map<string, Caller>([
    ['anonymous', { client: t.anonymous(), userId: null, username: null }],
  ]);
  const add = async (key: string, username: string, role: Role, unitCode: string | null) => {
    const userId = await t.createUser(username, [{ role, unitCode }]);
    callers.set(key, { client: await t.signIn(username), userId, username });
  };
  await add('national', 'm.root', 'system_admin', null);
  for (const role of SCOPED_ROLES)
    for (const unit of [PROVINCE, COMMUNE]) await add(`${role}@${unit}`, `m.${role}.${unit}`, role, unit);
  await add('team:case_worker', 'm.team.worker', 'case_worker', COMMUNE);
  await add('team:case_supervisor', 'm.team.supervisor', 'case_supervisor', PROVINCE);
  return callers;
}
