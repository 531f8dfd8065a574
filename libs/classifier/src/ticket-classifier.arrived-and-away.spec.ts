import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: what arrived, who is away, what is turned down and what is chased`, () => {
  readsAs('reads a transliterated infinitive ending in an apostrophe as its soft sign', [
    ['getting our database', "Mozhno li poluchit' nashu bazu do konca dogovora?", [B]],
    ['taking all the materials', "Khotim zabrat' vse nashi materialy s platformy, kak oformit' zayavku?", [B]],
    ['a course backup asked how to make: still no export', "Kak sdelat' rezervnuyu kopiyu kursa?", []],
    ['grades into Excel: still no export', "Kak vygruzit' ocenki kursa v Excel?", []],
    ['a quoted technical word keeps its spelling', "Nuzhno vydat' 'root' na server, garantiya skoro zakonchitsya.", [R]],
  ]);

});
