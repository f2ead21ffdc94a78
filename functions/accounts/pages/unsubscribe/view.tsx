import type { OptionalKind } from '../../../../shared/notifications/kinds.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';

/**
 * What a one-click unsubscribe link opens: what will be switched off and a button. Opening it
 * changes nothing (mail scanners fetch links); the button posts as RFC 8058's one-click does.
 */
export function UnsubscribeConfirmPage(props: {
  page: PageContext;
  token: string;
  kind: OptionalKind;
  alreadyOff: boolean;
}) {
  const { t } = props.page;
  const action = `/unsubscribe?token=${encodeURIComponent(props.token)}&kind=${encodeURIComponent(props.kind)}`;
  return (
    <Layout page={props.page} title={t('unsubTitle')}>
      {props.alreadyOff ? (
        <p>{t('unsubAlready')}</p>
      ) : (
        <>
          <p>{t('unsubConfirmIntro')}</p>
          <p>
            <strong>{t(`nkind_${props.kind}`)}</strong>
          </p>
          <form method="post" action={action}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">{t('unsubButton')}</button>
          </form>
        </>
      )}
      <p>
        <a href="/settings/notifications">{t('unsubManage')}</a>
      </p>
    </Layout>
  );
}

export function UnsubscribedPage(props: { page: PageContext; kind: OptionalKind }) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t('unsubDoneTitle')}>
      <p>{t('unsubDoneText')}</p>
      <p>
        <strong>{t(`nkind_${props.kind}`)}</strong>
      </p>
      <p>
        <a href="/settings/notifications">{t('unsubManage')}</a>
      </p>
    </Layout>
  );
}

/** An unsubscribe link that cannot be followed: unknown token (404) or a kind that is not optional (400). */
export function UnsubscribeProblemPage(props: { page: PageContext; problem: 'unknown' | 'kind' }) {
  const { t } = props.page;
  const [title, text] =
    props.problem === 'unknown'
      ? [t('unsubUnknownTitle'), t('unsubUnknownText')]
      : [t('unsubBadKindTitle'), t('unsubBadKindText')];
  return (
    <Layout page={props.page} title={title}>
      <p>{text}</p>
      <p>
        <a href="/settings/notifications">{t('unsubManage')}</a>
      </p>
    </Layout>
  );
}
