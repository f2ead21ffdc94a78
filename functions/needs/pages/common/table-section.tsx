import type { Child } from 'hono/jsx';

/**
 * A titled section holding one table (or a sentence when there is nothing to list): the frame
 * of the matches, excluded candidates and history on the need page.
 */
export function TableSection(props: {
  id: string;
  title: string;
  /** Said instead of an empty table. */
  empty: string;
  /** For screen readers; defaults to the title. */
  caption?: string;
  /** A sentence under the title, shown with or without rows. */
  note?: string;
  columns: string[];
  /** Number of rows: the table is shown only when there are some. */
  count: number;
  children: Child;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.note && <p class="hint">{props.note}</p>}
      {props.count === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{props.caption ?? props.title}</caption>
            <thead>
              <tr>
                {props.columns.map((column) => (
                  <th scope="col">{column}</th>
                ))}
              </tr>
            </thead>
            <tbody>{props.children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
