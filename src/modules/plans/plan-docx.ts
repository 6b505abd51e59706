/**
 * An issued plan as .docx in the Vietnamese administrative format (Nghị định 30/2020/NĐ-CP):
 * header block (issuing body and number | national motto and place-date line), type and title,
 * body, then "Nơi nhận" beside the signature. Times New Roman, 13–14 pt.
 */
import type { Paragraph } from 'docx';
import {
  blank,
  body,
  centered,
  closingBlock,
  heading,
  headerBlock,
  nd30Document,
  placeDate,
  run,
} from '../../core/docx/nd30.ts';
import type { Item, Section } from './parser/structure.ts';
import type { TPlanDetail } from './plans.schema.ts';

function itemParagraphs(items: Item[]): Paragraph[] {
  return items.flatMap((i) => [
    body(`${i.marker ? `${i.marker} ` : ''}${i.text}`),
    ...itemParagraphs(i.children),
  ]);
}

function sectionsOf(plan: TPlanDetail): Section[] {
  const parsed = plan.parsed as { sections?: Section[] } | null;
  return Array.isArray(parsed?.sections) ? parsed.sections : [];
}

function signatureLines(plan: TPlanDetail): string[] {
  const parsed = plan.parsed as { signer?: { authority?: string[] } } | null;
  const authority = parsed?.signer?.authority ?? [];
  return [...authority, plan.signerPosition ?? ''].filter(Boolean);
}

export async function planToDocx(plan: TPlanDetail): Promise<Buffer> {
  const implemented = plan.references.filter((r) => r.implements).map((r) => r.title);
  return nd30Document([
    headerBlock(
      plan.issuerName ?? plan.unitName,
      plan.documentNumber ?? `     /${plan.docType}`,
      placeDate(plan.place ?? '', plan.issuedOn),
    ),
    blank(),
    centered(run('KẾ HOẠCH', { bold: true, size: 14 })),
    centered(run(plan.title, { bold: true, size: 14 })),
    blank(),
    ...(implemented.length
      ? [
          body(
            `Thực hiện ${implemented.join('; ')}; ${plan.issuerName ?? plan.unitName} ban hành Kế hoạch như sau:`,
          ),
        ]
      : []),
    ...sectionsOf(plan).flatMap((s) => [heading(`${s.number}. ${s.title}`), ...itemParagraphs(s.items)]),
    blank(),
    closingBlock([...plan.recipients, 'Lưu: VT'], signatureLines(plan), plan.signerName ?? ''),
  ]);
}
