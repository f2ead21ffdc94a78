import type { ChartInput } from './types.ts';

/** Texts as the statistics page would pass them (German). */
export const GERMAN_TEXTS = {
  noData: 'Keine Daten für diesen Zeitraum.',
  notShown: 'weniger als 5',
  category: 'Monat',
};

export const HOURS: ChartInput = {
  id: 'hours',
  title: 'Geleistete Stunden',
  description: 'Stunden je Monat in Nordstadt, Oktober bis Dezember 2026.',
  categories: ['Okt.', 'Nov.', 'Dez.'],
  series: [{ name: 'Stunden', values: [1234.5, 87, null] }],
  unit: 'Stunden',
  lang: 'de',
  texts: GERMAN_TEXTS,
};

export const LANGUAGE_GAP: ChartInput = {
  id: 'language-gap',
  title: 'Sprachen: gefragt und vorhanden',
  description: 'Wie oft jede Sprache in Bedarfen gefragt war und wie viele aktive Freiwillige sie sprechen.',
  categories: ['Arabisch', 'Farsi', 'Türkisch'],
  series: [
    { name: 'gefragt', values: [12, 9, 0] },
    { name: 'vorhanden', values: [7, null, 5] },
  ],
  lang: 'de',
  texts: { ...GERMAN_TEXTS, category: 'Sprache' },
};
