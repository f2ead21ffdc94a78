import { Unzip, type UnzipFile, UnzipInflate, unzipSync } from 'fflate';

/** A ZIP that is not one, uses what we do not read (odd compression methods), or unpacks too large. */
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
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1032:1, so one step
 * unpacks at most ~4 MB before the byte count below can stop it.
 */
const STEP = 4096;

/** fflate's own errors carry a numeric code; anything else is ours or a defect, not bad input. */
function isFflateError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

/** Name → size the central directory declares, for the wanted files; nothing unpacked yet. */
function declaredFiles(bytes: Uint8Array, wanted: (name: string) => boolean, limits: UnzipLimits) {
  const declared = new Map<string, number>();
  let entries = 0;
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      if (++entries > limits.maxEntries) throw new ZipError('too_large');
      if (!wanted(file.name)) return false;
      if (file.compression !== 0 && file.compression !== 8) throw new ZipError('unsupported_zip');
      if (declared.has(file.name)) throw new ZipError('not_a_zip');
      total += file.originalSize;
      if (total > limits.maxTotalBytes) throw new ZipError('too_large');
      declared.set(file.name, file.originalSize);
      return false;
    },
  });
  return declared;
}

/**
 * The files of a ZIP archive whose names `wanted` accepts (stored or deflated; fflate reads the
 * container). Never trusts a size it has not bounded: the central directory's sizes must fit
 * `maxTotalBytes` before anything unpacks, and then the bytes actually unpacked are counted as
 * they come, a small step at a time, so a file that unpacks larger than it says, or beyond the
 * total, stops there (`too_large`) instead of filling memory.
 */
export function unzip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits = DEFAULT_LIMITS,
): Map<string, Buffer> {
  let failure: ZipError | undefined;
  const fail = (code: ZipError['code']) => {
    failure ??= new ZipError(code);
  };
  const files = new Map<string, Buffer>();
  try {
    const declared = declaredFiles(bytes, wanted, limits);
    let total = 0;
    const read = (file: UnzipFile, size: number) => {
      const parts: Uint8Array[] = [];
      let length = 0;
      file.ondata = (error, chunk, final) => {
        if (failure) return;
        if (error) return fail('not_a_zip');
        length += chunk.length;
        total += chunk.length;
        if (length > size || total > limits.maxTotalBytes) return fail('too_large');
        parts.push(chunk);
        if (!final) return;
        if (length !== size) return fail('not_a_zip');
        files.set(file.name, Buffer.concat(parts, length));
      };
      file.start();
    };
    const stream = new Unzip((file) => {
      const size = declared.get(file.name);
      if (failure || size === undefined) return;
      // The local header, not the central directory, says how this copy is packed; a second
      // copy of a name (its size already taken from the map) is not read.
      if (file.compression !== 0 && file.compression !== 8) return fail('unsupported_zip');
      declared.delete(file.name);
      read(file, size);
    });
    stream.register(UnzipInflate);
    for (let at = 0; at < bytes.length && !failure; at += STEP)
      stream.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
    if (!failure && declared.size > 0) fail('not_a_zip');
  } catch (error) {
    if (error instanceof ZipError) throw error;
    if (!isFflateError(error)) throw error;
    fail('not_a_zip');
  }
  if (failure) throw failure;
  return files;
}
