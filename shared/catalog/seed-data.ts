import type { Quarter, Skill, Venue } from './schemas.ts';

/**
 * The Wuppertal quarters of council report VO/0601/16: the five quarters of the NRW special
 * programme for the integration of refugees (from August 2016) and the two "Soziale Stadt"
 * areas added in January 2017.
 */
export const QUARTERS: Quarter[] = [
  { id: 'hoehe', name: 'Höhe', district: 'Elberfeld', programme: 'integration-nrw' },
  { id: 'ostersbaum', name: 'Ostersbaum', district: 'Elberfeld', programme: 'integration-nrw' },
  { id: 'nordstadt', name: 'Nordstadt', district: 'Elberfeld', programme: 'integration-nrw' },
  { id: 'uellendahl-ost', name: 'Uellendahl-Ost', district: 'Uellendahl-Katernberg', programme: 'integration-nrw' },
  { id: 'uellendahl-west', name: 'Uellendahl-West', district: 'Uellendahl-Katernberg', programme: 'integration-nrw' },
  {
    id: 'wichlinghausen-oberbarmen',
    name: 'Wichlinghausen/Oberbarmen',
    district: 'Oberbarmen',
    programme: 'soziale-stadt',
  },
  { id: 'heckinghausen', name: 'Heckinghausen', district: 'Heckinghausen', programme: 'soziale-stadt' },
];

/**
 * Demo addresses: plausible for each quarter (street, postcode area), not checked against the
 * venues' real addresses. An admin corrects them on /admin/catalog before real use.
 */
const demo = (street: string, postcode: string) => ({ street, postcode, city: 'Wuppertal' });

export const VENUES: Venue[] = [
  { id: 'ot-hoehe', quarterId: 'hoehe', name: 'Offene Tür (OT) Höhe', address: demo('Höhe 37', '42107') },
  {
    id: 'nachbarschaftsheim',
    quarterId: 'ostersbaum',
    name: 'Nachbarschaftsheim',
    address: demo('Platz der Republik 24', '42107'),
  },
  { id: 'alte-feuerwache', quarterId: 'nordstadt', name: 'Alte Feuerwache', address: demo('Gathe 6', '42107') },
  {
    id: 'alte-feuerwache-cafe',
    quarterId: 'nordstadt',
    name: 'Café in der Alten Feuerwache',
    address: demo('Gathe 6', '42107'),
  },
  {
    id: 'zentrum-roettgen',
    quarterId: 'uellendahl-west',
    name: 'Zentrum für Kinder und Jugendliche Röttgen',
    address: demo('Röttgen 102', '42109'),
  },
  {
    id: 'spielmobil-uellendahl-ost',
    quarterId: 'uellendahl-ost',
    name: 'Spielmobil (Halt Uellendahl-Ost)',
    address: demo('Uellendahler Straße 420', '42109'),
  },
  {
    id: 'spielmobil-wichlinghausen',
    quarterId: 'wichlinghausen-oberbarmen',
    name: 'Spielmobil (Halt Wichlinghausen)',
    address: demo('Wichlinghauser Markt 1', '42277'),
  },
  {
    id: 'spielmobil-heckinghausen',
    quarterId: 'heckinghausen',
    name: 'Spielmobil (Halt Heckinghausen)',
    address: demo('Heckinghauser Straße 120', '42289'),
  },
];

export const SKILLS: Skill[] = [
  { id: 'homework-help', de: 'Hausaufgabenhilfe', en: 'Homework help' },
  { id: 'german-lessons', de: 'Deutschunterricht', en: 'German lessons' },
  { id: 'interpreting', de: 'Sprachmittlung / Dolmetschen', en: 'Interpreting' },
  { id: 'authority-visits', de: 'Begleitung zu Behörden', en: 'Accompanying to public offices' },
  { id: 'doctor-visits', de: 'Begleitung zu Arztterminen', en: 'Accompanying to doctors' },
  { id: 'childcare', de: 'Kinderbetreuung', en: 'Childcare' },
  { id: 'play-activities', de: 'Spielangebote (Spielmobil)', en: 'Play activities (play mobile)' },
  { id: 'sports', de: 'Sport und Bewegung', en: 'Sports and exercise' },
  { id: 'music', de: 'Musik', en: 'Music' },
  { id: 'arts-crafts', de: 'Kunst und Basteln', en: 'Arts and crafts' },
  { id: 'reading-mentor', de: 'Lesepatenschaft', en: 'Reading mentor' },
  { id: 'maths-tutoring', de: 'Mathe-Nachhilfe', en: 'Maths tutoring' },
  { id: 'cooking', de: 'Kochen', en: 'Cooking' },
  { id: 'cafe-service', de: 'Café-Dienst', en: 'Café service' },
  { id: 'driving', de: 'Fahrdienst (mit Führerschein)', en: 'Driving (with licence)' },
  { id: 'bike-repair', de: 'Fahrradwerkstatt', en: 'Bicycle repair' },
  { id: 'diy-repairs', de: 'Handwerk und Reparaturen', en: 'DIY and repairs' },
  { id: 'moving-help', de: 'Umzugshilfe', en: 'Help with moving' },
  { id: 'clothing-store', de: 'Kleiderkammer', en: 'Clothing store' },
  { id: 'job-applications', de: 'Bewerbungshilfe', en: 'Job application help' },
  { id: 'computer-help', de: 'Computerhilfe', en: 'Computer help' },
  { id: 'housing-search', de: 'Hilfe bei der Wohnungssuche', en: 'Help finding housing' },
  { id: 'first-aid', de: 'Erste Hilfe', en: 'First aid' },
  { id: 'gardening', de: 'Gärtnern', en: 'Gardening' },
  { id: 'womens-cafe', de: 'Frauencafé', en: "Women's café" },
];
