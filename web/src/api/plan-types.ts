/** Plans and tasks as served by /api/v1 (src/modules/plans/plans.schema.ts, tasks/tasks.schema.ts). */

export const PLAN_STATUSES = ['draft', 'submitted', 'issued', 'in_progress', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanAction = 'submit' | 'return' | 'issue' | 'start' | 'close';

export interface Plan {
  id: number;
  unitId: number;
  unitName: string;
  unitLevel: 'province' | 'district' | 'commune';
  provinceId: number;
  status: PlanStatus;
  docType: string;
  documentNumber: string | null;
  title: string;
  issuerName: string | null;
  place: string | null;
  issuedOn: string | null;
  signerName: string | null;
  signerPosition: string | null;
  createdAt: string;
}

export interface PlanReference {
  id: number;
  kind: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  implements: boolean;
}

export interface PlanLink {
  id: number;
  title: string;
  documentNumber: string | null;
  unitName: string;
  status: PlanStatus;
}

export interface PlanDetail extends Plan {
  references: PlanReference[];
  recipients: string[];
  implementsPlans: PlanLink[];
  implementedBy: PlanLink[];
  parsed: unknown;
  /** What the server lets the caller do with this plan (plans.policy.ts planAbilities). */
  abilities: PlanAbilities;
}

export interface PlanAbilities {
  edit: boolean;
  submit: boolean;
  return: boolean;
  issue: boolean;
  start: boolean;
  close: boolean;
  createAgency: boolean;
}

/** What POST /plans takes for one cited document. */
export interface ReferenceInput {
  kind: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  implements: boolean;
}

export interface NewPlan {
  unitId: number;
  title: string;
  docType?: string;
  documentNumber: string | null;
  issuerName: string | null;
  place: string | null;
  issuedOn: string | null;
  signerName: string | null;
  signerPosition: string | null;
  references: ReferenceInput[];
  recipients: string[];
  sourceText: string | null;
}

/** The parts of the parser's output (docs/plan-parse.md) that the importer uses. */
export interface ParsedReference {
  kind: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  text: string;
}

export type AssignmentRole = 'lead' | 'partner';

export interface ParsedAssignment {
  agency: string;
  role: AssignmentRole;
  task: string;
}

export interface ParsedPlan {
  document?: {
    type?: string | null;
    documentNumber?: string | null;
    issuer?: string | null;
    place?: string | null;
    date?: string | null;
    title?: string | null;
  };
  implements?: ParsedReference[];
  references?: ParsedReference[];
  assignments?: ParsedAssignment[];
  signer?: { name?: string | null; position?: string | null } | null;
  recipients?: string[];
}

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskFrequency = 'once' | 'monthly' | 'quarterly' | 'semiannual' | 'annual';

export interface Task {
  id: number;
  planId: number;
  planTitle: string;
  unitId: number;
  title: string;
  leadAgencyId: number | null;
  leadAgencyName: string;
  partners: { agencyId: number | null; agencyName: string }[];
  dueDate: string | null;
  frequency: TaskFrequency;
  status: TaskStatus;
  progress: number;
  overdue: boolean;
}

export interface NewTask {
  title: string;
  leadAgencyName: string;
  leadAgencyId?: number | null;
  partners: string[];
  dueDate: string | null;
  frequency: TaskFrequency;
}

export interface TaskUpdate {
  id: number;
  at: string;
  authorName: string | null;
  progress: number;
  status: string;
  note: string;
}

export interface Evidence {
  id: number;
  updateId: number | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface TaskDetail extends Task {
  updates: TaskUpdate[];
  evidence: Evidence[];
  /** What the server lets the caller do with this task (tasks.policy.ts). */
  abilities: { edit: boolean; report: boolean };
}

export interface FileUpload {
  fileName: string;
  contentBase64: string;
}

/** GET /plans/:id/cascade: the lower units that must answer an issued plan, and their answers. */
export interface Cascade {
  items: {
    unitId: number;
    unitName: string;
    dueDate: string | null;
    answered: boolean;
    overdue: boolean;
    answers: { id: number; title: string; status: PlanStatus }[];
  }[];
  answered: number;
  expected: number;
}

/** GET /plans/awaiting-answer: an issued plan a unit in scope still has to answer. */
export interface AwaitingPlan {
  planId: number;
  title: string;
  documentNumber: string | null;
  issuerUnit: string;
  unitId: number;
  unitName: string;
  dueDate: string | null;
}
