import { rx } from './classifier.lexicon';
import { scanSentence, SentenceMatcher, withoutSentences } from './own-views';

/** A copy the customer holds or the vendor made, named as what a system is set up from. */
const COPY = String.raw`(архив\w*|бекап\w*|backup\w*|резервн\w* копи\w*|копи[июяи]\w*|cop(y|ies)|дамп\w*|dump\w*|export\w*|выгрузк\w*|snapshot\w*|снапшот\w*|archive\w*)`;
/** Setting a system up again from a copy ("развернуть систему из этого архива", "restore the site from the backup"). */
const FROM_COPY = String.raw`\b(восстанов\w*|restor\w*|развернут\w*|разверн(ем|ете|ите|и|ули)|разворачива\w*|deploy\w*|redeploy\w*|подня(ть|ли)|поднимите|rebuild\w*|spin (it |everything )?up)\b[^.!?\n]{0,40}\b(из|from|using) ([a-zа-я']+ ){0,2}${COPY}`;
/** Loading a copy back into the vendor's cloud ("загрузите наш архив обратно", "import our backup into a new cloud site"). */
const INTO_SERVICE = String.raw`\b(re-?import\w*|import\w*|загруз(ите|ить|им)|залить|залеите|зальем|upload|load)\b[^.!?\n]{0,40}\b(обратно|back|к вам|to you|в (ваше |ваш )?облак\w*|into (a |the |your |our )?(new )?(cloud|site|instance|moodle|lms))`;
/** Coming back to the vendor's cloud ("хотим вернуться в облако", "we'd like to move back to your cloud"). */
const BACK_TO_SERVICE = String.raw`\b(вернуться|вернемся|возвращаемся|возвратиться|вернуть\w*( [a-zа-я]+)?|come back|coming back|move back|moving back|return|returning)( обратно)? (к вам|в (ваше |ваш )?облак\w*|на (ваше |ваш )?облак\w*|на ваш\w* (сервис|хостинг|платформ)\w*|to (your|the) (cloud|service|hosting|platform))`;
export const RESTORE_ASK = rx(`${FROM_COPY}|${INTO_SERVICE}|${BACK_TO_SERVICE}`, '');
/** A copy handed to the writer in the same sentence ("…а пока пришлите архив"): that sentence may still ask for one. */
const HANDED_TO_US = rx(String.raw`\b(пришлите|вышлите|отдаите|передаите|скиньте|даите|выдаите|send|give|hand over|provide)\b`, '');

/**
 * `text` without the sentences that ask to set the system up again from a copy or to come back to the cloud ("Сможете
 * развернуть систему из этого архива?", "Could you import our old backup into a new cloud site?"): a restore or a return,
 * never an export, so the copy they name is no data asked for. Its length is kept. Written against TextNormalizer's output.
 */
export function withoutRestoreAsks(text: string, matches: SentenceMatcher = scanSentence): string {
  return withoutSentences(text, (sentence, start) => matches(RESTORE_ASK, sentence, start) && !HANDED_TO_US.test(sentence));
}
