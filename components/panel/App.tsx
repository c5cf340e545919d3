import { useEffect } from 'preact/hooks';
import { newPlanItemFields, todayIso } from '../../lib/domain/dialogues';
import type { ExportServices } from '../../lib/export/services';
import { loadTranslator, resolveLanguage } from '../../lib/i18n';
import { defaultStaffCategory } from '../../lib/domain/policy';
import type { ItemOf } from '../../lib/domain/schema';
import type { OpenDialogue, Route, Store } from '../../lib/state/store';
import { DialogueList } from '../dialogue/DialogueList';
import { SaveStatus } from './SaveStatus';
import type { TopicPageActions } from '../dialogue/TopicPage';
import type { AreaProps, DialogueRoute } from './area-props';
import { CoreI18nContext, useCoreI18n } from '../ui/i18n';
import { lazyComponent } from './lazy';

// The areas a first screen rarely needs load when first shown (see ARCHITECTURE.md, "Speed").
const DialogueView = lazyComponent(() => import('../dialogue/DialogueView').then((module) => module.DialogueView));
const PeopleArea = lazyComponent(() => import('../manager/ManagerArea').then((module) => module.PeopleArea));
const MeetingArea = lazyComponent(() => import('../manager/ManagerArea').then((module) => module.MeetingArea));
const ExportArea = lazyComponent(() => import('../export/ExportArea').then((module) => module.ExportArea));
const SettingsArea = lazyComponent(() => import('../settings/SettingsArea').then((module) => module.SettingsArea));
const NewDialogueForm = lazyComponent(() => import('../dialogue/NewDialogueForm').then((module) => module.NewDialogueForm));
const LockScreen = lazyComponent(() => import('./LockScreen').then((module) => module.LockScreen));
const PreviousReview = lazyComponent(() => import('../dialogue/PreviousReview').then((module) => module.PreviousReview));
const AgreementPanel = lazyComponent(() => import('../plan/AgreementPanel').then((module) => module.AgreementPanel));
const ProblemBanner = lazyComponent(() => import('./ProblemBanner').then((module) => module.ProblemBanner));

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

const BACKUP_REMINDER_DAYS = 30;
export const FIRST_SCREEN_MARK = 'samtale:first-screen';

/** Remind to back up once there is something to lose and no backup in the last month. */
function backupIsDue(lastBackupAt: string | null, dialogues: readonly { createdAt: string }[], now: number = Date.now()): boolean {
  const day = 86_400_000;
  if (lastBackupAt) return now - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * day;
  return dialogues.some((dialogue) => now - Date.parse(dialogue.createdAt) > day);
}

