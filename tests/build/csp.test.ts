import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCsp, auditPage, cspHash, cssUrls, isForeign, policyFor, SEARCH_MARK, withPolicy } from '../../src/astro/csp.ts';

const SITE = 'http://localhost:4321';

const PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Un guide</title>
<script src="/ecouter.js" defer></script><style>body{color:#000}</style><script type="module">console.log(1)</script></head>
<body><p style="color: red">Bonjour.</p><img src="/images/plan.png" alt="Plan"></body></html>`;

describe('the Content-Security-Policy of a built page', () => {
  it('hashes every inline script and style, allows no unsafe-inline, and goes first in <head>', () => {
    const audit = auditPage(PAGE, SITE);
    const policy = policyFor(audit);
    expect(policy).toContain(`script-src 'self' ${cspHash('console.log(1)')}`);
    expect(policy).toContain(`style-src 'self' ${cspHash('body{color:#000}')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${cspHash('color: red')}`);
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).not.toContain("'unsafe-inline'");
    const html = withPolicy(PAGE, audit, policy);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(audit.foreign).toEqual([]);
  });

  it('lets a page whose script adds styles while it runs have inline styles, never inline scripts', () => {
    const audit = auditPage(PAGE, SITE);
    const policy = policyFor(audit, { dynamicStyles: true });
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain(cspHash('body{color:#000}'));
    expect(policy).toContain(`script-src 'self' ${cspHash('console.log(1)')}`);
  });

  it('computes the sha256 a browser expects', () => {
    // echo -n "console.log(1)" | openssl dgst -sha256 -binary | base64
    expect(cspHash('console.log(1)')).toBe("'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='");
  });

  it('finds everything a page would load from another site', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<script src="https://cdn.exemple.fr/a.js"></script>
<link rel="stylesheet" href="//cdn.exemple.fr/a.css">
<link rel="canonical" href="https://autre.exemple.fr/page/">
<style>@import "https://cdn.exemple.fr/b.css"; body{background:url(https://pixel.exemple.fr/p.gif)}</style>
</head><body>
<img src="https://pixel.exemple.fr/p.gif" alt="">
<img srcset="/a.png 1x, https://cdn.exemple.fr/b.png 2x" alt="">
<iframe src="https://video.exemple.fr/"></iframe>
<form action="https://collecte.exemple.fr/"></form>
<p style="background-image: url('https://pixel.exemple.fr/q.gif')">Texte</p>
<a href="https://www.service-public.fr/">Un lien est permis</a>
<img src="${SITE}/images/plan.png" alt="">
</body></html>`;
    const foreign = auditPage(page, SITE).foreign.map((load) => `${load.line} ${load.what} ${load.url}`);
    expect(foreign.sort()).toEqual(
      [
        '2 <script src> https://cdn.exemple.fr/a.js',
        '3 <link rel="stylesheet"> //cdn.exemple.fr/a.css',
        '5 url() dans une balise <style> https://pixel.exemple.fr/p.gif',
        '5 url() dans une balise <style> https://cdn.exemple.fr/b.css',
        '7 <img src> https://pixel.exemple.fr/p.gif',
        '8 <img srcset> https://cdn.exemple.fr/b.png',
        '9 <iframe src> https://video.exemple.fr/',
        '10 <form action> https://collecte.exemple.fr/',
        '11 url() dans un attribut style https://pixel.exemple.fr/q.gif',
      ].sort(),
    );
  });

  it('tells local addresses from addresses of another site', () => {
    expect(isForeign('/ecouter.js', SITE)).toBe(false);
    expect(isForeign('data:image/svg+xml,<svg/>', SITE)).toBe(false);
    expect(isForeign(`${SITE}/a.css`, SITE)).toBe(false);
    expect(isForeign('https://exemple.fr/a.css', SITE)).toBe(true);
    expect(isForeign(' //exemple.fr/a.css', SITE)).toBe(true);
    expect(cssUrls('a{background:url("/x.png")} b{background:url(y.png)}')).toEqual(['/x.png', 'y.png']);
  });
});

describe('WebAssembly only where the search is', () => {
  const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
  const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

  it('allows it on the page marked for search, when the build wrote the index, and nowhere else', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'falc-csp-'));
    try {
      await mkdir(join(dist, 'pagefind'));
      await writeFile(join(dist, 'pagefind', 'pagefind.js'), '');
      await mkdir(join(dist, 'guides'));
      await writeFile(join(dist, 'index.html'), page(`<div ${SEARCH_MARK} hidden></div>`));
      await writeFile(join(dist, 'guides', 'index.html'), page('<p>Un guide.</p>'));
      await applyCsp(dist, 'https://guides.example.org');
      expect(policyOf(await readFile(join(dist, 'index.html'), 'utf8'))).toContain("'wasm-unsafe-eval'");
      expect(policyOf(await readFile(join(dist, 'guides', 'index.html'), 'utf8'))).not.toContain('wasm');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('does not allow it on the search page when there is no index', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'falc-csp-'));
    try {
      await writeFile(join(dist, 'index.html'), page(`<div ${SEARCH_MARK} hidden></div>`));
      await applyCsp(dist, 'https://guides.example.org');
      expect(policyOf(await readFile(join(dist, 'index.html'), 'utf8'))).not.toContain('wasm');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
