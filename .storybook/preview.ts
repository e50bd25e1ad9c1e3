/**
 * What every story shares: the `shenbao-*` tags, the element docs from the Custom Elements Manifest,
 * a11y violations as test failures, phone (375 px, the default) and desktop viewports, and the
 * form locale as a toolbar global (`context.globals.locale`, zh-CN default).
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/ui/custom-elements.json' with { type: 'json' };
import '../packages/ui/src/define.js';
import '../packages/ui/src/upload.js';
import '../packages/ui/src/notice.js';
import '../packages/ui/src/review-panel.js';
import '../packages/ui/src/timeline.js';

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
}

/** The manifest as docs pages should show it: public instance API only (no `_state`, no private helpers). */
function publicApi<T>(cem: T): T {
  const isPublic = (m: Member) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name?.startsWith('_');
  const copy = structuredClone(cem) as { modules?: { declarations?: { members?: Member[] }[] }[] };
  for (const mod of copy.modules ?? []) for (const declaration of mod.declarations ?? []) if (declaration.members) declaration.members = declaration.members.filter(isPublic);
  return copy as T;
}

setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' }, // an axe violation fails the story's test
    viewport: {
      options: {
        phone: { name: '手机 Phone 375', styles: { width: '375px', height: '812px' }, type: 'mobile' },
        desktop: { name: '桌面 Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    controls: { expanded: true },
    // Reviewers first: the guide, then the forms (each: 场景一览, its scenarios; the developer overview last), then the elements.
    options: { storySort: { order: ['审核指南', '表单', ['*', '概览'], 'Elements', '*'] } },
  },
  globalTypes: {
    locale: {
      description: '表单语言 Form locale',
      toolbar: {
        title: '语言',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'zh-CN',
    viewport: { value: 'phone', isRotated: false },
  },
};

export default preview;
