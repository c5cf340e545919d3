import { useEffect } from 'preact/hooks';
import { backupIsDue } from '../../lib/domain/backup-reminder';
import { todayIso } from '../../lib/domain/dialogues';
import type { ExportServices } from '../../lib/export/services';
import { loadTranslator, resolveLanguage } from '../../lib/i18n';
import { defaultStaffCategory } from '../../lib/domain/policy';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { Language } from '../../lib/guide/types';
import type { Route } from '../../lib/state/router';
import type { Store } from '../../lib/state/store';
import { DialogueList } from '../dialogue/DialogueList';
import { SaveStatus } from './SaveStatus';
import type { AreaProps, DialogueRoute } from './area-props';
import { CoreI18nContext, useCoreI18n } from '../ui/i18n';
import { ConflictNotice, DialogueArea, ExchangeArea, ExportArea, LAZY_AREAS, LockScreen, MeetingArea, NewDialogueForm, PeopleArea, ProblemBanner, SettingsArea } from './areas';

interface Props {
  store: Store;
  browserLanguages: readonly string[];
  exporter: ExportServices;
  /** Asks for (or gives back) the optional permissions reminders need; resolves to whether they were granted. */
  requestReminderPermissions: (enabled: boolean) => Promise<boolean>;
  /** The browser lets the panel open on any website (Chromium's side panel; not Firefox's sidebar). */
  canOpenPanelEverywhere?: boolean;
  /** Today, as the user's clock says (injected so tests can move time). */
  today?: () => string;
}

export const FIRST_SCREEN_MARK = 'samtale:first-screen';

/**
 * A reopened dialogue's view loads while the database opens; once the first screen is drawn with its data, a User
 * Timing mark the benchmark (and DevTools) reads, then the other areas' code and messages while the panel is idle.
 * A hook of its own, outside App's render: an effect made in that render keeps the render's variables alive as long
 * as the effect is kept, the dialogue on screen then included, with its notes' words after the lock closed (issue
 * #29: a heap snapshot after locking found them without this, tests/e2e/lock-memory.test.ts).
 */
function useFirstScreen(store: Store, firstScreen: boolean, language: Language): void {
  useEffect(() => void ('dialogueId' in store.route.peek() && DialogueArea.preload().catch(() => undefined)), []);
  // Effects run after the browser has painted.
  useEffect(() => {
    if (!firstScreen || performance.getEntriesByName(FIRST_SCREEN_MARK).length > 0) return;
    performance.mark(FIRST_SCREEN_MARK);
    store.firstScreenDrawn();
    const idle = requestIdleCallback(() => {
      for (const area of LAZY_AREAS) area.preload().catch(() => undefined);
      loadTranslator(language).catch(() => undefined);
    });
    return () => cancelIdleCallback(idle);
  }, [firstScreen]);
}

