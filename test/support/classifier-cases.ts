import { TicketClassifier } from '@app/classifier';
import { RequestKind } from '@app/domain';

/** A case of a classifier spec table: its name, a ticket's text, and exactly the labels it must be read as. */
export type ReadingCase = [name: string, text: string, labels: RequestKind[]];

const classifier = new TicketClassifier();

/**
 * The rules must read `text` as exactly `labels`, and a confident answer must be that reading. On a
 * text sent to review the answer may show the second opinion's labels instead
 * (SecondOpinionModel.relabel), which the spec tables do not pin.
 */
export function expectReading(text: string, labels: RequestKind[]): void {
  expect(classifier.classifyByRules(text).labels).toEqual(labels);
  const answer = classifier.classify(text);
  if (!answer.needsReview) expect(answer.labels).toEqual(labels);
}

/** One table of cases under `title`, a test each (see `expectReading`). */
export function readsAs(title: string, cases: ReadingCase[]): void {
  describe(title, () => {
    it.each(cases)('%s', (_name, text, labels) => expectReading(text, labels));
  });
}