/** The side panel: routes between the user's dialogues, their employees, a dialogue's views and the settings. */
export function App({ store, browserLanguages, exporter, requestReminderPermissions, canOpenPanelEverywhere = true, today = () => todayIso() }: Props) {
  const preferences = store.preferences.value;
  const language = resolveLanguage(preferences.language, browserLanguages);
  const i18n = useCoreI18n(language);
  const route = store.route.value;
  const problem = store.problem.value;
  const open = store.openDialogue.value;

  const rememberMyName = (name: string) => {
    if (name && name !== preferences.myName) void store.savePreferences({ myName: name });
  };
  const area: Omit<AreaProps, 'route'> = { store, exporter, today, rememberMyName };
  // A reopened dialogue's view loads while the database opens.
  useEffect(() => void ('dialogueId' in store.route.peek() && DialogueView.preload().catch(() => undefined)), []);
  // The first screen with its data on it: a User Timing mark the benchmark (and DevTools) reads. Effects run
  // after the browser has painted.
  const firstScreen = store.ready.value && (!('dialogueId' in route) || open !== null);
  useEffect(() => {
    if (!firstScreen || performance.getEntriesByName(FIRST_SCREEN_MARK).length > 0) return;
    performance.mark(FIRST_SCREEN_MARK);
    store.firstScreenDrawn();
    // Then, while the panel is idle, the other areas' code and messages: going there later is instant.
    const idle = requestIdleCallback(() => {
      for (const area of [DialogueView, PeopleArea, MeetingArea, ExportArea, SettingsArea, NewDialogueForm, PreviousReview, AgreementPanel, ProblemBanner]) area.preload().catch(() => undefined);
      loadTranslator(language).catch(() => undefined);
    });
    return () => cancelIdleCallback(idle);
  }, [firstScreen]);
  const { t } = i18n;

  function topicActions(open: OpenDialogue, topicId: () => string): TopicPageActions {
    const dialogueId = open.dialogue.id;
    return {
      mark: (questionId, marked) => void store.markQuestion(dialogueId, questionId, marked),
      answerFor: (questionId, sensitive) => store.singleItem('answer', questionId.slice(0, 2), { questionId, sensitive }, questionId),
      selfAssessment: () => store.singleItem('selfAssessment', 't1', {}, 't1'),
      conclusion: (id) => store.singleItem('conclusion', id, {}, id),
      edit: (item, changes) => void store.editItem(item, changes),
      addPoint: () => void store.addItem({ kind: 'point', dialogueId, topicId: topicId() }),
      addGoal: () => void store.addItem({ kind: 'goal', dialogueId, topicId: topicId(), deadline: null, why: '' }),
      addPlanItem: () => void store.addItem({ ...newPlanItemFields(''), dialogueId, topicId: topicId() }),
      remove: (id) => void store.removeItem(id),
    };
  }

  function previousReview(open: OpenDialogue) {
    if (!open.previous) return undefined;
    const carried = new Map(
      open.items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan' && item.carriedFromId !== null).map((item) => [item.carriedFromId!, item.id]),
    );
    return (
      <PreviousReview
        previous={open.previous}
        previousGuide={open.previous.guide}
        reviewFor={(planItem) => store.singleItem('review', 't1', { reviewedItemId: planItem.id, achieved: null }, planItem.id) as ItemOf<'review'>}
        carriedOver={new Set(carried.keys())}
        onReview={(review, changes) => void store.editItem(review, changes)}
        onCarryOver={(planItem, carry) => {
          if (!carry) return void store.removeItem(carried.get(planItem.id)!);
          void store.addItem({
            ...newPlanItemFields(planItem.text),
            dialogueId: open.dialogue.id,
            topicId: 't7',
            responsible: planItem.responsible,
            responsibleName: planItem.responsibleName,
            successCriteria: planItem.successCriteria,
            carriedFromId: planItem.id,
          });
        }}
      />
    );
  }

  function dialogueLinks(open: OpenDialogue, route: DialogueRoute) {
    const go = (name: DialogueRoute['name']) => () => store.navigate({ ...route, name });
    const links = open.dialogue.role === 'manager' ? [
      { label: t('inviteHeading'), onClick: go('invite') },
      { label: t('meetingOpen'), onClick: go('meeting') },
      { label: t('importOpen'), onClick: go('import') },
    ] : [];
    return [...links, { label: t('exportOpen'), onClick: go('export') }];
  }

  function dialogueView(open: OpenDialogue, route: DialogueRoute) {
    const topicId = () => open.guide.topics[route.topicIndex]?.id ?? 't1';
    switch (route.name) {
      case 'dialogue':
        return (
          <DialogueView
            open={open}
            topicIndex={route.topicIndex}
            onTopic={(topicIndex) => store.navigate({ ...route, topicIndex })}
            onFinish={() => store.navigate(open.dialogue.role === 'manager' && open.dialogue.employeeId ? { name: 'person', personId: open.dialogue.employeeId } : { name: 'home' })}
            links={dialogueLinks(open, route)}
            onStatus={(status) => void store.updateDialogue(open.dialogue.id, { status })}
            actions={topicActions(open, topicId)}
            previousReview={previousReview(open)}
            agreement={<AgreementPanel dialogue={open.dialogue} today={today()} onAcknowledge={(party, ack) => void store.acknowledge(open.dialogue.id, party, ack)} />}
          />
        );
      case 'meeting':
      case 'invite':
      case 'import':
        return <MeetingArea {...area} route={route} open={open} />;
      case 'export':
        return <ExportArea {...area} route={route} open={open} />;
    }
  }

  function view() {
    if (!store.ready.value && !problem) return <p>{t('loading')}</p>;
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
        return (
          <DialogueList
            dialogues={store.dialogues.value.filter((d) => d.role === 'employee')}
            onNew={() => store.navigate({ name: 'new' })}
            onOpen={(dialogueId) => store.navigate({ name: 'dialogue', dialogueId, topicIndex: 0 })}
            onDelete={(id) => void store.deleteDialogue(id)}
          />
        );
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

  return (
    <CoreI18nContext.Provider value={i18n}>
      <div class="app" lang={i18n.language}>
        <header class="app-head">
          <nav aria-label={t('mainNavigation')} class="app-nav">
            <span class="app-name">{t('appName')}</span>
            {navButton(t('navMyDialogues'), { name: 'home' }, route.name === 'home' || (!inManagerArea && 'dialogueId' in route))}
            {navButton(t('navMyEmployees'), { name: 'people' }, inManagerArea)}
            {navButton(t('settings'), { name: 'settings' }, route.name === 'settings')}
          </nav>
          <SaveStatus saveState={store.saveState} />
        </header>
        {problem && <ProblemBanner problem={problem} onDismiss={store.dismissProblem} onRetry={store.retrySaving} />}
        {wordingToReview > 0 && route.name !== 'guideUpdate' && (
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
