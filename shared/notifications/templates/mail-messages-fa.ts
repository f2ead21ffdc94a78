// Translation of mail-messages-de.ts / mail-messages-en.ts into Persian (Farsi, worded to be
// understood by Dari speakers too). Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { MailMessages } from './mail-messages-de.ts';

export const mailFa: MailMessages = {
  // Per kind
  subject_invitation: 'دعوت: {title}',
  intro_invitation: 'مدیریت محله شما را به این فعالیت دعوت می‌کند. آیا برایتان مناسب است؟ لطفاً دعوت را قبول یا رد کنید.',
  action_invitation: 'پاسخ به دعوت',
  subject_offerReceived: 'اعلام آمادگی تازه: {title}',
  intro_offerReceived:
    '{volunteer} برای کمک در این فعالیت اعلام آمادگی کرده است. لطفاً این اعلام آمادگی را بپذیرید یا رد کنید.',
  action_offerReceived: 'دیدن اعلام آمادگی',
  subject_invitationAccepted: 'قبول شد: {title}',
  intro_invitationAccepted: '{volunteer} دعوت به این فعالیت را قبول کرد.',
  action_invitationAccepted: 'دیدن فعالیت',
  subject_invitationDeclined: 'رد شد: {title}',
  intro_invitationDeclined: '{volunteer} دعوت به این فعالیت را رد کرد.',
  action_invitationDeclined: 'دیدن فعالیت',
  subject_volunteerWithdrew: 'انصراف: {title}',
  intro_volunteerWithdrew: '{volunteer} از این فعالیت انصراف داد.',
  action_volunteerWithdrew: 'دیدن فعالیت',
  subject_offerAccepted: 'اعلام آمادگی پذیرفته شد: {title}',
  intro_offerAccepted: 'سپاس! مدیریت محله اعلام آمادگی شما را پذیرفت. شما اکنون برای این فعالیت در برنامه هستید.',
  action_offerAccepted: 'دیدن جزئیات',
  subject_offerDeclined: 'اعلام آمادگی شما: {title}',
  intro_offerDeclined:
    'مدیریت محله این بار اعلام آمادگی شما را برای این فعالیت نپذیرفت. از آمادگی شما برای کمک سپاسگزاریم!',
  action_offerDeclined: 'رفتن به نمای کلی شما',
  subject_needChanged: 'تغییر کرد: {title}',
  intro_needChanged: 'این فعالیت تغییر کرده است. لطفاً بررسی کنید که هنوز برایتان مناسب است، و اگر نیست، آن را رد کنید.',
  action_needChanged: 'دیدن جزئیات',
  subject_commitmentCancelled: 'لغو شد: {title}',
  intro_commitmentCancelled: 'فعالیتی که قبول کرده بودید لغو شد. لازم نیست بیایید.',
  action_commitmentCancelled: 'رفتن به نمای کلی شما',
  subject_invitationClosed: 'دعوت بسته شد: {title}',
  intro_invitationClosed:
    'همهٔ جاهای این فعالیت اکنون پر شده است، بنابراین دعوت شما بسته شد – لازم نیست کار دیگری بکنید. سپاسگزاریم!',
  action_invitationClosed: 'رفتن به نمای کلی شما',
  subject_concernRaised: 'اعلام نگرانی: {title}',
  intro_concernRaised:
    'یک انجمن همکار دربارهٔ تعهد {volunteer} در این فعالیت نگرانی اعلام کرده است. لطفاً آن را بررسی کنید.',
  action_concernRaised: 'باز کردن نیاز',
  subject_invitationExpiring: 'مهلت دعوت به‌زودی تمام می‌شود: {title}',
  intro_invitationExpiring:
    'شما هنوز به دعوت این فعالیت پاسخ نداده‌اید و مهلت آن به‌زودی تمام می‌شود. لطفاً دعوت را قبول یا رد کنید.',
  action_invitationExpiring: 'پاسخ به دعوت',
  subject_needShortOfPeople: 'هنوز جای خالی هست: {title}',
  intro_needShortOfPeople: 'برای نوبت {date} هنوز همهٔ جاها پر نشده است.',
  action_needShortOfPeople: 'پیدا کردن داوطلب',
  subject_reminder: 'یادآوری: {title} در {date}',
  intro_reminder:
    'به‌زودی نوبت شماست: شما نوبت {date} را قبول کرده‌اید. سپاس که همراه ما هستید! اگر با این حال نمی‌توانید بیایید، لطفاً به‌موقع خبر دهید.',
  action_reminder: 'دیدن جزئیات',
  subject_needMessage: 'پیام دربارهٔ {title}',
  intro_needMessage: 'مدیریت محله دربارهٔ این فعالیت برای شما نوشته است:',
  action_needMessage: 'دیدن جزئیات',
  // Series and absences (issue 10)
  subject_volunteerAbsent: 'غیبت در {date}: {title}',
  intro_volunteerAbsent:
    '{volunteer} در {date} نمی‌تواند بیاید. بنابراین در این نوبت یک جای خالی هست: جاهای خالی باقی‌مانده در پایین آمده است.',
  action_volunteerAbsent: 'دیدن نوبت‌ها',

  // The frame of every mail
  greeting: 'سلام،',
  greetingNamed: 'سلام {name} عزیز،',
  someone: 'یک داوطلب',
  closing: 'با احترام، Quartiershilfe Wuppertal',
  linkFallback: 'اگر دکمه کار نمی‌کند، این آدرس را باز کنید:',
  optionalFooter: 'هر وقت بخواهید می‌توانید اشتراک این اطلاع‌رسانی را لغو کنید.',
  unsubscribe: 'لغو اشتراک',
  settings: 'تنظیمات اطلاع‌رسانی',

  // The facts
  labelWhat: 'چه کاری',
  labelDescription: 'توضیحات',
  labelWhere: 'کجا',
  labelWhen: 'چه زمانی',
  labelDate: 'نوبت',
  labelChildren: 'همراه با کودکان یا نوجوانان',
  childrenYes: 'بله',
  childrenNo: 'نه',
  labelAnswerBy: 'مهلت پاسخ',
  labelPlaces: 'پرشده',
  placesValue: '{accepted} از {places} جا',
  labelOpenPlaces: 'هنوز خالی',
  openPlacesValue: '{open} از {places} جا',
  labelReason: 'دلیل',
  labelChanges: 'تغییرها',
  labelMessage: 'پیام',

  // Dates and times (the dates themselves are written by Intl in the language's format)
  whenOnce: '{date}، ساعت {start}–{end}',
  whenWeekly: 'هر {weekday}، ساعت {start}–{end}، از {first} تا {last} ({count})',
  datesOne: '۱ نوبت',
  datesMany: '{count} نوبت',
  instant: '{date}، ساعت {time}',

  // What changed (NeedInput's fields)
  change_title: 'عنوان',
  change_description: 'توضیحات',
  change_quarterId: 'محله',
  change_venueId: 'مکان',
  change_schedule: 'تاریخ‌ها و ساعت‌ها',
  change_places: 'تعداد جاها',
  change_requiredSkills: 'مهارت‌های لازم',
  change_niceToHaveSkills: 'مهارت‌های مفید',
  change_languages: 'زبان‌ها',
  change_involvesMinors: 'همراه با کودکان یا نوجوانان',
  // Cover for one date (issue 10)
  subject_coverInvitation: 'جایگزینی در {date}: {title}',
  intro_coverInvitation:
    'در این نوبت هنوز یک نفر کم است. آیا می‌توانید جای او بیایید – فقط در همین یک روز، نه برای کل سری؟ لطفاً درخواست را قبول یا رد کنید.',
  action_coverInvitation: 'پاسخ به درخواست',
};
