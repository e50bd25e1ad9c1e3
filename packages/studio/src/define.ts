/**
 * Registers the studio's elements (and the shenbao elements the preview uses) under their tags.
 */
import '@shenbao/ui/define';
import { StudioApp } from './elements/app/app.js';
import { StudioCondition } from './elements/condition/condition.js';
import { StudioEvidence } from './elements/evidence/evidence.js';
import { StudioParams } from './elements/params/params.js';
import { StudioPreview } from './elements/preview/preview.js';
import { StudioRuleCard } from './elements/rule-card/rule-card.js';
import { StudioRuleEditor } from './elements/rule-editor/rule-editor.js';

const elements: [string, CustomElementConstructor][] = [
  ['studio-app', StudioApp],
  ['studio-condition', StudioCondition],
  ['studio-evidence', StudioEvidence],
  ['studio-params', StudioParams],
  ['studio-preview', StudioPreview],
  ['studio-rule-card', StudioRuleCard],
  ['studio-rule-editor', StudioRuleEditor],
];

for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
    'studio-condition': StudioCondition;
    'studio-evidence': StudioEvidence;
    'studio-params': StudioParams;
    'studio-preview': StudioPreview;
    'studio-rule-card': StudioRuleCard;
    'studio-rule-editor': StudioRuleEditor;
  }
}
