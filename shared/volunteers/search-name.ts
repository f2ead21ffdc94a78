/**
 * A name as the volunteer search compares it: accents and case removed (`Ünal` → `unal`,
 * `Straße` → `strasse`), spaces collapsed, `#` (the key separator) dropped. Stored on each quarter
 * membership's sort key, so that a name prefix is a key condition, not a filter.
 */
export function searchName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/#/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
