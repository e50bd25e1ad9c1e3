/**
 * @shenbao/ui — Lit web components that render any shenbao form definition and show what
 * `evaluate()` says. Import `@shenbao/ui/define` to register the `shenbao-*` tags.
 */
export { ShenbaoForm } from './elements/form/form.js';
export { typedForm } from './elements/form/typed-form.js';
export type { DraftOf, ShenbaoFormEventMap } from './events/form-event-map.js';
export type { RulesInput } from './resolve-rules.js';
export { ShenbaoField } from './elements/field/field.js';
export { ShenbaoGroup } from './elements/group/group.js';
export { ShenbaoSteps } from './elements/steps/steps.js';
export { ShenbaoUpload } from './elements/upload/upload.js';
export { ShenbaoTimeline, roleLabel } from './elements/timeline/timeline.js';
export { ShenbaoReviewPanel, type ReviewAction, type ReviewTarget } from './elements/review-panel/review-panel.js';
export { ShenbaoNotice, type NoticeRow } from './elements/notice/notice.js';
// The document viewer is loaded by <shenbao-form> on first use; its types only here, so importing the package does not load it.
export type { ShenbaoDocViewer, ViewerDocument } from './elements/doc-viewer/doc-viewer.js';
export { reviewPlaceLabel } from './elements/form/review-places.js';
export { ShenbaoIssueList, type IssueListItem } from './elements/issue-list/issue-list.js';
export { issueListItems, focusIssue } from './elements/issue-list/issue-items.js';
export { saveAsImage, captureScale, type SaveAsImageOptions } from './save-as-image.js';
export { formatChinaTime } from './format-time.js';
export { ShenbaoFieldChangeEvent, type FieldChangeDetail } from './events/shenbao-field-change-event.js';
export { ShenbaoCommentEvent } from './events/shenbao-comment-event.js';
export { ShenbaoOpenDocumentEvent } from './events/shenbao-open-document-event.js';
export { ShenbaoInputEvent, type FormValueDetail } from './events/shenbao-input-event.js';
export { ShenbaoChangeEvent } from './events/shenbao-change-event.js';
export { ShenbaoEvaluatedEvent } from './events/shenbao-evaluated-event.js';
export { ShenbaoGroupAddEvent } from './events/shenbao-group-add-event.js';
export { ShenbaoIssueSelectEvent } from './events/shenbao-issue-select-event.js';
export { ShenbaoRecordEvent } from './events/shenbao-record-event.js';
export { ShenbaoReviewEvent, type ReviewDetail } from './events/shenbao-review-event.js';
export { ShenbaoStepEvent, type StepDetail } from './events/shenbao-step-event.js';
export { ShenbaoSubmitEvent, type SubmitDetail } from './events/shenbao-submit-event.js';
export { localDraftStore } from './adapters/local-draft-store.js';
export { FormStore, assignAt, type FormStoreOptions } from './form-store.js';
export { defaultDictionaries, fieldSpec } from './field-specs.js';
export { registerWidget, builtinWidgetNames, type BuiltinWidgetName, type HostWidgetName, type WidgetName } from './widgets/registry.js';
export { defineWidget, rankWith, type PlainInput, type Widget, type WidgetContext, type WidgetTestInput } from './widgets/widget.js';
export { t, type UiTextKey } from './ui-texts.js';
export type { DraftStore, FieldSpec, FormMode, Lookup, RecordStore, ReviewComment, UploadRequest, Uploader } from './types.js';
