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

/**
 * Russian when Cyrillic letters weigh enough, or when Latin text reads as transliterated Russian.
 * Transliterated tickets are Russian tickets: the customer answer goes out in Russian.
 */
export class LanguageDetector {
  detect(text: string): { language: Language; transliterated: boolean } {
    let cyrillic = 0;
    let latin = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if ((code >= 0x0410 && code <= 0x044f) || code === 0x0401 || code === 0x0451) cyrillic += 1;
      else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) latin += 1;
    }
    if (cyrillic > 0 && cyrillic * 3 >= latin) return { language: 'ru', transliterated: false };
    const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
    let hits = 0;
    for (const word of words) if (TRANSLIT_WORDS.has(word.replace(/'/g, ''))) hits += 1;
    if (hits >= 2 || (hits === 1 && words.length <= 3)) return { language: 'ru', transliterated: true };
    return { language: cyrillic > latin ? 'ru' : 'en', transliterated: false };
  }
}
