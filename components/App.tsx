import { useMemo } from 'preact/hooks';
import type { ExportServices } from '../lib/export/deliver';
import { summaryCandidates } from '../lib/export/summary';
import { resolveLanguage, translator } from '../lib/i18n';
import type { Store } from '../lib/store';
import { DialogueList } from './DialogueList';
import { DialogueView } from './DialogueView';
import { ExportView } from './ExportView';
import { NewDialogueForm } from './NewDialogueForm';
import { ProblemBanner } from './ProblemBanner';
import { SaveStatus } from './SaveStatus';
import { Settings } from './Settings';
import type { TopicPageActions } from './TopicPage';
import { I18nContext } from './i18n';

interface Props {
  store: Store;
  browserLanguages: readonly string[];
  exporter: ExportServices;
}

/** The side panel: routes between the dialogue list, a new dialogue, a dialogue's topics and the settings. */
export function App({ store, browserLanguages, exporter }: Props) {
  const preferences = store.preferences.value;
  const language = resolveLanguage(preferences.language, browserLanguages);
  const i18n = useMemo(() => ({ t: translator(language), language }), [language]);
  const { t } = i18n;
  const route = store.route.value;
  const problem = store.problem.value;
  const open = store.openDialogue.value;

  const topicActions: TopicPageActions | null = open && {
    mark: (questionId, marked) => void store.markQuestion(open.dialogue.id, questionId, marked),
    answerFor: (questionId, sensitive) => store.singleItem('answer', questionId.slice(0, 2), { questionId, sensitive }, questionId),
    selfAssessment: () => store.singleItem('selfAssessment', 't1', {}, 't1'),
    conclusion: (topicId) => store.singleItem('conclusion', topicId, {}, topicId),
    edit: (item, changes) => void store.editItem(item, changes),
    addPoint: () => void store.addItem({ kind: 'point', dialogueId: open.dialogue.id, topicId: currentTopicId() }),
    addGoal: () => void store.addItem({ kind: 'goal', dialogueId: open.dialogue.id, topicId: currentTopicId(), deadline: null, why: '' }),
    addPlanItem: () =>
      void store.addItem({
        kind: 'plan',
        dialogueId: open.dialogue.id,
        topicId: currentTopicId(),
        responsible: 'employee',
        responsibleName: '',
        due: null,
        successCriteria: '',
        status: 'open',
        statusComment: '',
        carriedFromId: null,
      }),
    remove: (id) => void store.removeItem(id),
  };
  function currentTopicId(): string {
    const index = 'topicIndex' in route ? route.topicIndex : 0;
    return open?.guide.topics[index]?.id ?? 't1';
  }

  let view;
  if (!store.ready.value && !problem) view = <p>{t('loading')}</p>;
  else if (route.name === 'new')
    view = (
      <NewDialogueForm
        myName={preferences.myName}
        defaultLanguage={language}
        onCancel={() => store.navigate({ name: 'home' })}
        onSubmit={(input, myName) => {
          if (myName.trim() !== preferences.myName) void store.savePreferences({ myName: myName.trim() });
          void store.createDialogue(input);
        }}
      />
    );
  else if (route.name === 'settings') view = <Settings preferences={preferences} onChange={(changes) => void store.savePreferences(changes)} />;
  else if (route.name === 'dialogue' && open && topicActions)
    view = (
      <DialogueView
        open={open}
        topicIndex={route.topicIndex}
        onTopic={(topicIndex) => store.navigate({ ...route, topicIndex })}
        onFinish={() => store.navigate({ name: 'home' })}
        onExport={() => store.navigate({ ...route, name: 'export' })}
        actions={topicActions}
      />
    );
  else if (route.name === 'export' && open)
    view = (
      <ExportView
        key={open.dialogue.id}
        candidates={summaryCandidates(open.dialogue, open.guide, open.items)}
        forms={open.guide.forms.filter((form) => form.for === open.dialogue.staffCategory || form.for === 'followUpPlan')}
        onCopy={(summary, scope) => exporter.copy(summary, { bare: scope === 'section' })}
        onDownload={(summary, format) => exporter.download(summary, format)}
        onPrint={(included) => exporter.print({ dialogueId: open.dialogue.id, included, autoPrint: true })}
        onBack={() => store.navigate({ ...route, name: 'dialogue' })}
      />
    );
  else if (route.name === 'dialogue' || route.name === 'export') view = <p>{t('loading')}</p>;
  else
    view = (
      <DialogueList
        dialogues={store.dialogues.value}
        onNew={() => store.navigate({ name: 'new' })}
        onOpen={(dialogueId) => store.navigate({ name: 'dialogue', dialogueId, topicIndex: 0 })}
        onDelete={(id) => void store.deleteDialogue(id)}
      />
    );

  return (
    <I18nContext.Provider value={i18n}>
      <div class="app" lang={language}>
        <header class="app-head">
          <nav aria-label={t('mainNavigation')} class="app-nav">
            <button type="button" class="link app-name" onClick={() => store.navigate({ name: 'home' })} aria-current={route.name === 'home' ? 'page' : undefined}>
              {t('appName')}
            </button>
            <button type="button" class="link" onClick={() => store.navigate({ name: 'settings' })} aria-current={route.name === 'settings' ? 'page' : undefined}>
              {t('settings')}
            </button>
          </nav>
          <SaveStatus state={store.saveState.value} />
        </header>
        {problem && <ProblemBanner problem={problem} onDismiss={store.dismissProblem} onRetry={store.retrySaving} />}
        <main>{view}</main>
      </div>
    </I18nContext.Provider>
  );
}

