import type { GuideTemplate } from '../guide/types';
import type { Dialogue, Item } from './schema';

/** A dialogue as the panel shows it and every export renders it: its guide, its items and last year's. */
export interface OpenDialogue {
  dialogue: Dialogue;
  guide: GuideTemplate;
  /** Stored items overlaid with edits not yet committed: what the user sees. */
  items: Item[];
  /** The dialogue this one follows up, with its items and its own guide: last year's conclusions and plan. */
  previous: { dialogue: Dialogue; items: Item[]; guide: GuideTemplate } | null;
}
