/** `@shenbao/ui/upload`: registers `<shenbao-upload>` at once, for a host that uses it by itself (`<shenbao-form>` loads it on first use). */
import { ShenbaoUpload } from './elements/upload/upload.js';
import { defineElement } from './lazy-elements.js';

defineElement('shenbao-upload', ShenbaoUpload);

export { ShenbaoUpload };
