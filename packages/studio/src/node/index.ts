/**
 * @shenbao/studio/node — the studio's local server and its access to the forms folder.
 */
export { startStudio, handleApi, type RunningStudio, type StudioOptions } from './studio-server.js';
export { FormsFolder, FolderError, checkYear } from './forms-folder.js';
