/**
 * Styles of `<studio-app>`: a header, the years column, the year in the middle, evidence and
 * preview on the right (stacked below 1100 px).
 */
import { css } from 'lit';
import { studioBase } from '../shared.styles.js';

/** The app's styles. */
export const appStyles = [
  studioBase,
  css`
    :host {
      display: block;
      background: #f6f8fa;
      min-height: 100vh;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
      padding: 0.5rem 1rem;
      background: #0b3d6e;
      color: #fff;
    }
    header h1 {
      font-size: 20px;
      margin: 0;
    }
    header label {
      color: #fff;
    }
    header .status {
      margin: 0;
      margin-left: auto;
    }
    .error {
      margin: 0.5rem 1rem;
      padding: 0.5rem;
      border: 1px solid #a4161a;
      background: #fdecea;
      color: #7d1014;
    }
    .layout {
      display: grid;
      grid-template-columns: 9rem minmax(0, 1fr);
      gap: 1rem;
      padding: 0.8rem 1rem;
    }
    nav h2,
    aside h2,
    .year h2 {
      font-size: 18px;
      margin: 0.2rem 0;
    }
    h3 {
      font-size: 16px;
      margin: 0.6rem 0 0.3rem;
    }
    .years {
      list-style: none;
      padding: 0;
      margin: 0 0 0.6rem;
      display: grid;
      gap: 0.3rem;
    }
    .years li {
      display: grid;
    }
    button.year[aria-current='page'] {
      background: #0b57a4;
      color: #fff;
      font-weight: 600;
    }
    .chain,
    .hint {
      color: #424a53;
      font-size: 14px;
    }
    .main {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 430px;
      gap: 1rem;
      align-items: start;
    }
    @media (max-width: 1100px) {
      .main {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    aside > section,
    .year {
      min-width: 0;
    }
    .year,
    aside > section {
      background: #fff;
      border: 1px solid #d0d7de;
      border-radius: 8px;
      padding: 0.6rem 0.8rem;
    }
    aside {
      min-width: 0;
      display: grid;
      gap: 1rem;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem;
      align-items: center;
    }
    .tools {
      margin-left: auto;
      display: flex;
      gap: 0.4rem;
    }
    .unsaved {
      color: #7a3e00;
      margin: 0.2rem 0;
    }
    ol.rules {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
  `,
];
