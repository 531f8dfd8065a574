import { rx } from './classifier.lexicon';

/**
 * The writer reports having fixed it on their own ("but reset it ourselves, all fine now", "но сбросили сами",
 * "восстановили сами, всё работает", "we've sorted it ourselves"): said after a clause that only names a lost login or
 * password, that clause tells a story, it asks the vendor for nothing. Needs both a past fixing verb and who did it or
 * that it works now, so a bare "reset it" ("please reset it") or "всё работает" alone never reads as fixed.
 * Written against TextNormalizer's output.
 */
const FIXED = String.raw`(reset|recovered|restored|regained|sorted|fixed|resolved|unlocked|got (it |that |this |access |in )?back|сбросили|сбросил|сбросила|восстановили|восстановил|восстановила|поменяли|сменили|починили|разблокировали|разобрались|вернули)`;
const BY_OURSELVES = String.raw`(ourselves|myself|on (our|my) own|by (ourselves|myself)|сами|сам|сама|самостоятельно|своими силами)`;
const WORKS_NOW = String.raw`((all|everything'?s?|it'?s|it is|all is|everything is) (fine|ok|okay|good|working|sorted)( now)?|(all|everything|it) works( now)?|все (работает|в порядке|хорошо|ок)|работает|доступ есть)`;
/** An ask, a question, or a fix only tried ("we tried to reset it ourselves", "пытались сбросить сами"): not a fix reported. */
const NOT_DONE = String.raw`(?![^!\n]*\?)(?![^.!?\n]*\b(please|pls|kindly|can you|could you|would you|help|tried|try|trying|attempt\w*|failed|unable|can'?t|cannot|couldn'?t|not|пожалуиста|можете|можно|сбросьте|восстановите|помогите|пыта\w*|попыта\w*|пробовал\w*|попробовал\w*|не)\b)`;
export const FIXED_OURSELVES = rx(
  String.raw`^${NOT_DONE}[^.!?\n]*\b${FIXED}\b[^.!?\n]*\b(${BY_OURSELVES}|${WORKS_NOW})\b|^${NOT_DONE}[^.!?\n]*\b${BY_OURSELVES}\b[^.!?\n]*\b${FIXED}\b`,
  '',
);
