import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

function guide(body: string, description = 'Ce guide vous aide à avoir une adresse pour recevoir votre courrier.'): string {
  return `---
title: Avoir une adresse
${description ? `description: ${description}\n` : ''}lang: fr
updated: 2026-01-10
status: brouillon
sources:
  - label: Service public
    url: https://www.service-public.fr
---

${body}`;
}

const STEPS = '<Etapes>\n<Etape titre="Aller à la mairie" picto="mairie">\nVous allez à la mairie.\n</Etape>\n</Etapes>\n';

describe('but-en-premier', () => {
  it.each([
    ['a heading first', '## Les papiers\n\nVous avez besoin de papiers.\n'],
    ['the steps first', STEPS],
    ['an intro heading with no text after it', '## À quoi sert ce guide ?\n\n## Les papiers\n\nVous avez besoin de papiers.\n'],
    ['an empty body', ''],
    ['a long introduction', 'Ce guide vous aide. Il est pour vous. Il est court. Il est simple. Lisez-le. Gardez-le. Donnez-le.\n\n## Les papiers\n'],
  ])('fires on %s', async (_label, body) => {
    const messages = await messagesFor('but-en-premier', guide(body), { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('fires when the en-tête has no description', async () => {
    const messages = await messagesFor('but-en-premier', guide('Ce guide vous aide à avoir une adresse.\n\n## Où aller ?\n', ''), { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/description/);
  });

  it.each([
    ['an introduction before the steps', `Ce guide vous aide à avoir une adresse.\n\n${STEPS}`],
    ['an introduction of 5 short sentences', 'Vous dormez dans la rue.\nVous avez besoin d’une adresse.\nLe centre communal vous aide.\nCette adresse s’appelle la domiciliation.\nAvec elle, vous demandez vos droits.\n\n## Les papiers\n'],
    ['an introduction before the first heading', 'Ce guide vous aide à avoir une adresse. Il est pour les personnes sans logement.\n\n## Les papiers\n'],
    ['an intro heading followed by text', '## À quoi sert ce guide ?\n\nCe guide vous aide à avoir une adresse.\n\n## Les papiers\n'],
    ['a pictogram then the introduction', '<Picto nom="adresse" />\n\nCe guide vous aide à avoir une adresse.\n\n## Les papiers\n'],
    ['an import then the introduction', 'import Carte from "../carte.astro";\n\nCe guide vous aide à avoir une adresse.\n\n## Les papiers\n'],
  ])('stays silent on %s', async (_label, body) => {
    expect(await messagesFor('but-en-premier', guide(body), { kind: 'guide' })).toEqual([]);
  });

  it('stays silent on a text that is not a guide', async () => {
    expect(await messagesFor('but-en-premier', '## Les papiers\n\nVous avez besoin de papiers.\n', { kind: 'texte' })).toEqual([]);
  });

  it('takes the length of the introduction from the options', async () => {
    const body = 'Ce guide vous aide. Il est pour vous. Il est court. Il est simple. Lisez-le. Gardez-le. Donnez-le.\n\n## Les papiers\n';
    const config = { rules: { 'but-en-premier': { options: { maxSentences: 7 } } } };
    expect(await messagesFor('but-en-premier', guide(body), { kind: 'guide', config })).toEqual([]);
  });
});
