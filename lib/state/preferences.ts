import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { DEFAULT_PREFERENCES } from '../domain/constants';
import { effectivePreferences } from '../domain/policy';
import { recordValueProblem } from '../domain/values';
import type { Language, Preferences } from '../domain/schema';
import type { ManagedPolicy } from '../extension/managed-policy';
import type { GuidePageDifference, GuidePageRecord, GuideWordingRecord, PreferencesRecord, SettingsRecord } from '../domain/settings-records';
import type { Connection } from './connection';
import type { Problems } from './problems';

export interface PreferencesDeps {
  connection: Connection;
  problems: Problems;
  /** The institution's policy (`storage.managed`), as the browser gives it; parsed before use. */
  loadPolicy?: () => Promise<unknown>;
  /** The policy as last read (the browser is slow to give it right after it starts). */
  policyMemory?: { load(): unknown; save(raw: unknown): void };
  /** The lock's settings as stored now (the lock session follows them). */
  lockSettingsShown(settings: Preferences['lock']): void;
}

/**
 * The user's preferences, the institution's policy over them, and what the user took from UiO's guide page
 * (the page as last read, the wording chosen), as the database and the browser give them.
 */
export function createPreferences(deps: PreferencesDeps) {
  const stored = signal<Preferences>(DEFAULT_PREFERENCES);
  const userHasSaved = signal(false);
  const policy = signal<ManagedPolicy>({});
  /** Whether the browser promised not to clear Samtale's storage under pressure (null: not known). */
  const persisted = signal<boolean | null>(null);
  /** What UiO's guide page said when last read, and the wording the user took from it, per language. */
  const guidePages = signal<Partial<Record<Language, GuidePageRecord['value']>>>({});
  const guideWording = signal<Partial<Record<Language, Record<string, string>>>>({});
  /** The institution's policy as the last panel read it (read once: the first screen and start() both need it). */
  const rememberedPolicy = deps.policyMemory?.load();

  /** The one record every preferences write stores: what is stored now, with these changes. */
  const record = (changes: Partial<Preferences>): PreferencesRecord => ({ key: 'preferences', value: { ...stored.value, ...changes } });

  async function applyPolicy(raw: unknown): Promise<void> {
    // Zod is loaded only when there is a policy to read.
    if (raw && typeof raw === 'object' && Object.keys(raw).length > 0) policy.value = (await import('../extension/managed-policy')).parsePolicy(raw);
    else policy.value = {};
  }

  return {
    /** The preferences as stored (the lock's settings, the last backup's date: what writes build on). */
    stored: stored as ReadonlySignal<Preferences>,
    /** The preferences as they apply, the institution's policy included. */
    effective: computed(() => effectivePreferences(stored.value, userHasSaved.value, policy.value)) as ReadonlySignal<Preferences>,
    policy: policy as ReadonlySignal<ManagedPolicy>,
    persisted: persisted as ReadonlySignal<boolean | null>,
    guidePages: guidePages as ReadonlySignal<Partial<Record<Language, GuidePageRecord['value']>>>,
    guideWording: guideWording as ReadonlySignal<Partial<Record<Language, Record<string, string>>>>,
    record,
    /** A policy was remembered: it may set the language, so a first screen from memory is not drawn with it. */
    policyRemembered: typeof rememberedPolicy === 'object' && rememberedPolicy !== null,

    show(value: Partial<Preferences> | null): void {
      userHasSaved.value = value !== null;
      stored.value = { ...DEFAULT_PREFERENCES, ...value };
      deps.lockSettingsShown(stored.value.lock);
    },

    showGuideRecords(records: SettingsRecord[]): void {
      const pages: Partial<Record<Language, GuidePageRecord['value']>> = {};
      const wording: Partial<Record<Language, Record<string, string>>> = {};
      for (const found of records) {
        const [kind, language] = found.key.split(':') as [string, Language];
        if (kind === 'guidePage') pages[language] = (found as GuidePageRecord).value;
        if (kind === 'guideWording') wording[language] = (found as GuideWordingRecord).value;
      }
      batch(() => {
        guidePages.value = pages;
        guideWording.value = wording;
      });
    },

    /**
     * The browser can take seconds to give the managed policy after it starts: the panel does not wait. It
     * applies the policy it saw last at once, and the current one when it comes.
     */
    async startPolicy(): Promise<void> {
      void globalThis.navigator?.storage?.persist?.().then((granted) => (persisted.value = granted), () => undefined);
      if (rememberedPolicy) await applyPolicy(rememberedPolicy).catch(() => undefined);
      deps
        .loadPolicy?.()
        .then(async (raw) => {
          deps.policyMemory?.save(raw ?? null);
          await applyPolicy(raw);
        })
        .catch(() => undefined);
    },

    async save(changes: Partial<Preferences>): Promise<void> {
      if (deps.problems.refused(recordValueProblem(changes))) return;
      await deps.connection.guard((db) => db.settings.put(record(changes)));
    },

    /** Differences of UiO's page the user has not chosen for yet. */
    pendingWording(language: Language): GuidePageDifference[] {
      const chosen = guideWording.value[language] ?? {};
      return (guidePages.value[language]?.differences ?? []).filter((difference) => chosen[difference.questionId] === undefined);
    },

    /** Takes UiO's wording for these questions (or, with keep, goes back to Samtale's). */
    async useGuideWording(language: Language, wording: Record<string, string>): Promise<void> {
      await deps.connection.guard((db) => db.settings.put({ key: `guideWording:${language}`, value: { ...guideWording.value[language], ...wording } }));
    },
  };
}

export type PreferencesSlice = ReturnType<typeof createPreferences>;
