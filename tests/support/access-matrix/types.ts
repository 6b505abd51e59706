/**
 * The vocabulary of the access matrix (tests/integration/access-matrix.int.test.ts): who asks
 * (a cell), about which site, and what a route's entry declares (who is allowed, and a request
 * that passes the route's schema so that authentication and authorization are what decide).
 */
import { ROLES, type Role } from '../../../src/core/auth/roles.ts';
import type { Database } from '../../../src/core/db/database.ts';

/**
 * How the caller's unit stands to the unit of the row or request:
 * - same: a role at Hưng Yên (33) over a province-level target of Hưng Yên;
 * - above: a role at Hưng Yên over a target in one of its communes (Phường Phố Hiến, 11953);
 * - below: a role at Phường Phố Hiến over a province-level target of Hưng Yên;
 * - other: a role at Hưng Yên over a target in Hà Nội (Phường Ba Đình, 00004, or the city, 01).
 */
export const RELATIONS = ['same', 'above', 'below', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The roles held at a unit (system administrators are national only). */
export type ScopedRole = Exclude<Role, 'system_admin'>;
export const SCOPED_ROLES: readonly ScopedRole[] = ROLES.filter((r): r is ScopedRole => r !== 'system_admin');

/** Where each relation points: the caller's unit and the site of the target. */
export const RELATION_SITE: Record<Relation, { actorAt: 'province' | 'commune'; site: SiteName }> = {
  same: { actorAt: 'province', site: 'P' },
  above: { actorAt: 'province', site: 'C' },
  below: { actorAt: 'commune', site: 'P' },
  other: { actorAt: 'province', site: 'O' },
};

/** One executed cell: a caller against one route. */
export type Cell =
  | { kind: 'anonymous' }
  /** A system administrator (national); the target is site P. */
  | { kind: 'national' }
  | { kind: 'scoped'; role: ScopedRole; relation: Relation }
  /** The assigned team of the site-C case (a case worker of 11953, its case supervisor at 33). */
  | { kind: 'team'; role: 'case_worker' | 'case_supervisor' };

export type Rule = (cell: Cell) => boolean;

/**
 * The target rows of one site. P is Hưng Yên (province 33), C is Phường Phố Hiến (11953), O is
 * Hà Nội (ward 00004 / city 01). Entities that live only at communes use `commune` (for P a
 * commune of Hưng Yên that is not Phố Hiến, 11977); those that live only at provinces use
 * `province` (for C, Hưng Yên itself).
 */
export interface Site {
  name: SiteName;
  unit: number;
  unitCode: string;
  commune: number;
  province: number;
  agency: number;
  /** A user holding a role (reporter) at `unit`, who is no caller of the matrix. */
  user: number;
  plan: number;
  task: number;
  evidence: number;
  /** A draft report of `unit` (GE_MONTHLY, 2025-01). */
  draftReport: number;
  /** A submitted report of `unit` (GE_MONTHLY, 2025-02). */
  submittedReport: number;
  activity: number;
  attachment: number;
  provider: number;
  /** The obligation `province` receives. */
  obligation: number;
  /** A case of `commune`, with a referral and a note; and one only break-glass is tried on. */
  gbvCase: number;
  referral: number;
  note: number;
  glassCase: number;
  /** The rapid report the case of `commune` sent to its province. */
  rapidReport: number;
  /** A case supervisor over `commune` (not a caller of the scoped cells). */
  supervisor: number;
}
export type SiteName = 'P' | 'C' | 'O';

export interface Fixtures {
  db: Database;
  sites: Record<SiteName, Site>;
  monthlyForm: number;
  semiannualForm: number;
  /** A form built for the matrix (the builder routes change it, never a shipped form). */
  builtForm: number;
  indicator: number;
  /** A field of the six-monthly form, for import files. */
  importField: { code: string; category: string };
  /** A case worker of 11953 on no case, whom a case supervisor may assign. */
  spareWorker: number;
  /** A user who is no caller: signs in through the login route; owns a notification. */
  bystander: { id: number; username: string; notification: number };
}

/** What an entry's request builders get. */
export interface Call {
  fx: Fixtures;
  site: Site;
  cell: Cell;
  /** The calling user (null for the anonymous caller). */
  userId: number | null;
  /** A short unique tag per cell, for names that must be unique. */
  tag: string;
}

export type Params = Record<string, number | string>;

export interface Entry {
  /** "METHOD /path/:param", exactly as the app declares it. */
  route: string;
  /** A variant of the route (e.g. the action in the body), when one route has several rules. */
  variant?: string;
  rule: Rule;
  /** Not-found codes the route answers to hide that a row exists from callers who may not see it. */
  hides?: readonly string[];
  /**
   * Who reads the route's row: a denied caller outside it must get a `hides` code (not 403, which
   * tells the row exists), a denied caller inside it 403 FORBIDDEN (not a false "not found").
   */
  readers?: Rule;
  /** Also run the cells of the assigned case team. */
  team?: boolean;
  /** Call on a session of its own, signed in for the cell (the route ends the session it is called on). */
  ownSession?: boolean;
  /** The route ends every session of the caller (a password change): sign the caller in again after the cell. */
  endsSessions?: boolean;
  params?: (c: Call) => Params | Promise<Params>;
  query?: (c: Call) => string;
  body?: (c: Call) => unknown;
  /** A denial the route answers with something other than 401/403/hiding 404 (e.g. per-row import problems). */
  deniedWhen?: (res: { statusCode: number; body: string }) => boolean;
}
