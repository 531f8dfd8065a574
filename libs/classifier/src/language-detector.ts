import { Language } from '@app/domain';

/** Words that only Russian written in Latin letters contains; short ones that English shares are left out. */
const TRANSLIT_WORDS = new Set([
  'zdravstvuyte', 'zdravstvujte', 'zdravstvuite', 'zdravstvuy', 'dobryi', 'dobryj', 'dobry', 'dobriy', 'den',
  'privet', 'nuzhen', 'nuzhna', 'nuzhno', 'nuzhny', 'nado', 'pozhaluysta', 'pozhalujsta', 'pozhaluista',
  'pozhalusta', 'plz', 'spasibo', 'prosim', 'proshu', 'dogovor', 'dostup', 'dajte', 'dayte', 'daite', 'nam',
  'nash', 'nashei', 'nashej', 'nashu', 'nashi', 'vy', 'ot', 'dlya', 'eto', 'kak', 'chto', 'ne', 'vse', 'vsei',
  'vsej', 'vseh', 'vsyu', 'bazu', 'bazy', 'baza', 'dannyh', 'dannye', 'dannykh', 'fajly', 'fayly', 'faily',
  'faylov', 'fajlov', 'failov', 'vygruzku', 'vygruzka', 'vygruzite', 'poluchit', 'mozhno', 'garantiya',
  'garantiya', 'parol', 'sistemy', 'sistema', 'serveru', 'servera', 'rut', 'rutom', 'adminku', 'adminka', 'prava',
  'polnye', 'polnuyu', 'hotim', 'srochno', 'poka', 'eshe', 'eshche', 'pered', 'pod', 'zakanchivaetsya',
  'vosstanovit', 'poteryali', 'sdelat', 'kopiyu', 'bekap', 'pomogite', 'sayta', 'sajta', 'predostavit', 'vydat',
  'prislat', 'prishlite', 'zabrat', 'otklyucheniya', 'otklyucheniem', 'konchaetsya', 'glavnogo', 'uvazheniem',
]);

const APOSTROPHE = 0x27;
const LETTERS = 26;

/** TRANSLIT_WORDS as a trie over a-z: node n's child for letter l is TRIE[n * LETTERS + l], 0 for none. */
const { trie: TRIE, ends: ENDS } = buildTrie([...TRANSLIT_WORDS]);

function buildTrie(words: readonly string[]): { trie: Uint16Array; ends: Uint8Array } {
  const size = words.reduce((sum, w) => sum + w.length, 1);
  const trie = new Uint16Array(size * LETTERS);
  const ends = new Uint8Array(size);
  let nodes = 1;
  for (const word of words) {
    let node = 0;
    for (let k = 0; k < word.length; k += 1) {
      const at = node * LETTERS + word.charCodeAt(k) - 97;
      if (trie[at] === 0) trie[at] = nodes++;
      node = trie[at];
    }
    ends[node] = 1;
  }
  return { trie, ends };
}

/** Per code unit, the a-z letter or apostrophe toLowerCase makes of it, else 0. */
const LOWER_LATIN = new Uint8Array(65536);
/** Code units lower-cased to such a letter and then a mark that is none ("İ" → "i̇"): the word ends after them. */
const ENDS_WORD = new Uint8Array(65536);
for (let code = 0; code < 65536; code += 1) {
  // A surrogate lower-cases with its pair, never into a-z.
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const lower = String.fromCharCode(code).toLowerCase();
  const first = lower.charCodeAt(0);
  if (!((first >= 97 && first <= 122) || first === APOSTROPHE)) continue;
  LOWER_LATIN[code] = first;
  if (lower.length > 1) ENDS_WORD[code] = 1;
}

/**
 * The words of the text lower-cased (runs of a-z and apostrophes), and how many of them, apostrophes
 * dropped, are TRANSLIT_WORDS: read letter by letter, lower-cased through a table, through the trie,
 * no word copied out.
 */
function countTranslitWords(text: string): { words: number; hits: number } {
  let words = 0;
  let hits = 0;
  let inWord = false;
  // -1 once the word has left the trie.
  let node = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const unit = i < text.length ? text.charCodeAt(i) : 0;
    const code = LOWER_LATIN[unit];
    if (code !== 0) {
      if (!inWord) {
        inWord = true;
        words += 1;
        node = 0;
      }
      if (code !== APOSTROPHE && node >= 0) node = TRIE[node * LETTERS + code - 97] || -1;
      if (ENDS_WORD[unit] === 0) continue;
    }
    // The root is no word's end, so a word of apostrophes alone is no hit.
    if (inWord && node > 0 && ENDS[node] === 1) hits += 1;
    inWord = false;
  }
  return { words, hits };
}

const CYRILLIC = 1;
const LATIN = 2;
/** Per code unit: CYRILLIC for А-я, Ё and ё, LATIN for A-Z and a-z, else 0. */
const ALPHABET = new Uint8Array(65536);
for (let code = 0x0410; code <= 0x044f; code += 1) ALPHABET[code] = CYRILLIC;
ALPHABET[0x0401] = CYRILLIC;
ALPHABET[0x0451] = CYRILLIC;
for (let code = 65; code <= 90; code += 1) ALPHABET[code] = LATIN;
for (let code = 97; code <= 122; code += 1) ALPHABET[code] = LATIN;

/**
 * Russian when Cyrillic letters weigh enough, or when Latin text reads as transliterated Russian.
 * Transliterated tickets are Russian tickets: the customer answer goes out in Russian.
 */
export class LanguageDetector {
  detect(text: string): { language: Language; transliterated: boolean } {
    let cyrillic = 0;
    let latin = 0;
    // Added up without a branch per letter: which alphabet comes next is what a branch cannot guess.
    for (let i = 0; i < text.length; i += 1) {
      const alphabet = ALPHABET[text.charCodeAt(i)];
      cyrillic += alphabet & CYRILLIC;
      latin += alphabet >> 1;
    }
    if (cyrillic > 0 && cyrillic * 3 >= latin) return { language: 'ru', transliterated: false };
    const { words, hits } = countTranslitWords(text);
    if (hits >= 2 || (hits === 1 && words <= 3)) return { language: 'ru', transliterated: true };
    return { language: cyrillic > latin ? 'ru' : 'en', transliterated: false };
  }
}
