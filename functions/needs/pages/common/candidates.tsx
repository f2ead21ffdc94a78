import { hasRole } from '../../../../shared/auth/caller.ts';
import { candidateScope } from '../../../../shared/candidates/candidate-keys.ts';
import { invitableInBulk } from '../../../../shared/matches/invite-top.ts';
import type { CandidateList } from '../../../../shared/matches/match-service.ts';
import type { MatchStatus } from '../../../../shared/matches/schemas.ts';
import { allows, inState, type StepDates, WHOLE_NEED } from '../../../../shared/matches/step-decision.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { explains, explanationText, violationText } from '../../../../shared/web/explain.ts';
import { Input } from '../../../../shared/web/form.tsx';
import { type CatalogNames, formatNumber, matchStateText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
import { TableSection } from './table-section.tsx';

/** Whether the manager may invite someone in this state now (the planner's answer: a checkbox exactly then). */
export function invitable(need: Need, state: string | undefined, now: Date, dates: StepDates = WHOLE_NEED): boolean {
  return allows({ action: 'invite', role: 'manager', match: inState(state), need, dates, now });
}

/**
 * Where "record a check" leads: a manager to the volunteer's page (the check is recorded there,
 * beside the profile); an admin who manages no quarter to the safeguarding page.
 */
function recordCheckHref(page: PageContext, volunteerId: string): string {
  const id = encodeURIComponent(volunteerId);
  return page.caller && hasRole(page.caller, 'manager')
    ? `/manage/volunteers/${id}#h-safeguarding`
    : `/admin/safeguarding?volunteerId=${id}`;
}

/** What the read left out, in words (shared/candidates: who the index can find for this need). */
const SCOPE_NOTES = {
  time: 'excludedScope',
  check: 'excludedScopeMinors',
  languages: 'excludedScopeLanguages',
} as const satisfies Record<ReturnType<typeof candidateScope>, MessageKey>;

/** States in which someone is already part of this need: they appear under the matches, not as excluded. */
const INVOLVED = new Set<string>(['accepted', 'completed', 'no_show'] satisfies MatchStatus[]);

export function CandidatesSection(props: {
  page: PageContext;
  need: Need;
  names: CatalogNames;
  list: CandidateList;
  defaultTop: number;
  withoutCheck: boolean;
  now: Date;
  /** Cover: the one date the candidates are for (their forms post to that date's page). */
  date?: string | undefined;
}) {
  const { page, need, names, list } = props;
  const { t, lang } = page;
  const dates: StepDates = props.date === undefined ? WHOLE_NEED : { kind: 'occurrence', date: props.date };
  const base =
    props.date === undefined ? `/manage/needs/${need.needId}` : `/manage/needs/${need.needId}/dates/${props.date}`;
  // Cover is asked on a filled series too (a gap on one date).
  const canInvite = need.status === 'open' || (props.date !== undefined && need.status === 'filled');
  const excluded = list.excluded
    .filter((entry) => !INVOLVED.has(list.existing[entry.volunteerId] ?? ''))
    .map((entry) => ({
      ...entry,
      // A volunteer's commitment to this very need is no reason against it.
      violations: entry.violations.filter(
        (violation) => !(violation.code === 'overlaps_commitment' && violation.needId === need.needId),
      ),
    }))
    .filter((entry) => entry.violations.length > 0);
  return (
    <>
      <section aria-labelledby="h-proposals">
        <h2 id="h-proposals">{t('proposalsTitle', { n: list.proposals.length })}</h2>
        {!canInvite && <p class="hint">{t('proposalsPublishFirst')}</p>}
        {list.proposals.length === 0 ? (
          <p>{t('proposalsNone')}</p>
        ) : (
          <form method="post" action={`${base}/invite`}>
            <fieldset class="bare">
              <legend class="sr-only">{t('proposalsCaption')}</legend>
              <ol class="cards">
                {list.proposals.map((proposal, index) => {
                  const state = list.existing[proposal.volunteerId];
                  const name = `${index + 1}. ${proposal.firstName}`;
                  return (
                    <li>
                      <p class="card-head">
                        {invitable(need, state, props.now, dates) ? (
                          <label class="inline">
                            <input type="checkbox" name="volunteerIds" value={proposal.volunteerId} />
                            <strong>{name}</strong>
                          </label>
                        ) : (
                          <strong>{name}</strong>
                        )}{' '}
                        <span class="score">
                          {t.count(proposal.score, 'scorePointsOne', 'scorePoints', {
                            n: formatNumber(lang, proposal.score),
                          })}
                        </span>{' '}
                        {state && state !== 'none' && (
                          <span class={`badge state-${state}`}>{matchStateText(t, state)}</span>
                        )}
                      </p>
                      <ul class="plain">
                        {proposal.explanation
                          .filter((item) => explains(item, need))
                          .map((item) => (
                            <li>{explanationText(t, lang, names, item)}</li>
                          ))}
                      </ul>
                    </li>
                  );
                })}
              </ol>
            </fieldset>
            {canInvite && (
              <div class="actions">
                <button type="submit">{t('inviteSelected')}</button>
              </div>
            )}
          </form>
        )}
        {list.proposals.some((proposal) =>
          invitableInBulk(list.existing[proposal.volunteerId], need, props.now, dates),
        ) && (
          <form method="post" action={`${base}/invite-top`} class="inline-form">
            <fieldset>
              <legend>{t('inviteTopLegend')}</legend>
              <div class="row">
                <Input
                  name="top"
                  type="number"
                  label={t('inviteTopCount')}
                  value={String(props.defaultTop)}
                  errors={{}}
                  inputmode="numeric"
                  extra={{ min: 1, max: 20, step: 1 }}
                />
                <div>
                  <button type="submit" class="secondary">
                    {t('inviteTop')}
                  </button>
                </div>
              </div>
            </fieldset>
          </form>
        )}
      </section>
      <TableSection
        id="h-excluded"
        title={t('excludedTitle', { n: excluded.length })}
        empty={t('excludedNone')}
        caption={t('excludedCaption')}
        note={t(SCOPE_NOTES[candidateScope(need, { withoutCheck: props.withoutCheck })])}
        columns={[t('colPerson'), t('colReasons')]}
        count={excluded.length}
      >
        {excluded.map((entry) => (
          <tr>
            <th scope="row">{entry.firstName}</th>
            <td>
              <ul class="plain">
                {entry.violations.map((violation) => (
                  <li>
                    {violationText(t, lang, names, violation)}
                    {(violation.code === 'safeguarding_missing' || violation.code === 'safeguarding_invalid') && (
                      <>
                        {' '}
                        <a href={recordCheckHref(page, entry.volunteerId)}>{t('recordSafeguarding')}</a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </TableSection>
      {need.involvesMinors && (
        <p>
          <a href={`${base}${props.withoutCheck ? '' : '?withoutCheck=1'}#h-excluded`}>
            {t(props.withoutCheck ? 'excludedOnlyChecked' : 'excludedShowUnchecked')}
          </a>
        </p>
      )}
    </>
  );
}
