import type { Translate } from './i18n.ts';

/** One field whose stored value differs from what the user typed. */
export interface ConflictRow {
  label: string;
  stored: string;
  typed: string;
}

/** A form field as text for the conflict panel: each side formatted the same way, so equal means unchanged. */
export interface FieldText {
  label: string;
  text: string;
}

/** The fields where `stored` and `typed` differ, in the order of `typed`. */
export function conflictRows(stored: Record<string, FieldText>, typed: Record<string, FieldText>): ConflictRow[] {
  return Object.entries(typed)
    .filter(([name, field]) => stored[name]?.text !== field.text)
    .map(([name, field]) => ({ label: field.label, stored: stored[name]?.text ?? '–', typed: field.text }));
}

/**
 * Shown inside a versioned form after a lost race (409): what is stored now beside what the user
 * typed. The form keeps the typing and the version it was based on, so saving it plainly conflicts
 * again; only the "keep mine" button sends `seenVersion`, the stored version the user has now seen,
 * and so overwrites deliberately. "Take the stored version" loads the form afresh.
 */
export function ConflictPanel(props: {
  t: Translate;
  rows: ConflictRow[];
  /** The version stored now; "0" when the object was deleted meanwhile. */
  seenVersion: string;
  storedHref: string;
  /** The object no longer exists (deleted in another tab). */
  gone?: boolean;
}) {
  const { t, rows } = props;
  return (
    <section class="alert conflict" role="alert" aria-labelledby="conflict-title" id="conflict">
      <h2 id="conflict-title">{t('conflictTitle')}</h2>
      <p>{t(props.gone ? 'conflictGone' : 'conflictIntro')}</p>
      {!props.gone &&
        (rows.length === 0 ? (
          <p>{t('conflictSameValues')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('conflictField')}</th>
                  <th scope="col">{t('conflictStored')}</th>
                  <th scope="col">{t('conflictTyped')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <td class="pre conflict-stored">{row.stored}</td>
                    <td class="pre conflict-typed">{row.typed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <p>{t('conflictChoose')}</p>
      <input type="hidden" name="seenVersion" value={props.seenVersion} />
      <div class="actions">
        <button type="submit" name="action" value="overwrite">
          {t(props.gone ? 'conflictKeepMineGone' : 'conflictKeepMine')}
        </button>
        <a class="button secondary" href={props.storedHref}>
          {t(props.gone ? 'conflictDiscard' : 'conflictTakeStored')}
        </a>
      </div>
    </section>
  );
}

/** The version a deliberate "keep mine" acknowledges, or undefined for any other submit. */
export function acknowledgedVersion(action: string, seenVersion: string): string | undefined {
  return action === 'overwrite' && /^\d{1,9}$/.test(seenVersion) ? seenVersion : undefined;
}
