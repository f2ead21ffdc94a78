import { inflateRawSync } from 'node:zlib';

/** A ZIP that is not one, uses what we do not read (ZIP64, encryption, odd methods), or unpacks too large. */
export class ZipError extends Error {
  constructor(readonly code: 'not_a_zip' | 'unsupported_zip' | 'too_large') {
    super(`ZIP: ${code}`);
  }
}

export interface UnzipLimits {
  /** Bytes all files may unpack to together: a zip bomb stops here, not in memory. */
  maxTotalBytes: number;
  maxEntries: number;
}

const DEFAULT_LIMITS: UnzipLimits = { maxTotalBytes: 50 * 1024 * 1024, maxEntries: 1000 };

/**
 * The files of a ZIP archive whose names `wanted` accepts, unpacked with Node's zlib (stored and
 * deflated entries; PKWARE APPNOTE 6.3 without ZIP64 or encryption, which is what spreadsheet
 * programs write). Reads the central directory, never trusts a size it has not bounded: each
 * entry inflates with a cap, and all together stay under `maxTotalBytes`.
 */
export function unzip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits = DEFAULT_LIMITS,
): Map<string, Buffer> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) throw new ZipError('not_a_zip');
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('unsupported_zip');
  if (count > limits.maxEntries) throw new ZipError('too_large');
  const files = new Map<string, Buffer>();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new ZipError('not_a_zip');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    if (flags & 0x1) throw new ZipError('unsupported_zip');
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== 0x04034b50) throw new ZipError('not_a_zip');
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (start + compressedSize > zip.length) throw new ZipError('not_a_zip');
    const data = zip.subarray(start, start + compressedSize);
    const room = limits.maxTotalBytes - total;
    if (size > room) throw new ZipError('too_large');
    let content: Buffer;
    if (method === 0) content = Buffer.from(data);
    else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(room, 1) });
      } catch (error) {
        throw new ZipError((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'not_a_zip');
      }
    } else throw new ZipError('unsupported_zip');
    total += content.length;
    files.set(name, content);
  }
  return files;
}
