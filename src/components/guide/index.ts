import Choix from './Choix.astro';
import Etape from './Etape.astro';
import Etapes from './Etapes.astro';
import Important from './Important.astro';
import Lieu from './Lieu.astro';
import Mot from './Mot.astro';
import Papiers from './Papiers.astro';
import Picto from './Picto.astro';
import Reponse from './Reponse.astro';

/** The MDX components that guides may use (see src/components/contract.ts), for `<Content components={…} />`. */
export const guideComponents = { Etapes, Etape, Picto, Papiers, Lieu, Important, Choix, Reponse, Mot };
