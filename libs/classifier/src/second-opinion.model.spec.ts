import { deflateSync } from 'node:zlib';
import { RequestKind } from '@app/domain';
import { FEATURE_BUCKETS, SecondOpinionFeaturizer } from './second-opinion.features';
import { Evidence } from './classification.types';
import { RELABEL_SURE, SECOND_OPINION_HEADS, SECOND_OPINION_RULE, SecondOpinionModel, SecondOpinionWeights } from './second-opinion.model';

const A = RequestKind.ADMIN_ACCESS;
const B = RequestKind.BACKUP_EXPORT;
const R = RequestKind.ROOT_ACCESS;

/** A model that ignores the text: each head's probability is set by its bias alone. */
function fixedModel(bias: number[]): SecondOpinionModel {
  return new SecondOpinionModel({ ...fixedModelWeights(), bias });
}

// Heads: ADMIN_ACCESS, BACKUP_EXPORT, ROOT_ACCESS, NONE; ±6 gives probabilities near 1 and 0.
const sureBackupOnly = fixedModel([-6, 6, -6, -6]);
const unsure = fixedModel([0, 0, 0, 0]);

describe(SecondOpinionModel.name, () => {
  it.each([
    ['agrees with a backup request', sureBackupOnly, [B], 0.98, 0.98],
    ['disputes a root label it finds no trace of', sureBackupOnly, [B, R], 0.98, 0.746],
    ['disputes a missing label it is sure of', sureBackupOnly, [], 0.98, 0.746],
    ['disputes admin access instead of an export', sureBackupOnly, [A], 0.9, 0.351],
    ['stays silent when unsure', unsure, [A, R], 0.98, 0.98],
  ])('%s', (_case, model, labels, confidence, expected) => {
    const adjusted = model.adjust(labels, confidence, model.probabilities('любой текст'));
    expect(adjusted).toBeCloseTo(expected, 2);
    expect(adjusted).toBeLessThanOrEqual(confidence);
  });

  describe('relabel, on an answer going to an agent', () => {
    const mention = (label: RequestKind, effect: Evidence['effect']): Evidence => ({ label, phrase: label, start: 0, end: 4, rule: 'spec', effect });
    const relabel = (model: SecondOpinionModel, labels: RequestKind[], evidence: Evidence[]) =>
      model.relabel({ labels, evidence }, model.probabilities('любой текст'));

    it('drops a kind the model is sure is not asked for, saying so in the evidence', () => {
      const answer = relabel(sureBackupOnly, [B, R], [mention(B, 'supports'), mention(R, 'supports')]);
      expect(answer.labels).toEqual([B]);
      expect(answer.evidence.filter((e) => e.rule === SECOND_OPINION_RULE)).toEqual([{ ...mention(R, 'supports'), rule: SECOND_OPINION_RULE, effect: 'negated' }]);
    });

    it('adds a kind the rules named but did not take, when the model is sure of it', () => {
      const answer = relabel(sureBackupOnly, [], [mention(B, 'near-miss')]);
      expect(answer.labels).toEqual([B]);
      expect(answer.evidence.at(-1)).toEqual({ ...mention(B, 'near-miss'), rule: SECOND_OPINION_RULE, effect: 'supports' });
      expect(relabel(sureBackupOnly, [], [mention(B, 'quoted')]).labels).toEqual([B]);
    });

    it('never adds a kind the writer refused, even beside other mentions of it', () => {
      expect(relabel(sureBackupOnly, [], [mention(B, 'negated')]).labels).toEqual([]);
      expect(relabel(sureBackupOnly, [], [mention(B, 'quoted'), mention(B, 'negated')]).labels).toEqual([]);
    });

    it('never adds a kind the rules found no words for', () => {
      expect(relabel(sureBackupOnly, [], []).labels).toEqual([]);
    });

    it('leaves the rules alone where the model is unsure', () => {
      const evidence = [mention(A, 'supports'), mention(B, 'negated')];
      expect(relabel(unsure, [A], evidence)).toEqual({ labels: [A], evidence });
    });

    it(`needs the model over ${RELABEL_SURE} either way`, () => {
      const justUnder = fixedModel([0, Math.log(RELABEL_SURE / (1 - RELABEL_SURE)) - 0.01, 0, 0]);
      const justOver = fixedModel([0, Math.log(RELABEL_SURE / (1 - RELABEL_SURE)) + 0.01, 0, 0]);
      expect(relabel(justUnder, [], [mention(B, 'near-miss')]).labels).toEqual([]);
      expect(relabel(justOver, [], [mention(B, 'near-miss')]).labels).toEqual([B]);
      expect(relabel(fixedModel([0, 0, 6, 0]), [R], [mention(R, 'supports')]).labels).toEqual([R]);
    });
  });

  it('gives the shipped model a probability between 0 and 1 for every head, the same on every call', () => {
    const model = new SecondOpinionModel();
    const text = 'Пришлите, пожалуйста, полную выгрузку базы и moodledata до окончания договора.';
    const first = model.probabilities(text);
    expect(first).toHaveLength(SECOND_OPINION_HEADS.length);
    for (const p of first) expect(p >= 0 && p <= 1).toBe(true);
    expect(model.probabilities(text)).toEqual(first);
  });

  it('rejects weights made for another number of buckets', () => {
    const model = (): SecondOpinionModel => new SecondOpinionModel({ ...fixedModelWeights(), buckets: FEATURE_BUCKETS * 2 });
    expect(model).toThrow(/buckets/);
  });
});

describe(SecondOpinionFeaturizer.name, () => {
  it.each([
    ['case and ё do not matter', 'Всё ВЫГРУЗИТЕ', 'все выгрузите'],
    ['punctuation does not matter', 'root, please!', 'root please'],
  ])('%s', (_case, a, b) => {
    const featurizer = new SecondOpinionFeaturizer();
    const one = featurizer.featurize(a);
    const first = [...one.indices.slice(0, one.count)].sort();
    const second = featurizer.featurize(b);
    expect([...second.indices.slice(0, second.count)].sort()).toEqual(first);
  });

  it('keeps quoted words apart from the customer’s own', () => {
    const featurizer = new SecondOpinionFeaturizer();
    const own = featurizer.featurize('дайте root');
    const ownBuckets = new Set(own.indices.slice(0, own.count));
    const quoted = featurizer.featurize('спасибо\n> дайте root');
    const quotedBuckets = [...quoted.indices.slice(0, quoted.count)];
    expect(quotedBuckets.filter((b) => ownBuckets.has(b)).length).toBeLessThan(ownBuckets.size / 4);
  });
});

function fixedModelWeights(): SecondOpinionWeights {
  return {
    version: 'spec',
    buckets: FEATURE_BUCKETS,
    bias: [0, 0, 0, 0],
    scale: [1, 1, 1, 1],
    weights: deflateSync(Buffer.alloc(SECOND_OPINION_HEADS.length * FEATURE_BUCKETS)).toString('base64'),
    low: 0.05,
    high: 0.8,
    falseAlarmRate: 0.03,
    catchRate: 0.5,
  };
}
