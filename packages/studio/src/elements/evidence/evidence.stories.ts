import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../../define.js';
import { evidenceOf, type Evidence } from '../../model/evidence.js';
import { draft2025, newest, tcm, tcmPacks, tcmScenarios } from '../../stories/story-data.js';

type Args = Record<string, never>;

export default {
  title: 'Studio/Evidence',
  component: 'studio-evidence',
  loaders: [async () => ({ evidence: await evidenceOf(tcm.definition, tcmPacks, draft2025, tcmScenarios) })],
  render: (_args, { loaded }) => {
    const el = document.createElement('studio-evidence');
    el.evidence = (loaded as { evidence: Evidence }).evidence;
    el.parentYear = newest;
    return el;
  },
  parameters: { docs: { description: { component: '证据：与上一年的差异（同 shenbao rules diff）、每个场景在上一年与本稿下的结果、需求覆盖。' } } },
} satisfies Meta<Args>;

/** TCM 2025 with three recommenders: the two-recommender scenarios turn from pass to fail. */
export const Tcm2025: StoryObj<Args> = {
  name: '中医 2025：推荐医师 3 人',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('studio-evidence')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    await expect(root.querySelector('table.diff-params')!.textContent).toContain('minRecommenders');
    await expect(root.querySelector('tr[data-scenario="shicheng-pass"] td.now')!.textContent).toContain('未通过');
  },
};
