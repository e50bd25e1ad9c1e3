/**
 * The React host's entry. `@shenbao/ui/define` is imported FIRST, before React renders anything:
 * React 19 sets a prop on a custom element as a property only when the element already has that
 * property, so an element defined later would get `definition="[object Object]"` as an attribute
 * (the form then says so on screen and in the console).
 */
import '@shenbao/ui/define';
import type {} from '@shenbao/ui/react';
import '@shenbao/example-host-kit/host.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
