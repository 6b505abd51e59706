/**
 * Reads a plan document (Kế hoạch) from plain text into a structured draft. Pure and total:
 * any input gives a result (fields it cannot find are null or empty), never an exception.
 */
import { parseRecipients, parseSigner, findClosingStart, type Signer } from './closing.ts';
import { parseHeader, type DocumentInfo } from './header.ts';
import { normalizeText } from './normalize.ts';
import { dedupeReferences, findReferences, type Reference } from './references.ts';
import { findDeadlines, findEvents, type Deadline, type PlanEvent } from './schedule.ts';
import { findAssignments, type Assignment } from './assignments.ts';
import { parseSections, type Section } from './structure.ts';

export interface ParsedPlan {
  document: DocumentInfo;
  /** Documents the plan implements (cited in its opening "Thực hiện / Căn cứ …"). */
  implements: Reference[];
  references: Reference[];
  sections: Section[];
  assignments: Assignment[];
  deadlines: Deadline[];
  events: PlanEvent[];
  signer: Signer | null;
  recipients: string[];
  /** Documents that follow the plan in the same file (e.g. the Tờ trình that submitted it). */
  attachments: { document: DocumentInfo; recipients: string[]; signer: Signer | null }[];
}

/** Splits a file holding several documents: a new one starts at a "Số:" line after a signature. */
function splitDocuments(lines: string[]): string[][] {
  const docs: string[][] = [];
  let current: string[] = [];
  let closed = false;
  for (const l of lines) {
    if (/^\*?Nơi nhận/i.test(l)) closed = true;
    if (closed && (/^Số\s*:/.test(l) || /^(UBND|ỦY BAN|HỘI|SỞ)\s.+$/.test(l)) && current.length > 5) {
      docs.push(current);
      current = [];
      closed = false;
    }
    current.push(l);
  }
  docs.push(current);
  return docs;
}

export function parsePlan(raw: string): ParsedPlan {
  const [main = [], ...rest] = splitDocuments(normalizeText(raw));
  const closing = findClosingStart(main);
  const body = main.slice(0, closing);
  const appendixAt = body.findIndex((l) => /^PHỤ LỤC/i.test(l));
  const appendix = appendixAt >= 0 ? body.slice(appendixAt + 1) : [];
  const firstSection = body.findIndex((l) => /^I\.\s/.test(l));
  const preamble = body.slice(0, firstSection < 0 ? Math.min(body.length, 10) : firstSection).join('\n');
  const document = parseHeader(main);
  const notSelf = (r: Reference) => !(document.documentNumber && r.number === document.documentNumber);
  const implementsRefs = dedupeReferences(findReferences(preamble)).filter(notSelf);
  const sections = parseSections(appendixAt >= 0 ? body.slice(0, appendixAt) : body);
  const text = body.join('\n');
  return {
    document,
    implements: implementsRefs,
    references: dedupeReferences(findReferences(text)).filter(notSelf),
    sections,
    assignments: findAssignments(sections, appendix),
    deadlines: findDeadlines(body),
    events: findEvents(text),
    signer: parseSigner(main, closing),
    recipients: closing < main.length ? parseRecipients(main, closing) : [],
    attachments: rest.map((doc) => {
      const c = findClosingStart(doc);
      return {
        document: parseHeader(doc),
        recipients: c < doc.length ? parseRecipients(doc, c) : [],
        signer: parseSigner(doc, c),
      };
    }),
  };
}
