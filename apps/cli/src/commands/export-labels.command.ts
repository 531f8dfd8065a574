import { EntityManager } from '@mikro-orm/postgresql';
import { LabelledExample } from '@app/persistence';
import { withCliContext } from '../cli-context';

const BATCH = 500;

/** Agents' reclassifications as JSONL in the labelled-data format, to improve the classifier. */
export async function runExportLabels(_argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  return withCliContext(async (app) => {
    const em = app.get(EntityManager);
    let after: Date | null = null;
    let afterId = '';
    for (;;) {
      const page: LabelledExample[] = await em.find(
        LabelledExample,
        after ? { $or: [{ createdAt: { $gt: after } }, { createdAt: after, id: { $gt: afterId } }] } : {},
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: BATCH },
      );
      for (const example of page) {
        const disagreed = example.predictedLabels.join(',') !== example.labels.join(',');
        out.write(
          `${JSON.stringify({
            id: `agent-${example.id}`,
            lang: example.language,
            text: example.text,
            labels: [...example.labels].sort(),
            hard: disagreed,
            note: disagreed ? `agent ${example.labelledBy} corrected [${example.predictedLabels.join(', ')}]` : '',
          })}\n`,
        );
      }
      em.clear();
      const last = page.at(-1);
      if (!last || page.length < BATCH) return 0;
      after = last.createdAt;
      afterId = last.id;
    }
  });
}
