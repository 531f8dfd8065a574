import { TicketClassifier } from '@app/classifier';
import { RequestKind } from '@app/domain';

/** A case of a classifier spec table: its name, a ticket's text, and exactly the labels it must be read as. */
export type ReadingCase = [name: string, text: string, labels: RequestKind[]];

const classifier = new TicketClassifier();

/** One table of cases under `title`, a test each: every text must be read as exactly the labels beside it. */
export function readsAs(title: string, cases: ReadingCase[]): void {
  describe(title, () => {
    it.each(cases)('%s', (_name, text, labels) => {
      expect(classifier.classify(text).labels).toEqual(labels);
    });
  });
}
