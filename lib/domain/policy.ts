import type { GuideTemplate } from '../guide/types';
import type { ManagedPolicy } from '../extension/managed-policy';
import type { Preferences, StaffCategory } from './schema';

/**
 * Preferences as they apply under an institution's policy: the policy's language replaces "same as the
 * browser" (the user's own choice of language wins, unless the policy locks it), and the policy's panel
 * setting applies until the user has saved settings of their own.
 */
export function effectivePreferences(user: Preferences, userHasSaved: boolean, policy: ManagedPolicy): Preferences {
  const language = policy.language && (policy.lockLanguage || user.language === 'auto') ? policy.language : user.language;
  const panelEverywhere = userHasSaved ? user.panelEverywhere : (policy.panelEverywhere ?? user.panelEverywhere);
  return { ...user, language, panelEverywhere };
}

export const languageLocked = (policy: ManagedPolicy): boolean => Boolean(policy.lockLanguage && policy.language);

export const defaultStaffCategory = (policy: ManagedPolicy): StaffCategory => policy.defaultStaffCategory ?? 'technicalAdministrative';

/** The guide with the institution's own links to the guide page and the forms, where the policy gives them. */
export function withPolicyLinks(guide: GuideTemplate, policy: ManagedPolicy): GuideTemplate {
  if (!policy.guideUrl && !policy.formUrls) return guide;
  return {
    ...guide,
    source: policy.guideUrl ? { ...guide.source, url: policy.guideUrl } : guide.source,
    forms: guide.forms.map((form) => ({ ...form, url: policy.formUrls?.[form.for] ?? form.url })),
  };
}
