/**
 * The API's error details as text in the current language: each problem's field by its label
 * (the form's own labels first, then the shared field labels below), never by the raw field
 * path ("gbvType", "values.X|female"); each message in one language — the server's English when
 * it wrote one, or composed here from the schema check's code and limit.
 */
import type { ErrorDetail } from './api/client.ts';
import { isKey, translate, type Key, type Lang } from './i18n.ts';
import { CATEGORY_LABELS } from './labels.ts';

/**
 * Field names (the last part of a path) whose label is a dictionary key of another name; a
 * field named like a key (gbvType, dueDate, username…) takes that key's text.
 */
const FIELD_LABELS: Record<string, Key> = {
  title: 'name',
  formId: 'reportForm',
  unitId: 'unit',
  incidentUnitId: 'incidentUnit',
  supervisorId: 'supervisor',
  perpetratorRelation: 'relation',
  survivorAgeGroup: 'ageGroup',
  survivorBirthDate: 'birthDate',
  domesticViolence: 'dvFlag',
  trafficking: 'traffickingFlag',
  riskLevel: 'risk',
  safetyPlanDone: 'chkSafetyPlan',
  servicesDone: 'chkServices',
  survivorInformed: 'chkInformed',
  doneOn: 'followUpDoneOn',
  toUnitId: 'transferTo',
  consent: 'transferConsent',
  rapidReport: 'sendRapid',
  consents: 'consentTitle',
  purpose: 'consentTitle',
  granted: 'consentTitle',
  providerId: 'provider',
  onDate: 'time',
  text: 'noteLabel',
  token: 'setupToken',
  agencyId: 'agency',
  parentAgencyId: 'parent',
  leadAgencyId: 'leadAgency',
  leadAgencyName: 'leadAgency',
  agencyName: 'agencyName',
  roles: 'roles',
  answerUnitIds: 'issueAskAnswers',
  answerAllSubunits: 'issueAskAnswers',
  answerDueDate: 'issueAnswerDue',
  signerName: 'signer',
  issuerName: 'issuer',
  sourceText: 'planText',
  contentBase64: 'planFile',
  fileName: 'planFile',
  implements: 'implementsCol',
  number: 'documentNumber',
  periodStart: 'period',
  obligationId: 'obligationsTitle',
  remindDays: 'dueDays',
  endsOn: 'endedOn',
  narrative: 'narrativeTitle',
  values: 'indicatorCol',
  elementCode: 'indicatorCol',
  category: 'indicatorCol',
  label: 'targetLabel',
  value: 'targetValue',
  unconfirmed: 'unconfirmedLabel',
  nameEn: 'nameEnLabel',
  participantsFemale: 'femaleLabel',
  participantsMale: 'maleLabel',
  quantity: 'quantityLabel',
  reach: 'reachLabel',
  members: 'membersLabel',
  violations: 'violationsLabel',
  findings: 'findingsLabel',
  targetGroup: 'targetGroupLabel',
  subtype: 'activitySubtype',
  campaignId: 'campaignLabel',
  taskId: 'linkedTask',
  email: 'ntfEmail',
  address: 'spAddress',
  phone: 'spPhone',
  capacity: 'spCapacity',
  services: 'spServices',
  coversProvince: 'spCoversProvince',
  privateHost: 'spPrivateHost',
  privateAddress: 'spPrivateAddress',
  isActive: 'status',
  userId: 'navUsers',
  planId: 'navPlans',
  tasks: 'navTasks',
  docType: 'type',
  disaggregation: 'disaggregationCol',
  valueType: 'type',
  date: 'viewOnDate',
};

/** A form's own labels of its fields (path without "body."), in the current language. */
export type FieldLabels = Record<string, string>;

/** The path a form knows its field by: "body.roles.0.unitId" → "roles.0.unitId". */
export const fieldOf = (path: string): string => path.replace(/^(body|query|params)\.?/, '') || '_';

/**
 * The label of the field at `path`, or null when nothing names it (then the message stands
 * alone: a raw field name is never shown). A report's figure "values.CODE|female" is named by
 * its element (from `labels`, by code) and its category.
 */
export function fieldLabel(path: string, lang: Lang, labels: FieldLabels = {}): string | null {
  const field = fieldOf(path);
  if (labels[field]) return labels[field];
  const figure = /^values\.([^|]+)\|(.+)$/.exec(field);
  if (figure) {
    const category = CATEGORY_LABELS[figure[2]!]?.[lang === 'vi' ? 0 : 1] ?? null;
    const element = labels[figure[1]!] ?? null;
    return [element, category].filter(Boolean).join(' — ') || null;
  }
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = parts[i]!;
    const key = FIELD_LABELS[name] ?? (isKey(name) ? name : undefined);
    if (key) return translate(lang, key);
  }
  return null;
}

const LIMIT_KEYS: Record<string, [string, Key, Key]> = {
  // code → [param holding the limit, key for text lengths, key for other values]
  too_small: ['minimum', 'fieldTooShort', 'fieldTooSmall'],
  too_big: ['maximum', 'fieldTooLong', 'fieldTooBig'],
};

/** One problem's message in `lang`. */
export function detailMessage(d: ErrorDetail, lang: Lang): string {
  if (d.code) {
    const limit = LIMIT_KEYS[d.code];
    const n = limit ? d.params?.[limit[0]] : undefined;
    if (limit && n !== undefined) {
      const key = d.params?.origin === 'string' ? limit[1] : limit[2];
      return translate(lang, key, { n });
    }
    if (d.code === 'invalid_value') return translate(lang, 'fieldNotAChoice');
    if (d.code === 'invalid_format') return translate(lang, 'fieldFormat');
    if (d.code === 'invalid_type') return translate(lang, 'fieldMissing');
    return translate(lang, 'fieldInvalid');
  }
  return lang === 'en' && d.messageEn ? d.messageEn : d.message;
}

/** One problem as a line: "Label: message", or the message alone when nothing names its field. */
export function detailLine(d: ErrorDetail, lang: Lang, labels: FieldLabels = {}): string {
  const label = fieldLabel(d.path, lang, labels);
  const message = detailMessage(d, lang);
  return label ? `${label}: ${message}` : message;
}
