import type { Child } from 'hono/jsx';
import type { FieldIssue } from '../errors/index.ts';
import { issueText, type Translate } from './i18n.ts';

/** Error texts by form field name. */
export type FieldErrors = Record<string, string>;

/**
 * Translates issues to texts keyed by form field name; `fieldName` maps an issue path
 * (`weeklySlots.1.end`) to the input's name (`slot3_end`) when they differ.
 */
export function fieldErrors(
  t: Translate,
  issues: FieldIssue[],
  fieldName: (path: string) => string = (path) => path,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = fieldName(issue.path);
    errors[name] ??= issueText(t, issue);
  }
  return errors;
}

export const errorId = (name: string) => `${name.replace(/[^\w-]/g, '_')}-error`;
export const inputId = (name: string) => `f-${name.replace(/[^\w-]/g, '_')}`;

export function ErrorSummary(props: { t: Translate; errors: FieldErrors; message?: string | undefined }) {
  const names = Object.keys(props.errors);
  if (names.length === 0 && !props.message) return null;
  // Each error links to its field: on a phone the field may be screens further down.
  return (
    <div class="alert" role="alert" id="form-errors">
      <p>{props.message ?? props.t('formHasErrors')}</p>
      {names.length > 0 && (
        <ul>
          {names.map((name) => (
            <li>
              <a href={`#${inputId(name)}`}>{props.errors[name]}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function FieldError(props: { name: string; errors: FieldErrors }) {
  const text = props.errors[props.name];
  return text ? (
    <p class="error" id={errorId(props.name)}>
      {text}
    </p>
  ) : null;
}

export interface InputProps {
  name: string;
  label: string;
  value?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time' | 'number';
  errors: FieldErrors;
  hint?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text' | 'decimal';
  /** The schema's limit (see max-length.ts): the browser stops typing there. */
  maxlength?: number | undefined;
  extra?: Record<string, string | number>;
}

/** A labelled input with its hint and error, wired with aria-describedby / aria-invalid. */
export function Input(props: InputProps) {
  const id = inputId(props.name);
  const hasError = props.errors[props.name] !== undefined;
  const describedBy = [props.hint ? `${id}-hint` : '', hasError ? errorId(props.name) : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        required={props.required}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        aria-invalid={hasError ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        {...props.extra}
      />
      <FieldError name={props.name} errors={props.errors} />
    </div>
  );
}

export function Select(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  errors: FieldErrors;
}) {
  const id = inputId(props.name);
  const hasError = props.errors[props.name] !== undefined;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        aria-invalid={hasError ? 'true' : undefined}
        aria-describedby={hasError ? errorId(props.name) : undefined}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === (props.value ?? '')}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={props.name} errors={props.errors} />
    </div>
  );
}

export function Checkbox(props: { name: string; value: string; label: Child; checked: boolean; describedBy?: string }) {
  return (
    <label class="inline">
      <input
        type="checkbox"
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={props.describedBy}
      />
      {props.label}
    </label>
  );
}

export function Notice(props: { children: Child; kind?: 'notice' | 'alert' }) {
  return (
    <div class={props.kind ?? 'notice'} role="status">
      {props.children}
    </div>
  );
}

/** Reads a urlencoded form into strings and string lists (repeated names). */
export async function readForm(request: Request): Promise<Record<string, string | string[]>> {
  const data = await request.formData();
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    const existing = result[name];
    if (existing === undefined) result[name] = value;
    else result[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

export function formString(form: Record<string, string | string[]>, name: string): string {
  const value = form[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export function formList(form: Record<string, string | string[]>, name: string): string[] {
  const value = form[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A group of fields with its legend, hint and one error for the whole group (the error summary links to its id). */
export function Fieldset(props: {
  legend: string;
  name: string;
  errors: FieldErrors;
  hint?: string;
  class?: string;
  children: Child;
}) {
  const hasError = props.errors[props.name] !== undefined;
  return (
    <fieldset
      id={inputId(props.name)}
      class={props.class}
      aria-describedby={hasError ? errorId(props.name) : undefined}
      aria-invalid={hasError ? 'true' : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <FieldError name={props.name} errors={props.errors} />
      {props.children}
    </fieldset>
  );
}
