/** `@shenbao/ui/timeline`: registers `<shenbao-timeline>` at once, for a host that uses it by itself (`<shenbao-form>` loads it on first use). */
import { ShenbaoTimeline } from './elements/timeline/timeline.js';
import { defineElement } from './lazy-elements.js';

defineElement('shenbao-timeline', ShenbaoTimeline);

export { ShenbaoTimeline };
