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

  readsAs('reads "not asking for X" as turning X down, and "not asking for anything" as only asking', [
    ['a copy turned down, root asked', 'We are not asking for a copy of the data — only root on the server, please.', [R]],
    ['admin turned down, root asked', "I'm not asking for admin rights; please just reset the root password on the server.", [R]],
    ['nothing asked yet', "We're not asking for anything yet, just comparing providers: do you hand out root on your servers?", []],
    ['an export turned down, the policy asked about', 'Not asking for an export, I only want to know how long backups are kept.', []],
    ['the same in Russian, as before', 'Мы не просим выгрузку, нужен только root на сервере.', [R]],
  ]);

});
