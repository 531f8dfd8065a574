/**
 * What a template says, without markup. Templates never build HTML themselves: the layout turns
 * these blocks into both the text and the HTML part and escapes every string on the way, so a
 * template cannot forget to escape a customer's words.
 */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: 'link'; label: string; href: string }
  /** Someone's own words (ticket text, an agent's reply): kept verbatim, line breaks included. */
  | { kind: 'quote'; text: string };

export interface MailContent {
  subject: string;
  blocks: MailBlock[];
}
