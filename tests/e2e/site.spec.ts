import { expect, test, type Page } from '@playwright/test';
import { AUTHOR_PAGES, GUIDE, GUIDE_PAGES, PAGES, PREVIEW, READER_PAGES, SITE_URL, TEXT_SPACING_CSS } from './pages.ts';

// Generous time for each test: the machine may be busy (no test depends on its speed).
test.describe.configure({ timeout: 120_000 });

/** True when the page scrolls sideways. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

const STEP_TITLES = ['Trouvez le CCAS', 'Remplissez le formulaire', 'Allez au rendez-vous', 'Attendez la réponse', 'Recevez votre courrier'];

test.describe('guide: the steps first', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('from the home page, the list of steps is within the first 2 screens and each item opens its step', async ({ page }) => {
    await page.goto('/');
    // The national guide, in the list of guides (a local edition of it may be listed by town too).
    await page.locator('.liste-guides').getByRole('link', { name: 'Avoir une adresse pour recevoir votre courrier' }).click();
    await expect(page).toHaveURL(GUIDE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Avoir une adresse pour recevoir votre courrier/);
    const list = page.getByRole('navigation', { name: /Les 5 étapes/ });
    const items = list.getByRole('link');
    await expect(items).toHaveCount(5);
    const bottom = await list.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThanOrEqual(2 * 740);
    // « À savoir », from the guide's header, right after the list.
    const toKnow = page.getByRole('region', { name: 'À savoir' });
    await expect(toKnow).toContainText('C’est gratuit.');

    // With JavaScript, the steps are closed; each item of the list opens its step and shows it.
    const steps = page.locator('ol.etapes > li');
    await expect(steps).toHaveCount(5);
    for (let index = 0; index < 5; index++) {
      await expect(steps.nth(index).getByRole('button', { name: new RegExp(`Étape ${index + 1} sur 5 ${STEP_TITLES[index]}`) })).toHaveAttribute('aria-expanded', 'false');
    }
    for (let index = 4; index >= 0; index--) {
      await items.nth(index).click();
      await expect(page).toHaveURL(new RegExp(`#etape-${index + 1}$`));
      const step = page.locator(`#etape-${index + 1}`);
      await expect(step.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
      await expect(step.locator('.etape-texte')).toBeVisible();
      await expect(step.locator('.etape-titre')).toBeInViewport();
    }
  });

  test('a step opens and closes by its heading; its pictogram is in a column left of its text', async ({ page }) => {
    await page.goto(GUIDE);
    const step = page.locator('#etape-2');
    const button = step.getByRole('button', { name: /Étape 2 sur 5 Remplissez le formulaire/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const boxes = await step.evaluate((element) => {
      const picto = element.querySelector('.etape-picto svg')!.getBoundingClientRect();
      const text = element.querySelector('.etape-texte p')!.getBoundingClientRect();
      const number = element.querySelector('.etape-numero')!.getBoundingClientRect();
      return { picto, text, numberHeight: number.height };
    });
    expect(boxes.picto.right).toBeLessThanOrEqual(boxes.text.left);
    expect(boxes.picto.top).toBeLessThan(boxes.text.bottom);
    expect(boxes.numberHeight).toBeGreaterThanOrEqual(40);
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(step.locator('.etape-texte')).toBeHidden();
  });

  test('each sentence starts on a new line', async ({ page }) => {
    await page.goto(GUIDE);
    const intro = await page.locator('#texte-guide > p').first().evaluate((element: HTMLElement) => {
      // The text without the definitions of the glossary words (shown only when the word is tapped).
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.mot-def').forEach((definition) => definition.remove());
      element.after(copy);
      return copy.innerText;
    });
    expect(intro.split('\n')).toEqual([
      'Vous dormez dans la rue, dans un foyer ou chez des amis.',
      'Vous avez besoin d’une adresse pour recevoir vos lettres.',
      'Le centre communal d’action sociale peut vous donner cette adresse.',
      'Cette adresse s’appelle la domiciliation.',
      'Avec cette adresse, vous pouvez demander vos droits.',
    ]);
  });

  test('keyboard only: skip link first, visible focus, the list of steps and the steps reachable', async ({ page }) => {
    await page.goto(GUIDE);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.evitement');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const outline = await skip.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#contenu$/);

    // Walk with Tab: every focused element shows a thick outline; the list of steps and a step button are reached.
    let reachedList = false;
    let reachedStep = false;
    for (let index = 0; index < 60 && !reachedStep; index++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          text: element.textContent ?? '',
          inList: Boolean(element.closest('.sommaire')),
          stepButton: element.classList.contains('etape-bouton'),
          outline: Number.parseFloat(style.outlineWidth),
          outlineStyle: style.outlineStyle,
        };
      });
      expect(focused.outlineStyle, `focus visible sur « ${focused.text} »`).toBe('solid');
      expect(focused.outline).toBeGreaterThanOrEqual(3);
      if (focused.inList) reachedList = true;
      if (focused.stepButton) reachedStep = true;
    }
    expect(reachedList).toBe(true);
    expect(reachedStep).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#etape-1 .etape-texte')).toBeVisible();
  });
});

test.describe('French typography', () => {
  // Without JavaScript every step is open: every sentence of the guide is on screen.
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 360]) {
    test(`${width} px: no line of a guide starts with ? ! : ; or »`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 740 });
      expect(GUIDE_PAGES.length).toBeGreaterThan(0);
      for (const path of [...GUIDE_PAGES, '/glossaire/']) {
        await page.goto(path);
        // Each visible character, in reading order, with a text range: a punctuation mark lower than
        // the character before it starts a line.
        const bad = await page.evaluate(() => {
          const found: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let previous: { top: number; bottom: number; text: string } | undefined;
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            if (node.parentElement?.closest('script, style, code, pre, .mot-def, .cache')) continue;
            const text = node.data;
            for (let index = 0; index < text.length; index++) {
              const char = text[index]!;
              if (/[ \t\n\r]/.test(char)) continue;
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rect = range.getClientRects()[0];
              if (!rect || (rect.width === 0 && rect.height === 0)) continue;
              if ('?!:;»'.includes(char) && previous && rect.top >= previous.bottom - 2) {
                found.push(`« ${previous.text.slice(-30)} » puis « ${char} » en début de ligne`);
              }
              previous = { top: rect.top, bottom: rect.bottom, text: `${previous?.text.slice(-40) ?? ''}${char}` };
            }
          }
          return found;
        });
        expect(bad, `${path} à ${width} px`).toEqual([]);
      }
    });
  }

  test('no-break spaces are in the text: before ?, inside « », between a number and its unit', async ({ page }) => {
    await page.goto(GUIDE);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Vos lettres arrivent mal à l’endroit où vous dormez\u202f?');
    expect(text).toContain('1\u00a0fois tous les 3\u00a0mois');
    expect(text).not.toMatch(/ [?!;:»]/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide is complete, every step open, and the listen buttons stay hidden', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.locator('ol.etapes > li')).toHaveCount(5);
    for (const title of STEP_TITLES) await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText('Non, le CCAS refuse')).toBeVisible();
    await expect(page.getByText('votre carte d’identité ou votre passeport').last()).toBeVisible();
    await expect(page.locator('button.ecouter:visible')).toHaveCount(0);
  });

  test('tapping a glossary word shows its definition on the same page', async ({ page }) => {
    await page.goto(GUIDE);
    const container = page.locator('.mot').filter({ has: page.locator('a', { hasText: /^domiciliation$/ }) }).first();
    await container.locator('a').click();
    await expect(page).toHaveURL(new RegExp(`${GUIDE}#def-domiciliation`));
    expect(await container.locator('.mot-def').evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(100);
  });

  test('each definition is written once, beside its word; « Les mots expliqués » opens it there, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    // On every guide page, each word of the list leads to the definition beside that word in the text.
    for (const path of GUIDE_PAGES) {
      await page.goto(path);
      const targets = await page.locator('.mots-du-guide a').evaluateAll((links) =>
        links.map((link) => {
          const target = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
          return { term: link.textContent, inText: Boolean(target?.matches('#texte-guide .mot > .mot-def')) };
        }),
      );
      for (const target of targets) expect(target.inText, `${path} : ${target.term}`).toBe(true);
    }
    await page.goto(GUIDE);
    const sentence = 'Une lettre recommandée avec avis de réception est une lettre avec une preuve.';
    expect((await page.locator('body').innerText()).split(sentence).length - 1).toBeLessThanOrEqual(1);
    expect(((await page.content()).split(sentence).length - 1)).toBe(1);
    await page.locator('.mots-du-guide').getByRole('link', { name: 'lettre recommandée avec avis de réception' }).click();
    await expect(page).toHaveURL(`${GUIDE}#def-lettre-recommandee`);
    const container = page.locator('#etape-2 .mot').filter({ has: page.locator('a', { hasText: /^lettre recommandée/ }) });
    const definition = container.locator('.mot-def');
    await expect(definition).toBeInViewport();
    await expect(definition).toContainText(sentence);
    const wordBox = (await container.locator('a').boundingBox())!;
    const definitionBox = (await definition.boundingBox())!;
    expect(definitionBox.width).toBeGreaterThan(200);
    expect(definitionBox.y).toBeGreaterThanOrEqual(wordBox.y);
    expect(definitionBox.y).toBeLessThan(wordBox.y + 3 * wordBox.height);
  });
});

test.describe('glossary words and the papers checklist', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap shows the definition where the word is, a second tap hides it; the page never changes', async ({ page }) => {
    await page.goto(GUIDE);
    const container = page.locator('.mot').filter({ has: page.locator('a', { hasText: /^domiciliation$/ }) }).first();
    const word = container.locator('a');
    await expect(word).toHaveAccessibleDescription(/La domiciliation est une adresse pour recevoir vos lettres\./);
    const definition = container.locator('.mot-def');
    await word.tap();
    await expect(page).toHaveURL(GUIDE);
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    expect(await definition.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(100);
    const wordBox = (await word.boundingBox())!;
    const definitionBox = (await definition.boundingBox())!;
    expect(definitionBox.y).toBeGreaterThanOrEqual(wordBox.y);
    expect(definitionBox.y).toBeLessThan(wordBox.y + 3 * wordBox.height);
    await word.tap();
    await expect(word).toHaveAttribute('aria-expanded', 'false');
    await expect(definition).toBeHidden();
    await expect(page).toHaveURL(GUIDE);
  });

  test('a word of « Les mots expliqués » opens its closed step and shows the definition beside the word', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.locator('#etape-2 .etape-texte')).toBeHidden();
    await page.locator('.mots-du-guide').getByRole('link', { name: 'lettre recommandée avec avis de réception' }).tap();
    await expect(page).toHaveURL(`${GUIDE}#def-lettre-recommandee`);
    await expect(page.locator('#etape-2 .etape-texte')).toBeVisible();
    const definition = page.locator('#def-lettre-recommandee');
    await expect(definition).toBeInViewport();
    expect((await definition.boundingBox())!.width).toBeGreaterThan(200);
  });

  test('Escape hides a definition shown by the keyboard', async ({ page }) => {
    await page.goto(GUIDE);
    const container = page.locator('.mot').filter({ has: page.locator('a', { hasText: /^domiciliation$/ }) }).first();
    await container.locator('a').focus();
    const definition = container.locator('.mot-def');
    expect(await definition.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(100);
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
  });

  test('ticked papers stay ticked after a reload, until they are cleared', async ({ page }) => {
    await page.goto(GUIDE);
    await page.locator('#etape-2').getByRole('button').first().click();
    const box = page.getByRole('checkbox', { name: 'votre carte d’identité ou votre passeport' });
    await box.check();
    await page.reload();
    await page.locator('#etape-2').getByRole('button').first().click();
    await expect(box).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'le formulaire rempli et signé' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Effacer les coches' }).click();
    await expect(box).not.toBeChecked();
    await page.reload();
    await page.locator('#etape-2').getByRole('button').first().click();
    await expect(box).not.toBeChecked();
  });

  test('« Avant de commencer » lists every paper of the guide', async ({ page }) => {
    await page.goto(GUIDE);
    const before = await page.locator('.avant li').allTextContents();
    const asked = await page.locator('.papiers-liste label').allTextContents();
    for (const paper of asked) expect(before).toContain(paper.trim());
  });
});

/** A fake speech synthesis, to check what is read without sound. `finish()` ends the current sentence. */
async function fakeVoices(page: Page, voices: Array<{ lang: string; name: string }>) {
  await page.addInitScript((initial) => {
    const list = [...initial];
    const listeners: Array<() => void> = [];
    let current: SpeechSynthesisUtterance | null = null;
    const state = { spoken: [] as string[], cancels: 0 };
    Object.assign(window, {
      speech: state,
      finishSentence: () => {
        const utterance = current;
        current = null;
        utterance?.onend?.(new Event('end') as SpeechSynthesisEvent);
      },
      addFrenchVoice: () => {
        list.push({ lang: 'fr-FR', name: 'Amélie' });
        for (const listener of listeners) listener();
      },
    });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => list,
        speak: (utterance: SpeechSynthesisUtterance) => {
          state.spoken.push(`${utterance.lang}|${utterance.text}`);
          current = utterance;
        },
        cancel: () => {
          state.cancels += 1;
          current = null;
        },
        pause: () => undefined,
        resume: () => undefined,
        addEventListener: (type: string, listener: () => void) => {
          if (type === 'voiceschanged') listeners.push(listener);
        },
      },
    });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speech: { spoken: string[] } }).speech.spoken);

