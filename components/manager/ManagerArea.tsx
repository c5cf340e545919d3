import '../ui/areas.css';
import { useEffect, useRef } from 'preact/hooks';
import { isOnPlan, newPlanItemFields } from '../../lib/domain/plan';
import { formatDate } from '../../lib/i18n';
import { invitationIcs, invitationText } from '../../lib/domain/invitation';
import { managerOverview } from '../../lib/domain/overview';
import type { Item } from '../../lib/domain/schema';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { Route } from '../../lib/state/router';
import { InviteView } from './InviteView';
import { MeetingView, type MeetingActions } from './MeetingView';
import { NoteSearch } from '../dialogue/NoteSearch';
import { PeopleView } from './PeopleView';
import { PersonView } from './PersonView';
import { PlanDialogueForm } from './PlanDialogueForm';
import { AgreementPanel } from '../panel/areas';
import { useAreaI18n } from '../ui/i18n';
import type { AreaProps, DialogueAreaProps, DialogueRoute } from '../panel/area-props';

type PeopleRoute = Extract<Route, { name: 'people' | 'person' | 'planDialogue' }>;
type MeetingRoute = Extract<Route, { name: 'meeting' | 'invite' }>;

/** The manager's employees: the overview, one employee's dialogues, and planning a new one. */
export function PeopleArea({ store, route, today, rememberMyName, defaultLanguage }: AreaProps<PeopleRoute> & { defaultLanguage: OpenDialogue['dialogue']['language'] }) {
  const { t, language } = useAreaI18n();
  const onOverview = route.name === 'people';
  useEffect(() => store.readEverything(), []);
  useEffect(() => void (onOverview && store.everythingRead.value && store.prepareSearch()), [onOverview, store.everythingRead.value]);
  // Never an empty list of employees that fills in a moment later.
  if (!store.everythingRead.value) return <p>{t('loading')}</p>;
  if (route.name === 'people') {
    const describeDialogue = (dialogueId: string) => {
      const dialogue = store.dialogues.value.find((d) => d.id === dialogueId);
      if (!dialogue) return '';
      const date = dialogue.plannedDate ? formatDate(dialogue.plannedDate, language) : t('dialogueNoDate');
      return `${dialogue.role === 'manager' ? dialogue.employeeName : t('searchMine')}, ${date}`;
    };
    return (
      <PeopleView
        rows={managerOverview(store.people.value, store.dialogues.value, today())}
        onAdd={(person) => void store.savePerson(person)}
        onOpen={(personId) => store.navigate({ name: 'person', personId })}
        search={
          <NoteSearch
            onSearch={(query) => store.searchNotes(query)}
            describeDialogue={describeDialogue}
            onOpen={(dialogueId, topicId) => store.navigate({ name: 'dialogue', dialogueId, topicIndex: Number(topicId.slice(1)) - 1 })}
          />
        }
      />
    );
  }
  const person = store.people.value.find((p) => p.id === route.personId);
  if (!person) return <p>{t('loading')}</p>;
  if (route.name === 'planDialogue') {
    return (
      <PlanDialogueForm
        person={person}
        myName={store.preferences.value.myName}
        defaultLanguage={defaultLanguage}
        onCancel={() => store.navigate({ name: 'person', personId: person.id })}
        onSubmit={(input, myName) => {
          rememberMyName(myName);
          void store.planDialogue(input);
        }}
      />
    );
  }
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

/** A dialogue the manager holds: the invitation and the meeting itself. */
export function MeetingArea({ store, route, open, exporter, today }: DialogueAreaProps & { route: DialogueRoute & MeetingRoute }) {
  const { t } = useAreaI18n();
  const dialogueId = open.dialogue.id;
  const back = () => store.navigate({ ...route, name: 'dialogue' });

  if (route.name === 'meeting') {
    const actions: MeetingActions = {
      meetingNote: (topicId) => store.singleItem('meetingNote', topicId, {}, topicId),
      conclusion: (topicId) => store.singleItem('conclusion', topicId, {}, topicId),
      edit: (item, changes) => void store.editItem(item, changes),
      addToPlan: ({ text, due }, topicId) => void (isOnPlan(open.items, text) || store.addItem({ ...newPlanItemFields(text), due: due ?? null, dialogueId, topicId })),
      back,
      setCovered: (topicId, covered) => void store.setTopicCovered(dialogueId, topicId, covered),
      setClock: (running) => void store.setMeetingClock(dialogueId, running),
      end: () => {
        void store.endMeeting(dialogueId);
        // The next step (issue #30): the outcome for the employee, what goes and how, first on the screen.
        store.navigate({ name: 'export', dialogueId, topicIndex: open.guide.topics.length - 1, send: true });
      },
    };
    const agreement = <AgreementPanel dialogue={open.dialogue} today={today()} place="meeting" items={open.items} onAcknowledge={(party, ack) => void store.acknowledge(dialogueId, party, ack, 'meeting')} />;
    return (
      <MeetingView
        open={open}
        topicIndex={route.topicIndex}
        onTopic={(topicIndex) => store.navigate({ ...route, topicIndex })}
        showingEmployee={route.shownToEmployee === true}
        onShowEmployee={(shown) => store.navigate({ ...route, shownToEmployee: shown })}
        actions={actions}
        agreement={agreement}
      />
    );
  }

  const invitation = invitationText(open.dialogue, open.guide);
  return (
    <InviteView
      subject={invitation.subject}
      body={invitation.body}
      hasDate={open.dialogue.plannedDate !== null}
      invited={open.dialogue.status !== 'planned'}
      onCopy={(text) => exporter.copyText(text)}
      onDownloadIcs={() => exporter.saveText(invitationIcs(open.dialogue, open.guide), `samtale-${open.dialogue.plannedDate}.ics`, 'text/calendar')}
      onMarkInvited={() => void store.updateDialogue(dialogueId, { status: 'invited' })}
      onBack={back}
    />
  );
}
