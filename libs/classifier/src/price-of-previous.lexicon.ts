import { rx } from './classifier.lexicon';

/**
 * Asks what the clause before costs ("Перенести данные к себе — это сколько стоит?", "a copy of the database: how much
 * would that be?"): the thing named is priced, not ordered. Written against TextNormalizer's output.
 */
export const PRICE_OF_PREVIOUS = rx(String.raw`^\s*(а |and |but )?((это|оно|она|он|this|that|it)( [a-zа-я']+)? )?(сколько (это |оно )?(стоит|будет стоить|стоить)|(это |оно )?платн\w*|бесплатн\w*|по какои цене|how much (is|would|will|does)|what('?s| is| would be| does)( [a-z]+)? (the )?(cost|price)|(is|would) (it|that|this) (be )?(free|paid|charged))\b[^?]{0,30}\?`, '');
