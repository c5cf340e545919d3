import { useMemo, useRef } from 'preact/hooks';
import type { ExportServices } from '../lib/export/deliver';
import { summaryCandidates } from '../lib/export/summary';
import { getGuide } from '../lib/guide';
import { resolveLanguage, translator, type Translate } from '../lib/i18n';
import { invitationIcs, invitationText } from '../lib/invitation';
import { managerOverview, todayIso } from '../lib/overview';
import { defaultStaffCategory, languageLocked } from '../lib/policy';
import type { Item, ItemOf } from '../lib/schema';
import type { ShareProblem } from '../lib/share';
import type { BackupProblem } from '../lib/backup';
import type { OpenDialogue, Route, Store } from '../lib/store';
import { AgreementPanel } from './AgreementPanel';
import { DataSection } from './DataSection';
import { LockScreen } from './LockScreen';
import { LockSection } from './LockSection';
import { DialogueList } from './DialogueList';
import { DialogueView } from './DialogueView';
import { ExportView } from './ExportView';
import { GuideUpdateView } from './GuideUpdateView';
import { ImportView, type ImportCheck } from './ImportView';
import { InviteView } from './InviteView';
import { MeetingView, type MeetingActions } from './MeetingView';
import { NewDialogueForm } from './NewDialogueForm';
import { PeopleView } from './PeopleView';
import { PersonView } from './PersonView';
import { PlanDialogueForm } from './PlanDialogueForm';
import { PreviousReview } from './PreviousReview';
import { ProblemBanner } from './ProblemBanner';
import { SaveStatus } from './SaveStatus';
import { Settings } from './Settings';
import type { TopicPageActions } from './TopicPage';
import { I18nContext } from './i18n';

interface Props {
  store: Store;
  browserLanguages: readonly string[];
  exporter: ExportServices;
  /** Asks for (or gives back) the optional permissions reminders need; resolves to whether they were granted. */
  requestReminderPermissions: (enabled: boolean) => Promise<boolean>;
  /** Today, as the user's clock says (injected so tests can move time). */
  today?: () => string;
}

type DialogueRoute = Extract<Route, { dialogueId: string }>;

const planItemFields = (text: string) => ({
  kind: 'plan' as const,
  text,
  responsible: 'employee' as const,
  responsibleName: '',
  due: null,
  successCriteria: '',
  status: 'open' as const,
  statusComment: '',
  carriedFromId: null,
});

function backupProblemMessage(problem: BackupProblem, t: Translate): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('backupTooLarge');
    case 'notJson':
      return t('backupNotJson');
    case 'foreign':
      return t('backupForeign');
    case 'newerVersion':
      return t('backupNewer');
    case 'passphraseNeeded':
      return t('backupPassphraseNeeded');
    case 'wrongPassphrase':
      return t('backupWrongPassphrase');
    case 'invalid':
      return t('backupInvalid', { detail: problem.detail });
  }
}

const BACKUP_REMINDER_DAYS = 30;

/** Remind to back up once there is something to lose and no backup in the last month. */
function backupIsDue(lastBackupAt: string | null, dialogues: readonly { createdAt: string }[], now: number = Date.now()): boolean {
  const day = 86_400_000;
  if (lastBackupAt) return now - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * day;
  return dialogues.some((dialogue) => now - Date.parse(dialogue.createdAt) > day);
}

function shareProblemMessage(problem: ShareProblem, t: Translate): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('importTooLarge');
    case 'notJson':
      return t('importNotJson');
    case 'foreign':
      return t('importForeign');
    case 'newerVersion':
      return t('importNewer');
    case 'invalid':
      return t('importInvalid', { detail: problem.detail });
  }
}

