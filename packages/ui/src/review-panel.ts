/** `@shenbao/ui/review-panel`: registers `<shenbao-review-panel>` at once, for a host that uses it by itself (`<shenbao-form>` loads it on first use). */
import { ShenbaoReviewPanel } from './elements/review-panel/review-panel.js';
import { defineElement } from './lazy-elements.js';

defineElement('shenbao-review-panel', ShenbaoReviewPanel);

export { ShenbaoReviewPanel };