test.describe('listen', () => {
  test('no button without a French voice; the buttons appear when a French voice arrives', async ({ page }) => {
    await fakeVoices(page, [{ lang: 'en-US', name: 'Samantha' }]);
    await page.goto(GUIDE);
    await expect(page.locator('button.ecouter:visible')).toHaveCount(0);
    await page.evaluate(() => (window as unknown as { addFrenchVoice: () => void }).addFrenchVoice());
    await expect(page.getByRole('button', { name: 'Écouter tout le guide' })).toBeVisible();
  });

  test('the buttons stay hidden when the browser cannot speak', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis;
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
    });
    await page.goto(GUIDE);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect(page.locator('button.ecouter:visible')).toHaveCount(0);
  });

  test('the whole guide is read sentence by sentence, the reader’s text only, with pause, resume and stop', async ({ page }) => {
    await fakeVoices(page, [{ lang: 'fr-FR', name: 'Amélie' }]);
    await page.goto(GUIDE);
    const all = page.getByRole('button', { name: 'Écouter tout le guide' });
    await all.click();
    // One sentence at a time, highlighted on the page.
    expect(await spoken(page)).toEqual(['fr-FR|Avoir une adresse pour recevoir votre courrier']);
    const highlighted = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('phrase-lue');
        return highlight ? [...highlight].map((range) => range.toString()).join('') : '';
      });
    expect(await highlighted()).toBe('Avoir une adresse pour recevoir votre courrier');
    await page.evaluate(() => (window as unknown as { finishSentence: () => void }).finishSentence());
    expect((await spoken(page)).at(-1)).toBe('fr-FR|Ce guide vous aide à avoir une adresse pour recevoir vos lettres.');

    // Pause, resume: the sentence is read again from its start.
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.click();
    await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible();
    await page.evaluate(() => (window as unknown as { finishSentence: () => void }).finishSentence());
    expect(await spoken(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Reprendre' }).click();
    expect(await spoken(page)).toHaveLength(3);
    expect((await spoken(page)).at(-1)).toBe('fr-FR|Ce guide vous aide à avoir une adresse pour recevoir vos lettres.');

    // To the end: the steps are read and opened one after the other.
    for (let index = 0; index < 400; index++) {
      const reading = await page.locator('.lecteur-commandes').isVisible();
      if (!reading) break;
      await page.evaluate(() => (window as unknown as { finishSentence: () => void }).finishSentence());
    }
    const text = (await spoken(page)).join('\n');
    expect(text).toContain('fr-FR|Étape 5 sur 5');
    expect(text).toContain('Le formulaire s’appelle Cerfa 16029.');
    expect(text).not.toContain('*');
    expect(text).not.toMatch(/Brouillon|Aperçu|Écouter|Les sources de ce guide|Les 5 étapes/);
    await expect(page.locator('#etape-5 .etape-texte')).toBeVisible();
    expect(await highlighted()).toBe('');
    await expect(all).toHaveText('Écouter tout le guide');
  });

  test('one step is read on its own, and Arrêter stops the reading', async ({ page }) => {
    await fakeVoices(page, [{ lang: 'fr-CA', name: 'Chantal' }]);
    await page.goto(GUIDE);
    await page.locator('#etape-1').getByRole('button').first().click();
    await page.getByRole('button', { name: 'Écouter l’étape 1' }).click();
    await expect(page.locator('#etape-1 button.ecouter')).toHaveText('Arrêter la lecture');
    for (let index = 0; index < 3; index++) await page.evaluate(() => (window as unknown as { finishSentence: () => void }).finishSentence());
    expect(await spoken(page)).toEqual([
      'fr-FR|Étape 1 sur 5',
      'fr-FR|Trouvez le CCAS',
      'fr-FR|Demandez l’adresse du CCAS à l’accueil de la mairie.',
      'fr-FR|Vous pouvez aussi demander à une assistante sociale.',
    ]);
    await page.getByRole('button', { name: 'Arrêter', exact: true }).click();
    await expect(page.locator('#etape-1 button.ecouter')).toHaveText('Écouter l’étape 1');
    await expect(page.locator('.lecteur-commandes')).toBeHidden();
    await page.evaluate(() => (window as unknown as { finishSentence: () => void }).finishSentence());
    expect(await spoken(page)).toHaveLength(4);
  });
});

