import type { Child } from 'hono/jsx';
import { errorId, FieldError, type FieldErrors, inputId } from '../form.tsx';
import type { Translate } from '../i18n.ts';
import type { MessageKey } from '../messages-de.ts';

/** An e-mail address that may wrap after its dots and @ (long addresses would widen a phone screen). */
export function Email(props: { email: string }) {
  const parts = props.email.split(/(?<=[@.])/);
  return (
    <>
      {parts.map((part, index) => (
        <>
          {index > 0 && <wbr />}
          {part}
        </>
      ))}
    </>
  );
}

/** A group of checkboxes or radios whose error sits under its legend. */
export function Group(props: { legend: Child; name: string; errors: FieldErrors; hint?: string; children: unknown }) {
  const hasError = props.errors[props.name] !== undefined;
  const id = inputId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : '', hasError ? errorId(props.name) : ''].filter(Boolean).join(' ');
  return (
    <fieldset id={id} aria-describedby={describedBy || undefined} aria-invalid={hasError ? 'true' : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldError name={props.name} errors={props.errors} />
      {props.children}
    </fieldset>
  );
}

const SECTIONS: { href: string; label: MessageKey }[] = [
  { href: '/admin', label: 'admStaffTitle' },
  { href: '/admin/initiatives', label: 'admInitiativesTitle' },
  { href: '/admin/catalog', label: 'admCatalogTitle' },
  { href: '/admin/safeguarding', label: 'sgTitle' },
  { href: '/admin/audit', label: 'audAdminLink' },
  // The downloads live with the managers' pages, which admins open for every quarter.
  { href: '/manage#h-export', label: 'sheetTitle' },
  { href: '/admin/statistics', label: 'statsTitle' },
];

/** The admin area's pages, the current one marked. */
export function AdminNav(props: { t: Translate; current: string }) {
  return (
    <nav aria-label={props.t('admContents')}>
      <ul class="plain actions">
        {SECTIONS.map((section) => (
          <li>
            <a href={section.href} aria-current={section.href === props.current ? 'page' : undefined}>
              {props.t(section.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
