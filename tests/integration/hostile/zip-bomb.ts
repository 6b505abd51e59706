/**
 * Zip bombs for tests, built in a few milliseconds: one entry whose deflate stream is a short
 * prefix followed by the same sync-flushed block of a mebibyte of zeros, repeated. Each block
 * refers back only to zeros, so the repetition is a valid stream of `mebibytes` MiB.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

export function zerosStream(mebibytes: number): Buffer {
  // The first MiB, sync-flushed; then a MiB compressed with a window of zeros as its preset
  // dictionary: the decoder's real window holds zeros too, so this block can follow any number of times.
  const first = deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const next = deflateRawSync(Buffer.alloc(MiB), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
    dictionary: Buffer.alloc(32 * 1024),
  });
  // 0x03 0x00: an empty final fixed-Huffman block.
  return Buffer.concat([first, ...Array<Buffer>(mebibytes - 1).fill(next), Buffer.from([0x03, 0x00])]);
}

/** A zip with `name` holding `mebibytes` MiB of zeros; `declaredSize` is what its headers claim. */
export function zipBomb(name: string, mebibytes: number, declaredSize = mebibytes * MiB): Buffer {
  const body = zerosStream(mebibytes);
  const fileName = Buffer.from(name, 'utf8');
  const size = Math.min(declaredSize, 0xfffffffe);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + fileName.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fileName, body, central, fileName, end]);
}
