import { rx, matchesIn } from './classifier.lexicon';

/** Rules that name a person's role as well as access to it ("Moodle administrator", "главный администратор"). */
const ROLE_TITLES = new Set(['main-admin', 'admin-of-lms', 'super-admin']);
/** The writer says who they are just before the title ("I'm the site admin", "как главный администратор"). */
const ROLE_INTRO = rx(
  String.raw`(\b(как|as|будучи)( the| an?| your| our| ваш\w*| наш\w*)?|\b(i am|i'm|im|we are|я|мы|пишет|пишу|беспокоит|this is|работаю)( the| an?| your| our| ваш\w*| наш\w*)?( [a-zа-я]+)?)\s*$`,
  '',
);
/** A sign-off line: a name or nothing before the title (not a word that limits or adds, "только"), an organisation or nothing after it. */
const TITLE_LEAD = /^[\s,]*(?!(только|лишь|еще|также|тоже|only|just|also)[ ,])([a-zа-я.'-]+,? ){0,3}$/;
/** A title in an oblique case ("пароль главного администратора", "сделать администратором") is not the writer's own. */
const OBLIQUE_TITLE = /(администратор|administrator)(а|ом|у|ы|ов)|(^|[^a-zа-я])админ(а|ом|у)([^a-zа-я]|$)|главн(ого|ому|ым)/;
/** Logging in, passwords and access beside a title make it a matter of access, whoever writes. */
const ACCESS_MATTER = rx(String.raw`\b(парол\w*|password\w*|доступ\w*|access|прав[аом]?|rights|воит\w*|воид\w*|заит\w*|заид\w*|войти|log ?in|logged in|sign in|login|логин\w*|учетк\w*|учетн\w*|account|locked)\b`);
// "администратор СДО лицея", "Moodle admin, Lyceum 9": the organisation may follow the title to the end of the line.
const TITLE_TAIL = rx(String.raw`^\s*((сео|сдо|lms|moodle|мудл\w*|site|саита|портала|платформы|системы)\s*)?($|[,|/(—–-]|(at|of|in|from|в|из|at the|of the)\b|((лице|школ|гимнази|колледж|университет|институт|академи|техникум|училищ|центр|учреждени|организаци|компани|вуз)\w*|№)[^\n.!?]{0,40}\s*$)`, '');

/**
 * "Regards, Maria, Moodle administrator", "As the site admin, I ...": a title the writer holds, in a
 * sign-off line or a self-description, says who writes, not what they ask for.
 */
export class WriterTitleReader {
  /**
   * Whether the admin phrase at `title` in the clause is the writer's own title. `asks` tells whether the
   * clause asks for anything; `partAsks` whether the comma part holding the title does.
   */
  isWritersOwn(clause: string, title: { rule: string; start: number; end: number }, asks: boolean, partAsks: () => boolean): boolean {
    if (!ROLE_TITLES.has(title.rule)) return false;
    if (OBLIQUE_TITLE.test(clause.slice(title.start, title.end)) || matchesIn(ACCESS_MATTER, clause)) return false;
    const before = clause.slice(Math.max(0, title.start - 40), title.start);
    if (matchesIn(ROLE_INTRO, before) && !partAsks()) return true;
    return !asks && TITLE_LEAD.test(clause.slice(0, title.start)) && matchesIn(TITLE_TAIL, clause.slice(title.end));
  }
}
