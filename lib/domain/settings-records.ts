import type { Language, Preferences } from './schema';

/*
 * The records of the database's settings table: the preferences, and what the user took from UiO's guide page.
 * Plain data, read by the panel's state, the page bridge and the views (lib/storage/db.ts stores them).
 */

export interface PreferencesRecord {
  key: 'preferences';
  value: Preferences;
}

/** What the UiO guide page said when last read, where it differs from the bundled guide (text only). */
export interface GuidePageDifference {
  questionId: string;
  topicNumber: number;
  pageText: string;
  /** The bundled text at that place, or null for a question the bundled guide does not have. */
  bundledText: string | null;
}
export interface GuidePageRecord {
  key: `guidePage:${Language}`;
  value: { url: string; readAt: string; differences: GuidePageDifference[] };
}
/** Question wordings the user chose to take from UiO's page, by question id. */
export interface GuideWordingRecord {
  key: `guideWording:${Language}`;
  value: Record<string, string>;
}
export type SettingsRecord = PreferencesRecord | GuidePageRecord | GuideWordingRecord;
