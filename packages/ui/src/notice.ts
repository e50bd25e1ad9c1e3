/** `@shenbao/ui/notice`: registers `<shenbao-notice>` at once, for a host that uses it by itself (`<shenbao-form>` loads it on first use). */
import { ShenbaoNotice } from './elements/notice/notice.js';
import { defineElement } from './lazy-elements.js';

defineElement('shenbao-notice', ShenbaoNotice);

export { ShenbaoNotice };
