// For `tsc --noEmit`: TypeScript alone does not read .astro files (Astro's own tools do).
// TypeScript modules that import components (src/components/guide/index.ts) see them as functions.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
