import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../lib/domain/constants';
import { getGuide } from '../../lib/guide/bundled';
import { parsePolicy } from '../../lib/extension/managed-policy';
import { defaultStaffCategory, effectivePreferences, languageLocked, withPolicyLinks } from '../../lib/domain/policy';

describe('the institution’s managed policy', () => {
  it('ignores malformed or unsafe values and keeps the rest', () => {
    const policy = parsePolicy({ language: 'de', defaultStaffCategory: 'academic', guideUrl: 'javascript:alert(1)', formUrls: { academic: 'https://intranet.example/form.docx', followUpPlan: 42 } });
    expect(policy).toEqual({ defaultStaffCategory: 'academic', formUrls: { academic: 'https://intranet.example/form.docx' } });
    expect(parsePolicy('nonsense')).toEqual({});
  });

  it('reads Firefox’s policies.json shape: its 3rdparty.Extensions entry for Samtale, with values Firefox did not check', () => {
    // Firefox ignores managed_schema.json: storage.managed hands over the add-on's entry as written, any JSON types.
    const policiesJson = {
      policies: {
        ExtensionSettings: { 'samtale@uio-dialogue.example': { installation_mode: 'force_installed' } },
        '3rdparty': {
          Extensions: {
            'samtale@uio-dialogue.example': { language: 'nb', lockLanguage: 'yes', defaultStaffCategory: 'academic', panelEverywhere: 1, formUrls: ['https://a.example'], unknown: true },
          },
        },
      },
    };
    const handedOver = policiesJson.policies['3rdparty'].Extensions['samtale@uio-dialogue.example'];
    expect(parsePolicy(handedOver)).toEqual({ language: 'nb', defaultStaffCategory: 'academic' });
    expect(effectivePreferences({ ...DEFAULT_PREFERENCES, language: 'auto' }, true, parsePolicy(handedOver)).language).toBe('nb');
    expect(languageLocked(parsePolicy(handedOver))).toBe(false);
  });

  it.each([
    ['a browser-following user gets the policy’s language', 'auto', { language: 'nb' }, 'nb'],
    ['a user’s own choice wins', 'en', { language: 'nb' }, 'en'],
    ['a locked policy wins', 'en', { language: 'nb', lockLanguage: true }, 'nb'],
    ['no policy: the user’s choice', 'auto', {}, 'auto'],
  ] as const)('%s', (_, userLanguage, policy, expected) => {
    expect(effectivePreferences({ ...DEFAULT_PREFERENCES, language: userLanguage }, true, parsePolicy(policy)).language).toBe(expected);
  });

  it('sets the panel default until the user saves their own, and the staff category preselected', () => {
    const policy = parsePolicy({ panelEverywhere: true, defaultStaffCategory: 'doctoralFellow', language: 'en', lockLanguage: true });
    expect(effectivePreferences(DEFAULT_PREFERENCES, false, policy).panelEverywhere).toBe(true);
    expect(effectivePreferences(DEFAULT_PREFERENCES, true, policy).panelEverywhere).toBe(false);
    expect(defaultStaffCategory(policy)).toBe('doctoralFellow');
    expect(languageLocked(policy)).toBe(true);
  });

  it('replaces the guide and form links', () => {
    const guide = withPolicyLinks(getGuide('uio-dialogue-2020', 'en'), parsePolicy({ guideUrl: 'https://intranet.example/guide', formUrls: { followUpPlan: 'https://intranet.example/plan.docx' } }));
    expect(guide.source.url).toBe('https://intranet.example/guide');
    expect(guide.forms.find((f) => f.for === 'followUpPlan')!.url).toBe('https://intranet.example/plan.docx');
    expect(guide.forms.find((f) => f.for === 'academic')!.url).toContain('www.uio.no');
  });
});
