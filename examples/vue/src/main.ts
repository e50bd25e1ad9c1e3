/**
 * The Vue host's entry. `@shenbao/ui/define` is imported first, so the elements exist before Vue
 * mounts: Vue sets a bound value on a custom element as a property only when the element has that
 * property (`:definition.prop` forces it either way).
 */
import '@shenbao/ui/define';
import type {} from '@shenbao/ui/vue';
import '@shenbao/example-host-kit/host.css';
import { createApp } from 'vue';
import App from './app.vue';

createApp(App).mount('#app');
