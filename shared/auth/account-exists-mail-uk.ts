// Translation of TEXTS.de / TEXTS.en in account-exists-mail.ts into Ukrainian. Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
export const accountExistsUk = {
  subject: 'Quartiershilfe: хтось хотів створити обліковий запис із Вашою адресою електронної пошти',
  greeting: 'Добрий день!',
  what:
    'Хтось щойно спробував створити новий обліковий запис у Quartiershilfe з Вашою адресою електронної пошти. ' +
    'У Вас там уже є обліковий запис; у ньому нічого не змінено.',
  signIn: 'Це були Ви? Тоді просто увійдіть:',
  reset: 'Забули пароль? Тут можна встановити новий:',
  ignore: 'Якщо це були не Ви, можете не зважати на цей лист.',
  closing: 'Ваша Quartiershilfe',
};
