import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { componentIn, componentName } from '../../../server/src/interview/componentNames';

describe('component names in questions', () => {
  it('never takes the end of a contraction as a qualifier ("We\'ll shard" is not "the ll shard")', () => {
    const text = "# Cache\n\n## Scaling\n\nWe'll shard the cluster by team so that one team cannot affect another.\n";
    const source = analyseDocument(text);
    const start = text.indexOf("We'll");
    const name = componentIn(source.concepts!, start, text.indexOf('.', start));
    assert.ok(!name || !/\bll\b/.test(name), `named ${name}`);
  });

  it('never takes a relative pronoun or a possessive as a qualifier ("fitters whose region" is not "the whose region")', () => {
    const text = '# Blind fitting\n\n## Booking flow\n\nWe will only offer the slots of fitters whose region matches the postcode, and their service sends the confirmation.\n';
    const source = analyseDocument(text);
    const start = text.indexOf('We will');
    const name = componentIn(source.concepts!, start, text.indexOf('matches'));
    assert.ok(!name || !/\b(?:whose|their)\b/.test(name), `named ${name}`);
    assert.strictEqual(componentIn(source.concepts!, text.indexOf('their service'), text.indexOf(' sends')), undefined);
  });

  it('a person who leads ("the trip leader", "a team leader") is no component; an elected leader is', () => {
    const text = '# School trips\n\n## What we are building\n\nA trip leader creates a trip and a team leader approves it.\n\n## Scheduling\n\nThe scheduler runs on three nodes, and the leader takes the jobs.\n';
    const source = analyseDocument(text);
    assert.strictEqual(componentIn(source.concepts!, text.indexOf('A trip'), text.indexOf('## Scheduling')), undefined);
    assert.strictEqual(componentIn(source.concepts!, text.indexOf('the leader'), text.indexOf(' takes')), 'the leader');
  });

  it('names "the service\'s" data store\'s owner as the service, never "The service\'s goes down"', () => {
    assert.strictEqual(componentName("service's"), 'the service');
    assert.strictEqual(componentName('Kafka'), 'Kafka');
  });

  it('qualifies a generic word with the noun before it ("the chat service")', () => {
    const text = '# Chat\n\n## Design\n\nClients keep a WebSocket open to the chat service, which writes to Cassandra.\n';
    const source = analyseDocument(text);
    const start = text.indexOf('Clients');
    assert.strictEqual(componentIn(source.concepts!, text.indexOf('chat service'), text.indexOf('chat service') + 'chat service'.length), 'the chat service');
    assert.strictEqual(componentIn(source.concepts!, start, text.indexOf('open')), 'Cassandra', 'a technology in the sentence when the span names none');
  });

  it('never qualifies a generic word with a word that points elsewhere ("the following services")', () => {
    const text = '# Photos\n\n## High level design\n\nWe will use the following services, and the remaining workers resize photos.\n';
    const source = analyseDocument(text);
    for (const phrase of ['following services', 'remaining workers']) {
      const at = text.indexOf(phrase) + phrase.indexOf(' ') + 1;
      const name = componentIn(source.concepts!, at, at + phrase.length - phrase.indexOf(' ') - 1);
      assert.ok(!name || !/following|remaining/.test(name), `named ${name}`);
    }
  });
});