test.describe('readers see no internal state', () => {
  test('reader pages: no status, no author link; « Accessibilité : non conforme » in the footer only', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of READER_PAGES) {
      await page.goto(path);
      const footer = page.locator('footer.pied');
      await expect(footer.getByRole('link', { name: 'Accessibilité : non conforme' }), path).toBeVisible();
      await expect(footer.locator('a[href^="/auteurs/"], a[href^="/regles/"], a[href^="/pictos/"], a[href^="/verifier/"]'), path).toHaveCount(0);
      if (path !== '/accessibilite/') expect(await page.locator('main').textContent(), path).not.toContain('non conforme');
      if (!PREVIEW) expect(await page.locator('body').textContent(), path).not.toMatch(/Brouillon|brouillon|Aperçu pour les auteurs|pas encore relu/);
    }
  });

  test(PREVIEW ? 'a preview build shows the status of each guide to authors' : 'a production build shows no status', async ({ page }) => {
    await page.goto(GUIDE);
    if (PREVIEW) await expect(page.locator('.apercu')).toContainText('Aperçu pour les auteurs.');
    else await expect(page.locator('.apercu')).toHaveCount(0);
  });

  test('the Espace auteurs has its own name and menu', async ({ page }) => {
    test.setTimeout(180_000);
    expect(AUTHOR_PAGES).toEqual(expect.arrayContaining(['/auteurs/', '/regles/', '/pictos/']));
    for (const path of AUTHOR_PAGES) {
      await page.goto(path);
      const menu = page.getByRole('navigation', { name: 'Espace auteurs' });
      await expect(menu.getByRole('link', { name: 'Les règles' }), path).toBeVisible();
      await expect(menu.getByRole('link', { name: 'Les dessins' }), path).toBeVisible();
    }
  });
});

