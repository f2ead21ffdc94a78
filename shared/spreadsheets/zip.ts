import { zipSync } from 'fflate';

/** A file to put in a ZIP archive. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/**
 * 1980-01-01 00:00, the first time a ZIP header can hold: the archive carries no real times, so
 * equal input gives equal bytes. fflate reads the date in local time, as this one is made.
 */
const NO_TIME = new Date(1980, 0, 1);

/**
 * A ZIP archive of the given files (deflated, in the given order), as an XLSX needs it. fflate
 * writes the container; ZIP64 only where the sizes need it, far beyond an export.
 */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) files[entry.name] = entry.data;
  return zipSync(files, { level: 6, mtime: NO_TIME });
}
