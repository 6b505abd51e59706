/**
 * The sealed (encrypted) fields of a case and where each is bound: `gbv_case.<column>.<uid>`.
 * Every read and write of an identifying field goes through here.
 */
import { openOrNull, sealOrNull, type KeyRing } from '../../core/crypto/field-cipher.ts';

export const SEALED_CASE_FIELDS = {
  survivorName: 'survivor_name_enc',
  survivorContact: 'survivor_contact_enc',
  survivorBirthDate: 'survivor_birth_enc',
  incidentPlace: 'incident_place_enc',
  perpetrator: 'perpetrator_enc',
  description: 'description_enc',
} as const;
export type SealedField = keyof typeof SEALED_CASE_FIELDS;
type Column = (typeof SEALED_CASE_FIELDS)[SealedField];

export const caseContext = (column: string, uid: string) => `gbv_case.${column}.${uid}`;

/** The sealed columns for the fields given (undefined: not given, left as they are). */
export function sealCaseFields(
  ring: KeyRing,
  uid: string,
  fields: Partial<Record<SealedField, string | null | undefined>>,
): Partial<Record<Column, string | null>> {
  const out: Partial<Record<Column, string | null>> = {};
  for (const [field, column] of Object.entries(SEALED_CASE_FIELDS) as [SealedField, Column][])
    if (fields[field] !== undefined) out[column] = sealOrNull(ring, fields[field], caseContext(column, uid));
  return out;
}

export function openCaseFields(
  ring: KeyRing,
  row: { uid: string } & Record<Column, string | null>,
): Record<SealedField, string | null> {
  const out = {} as Record<SealedField, string | null>;
  for (const [field, column] of Object.entries(SEALED_CASE_FIELDS) as [SealedField, Column][])
    out[field] = openOrNull(ring, row[column], caseContext(column, row.uid));
  return out;
}