test.describe('small screens, zoom, text spacing', () => {
  // Every page of the site, one after the other: give a busy machine time (more guides, more pages).
  test.describe.configure({ timeout: 300_000 });
  // The text-spacing bookmarklet adds a <style>. A reader's own styles are not the site's: the page's
  // Content-Security-Policy (which blocks any injected style) is bypassed here, as browser extensions do.
  test.use({ bypassCSP: true });
  test('320 px wide: no page scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of PAGES) {
      await page.goto(path);
      expect(await scrollsSideways(page), path).toBe(false);
    }
  });

  // 200 % zoom: browser zoom on a 1280 px wide window gives a layout 640 CSS pixels wide, drawn with
  // 2 device pixels per CSS pixel. Playwright cannot press Ctrl +, so we emulate exactly that
  // (viewport 640 px, deviceScaleFactor 2), as WCAG 1.4.4 and 1.4.10 describe zoom.
  test.describe('200 % zoom', () => {
    test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    test('no page scrolls sideways', async ({ page }) => {
      test.setTimeout(180_000); // every page of the site, on a busy machine
      for (const path of PAGES) {
        await page.goto(path);
        expect(await scrollsSideways(page), path).toBe(false);
      }
    });
  });

  test('WCAG 1.4.12 text spacing: nothing scrolls sideways, step titles stay whole', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of PAGES) {
      await page.goto(path);
      await page.addStyleTag({ content: TEXT_SPACING_CSS });
      expect(await scrollsSideways(page), path).toBe(false);
    }
    await page.goto(GUIDE);
    await page.addStyleTag({ content: TEXT_SPACING_CSS });
    const titles = page.locator('.etape-titre');
    await expect(titles).toHaveCount(5);
    for (const title of await titles.all()) {
      await expect(title).toBeVisible();
      const clipped = await title.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      expect(clipped).toBe(false);
    }
  });
});

