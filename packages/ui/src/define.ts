/**
 * Registers every shenbao element under its `shenbao-` tag. Importing the classes has no side
 * effect; import this module (`@shenbao/ui/define`) once to use the tags.
 */
import { ShenbaoField } from './elements/field/field.js';
import { ShenbaoForm } from './elements/form/form.js';
import { ShenbaoGroup } from './elements/group/group.js';
import { ShenbaoSteps } from './elements/steps/steps.js';
import { ShenbaoUpload } from './elements/upload/upload.js';
import { ShenbaoNotice } from './elements/notice/notice.js';
import { ShenbaoReviewPanel } from './elements/review-panel/review-panel.js';
import { ShenbaoTimeline } from './elements/timeline/timeline.js';
import { ShenbaoIssueList } from './elements/issue-list/issue-list.js';

const elements: [string, CustomElementConstructor][] = [
  ['shenbao-form', ShenbaoForm],
  ['shenbao-field', ShenbaoField],
  ['shenbao-group', ShenbaoGroup],
  ['shenbao-steps', ShenbaoSteps],
  ['shenbao-upload', ShenbaoUpload],
  ['shenbao-timeline', ShenbaoTimeline],
  ['shenbao-review-panel', ShenbaoReviewPanel],
  ['shenbao-notice', ShenbaoNotice],
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
