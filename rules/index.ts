import type { AnyFalcRule } from '../src/engine/types.ts';
import abreviation from './abreviation/index.ts';
import caractereSpecial from './caractere-special/index.ts';
import chiffreRomain from './chiffre-romain/index.ts';
import date from './date/index.ts';
import grandNombre from './grand-nombre/index.ts';
import grasExcessif from './gras-excessif/index.ts';
import heure from './heure/index.ts';
import majuscules from './majuscules/index.ts';
import nombreEnLettres from './nombre-en-lettres/index.ts';
import noteDeBasDePage from './note-de-bas-de-page/index.ts';
import pourcentage from './pourcentage/index.ts';
import souligne from './souligne/index.ts';
import butEnPremier from './but-en-premier/index.ts';
import codeInterdit from './code-interdit/index.ts';
import miseEnForme from './mise-en-forme/index.ts';
import composant from './composant/index.ts';
import contact from './contact/index.ts';
import etapeSansPicto from './etape-sans-picto/index.ts';
import imageSansAlternative from './image-sans-alternative/index.ts';
import italique from './italique/index.ts';
import lienPeuClair from './lien-peu-clair/index.ts';
import lisibilite from './lisibilite/index.ts';
import memeMot from './meme-mot/index.ts';
import motDifficile from './mot-difficile/index.ts';
import motLong from './mot-long/index.ts';
import motNonExplique from './mot-non-explique/index.ts';
import orthographe from './orthographe/index.ts';
import phraseLongue from './phrase-longue/index.ts';
import sigle from './sigle/index.ts';
import titre from './titre/index.ts';
import liste from './liste/index.ts';
import negation from './negation/index.ts';
import paragrapheLong from './paragraphe-long/index.ts';
import ponctuation from './ponctuation/index.ts';
import siAlors from './si-alors/index.ts';
import tempsComplexe from './temps-complexe/index.ts';
import uneIdee from './une-idee/index.ts';
import voixPassive from './voix-passive/index.ts';
import vous from './vous/index.ts';
import relecture from './relecture/index.ts';
import fraicheur from './fraicheur/index.ts';
import grammaire from './grammaire/index.ts';
import memePersonne from './meme-personne/index.ts';

/** Every FALC rule, in the order of the catalogue. Add a new rule here. */
export const RULES: readonly AnyFalcRule[] = [
  // First: when 2 rules report the same words without a fix, the first one is kept (src/engine/dedupe.ts).
  // « l’usager » is better told as a reader spoken of in the third person (`vous`) than as a hard word, and
  // a sentence that switches to « je » (`meme-personne`) before its length.
  vous,
  memePersonne,
  motDifficile,
  motNonExplique,
  phraseLongue,
  uneIdee,
  voixPassive,
  negation,
  tempsComplexe,
  siAlors,
  ponctuation,
  sigle,
  abreviation,
  memeMot,
  orthographe,
  grammaire,
  nombreEnLettres,
  pourcentage,
  grandNombre,
  date,
  heure,
  chiffreRomain,
  caractereSpecial,
  noteDeBasDePage,
  italique,
  souligne,
  majuscules,
  motLong,
  grasExcessif,
  paragrapheLong,
  liste,
  titre,
  butEnPremier,
  etapeSansPicto,
  imageSansAlternative,
  lienPeuClair,
  contact,
  relecture,
  fraicheur,
  composant,
  codeInterdit,
  miseEnForme,
  lisibilite,
];