test.describe('paper', () => {
  test('the guide prints on one A4 sheet, front and back: steps, papers, places, QR code', async ({ page }) => {
    await page.goto(GUIDE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('button.ecouter').first()).toBeHidden();
    await expect(page.locator('.sommaire')).toBeHidden();
    for (let index = 1; index <= 5; index++) {
      await expect(page.locator(`#etape-${index} .etape-texte`)).toBeVisible();
      await expect(page.locator(`#etape-${index} .etape-picto svg`)).toBeVisible();
    }
    await expect(page.locator('.avant li')).toHaveCount(3);
    // Every place prints, with its name (the domiciliation guide has two: the CCAS and the mairie).
    const places = page.locator('.guide-texte > .lieu');
    await expect(places).toHaveCount(2);
    for (const place of await places.all()) {
      await expect(place).toBeVisible();
      await expect(place.locator('.lieu-nom')).toBeVisible();
    }
    await expect(places.nth(1)).toContainText(/Site internet\s*:\s*lannuaire\.service-public\.fr/);
    if (SITE_URL) {
      const address = new URL('/guides/domiciliation/', SITE_URL);
      await expect(page.locator('svg.qr')).toBeVisible();
      await expect(page.locator('.imprime')).toContainText(`${address.hostname.replace(/^www\./, '')}/guides/domiciliation`);
    } else {
      // No public address (FALC_SITE_URL): no QR code and no address printed; the build warned.
      await expect(page.locator('svg.qr')).toHaveCount(0);
      await expect(page.locator('.imprime')).toHaveCount(0);
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });

  test('every guide built prints on 2 A4 pages at most: local editions and example guides too', async ({ page }) => {
    test.setTimeout(300_000); // every guide page, one after the other
    // The test build has the example local edition (FALC_EXEMPLES=1): it must be measured too.
    if (process.env.FALC_EXEMPLES) expect(GUIDE_PAGES).toContain('/guides/domiciliation/exemple-villexemple/');
    for (const path of GUIDE_PAGES) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length, path).toBeGreaterThanOrEqual(1);
      expect(pages.length, path).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('every place of a local edition prints with its address', async ({ page }) => {
    test.skip(!process.env.FALC_EXEMPLES, 'the example place is built with FALC_EXEMPLES=1');
    await page.goto('/guides/domiciliation/exemple-villexemple/');
    await page.emulateMedia({ media: 'print' });
    const places = page.locator('.guide-texte > .lieu');
    await expect(places).toHaveCount(2);
    await expect(places.first()).toBeVisible();
    await expect(places.first()).toContainText(/Adresse\s*:\s*12 rue de l’Exemple, 99000 Villexemple/);
    await expect(places.nth(1)).toBeVisible();
  });

  test('the printed address of the guide stays on one line, or breaks only after a « / »', async ({ page }) => {
    test.skip(!SITE_URL, 'no public address: nothing printed');
    // The longest guide address of the site.
    await page.goto('/guides/complementaire-sante-solidaire/');
    await page.emulateMedia({ media: 'print' });
    const address = page.locator('.adresse-guide');
    await expect(address).toBeVisible();
    await expect(address).toHaveText(/\/guides\/complementaire-sante-solidaire$/);
    const lines = async () => address.locator('span').evaluateAll((parts) => parts.map((part) => ({ text: part.textContent ?? '', top: Math.round(part.getBoundingClientRect().top), boxes: part.getClientRects().length })));
    const onPaper = await lines();
    expect(new Set(onPaper.map((part) => part.top)).size).toBe(1);
    // On a narrow column, lines break between the pieces, each ending with « / », never inside one.
    await address.evaluate((element) => {
      (element.parentElement as HTMLElement).style.width = '30mm';
    });
    const narrow = await lines();
    expect(new Set(narrow.map((part) => part.top)).size).toBeGreaterThan(1);
    for (const part of narrow) expect(part.boxes, part.text).toBe(1);
    for (const part of narrow.slice(0, -1)) expect(part.text.endsWith('/')).toBe(true);
  });

  // The sources (long Légifrance addresses) stay on the screen; a printed link that leaves the site shows a
  // short address: its own text (`class="url"`) or `data-adresse` (tests/site/publication.test.ts).
  test('links that leave the site print a short address, and the sources do not print', async ({ page }) => {
    test.setTimeout(300_000); // every guide page
    for (const path of GUIDE_PAGES) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.sources'), path).toBeHidden();
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
          .filter((link) => link.checkVisibility())
          .map((link) => ({ text: link.textContent ?? '', address: link.dataset.adresse ?? (link.classList.contains('url') ? link.textContent : undefined) })),
      );
      for (const link of printed) {
        expect(link.address, `${path} : ${link.text}`).toBeTruthy();
        expect(link.address!.length, `${path} : ${link.text}`).toBeLessThanOrEqual(50);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test.describe('light', () => {
  test('no request leaves the site, on any page', async ({ page, baseURL }) => {
    test.setTimeout(300_000); // every page of the site, one after the other
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) outside.push(url);
    });
    for (const path of PAGES) await page.goto(path);
    expect(outside).toEqual([]);
  });

  // Issue 12: a guide page weighs at most 30 KB of HTML and CSS (pictograms aside) and 10 KB of scripts.
  // Each glossary definition is written once (beside its word), the listen buttons are made by the
  // script, the author pages' styles are not on guide pages (README « Accessibilité et FALC sur la page »).
  test('every guide page is light: HTML and CSS at most 30 KB (pictograms aside), scripts at most 10 KB', async ({ browser }) => {
    test.setTimeout(300_000); // every guide page, one after the other
    for (const path of GUIDE_PAGES) {
      // A new page each time: nothing comes from the cache, every file is counted.
      const page = await browser.newPage();
      const bodies: Promise<void>[] = [];
      let scripts = 0;
      let styles = 0;
      page.on('response', (response) => {
        const type = response.request().resourceType();
        bodies.push(
          response.body().then((body) => {
            if (type === 'script') scripts += body.length;
            if (type === 'stylesheet') styles += body.length;
          }, () => undefined),
        );
      });
      const response = await page.goto(path);
      await page.waitForLoadState('networkidle');
      await Promise.all(bodies);
      const html = (await response!.body()).toString('utf8');
      // Pictograms and the QR code are inline SVG: they are measured apart, as the issue asks.
      const withoutSvg = html.replace(/<svg[\s\S]*?<\/svg>/g, '');
      expect(Buffer.byteLength(withoutSvg) + styles, path).toBeLessThanOrEqual(30 * 1024);
      expect(scripts, path).toBeGreaterThan(0);
      expect(scripts, path).toBeLessThanOrEqual(10 * 1024);
      await page.close();
    }
  });
});
