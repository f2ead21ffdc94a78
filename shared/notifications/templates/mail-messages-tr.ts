// Translation of mail-messages-de.ts / mail-messages-en.ts into Turkish. Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { MailMessages } from './mail-messages-de.ts';

/** The notification e-mails' texts in Turkish: the same keys and placeholders as mail-messages-de.ts. */
export const mailTr: MailMessages = {
  // Per kind
  subject_invitation: 'Davet: {title}',
  intro_invitation:
    'Mahalle yönetimi sizi bu göreve davet ediyor. Size uygun mu? Lütfen daveti kabul edin veya reddedin.',
  action_invitation: 'Daveti yanıtla',
  subject_offerReceived: 'Yeni teklif: {title}',
  intro_offerReceived: '{volunteer} bu göreve yardım etmeyi teklif ediyor. Lütfen teklifi kabul edin veya reddedin.',
  action_offerReceived: 'Teklifi görüntüle',
  subject_invitationAccepted: 'Kabul edildi: {title}',
  intro_invitationAccepted: '{volunteer} bu göreve yapılan daveti kabul etti.',
  action_invitationAccepted: 'Görevi görüntüle',
  subject_invitationDeclined: 'Reddedildi: {title}',
  intro_invitationDeclined: '{volunteer} bu göreve yapılan daveti reddetti.',
  action_invitationDeclined: 'Görevi görüntüle',
  subject_volunteerWithdrew: 'Geri çekilme: {title}',
  intro_volunteerWithdrew: '{volunteer} bu görevden geri çekildi.',
  action_volunteerWithdrew: 'Görevi görüntüle',
  subject_offerAccepted: 'Teklif kabul edildi: {title}',
  intro_offerAccepted: 'Teşekkürler! Mahalle yönetimi teklifinizi kabul etti. Bu görev için planlandınız.',
  action_offerAccepted: 'Görevi görüntüle',
  subject_offerDeclined: 'Teklifiniz: {title}',
  intro_offerDeclined:
    'Mahalle yönetimi bu görev için teklifinizi bu sefer kabul etmedi. Yardıma hazır olduğunuz için teşekkürler!',
  action_offerDeclined: 'Genel bakışınıza gidin',
  subject_needChanged: 'Değişti: {title}',
  intro_needChanged:
    'Bu görevde değişiklik oldu. Lütfen size hâlâ uygun olup olmadığını kontrol edin; uygun değilse katılımınızı iptal edin.',
  action_needChanged: 'Görevi görüntüle',
  subject_commitmentCancelled: 'İptal edildi: {title}',
  intro_commitmentCancelled: 'Göreviniz iptal edildi. Gelmenize gerek yok.',
  action_commitmentCancelled: 'Genel bakışınıza gidin',
  subject_invitationClosed: 'Davet kapandı: {title}',
  intro_invitationClosed:
    'Bu görevin tüm yerleri bu arada doldu. Bu yüzden davetiniz kapandı – başka bir şey yapmanıza gerek yok. Teşekkürler!',
  action_invitationClosed: 'Genel bakışınıza gidin',
  subject_concernRaised: 'Endişe bildirildi: {title}',
  intro_concernRaised:
    'Bir ortak girişim, {volunteer} adlı gönüllünün bu göreve katılımı hakkında endişe bildirdi. Lütfen buna bir göz atın.',
  action_concernRaised: 'İhtiyacı görüntüle',
  subject_invitationExpiring: 'Davetin süresi yakında doluyor: {title}',
  intro_invitationExpiring:
    'Bu göreve yapılan davetinizi henüz yanıtlamadınız ve davetin süresi yakında doluyor. Lütfen daveti kabul edin veya reddedin.',
  action_invitationExpiring: 'Daveti yanıtla',
  subject_needShortOfPeople: 'Hâlâ boş yer var: {title}',
  intro_needShortOfPeople: '{date} tarihindeki buluşma için henüz tüm yerler dolmadı.',
  action_needShortOfPeople: 'Gönüllü bul',
  subject_reminder: 'Hatırlatma: {title}, {date}',
  intro_reminder:
    'Zamanı yaklaşıyor: {date} tarihindeki buluşmaya katılacağınızı bildirdiniz. Katıldığınız için teşekkürler! Yine de gelemeyecekseniz lütfen zamanında haber verin.',
  action_reminder: 'Görevi görüntüle',
  subject_needMessage: 'Mesaj: {title}',
  intro_needMessage: 'Mahalle yönetimi size bu görevle ilgili şunu yazıyor:',
  action_needMessage: 'Görevi görüntüle',
  // Series and absences (issue 10)
  subject_volunteerAbsent: 'Gelemeyecek – {date}: {title}',
  intro_volunteerAbsent:
    '{volunteer}, {date} tarihinde gelemeyecek. Bu tarihte bu yüzden bir eksik var: Kaç yerin hâlâ boş olduğu aşağıda yazıyor.',
  action_volunteerAbsent: 'Tarihleri görüntüle',

  // The frame of every mail
  greeting: 'Merhaba,',
  greetingNamed: 'Merhaba {name},',
  someone: 'Bir gönüllü',
  closing: 'Quartiershilfe Wuppertal ekibi',
  linkFallback: 'Düğme çalışmazsa şu adresi açın:',
  optionalFooter: 'Bu bildirimi istediğiniz zaman kapatabilirsiniz.',
  unsubscribe: 'Aboneliği iptal et',
  settings: 'Bildirim ayarları',

  // The facts
  labelWhat: 'Ne',
  labelDescription: 'Açıklama',
  labelWhere: 'Nerede',
  labelWhen: 'Ne zaman',
  labelDate: 'Tarih',
  labelChildren: 'Çocuklar veya gençler var',
  childrenYes: 'Evet',
  childrenNo: 'Hayır',
  labelAnswerBy: 'Lütfen şu zamana kadar yanıt verin',
  labelPlaces: 'Dolu',
  placesValue: '{accepted} / {places} yer',
  labelOpenPlaces: 'Hâlâ boş',
  openPlacesValue: '{open} / {places} yer',
  labelReason: 'Gerekçe',
  labelChanges: 'Değişenler',
  labelMessage: 'Mesaj',

  // Dates and times (the dates themselves are written by Intl in the language's format)
  whenOnce: '{date}, saat {start}–{end}',
  whenWeekly: 'her {weekday}, saat {start}–{end}, {first} – {last} ({count})',
  datesOne: '1 tarih',
  datesMany: '{count} tarih',
  instant: '{date}, saat {time}',

  // What changed (NeedInput's fields)
  change_title: 'Başlık',
  change_description: 'Açıklama',
  change_quarterId: 'Mahalle',
  change_venueId: 'Yer',
  change_schedule: 'Tarihler ve saatler',
  change_places: 'Yer sayısı',
  change_requiredSkills: 'Gerekli beceriler',
  change_niceToHaveSkills: 'Yararlı beceriler',
  change_languages: 'Diller',
  change_involvesMinors: 'Çocuklar veya gençler var',
  // Cover for one date (issue 10)
  subject_coverInvitation: 'Yedek talebi – {date}: {title}',
  intro_coverInvitation:
    'Bu tarih için hâlâ birine ihtiyaç var. Yerine katılabilir misiniz – yalnızca bu tek gün için, tüm dizi için değil? Lütfen talebi kabul edin veya reddedin.',
  action_coverInvitation: 'Talebi yanıtla',
};
