// Translation of mail-messages-de.ts / mail-messages-en.ts into Ukrainian. Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { MailMessages } from './mail-messages-de.ts';

export const mailUk: MailMessages = {
  // Per kind
  subject_invitation: 'Запрошення: {title}',
  intro_invitation:
    'Менеджер кварталу запрошує Вас узяти участь у цьому завданні. Чи підходить воно Вам? Будь ласка, погодьтеся або відмовтеся.',
  action_invitation: 'Відповісти на запрошення',
  subject_offerReceived: 'Нова пропозиція допомоги: {title}',
  intro_offerReceived: '{volunteer} пропонує допомогу в цьому завданні. Будь ласка, прийміть або відхиліть пропозицію.',
  action_offerReceived: 'Переглянути пропозицію',
  subject_invitationAccepted: 'Згода: {title}',
  intro_invitationAccepted: '{volunteer} приймає запрошення до цього завдання.',
  action_invitationAccepted: 'Переглянути завдання',
  subject_invitationDeclined: 'Відмова: {title}',
  intro_invitationDeclined: '{volunteer} відхиляє запрошення до цього завдання.',
  action_invitationDeclined: 'Переглянути завдання',
  subject_volunteerWithdrew: 'Відкликання участі: {title}',
  intro_volunteerWithdrew: '{volunteer} відкликає свою участь у цьому завданні.',
  action_volunteerWithdrew: 'Переглянути завдання',
  subject_offerAccepted: 'Пропозицію прийнято: {title}',
  intro_offerAccepted: 'Дякуємо! Менеджер кварталу прийняв(-ла) Вашу пропозицію. Вас заплановано для цього завдання.',
  action_offerAccepted: 'Переглянути завдання',
  subject_offerDeclined: 'Ваша пропозиція: {title}',
  intro_offerDeclined:
    'Цього разу менеджер кварталу не прийняв(-ла) Вашу пропозицію для цього завдання. Дякуємо за Вашу готовність допомогти!',
  action_offerDeclined: 'До Вашого огляду',
  subject_needChanged: 'Змінено: {title}',
  intro_needChanged:
    'Це завдання змінилося. Будь ласка, перевірте, чи воно Вам досі підходить, а якщо ні – відмовтеся.',
  action_needChanged: 'Переглянути завдання',
  subject_commitmentCancelled: 'Скасовано: {title}',
  intro_commitmentCancelled: 'Ваше завдання скасовано. Приходити не потрібно.',
  action_commitmentCancelled: 'До Вашого огляду',
  subject_invitationClosed: 'Запрошення закрито: {title}',
  intro_invitationClosed:
    'Тим часом усі місця в цьому завданні зайняли. Тож Ваше запрошення закрито – більше нічого робити не потрібно. Дякуємо!',
  action_invitationClosed: 'До Вашого огляду',
  subject_concernRaised: 'Повідомлено про сумніви: {title}',
  intro_concernRaised:
    'Ініціатива-партнер повідомила про сумніви щодо участі {volunteer} у цьому завданні. Будь ласка, перегляньте це.',
  action_concernRaised: 'Переглянути запит',
  subject_invitationExpiring: 'Термін запрошення незабаром спливає: {title}',
  intro_invitationExpiring:
    'Ви ще не відповіли на запрошення до цього завдання, а його термін незабаром спливає. Будь ласка, погодьтеся або відмовтеся.',
  action_invitationExpiring: 'Відповісти на запрошення',
  subject_needShortOfPeople: 'Ще є вільні місця: {title}',
  intro_needShortOfPeople: 'На дату {date} ще не всі місця зайняті.',
  action_needShortOfPeople: 'Знайти волонтерів',
  subject_reminder: 'Нагадування: {title}, {date}',
  intro_reminder:
    'Уже незабаром: Ви погодилися взяти участь у дату {date}. Дякуємо, що Ви з нами! Якщо Ви все ж не зможете, будь ласка, вчасно скасуйте участь.',
  action_reminder: 'Переглянути завдання',
  subject_needMessage: 'Повідомлення щодо: {title}',
  intro_needMessage: 'Менеджер кварталу пише Вам щодо цього завдання:',
  action_needMessage: 'Переглянути завдання',
  // Series and absences (issue 10)
  subject_volunteerAbsent: 'Відсутність {date}: {title}',
  intro_volunteerAbsent:
    '{volunteer} не може прийти {date}. Тож у цю дату є прогалина: скільки місць ще вільно, показано нижче.',
  action_volunteerAbsent: 'Переглянути дати',

  // The frame of every mail
  greeting: 'Добрий день!',
  greetingNamed: 'Добрий день, {name}!',
  someone: 'Волонтер',
  closing: 'Ваша Quartiershilfe Wuppertal',
  linkFallback: 'Якщо кнопка не працює, відкрийте цю адресу:',
  optionalFooter: 'Ви можете будь-коли відписатися від цього сповіщення.',
  unsubscribe: 'Відписатися',
  settings: 'Налаштувати сповіщення',

  // The facts
  labelWhat: 'Що',
  labelDescription: 'Опис',
  labelWhere: 'Де',
  labelWhen: 'Коли',
  labelDate: 'Дата',
  labelChildren: 'За участю дітей або підлітків',
  childrenYes: 'Так',
  childrenNo: 'Ні',
  labelAnswerBy: 'Будь ласка, дайте відповідь до',
  labelPlaces: 'Зайнято місць',
  placesValue: '{accepted} з {places}',
  labelOpenPlaces: 'Ще вільно місць',
  openPlacesValue: '{open} з {places}',
  labelReason: 'Причина',
  labelChanges: 'Змінено',
  labelMessage: 'Повідомлення',

  // Dates and times (the dates themselves are written by Intl in the language's format)
  whenOnce: '{date}, {start}–{end}',
  whenWeekly: 'щотижня: {weekday}, {start}–{end}, з {first} по {last} ({count})',
  datesOne: '1 дата',
  datesMany: 'кількість дат: {count}',
  instant: '{date}, {time}',

  // What changed (NeedInput's fields)
  change_title: 'Назва',
  change_description: 'Опис',
  change_quarterId: 'Квартал',
  change_venueId: 'Місце',
  change_schedule: 'Дати та час',
  change_places: 'Кількість місць',
  change_requiredSkills: 'Необхідні навички',
  change_niceToHaveSkills: 'Корисні навички',
  change_languages: 'Мови',
  change_involvesMinors: 'За участю дітей або підлітків',
  // Cover for one date (issue 10)
  subject_coverInvitation: 'Заміна {date}: {title}',
  intro_coverInvitation:
    'На цю дату ще когось бракує. Чи можете Ви підмінити – лише в цей один день, а не на всю серію? Будь ласка, погодьтеся або відмовтеся.',
  action_coverInvitation: 'Відповісти на прохання',
};
