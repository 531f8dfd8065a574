import { ACCESS_REQUEST, ALREADY_DONE, CLOSES_TICKET, DATA_REQUEST, DOMAIN_REQUEST } from './classifier.lexicon';
import { withoutNamedTitles } from './named-titles';
import { REFUSED_NOUN, SentenceMatcher, withoutRefusals, withoutReports } from './own-views';
import { PrefixIndex } from './prefix-index';
import { RESTORE_ASK, withoutRestoreAsks } from './restore-asks';
import { SHOWN_MESSAGE, withoutShownMessages } from './shown-messages';

/**
 * What a ticket with no label may still ask for: its own text less the words the rules read as a
 * kind, the names of courses and the messages the system shows (both in quotes), the data or
 * access refused, the reports of what was done, and the asks to restore a copy or come back to the
 * cloud. Each of those is a scan of the whole text, and most texts give most of them nothing to
 * blank; an index of where their patterns' prefixes lie in the text as it stands lets one with no
 * place to begin be skipped and the others be tried only at their places. The answers are the
 * plain scans' answers. Holds the last text read until the next.
 */
export class UnreadAsks {
  private readonly index = new PrefixIndex([SHOWN_MESSAGE, REFUSED_NOUN, ALREADY_DONE, CLOSES_TICKET, RESTORE_ASK, ACCESS_REQUEST, DOMAIN_REQUEST, DATA_REQUEST]);
  private readonly matches: SentenceMatcher = (pattern, sentence, start) => this.index.test(pattern, sentence, start);
  private text = '';

  /** Reads `unread`, the own text with the words read as a kind blanked (its length kept). */
  read(unread: string): this {
    this.reindex(unread);
    // Quoted names and shown messages both sit inside quotes, which most texts lack.
    if (unread.includes('"')) {
      this.reindex(withoutNamedTitles(this.text));
      if (this.mayMatch(SHOWN_MESSAGE)) this.reindex(withoutShownMessages(this.text));
    }
    if (this.mayMatch(REFUSED_NOUN)) this.reindex(withoutRefusals(this.text));
    if (this.mayMatch(ALREADY_DONE) || this.mayMatch(CLOSES_TICKET)) this.reindex(withoutReports(this.text, this.matches));
    if (this.mayMatch(RESTORE_ASK)) this.reindex(withoutRestoreAsks(this.text, this.matches));
    return this;
  }

  /** Whether what is left of the text read matches `pattern`. */
  asks(pattern: RegExp): boolean {
    return this.index.test(pattern, this.text, 0);
  }

  private mayMatch(pattern: RegExp): boolean {
    return this.index.mayMatch(pattern);
  }

  /** Takes `text` as the text as it stands, indexing it unless a filter left it as it was. */
  private reindex(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.index.index(text);
  }
}
