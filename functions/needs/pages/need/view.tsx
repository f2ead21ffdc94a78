import { Alert, type PageAlert } from '../../../../shared/web/alert.tsx';
import type { FieldErrors } from '../../../../shared/web/form.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, fillText, formatNumber } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { CandidatesSection } from '../common/candidates.tsx';
import { CANCELLABLE, involvedIn } from '../need-cancel/involved.ts';
import { CANCEL_FORM, CancelForm } from './cancel-form.tsx';
import { ContactsSection } from './contacts.tsx';
import { CoverSection } from './cover-section.tsx';
import { NeedFacts } from './facts.tsx';
import { HistorySection } from './history.tsx';
import type { NeedDetail } from './loader.ts';
import { MatchesSection } from './matches.tsx';
import { freshMessage, MESSAGE_FORM, MessageSection, type MessageValues } from './message.tsx';
import { RosterSection } from './roster.tsx';
import { StatusButtons } from './status-buttons.tsx';

/** What the manager typed into the page's forms, shown again after an error or a conflict. */
export interface PageTyping {
  cancelReason?: string;
  message?: MessageValues;
  errors?: FieldErrors;
}

/**
 * The form the language switch submits, so its typing survives (one form per page, without
 * JavaScript): the cancel form after its reason was refused, else the message form while the need
 * takes messages, else the cancel form while the need can be cancelled.
 */
function langFormOf(need: NeedDetail['need'], typing: PageTyping): { id: string } | undefined {
  const messages = need.status === 'open' || need.status === 'filled';
  const cancellable = CANCELLABLE.includes(need.status);
  if (cancellable && (typing.cancelReason !== undefined || !messages)) return { id: CANCEL_FORM };
  return messages ? { id: MESSAGE_FORM } : undefined;
}

/**
 * The manager's page of a need: its status and facts, its buttons, the matches, contacts, roster,
 * cover, message form, candidates and history.
 */
export function NeedDetailPage(props: {
  page: PageContext;
  detail: NeedDetail;
  notice?: string | undefined;
  alert?: PageAlert | undefined;
  typing?: PageTyping | undefined;
  showCost: boolean;
  nameOf: (userId: string, fallback?: string) => string;
}) {
  const { page, detail } = props;
  const { need, catalog } = detail;
  const { t, lang } = page;
  const names = catalogNames(catalog, lang);
  const free = Math.max(need.places - need.acceptedCount, 0);
  const invitedOrOffered = detail.matches.filter((m) => m.status === 'invited' || m.status === 'offered').length;
  const defaultTop = Math.min(Math.max(free - invitedOrOffered, 1), 20);
  const { alert } = props;
  const typing = props.typing ?? {};
  const errors = typing.errors ?? {};
  const message = typing.message ?? freshMessage();
  return (
    <Layout page={page} title={need.title} langForm={langFormOf(need, typing)}>
      {props.notice && <Notice>{props.notice}</Notice>}
      {alert && (
        <Alert alert={alert}>
          {alert.problems && (
            <ul>
              {alert.problems.map((problem) => (
                <li>
                  {props.nameOf(problem.volunteerId, page.t('someVolunteer'))}:{' '}
                  {[problem.text, ...problem.reasons].join('; ')}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <p class="status-line">
        <span class={`badge status-${need.status}`}>{t(`needStatus_${need.status}`)}</span>{' '}
        <strong>{fillText(t, need)}</strong>
      </p>
      <NeedFacts page={page} need={need} names={names} />
      <StatusButtons page={page} need={need} />
      {CANCELLABLE.includes(need.status) && (
        <CancelForm
          page={page}
          need={need}
          involved={involvedIn(need, detail.matches)}
          reason={typing.cancelReason ?? ''}
          errors={errors}
        />
      )}
      <MatchesSection
        page={page}
        need={need}
        matches={detail.matches}
        now={detail.now}
        noShowWindowDays={detail.noShowWindowDays}
      />
      {detail.contacts.length > 0 && <ContactsSection page={page} contacts={detail.contacts} />}
      {need.status !== 'draft' && <RosterSection page={page} need={need} matches={detail.matches} now={detail.now} />}
      <CoverSection page={page} need={need} matches={detail.matches} now={detail.now} />
      {(need.status === 'open' || need.status === 'filled') && (
        <MessageSection
          page={page}
          needId={need.needId}
          values={{ ...message, requestKey: message.requestKey || freshMessage().requestKey }}
          errors={typing.message ? errors : {}}
        />
      )}
      {detail.candidates ? (
        <CandidatesSection
          page={page}
          need={need}
          names={names}
          list={detail.candidates}
          defaultTop={defaultTop}
          withoutCheck={detail.withoutCheck}
          now={detail.now}
        />
      ) : (
        <p class="hint">{t(need.status === 'filled' ? 'proposalsFilled' : 'proposalsClosed')}</p>
      )}
      <HistorySection page={page} events={detail.events} needEvents={detail.needEvents} nameOf={props.nameOf} />
      {props.showCost && detail.candidates && (
        <p class="hint cost">
          {t('matchingCost', {
            items: formatNumber(lang, detail.candidates.cost.itemsRead),
            units: formatNumber(lang, detail.candidates.cost.capacityUnits),
            candidates: formatNumber(lang, detail.candidates.cost.candidatesRead),
          })}
        </p>
      )}
    </Layout>
  );
}
