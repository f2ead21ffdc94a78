import type { Contact } from '../../../../shared/manager-desk/need-contacts.ts';
import { formatDate, matchStateText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { TableSection } from '../common/table-section.tsx';

/**
 * E-mail and phone of the volunteers invited to, offered for or accepted on the need, for the
 * managers of its quarter (ManagerDesk.contacts decides, and audits each person shown).
 */
export function ContactsSection(props: { page: PageContext; contacts: Contact[] }) {
  const { t, lang } = props.page;
  return (
    <TableSection
      id="h-contacts"
      title={t('contactsTitle')}
      note={t('contactsNote')}
      empty={t('contactsNone')}
      columns={[t('colPerson'), t('contactsEmail'), t('contactsPhone')]}
      count={props.contacts.length}
    >
      {props.contacts.map((contact) => (
        <tr>
          <th scope="row">
            <a href={`/manage/volunteers/${contact.volunteerId}`}>
              {contact.firstName} {contact.lastName}
            </a>
            <span class="hint block">
              {matchStateText(t, contact.status)}
              {contact.date !== undefined && ` · ${t('coverMatchDate', { date: formatDate(lang, contact.date) })}`}
            </span>
          </th>
          <td>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </td>
          <td>
            {contact.phone ? (
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
            ) : (
              t('contactsNoPhone')
            )}
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