/** The side panel: routes between the user's dialogues, their employees, a dialogue's views and the settings. */
export function App({ store, browserLanguages, exporter, requestReminderPermissions, canOpenPanelEverywhere = true, today = () => todayIso() }: Props) {
  const preferences = store.preferences.value;
  const language = resolveLanguage(preferences.language, browserLanguages);
  const i18n = useCoreI18n(language);
  const route = store.route.value;
  const problem = store.problem.value;
  const open = store.openDialogue.value;
  /** A note another window changed too: one at a time, the oldest first. */
  const conflict = store.conflicts.value.values().next().value;

  const rememberMyName = (name: string) => {
    if (name && name !== preferences.myName) void store.savePreferences({ myName: name });
  };
  const area: Omit<AreaProps, 'route'> = { store, exporter, today, rememberMyName };
  useFirstScreen(store, store.ready.value && (!('dialogueId' in route) || open !== null), language);
  const { t } = i18n;

  function dialogueView(open: OpenDialogue, route: DialogueRoute) {
    switch (route.name) {
      case 'dialogue':
        return <DialogueArea {...area} route={route} open={open} />;
      case 'meeting':
      case 'invite':
        return <MeetingArea {...area} route={route} open={open} />;
      case 'import':
        return <ExchangeArea {...area} route={route} open={open} />;
      case 'export':
        return <ExportArea {...area} route={route} open={open} />;
    }
  }

  /** The first screen's ways in: a dialogue of one's own, the manager's employees, how the notes are kept. */
  const waysIn = {
    onNew: () => store.navigate({ name: 'new' }),
    onEmployees: () => store.navigate({ name: 'people' }),
    onPrivacy: () => store.navigate({ name: 'settings', section: 'privacy' }),
  };

  /** The user's own dialogues, or the welcome before there are any. */
  const homeView = () => (
    <DialogueList
      dialogues={store.dialogues.value.filter((d) => d.role === 'employee')}
      {...waysIn}
      onOpen={(dialogueId) => store.navigate({ name: 'dialogue', dialogueId, topicIndex: 0 })}
      onDelete={(id) => void store.deleteDialogue(id)}
    />
  );

  function view() {
    if (!store.ready.value && !problem) {
      // A new profile's first screen is the welcome, which needs no data: drawn at once, not after the database, and
      // as the same tree as once ready (the list, empty): its buttons stay the same nodes when the data comes.
      if (route.name === 'home') return homeView();
      return <p>{t('loading')}</p>;
    }
    if (store.lock.state.value === 'locked')
      return (
        <LockScreen
          onUnlock={(passphrase) => store.lock.unlock(passphrase)}
          onSaveLockedBackup={async () => {
            const text = await store.backup(null);
            return text === undefined ? null : exporter.saveText(text, `samtale-backup-locked-${today()}.json`, 'application/json');
          }}
          onStartAgain={() => store.deleteAllData()}
        />
      );
    switch (route.name) {
      case 'new':
        return (
          <NewDialogueForm
            myName={preferences.myName}
            defaultStaffCategory={defaultStaffCategory(store.policy.value)}
            defaultLanguage={language}
            onCancel={() => store.navigate({ name: 'home' })}
            onSubmit={(input, myName) => {
              rememberMyName(myName.trim());
              void store.createDialogue(input);
            }}
          />
        );
      case 'settings':
      case 'guideUpdate':
        return <SettingsArea {...area} route={route} requestReminderPermissions={requestReminderPermissions} canOpenPanelEverywhere={canOpenPanelEverywhere} />;
      case 'people':
      case 'person':
      case 'planDialogue':
        return <PeopleArea {...area} route={route} defaultLanguage={language} />;
      case 'home':
        return homeView();
      default:
        return open ? dialogueView(open, route) : <p>{t('loading')}</p>;
    }
  }

  const noticeLanguage = open?.dialogue.language ?? language;
  const wordingToReview = store.pendingWording(noticeLanguage).length;

  const navButton = (label: string, target: Route, current: boolean) => (
    <button type="button" class="link" onClick={() => store.navigate(target)} aria-current={current ? 'page' : undefined}>
      {label}
    </button>
  );
  const inManagerArea = route.name === 'people' || route.name === 'person' || route.name === 'planDialogue' || open?.dialogue.role === 'manager';
  // A shared screen shows nothing but the meeting's shared view: no way to the employee list, no other window's
  // note text in a conflict notice (the usability walk: the navigation stayed one click from every employee's name).
  const sharingScreen = route.name === 'meeting' && route.shownToEmployee === true;

  return (
    <CoreI18nContext.Provider value={i18n}>
      <div class="app" lang={i18n.language}>
        <header class="app-head">
          <nav aria-label={t('mainNavigation')} class="app-nav">
            <span class="app-name">{t('appName')}</span>
            {!sharingScreen && navButton(t('navMyDialogues'), { name: 'home' }, route.name === 'home' || (!inManagerArea && 'dialogueId' in route))}
            {!sharingScreen && navButton(t('navMyEmployees'), { name: 'people' }, inManagerArea)}
            {!sharingScreen && navButton(t('settings'), { name: 'settings' }, route.name === 'settings')}
          </nav>
          <SaveStatus saveState={store.saveState} />
        </header>
        {problem && <ProblemBanner problem={problem} onDismiss={store.dismissProblem} onRetry={store.retrySaving} />}
        {conflict && !sharingScreen && <ConflictNotice key={conflict.itemId} conflict={conflict} onResolve={(keep) => store.resolveConflict(conflict.itemId, keep)} />}
        {wordingToReview > 0 && route.name !== 'guideUpdate' && !sharingScreen && (
          <p class="notice guide-update-notice">
            {t('guideUpdateNotice', { count: wordingToReview })}{' '}
            <button type="button" class="link" onClick={() => store.navigate({ name: 'guideUpdate', language: noticeLanguage })}>
              {t('guideUpdateReview')}
            </button>
          </p>
        )}
        {route.name === 'home' && backupIsDue(preferences.lastBackupAt, store.dialogues.value) && (
          <p class="notice backup-reminder">
            {t('backupReminder')}{' '}
            <button type="button" class="link" onClick={() => store.navigate({ name: 'settings' })}>
              {t('backupReminderAction')}
            </button>
          </p>
        )}
        <main>{view()}</main>
      </div>
    </CoreI18nContext.Provider>
  );
}
