import { rx } from './classifier.lexicon';

/** Being away for a while: on leave, sick, on a trip. Leaving for good is not here: "наш админ уволился" often starts a lost login. */
const AWAY = String.raw`(в отпуске|на больничном|в декрете|в командировке|болеет|заболел\w*|отсутствует|on (annual |sick |maternity |paternity |parental )?(leave|holiday|vacation)|off sick|(is|are) away|out of (the )?office)`;
/** The access nouns that make the words after an administrator's an account, not a person: "admin password away" is no person. */
const NOT_A_PERSON = String.raw`(доступ|прав|учетк|учетн|парол|логин|account|access|rights|password|login|credentials)`;

/**
 * The administrator named as a person who is away ("Главный админ у нас в отпуске", "our Moodle admin is on holiday this
 * week"): the writer tells who cannot help now, it asks for no access. A lost login asked for after it is read on its own
 * ("…is on leave and nobody has the password, please give us admin rights"). Written against TextNormalizer's output.
 */
export const ADMIN_AWAY = rx(
  String.raw`\b(администратор|админ|admin|administrator)\w*( (?!${NOT_A_PERSON})[a-zа-я]+){0,3} ${AWAY}\b`,
);
