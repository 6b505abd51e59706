/**
 * Zip files built by hand for the zip-bomb tests: entries deflated (zeros expand ~1000:1), with
 * the sizes the central directory declares either true or lying (a declared 1 KB).
 */
import { deflateRawSync } from 'node:zlib';

export interface BombEntry {
  name: string;
  /** the real content */
  data: Buffer;
  /** what the headers say it unpacks to (default: the truth) */
  declaredSize?: number;
}

export function buildZip(entries: BombEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14); // crc: none of our readers gets that far with a bomb
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const MIB = 1024 * 1024;
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A .docx whose document.xml is `mib` MiB of zeros (declared truly, or as 1 KB when `lie`). */
export function docxBomb(mib: number, lie = false): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'word/document.xml', data: Buffer.alloc(mib * MIB), ...(lie ? { declaredSize: 1024 } : {}) },
  ]);
}

/** An .xlsx whose first sheet is `mib` MiB of zeros. */
export function xlsxBomb(mib: number, lie = false): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.alloc(mib * MIB),
      ...(lie ? { declaredSize: 1024 } : {}),
    },
  ]);
}
