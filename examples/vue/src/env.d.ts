/** Single-file components as modules, for `tsc`/`vue-tsc`. */
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
