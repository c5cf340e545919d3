import { lazyComponent } from './lazy';

/*
 * The parts of the panel a first screen rarely needs: each loads when first shown, and all of them while the
 * panel is idle after its first screen (see ARCHITECTURE.md, "Speed"). Named here, once, so that the panel and
 * the dialogue's area share them; tests/e2e/bundle.test.ts checks they stay out of the first load.
 */
export const DialogueArea = lazyComponent(() => import('../dialogue/DialogueArea').then((module) => module.DialogueArea));
export const PeopleArea = lazyComponent(() => import('../manager/ManagerArea').then((module) => module.PeopleArea));
export const MeetingArea = lazyComponent(() => import('../manager/ManagerArea').then((module) => module.MeetingArea));
export const ExchangeArea = lazyComponent(() => import('../exchange/ExchangeArea').then((module) => module.ExchangeArea));
export const ExportArea = lazyComponent(() => import('../export/ExportArea').then((module) => module.ExportArea));
export const SettingsArea = lazyComponent(() => import('../settings/SettingsArea').then((module) => module.SettingsArea));
export const NewDialogueForm = lazyComponent(() => import('../dialogue/NewDialogueForm').then((module) => module.NewDialogueForm));
export const LockScreen = lazyComponent(() => import('./LockScreen').then((module) => module.LockScreen));
export const PreviousReview = lazyComponent(() => import('../dialogue/PreviousReview').then((module) => module.PreviousReview));
export const PlanUpdateCard = lazyComponent(() => import('../exchange/PlanUpdateCard').then((module) => module.PlanUpdateCard));
export const WordingNotice = lazyComponent(() => import('../dialogue/WordingNotice').then((module) => module.WordingNotice));
export const AgreementPanel = lazyComponent(() => import('../plan/AgreementPanel').then((module) => module.AgreementPanel));
export const ProblemBanner = lazyComponent(() => import('./ProblemBanner').then((module) => module.ProblemBanner));
export const ConflictNotice = lazyComponent(() => import('./ConflictNotice').then((module) => module.ConflictNotice));

/** Everything above, for the idle preload. */
export const LAZY_AREAS = [DialogueArea, PeopleArea, MeetingArea, ExchangeArea, ExportArea, SettingsArea, NewDialogueForm, PreviousReview, AgreementPanel, ProblemBanner];
