import { randomUUID } from 'node:crypto';
import { MESSAGE_AUDIENCES, NeedMessageInput } from '../../../../shared/needs/schemas.ts';
import { errorId, FieldError, type FieldErrors, Fieldset, formString, inputId } from '../../../../shared/web/form.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { maxLengths } from '../../../../shared/web/max-length.ts';

/** The form's id: the need page's language switch submits it, so the typed message survives. */
export const MESSAGE_FORM = 'need-message';
const MAX = maxLengths(NeedMessageInput);

/** The message form as typed, so that an error or conflict shows it again. */
export interface MessageValues {
  text: string;
  audience: string;
  /** Rendered once per form: a double submit writes one message. */
  requestKey: string;
}

export const freshMessage = (): MessageValues => ({ text: '', audience: 'accepted', requestKey: randomUUID() });

/** The form on the need page: a text to everyone accepted, or everyone invited and accepted. */
export function MessageSection(props: {
  page: PageContext;
  needId: string;
  values: MessageValues;
  errors: FieldErrors;
}) {
  const { page, values, errors } = props;
  const { t } = page;
  return (
    <section aria-labelledby="h-message">
      <h2 id="h-message">{t('messageTitle')}</h2>
      <p class="hint">{t('messageHint')}</p>
      <form method="post" action={`/manage/needs/${props.needId}/messages`} id={MESSAGE_FORM} novalidate>
        <input type="hidden" name="requestKey" value={values.requestKey} />
        <div>
          <label for={inputId('text')}>{t('messageText')}</label>
          <textarea
            id={inputId('text')}
            name="text"
            rows={4}
            maxlength={MAX.text}
            aria-invalid={errors.text ? 'true' : undefined}
            aria-describedby={errors.text ? errorId('text') : undefined}
          >
            {values.text}
          </textarea>
          <FieldError name="text" errors={errors} />
        </div>
        <Fieldset legend={t('messageAudience')} name="audience" errors={errors}>
          {MESSAGE_AUDIENCES.map((audience) => (
            <label class="inline">
              <input
                type="radio"
                id={inputId(`audience-${audience}`)}
                name="audience"
                value={audience}
                checked={values.audience === audience}
              />
              {t(`messageAudience_${audience}`)}
            </label>
          ))}
        </Fieldset>
        <div class="actions">
          <button type="submit">{t('messageSend')}</button>
        </div>
      </form>
    </section>
  );
}

/** The form as posted (text keeps its line breaks: formString trims only the ends). */
export function messageValuesFromForm(form: Record<string, string | string[]>): MessageValues {
  return {
    text: formString(form, 'text'),
    audience: formString(form, 'audience'),
    requestKey: formString(form, 'requestKey'),
  };
}
