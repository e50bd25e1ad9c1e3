import { describe, expect, it } from 'vitest';
import { resolvePack } from '@shenbao/rules';
import { tcmExpertise } from '@shenbao/forms';
import './define.js';

describe('optional elements load on first use (issue 9: @shenbao/ui/define stays small)', () => {
  it('define registers the form without upload, notice, review panel or timeline; the form loads upload when it shows a slot', async () => {
    expect(customElements.get('shenbao-form')).toBeDefined();
    for (const tag of ['shenbao-upload', 'shenbao-notice', 'shenbao-review-panel', 'shenbao-timeline']) expect(customElements.get(tag)).toBeUndefined();
    const el = document.createElement('shenbao-form');
    Object.assign(el, { definition: tcmExpertise.definition, rules: resolvePack([tcmExpertise.packs[2024] as never], 2024), context: { today: '2024-05-01' }, draftKey: '', mode: 'readonly', value: {} });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('shenbao-upload')).not.toBeNull();
    expect(customElements.get('shenbao-upload')).toBeDefined();
    expect(el.shadowRoot!.querySelector('shenbao-upload:not(:defined)')).toBeNull();
    expect(customElements.get('shenbao-notice')).toBeUndefined(); // not used by this view: not loaded
    el.remove();
  });

  it('an entry point registers its element at once', async () => {
    await import('./timeline.js');
    expect(customElements.get('shenbao-timeline')).toBeDefined();
  });
});