/** The side panel: routes between the user's dialogues, their employees, a dialogue's views and the settings. */
export function App({ store, browserLanguages, exporter, requestReminderPermissions, today = () => todayIso() }: Props) {
  const preferences = store.preferences.value;
  const language = resolveLanguage(preferences.language, browserLanguages);
  const i18n = useMemo(() => ({ t: translator(language), language }), [language]);
  const { t } = i18n;
  const route = store.route.value;
  const problem = store.problem.value;
  const open = store.openDialogue.value;
  const pendingImport = useRef<Item[]>([]);

  const rememberMyName = (name: string) => {
    if (name && name !== preferences.myName) void store.savePreferences({ myName: name });
  };

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
      addPlanItem: () => void store.addItem({ ...planItemFields(''), dialogueId, topicId: topicId() }),
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
        previousGuide={getGuide(open.previous.dialogue.templateId, open.previous.dialogue.language)}
        reviewFor={(planItem) => store.singleItem('review', 't1', { reviewedItemId: planItem.id, achieved: null }, planItem.id) as ItemOf<'review'>}
        carriedOver={new Set(carried.keys())}
        onReview={(review, changes) => void store.editItem(review, changes)}
        onCarryOver={(planItem, carry) => {
          if (!carry) return void store.removeItem(carried.get(planItem.id)!);
          void store.addItem({
            ...planItemFields(planItem.text),
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

  function meetingActions(open: OpenDialogue, route: DialogueRoute): MeetingActions {
    const dialogueId = open.dialogue.id;
    return {
      meetingNote: (topicId) => store.singleItem('meetingNote', topicId, {}, topicId),
      conclusion: (topicId) => store.singleItem('conclusion', topicId, {}, topicId),
      edit: (item, changes) => void store.editItem(item, changes),
      addToPlan: (text, topicId) => void store.addItem({ ...planItemFields(text), dialogueId, topicId }),
      setCovered: (topicId, covered) => void store.setTopicCovered(dialogueId, topicId, covered),
      setClock: (running) => void store.setMeetingClock(dialogueId, running),
      end: () => {
        void store.setMeetingClock(dialogueId, false);
        if (['planned', 'invited', 'prepared'].includes(open.dialogue.status)) void store.updateDialogue(dialogueId, { status: 'held' });
        store.navigate({ ...route, name: 'dialogue', topicIndex: open.guide.topics.length - 1 });
      },
    };
  }

  async function checkImport(open: OpenDialogue, text: string): Promise<ImportCheck> {
    const { parseSharedFile, planImport } = await import('../lib/share');
    const parsed = parseSharedFile(text);
    if (!parsed.ok) return { ok: false, message: shareProblemMessage(parsed.problem, t) };
    const plan = planImport(parsed.file, open.dialogue, open.items);
    pendingImport.current = plan.add;
    return { ok: true, from: parsed.file.from.name, add: plan.add.map((item) => ({ id: item.id, text: item.text })), alreadyThere: plan.alreadyThere };
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
        return <MeetingView open={open} topicIndex={route.topicIndex} onTopic={(topicIndex) => store.navigate({ ...route, topicIndex })} actions={meetingActions(open, route)} />;
      case 'invite': {
        const invitation = invitationText(open.dialogue, open.guide);
        return (
          <InviteView
            subject={invitation.subject}
            body={invitation.body}
            hasDate={open.dialogue.plannedDate !== null}
            invited={open.dialogue.status !== 'planned'}
            onCopy={(text) => exporter.copyText(text)}
            onDownloadIcs={() => exporter.saveText(invitationIcs(open.dialogue, open.guide), `samtale-${open.dialogue.plannedDate}.ics`, 'text/calendar')}
            onMarkInvited={() => void store.updateDialogue(open.dialogue.id, { status: 'invited' })}
            onBack={() => store.navigate({ ...route, name: 'dialogue' })}
          />
        );
      }
      case 'import':
        return (
          <ImportView
            employeeName={open.dialogue.employeeName}
            onCheck={(text) => checkImport(open, text)}
            onImport={() => store.importItems(open.dialogue.id, pendingImport.current)}
            onBack={() => store.navigate({ ...route, name: 'dialogue' })}
          />
        );
      case 'export': {
        const candidates = summaryCandidates(open.dialogue, open.guide, open.items);
        const shareJson = async (included: ReadonlySet<string>) => {
          const { buildSharedFile } = await import('../lib/share');
          return JSON.stringify(buildSharedFile(open.dialogue, candidates, included), null, 2);
        };
        return (
          <ExportView
            key={open.dialogue.id}
            candidates={candidates}
            forms={open.guide.forms.filter((form) => form.for === open.dialogue.staffCategory || form.for === 'followUpPlan')}
            onCopy={(summary, scope) => exporter.copy(summary, { bare: scope === 'section' })}
            onDownload={(summary, format) => exporter.download(summary, format)}
            onPrint={(included) => exporter.print({ dialogueId: open.dialogue.id, included, autoPrint: true })}
            share={
              open.dialogue.role === 'employee'
                ? {
                    toFile: async (included) => exporter.saveText(await shareJson(included), `samtale-shared-${open.dialogue.plannedDate ?? today()}.json`, 'application/json'),
                    toClipboard: async (included) => exporter.copyText(await shareJson(included)),
                  }
                : undefined
            }
            onBack={() => store.navigate({ ...route, name: 'dialogue' })}
          />
        );
      }
    }
  }

  function view() {
    if (!store.ready.value && !problem) return <p>{t('loading')}</p>;
    if (store.lock.state.value === 'locked') return <LockScreen onUnlock={(passphrase) => store.lock.unlock(passphrase)} />;
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
        return (
          <Settings
            preferences={preferences}
            onChange={(changes) => void store.savePreferences(changes)}
            languageLocked={languageLocked(store.policy.value)}
            onReminders={async (enabled) => {
              const granted = await requestReminderPermissions(enabled);
              const on = enabled && granted;
              await store.savePreferences({ remindersEnabled: on });
              return on;
            }}
            lockSection={
              <LockSection
                state={store.lock.state.value}
                autoLockMinutes={preferences.autoLockMinutes}
                onEnable={(passphrase) => store.lock.enable(passphrase)}
                onDisable={() => store.lock.disable()}
                onLockNow={() => void store.lock.lockNow()}
                onAutoLockMinutes={(autoLockMinutes) => void store.savePreferences({ autoLockMinutes })}
              />
            }
            dataSection={
              <DataSection
                lastBackupAt={preferences.lastBackupAt}
                persisted={store.persisted.value}
                onBackup={async (passphrase) => {
                  const text = await store.backup(passphrase);
                  return text === undefined ? null : exporter.saveText(text, `samtale-backup-${today()}.json`, 'application/json');
                }}
                onCheckRestore={async (text, passphrase) => {
                  const result = await store.checkRestore(text, passphrase);
                  return result.ok
                    ? result
                    : { ok: false, message: backupProblemMessage(result.problem, t), needsPassphrase: result.problem.kind === 'passphraseNeeded' || result.problem.kind === 'wrongPassphrase' };
                }}
                onRestore={() => store.applyRestore()}
                onDeleteAll={() => store.deleteAllData()}
              />
            }
          />
        );
      case 'people':
        return (
          <PeopleView
            rows={managerOverview(store.people.value, store.dialogues.value, today())}
            onAdd={(person) => void store.savePerson(person)}
            onOpen={(personId) => store.navigate({ name: 'person', personId })}
          />
        );
      case 'person':
      case 'planDialogue': {
        const person = store.people.value.find((p) => p.id === route.personId);
        if (!person) return <p>{t('loading')}</p>;
        if (route.name === 'planDialogue')
          return (
            <PlanDialogueForm
              person={person}
              myName={preferences.myName}
              defaultLanguage={language}
              onCancel={() => store.navigate({ name: 'person', personId: person.id })}
              onSubmit={(input, myName) => {
                rememberMyName(myName);
                void store.planDialogue(input);
              }}
            />
          );
        return (
          <PersonView
            person={person}
            dialogues={store.dialogues.value.filter((d) => d.role === 'manager' && d.employeeId === person.id)}
            onSave={(draft) => void store.savePerson({ ...draft, id: person.id })}
            onDelete={() => void store.deletePerson(person.id)}
            onPlan={() => store.navigate({ name: 'planDialogue', personId: person.id })}
            onOpenDialogue={(dialogueId) => store.navigate({ name: 'dialogue', dialogueId, topicIndex: 0 })}
            onBack={() => store.navigate({ name: 'people' })}
          />
        );
      }
      case 'home':
        return (
          <DialogueList
            dialogues={store.dialogues.value.filter((d) => d.role === 'employee')}
            onNew={() => store.navigate({ name: 'new' })}
            onOpen={(dialogueId) => store.navigate({ name: 'dialogue', dialogueId, topicIndex: 0 })}
            onDelete={(id) => void store.deleteDialogue(id)}
          />
        );
      case 'guideUpdate': {
        const page = store.guidePages.value[route.language];
        return (
          <GuideUpdateView
            url={page?.url ?? ''}
            pending={pendingWording(route.language)}
            onChoose={(wording) => void store.useGuideWording(route.language, wording)}
            onBack={() => store.navigate({ name: 'home' })}
          />
        );
      }
      default:
        return open ? dialogueView(open, route) : <p>{t('loading')}</p>;
    }
  }

  /** Differences of UiO's page the user has not chosen for yet. */
  function pendingWording(pageLanguage: typeof language) {
    const chosen = store.guideWording.value[pageLanguage] ?? {};
    return (store.guidePages.value[pageLanguage]?.differences ?? []).filter((difference) => chosen[difference.questionId] === undefined);
  }
  const noticeLanguage = open?.dialogue.language ?? language;
  const wordingToReview = pendingWording(noticeLanguage).length;

  const navButton = (label: string, target: Route, current: boolean) => (
    <button type="button" class="link" onClick={() => store.navigate(target)} aria-current={current ? 'page' : undefined}>
      {label}
    </button>
  );
  const inManagerArea = route.name === 'people' || route.name === 'person' || route.name === 'planDialogue' || open?.dialogue.role === 'manager';

  return (
    <I18nContext.Provider value={i18n}>
      <div class="app" lang={language}>
        <header class="app-head">
          <nav aria-label={t('mainNavigation')} class="app-nav">
            <span class="app-name">{t('appName')}</span>
            {navButton(t('navMyDialogues'), { name: 'home' }, route.name === 'home' || (!inManagerArea && 'dialogueId' in route))}
            {navButton(t('navMyEmployees'), { name: 'people' }, inManagerArea)}
            {navButton(t('settings'), { name: 'settings' }, route.name === 'settings')}
          </nav>
          <SaveStatus state={store.saveState.value} />
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
    </I18nContext.Provider>
  );
}
