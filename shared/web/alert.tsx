import type { Child } from 'hono/jsx';

/** What went wrong with a button, in words; `problems` name the volunteers an invitation failed for. */
export interface PageAlert {
  text: string;
  reasons?: string[];
  problems?: { volunteerId: string; text: string; reasons: string[] }[];
}

/** A refused step at the top of a page: what went wrong and why (`children`: more, such as whom it concerns). */
export function Alert(props: { alert: PageAlert; children?: Child }) {
  const { alert } = props;
  return (
    <div class="alert" role="alert">
      <p>{alert.text}</p>
      {alert.reasons && alert.reasons.length > 0 && (
        <ul>
          {alert.reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      )}
      {props.children}
    </div>
  );
}
