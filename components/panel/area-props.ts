import type { ExportServices } from '../../lib/export/services';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { Route } from '../../lib/state/router';
import type { Store } from '../../lib/state/store';

/** What every area of the side panel is given: the store to read and act on, and the ways out of the panel. */
export interface AreaProps<R extends Route = Route> {
  store: Store;
  route: R;
  exporter: ExportServices;
  today: () => string;
  /** The user's own name, remembered when they type it into a form. */
  rememberMyName: (name: string) => void;
}

export type DialogueRoute = Extract<Route, { dialogueId: string }>;

export interface DialogueAreaProps extends AreaProps<DialogueRoute> {
  open: OpenDialogue;
}
