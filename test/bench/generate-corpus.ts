import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACTIONS, COMMON, CONTEXTS, OPENERS, SUBJECTS, type Subject } from './corpus-vocabulary';
import { seededRandom, type SeededRandom } from './seeded-random';

const slugify = (text: string) => text.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(random: SeededRandom, subject: Subject): string {
  const words = [...subject.words, ...COMMON];
  const templates = [
    () => `Open the ${random.pick(COMMON)} and check the ${random.pick(subject.words)} before you change the ${random.pick(words)}.`,
    () => `If the ${random.pick(subject.words)} shows an ${random.pick(['error', 'old value', 'empty field'])}, wait a few ${random.pick(['minutes', 'hours'])} and try again.`,
    () => `The ${random.pick(subject.words)} and the ${random.pick(words)} must match, or ${random.pick(COMMON)} requests fail.`,
    () => `You can see the current ${random.pick(subject.words)} under ${capitalise(subject.category)} in the control panel.`,
    () => `Write down the ${random.pick(words)} first: you will need it for the ${random.pick(subject.words)}.`,
  ];
  return random.pick(templates)();
}

function paragraph(random: SeededRandom, subject: Subject): string {
  return Array.from({ length: random.int(2, 4) }, () => sentence(random, subject)).join(' ');
}

/** One article's markdown, front matter included, in the same shape as the shipped articles. */
function article(random: SeededRandom, title: string, subject: Subject, context: string): string {
  const tags = [...new Set([...random.sample(subject.words, 3), slugify(context).replace(/-/g, ' ')])];
  const sections = ['Before you start', 'Step by step', 'Check the settings', 'If it still does not work', 'Good to know'];
  const body = random.sample(sections, random.int(3, 5)).flatMap((heading) => [
    `## ${heading}`,
    '',
    ...Array.from({ length: random.int(1, 2) }, () => [paragraph(random, subject), '']).flat(),
    ...(random.next() < 0.5 ? [...random.sample(subject.words, 3).map((word, i) => `${i + 1}. Check the **${word}** ${context}.`), ''] : []),
  ]);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(`How to ${title.charAt(0).toLowerCase()}${title.slice(1)}. ${random.pick(OPENERS)}`)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    `category: ${JSON.stringify(subject.category)}`,
    `updated: 2026-${month}-${day}`,
    '---',
    '',
    `${paragraph(random, subject)} ${random.pick(OPENERS)}`,
    '',
    ...body,
  ].join('\n');
}

/**
 * Writes `count` English help articles (`<dir>/en/<slug>.md`) made from a web host's vocabulary:
 * every title a different action, subject and context, bodies of a few sections of sentences
 * and numbered steps. The same seed always gives the same articles.
 *
 * @example await generateCorpus('/tmp/bench-articles', { count: 5000, seed: 1 });
 */
export async function generateCorpus(dir: string, { count, seed = 1 }: { count: number; seed?: number }): Promise<void> {
  const random = seededRandom(seed);
  const titles = ACTIONS.flatMap((action) => SUBJECTS.flatMap((subject) => CONTEXTS.map((context) => ({ action, subject, context }))));
  if (count > titles.length) throw new Error(`the vocabulary makes at most ${titles.length} different articles, not ${count}`);
  await mkdir(join(dir, 'en'), { recursive: true });
  const chosen = random.sample(titles, count);
  for (const { action, subject, context } of chosen) {
    const title = `${action} ${subject.name} ${context}`;
    await writeFile(join(dir, 'en', `${slugify(title)}.md`), article(random, title, subject, context));
  }
}
