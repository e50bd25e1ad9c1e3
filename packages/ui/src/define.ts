/**
 * Registers the shenbao elements of a form under their `shenbao-` tags. Importing the classes has no
 * side effect; import this module (`@shenbao/ui/define`) once to use the tags. The optional
 * elements (upload, notice, review panel, timeline) are not in it: the form loads each on first use;
 * a host that uses one by itself imports its entry point (`@shenbao/ui/upload` …; lazy-elements.ts).
 */
import { ShenbaoField } from './elements/field/field.js';
import { ShenbaoForm } from './elements/form/form.js';
import { ShenbaoGroup } from './elements/group/group.js';
import { ShenbaoSteps } from './elements/steps/steps.js';
import type { ShenbaoUpload } from './elements/upload/upload.js';
import type { ShenbaoNotice } from './elements/notice/notice.js';
import type { ShenbaoReviewPanel } from './elements/review-panel/review-panel.js';
import type { ShenbaoTimeline } from './elements/timeline/timeline.js';
import { ShenbaoIssueList } from './elements/issue-list/issue-list.js';

const elements: [string, CustomElementConstructor][] = [
  ['shenbao-form', ShenbaoForm],
  ['shenbao-field', ShenbaoField],
  ['shenbao-group', ShenbaoGroup],
  ['shenbao-steps', ShenbaoSteps],
  ['shenbao-issue-list', ShenbaoIssueList],
];

for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'shenbao-form': ShenbaoForm;
    'shenbao-field': ShenbaoField;
    'shenbao-group': ShenbaoGroup;
    'shenbao-steps': ShenbaoSteps;
    'shenbao-upload': ShenbaoUpload;
    'shenbao-timeline': ShenbaoTimeline;
    'shenbao-review-panel': ShenbaoReviewPanel;
    'shenbao-notice': ShenbaoNotice;
    'shenbao-issue-list': ShenbaoIssueList;
  }
}
